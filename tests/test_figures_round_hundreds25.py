"""A round hundred's four digits before a plural noun they count are a count, not a year
("An den Hochschulen studieren 2000 chinesische Studenten"); after a word of time ("im Jahr
2000", "seit 2000"), before a singular noun ("die 2000 gegründete Universität") or not a
round hundred ("Belarus hat 2022 Waren ... geliefert") they stay a year. Texts of our own
in the style of BelTA's reports on education and trade.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn
from bycn.text.dates import find_dates

points = points_of("indicator as_of value", date="2024-10-15")

_OPENING = "MINSK, 15. Oktober (BelTA) – "


def _counts(text: str) -> list[tuple[str, float, str]]:
    """(text, value, item) of each count of ``text``."""
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.item) for r in frame.itertuples() if r.unit == "count"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "An belarussischen Hochschulen studieren derzeit 2000 chinesische Studenten.",
            ("2000 chinesische Studenten", 2000.0, "Studenten"),
        ),
        (
            "Derzeit studieren in Belarus 2000 Studierende aus China.",
            ("2000 Studierende", 2000.0, "Studierende"),
        ),
        (
            "An der Staatsuniversität sind 1900 Studenten aus China eingeschrieben.",
            ("1900 Studenten", 1900.0, "Studenten"),
        ),
        ("In Belarus studieren inzwischen 1800 Chinesen.", ("1800 Chinesen", 1800.0, "Chinesen")),
        (
            "Die 2000 chinesischen Studenten der Universität feierten das Frühlingsfest.",
            ("2000 chinesischen Studenten", 2000.0, "Studenten"),
        ),
        (
            "Belarus hat 2000 Traktoren nach China geliefert.",
            ("2000 Traktoren", 2000.0, "Traktoren"),
        ),
    ],
)
def test_a_round_hundred_before_its_plural_noun_is_a_count(text: str, figure: tuple) -> None:
    assert figure in _counts(text)
    assert f"{figure[1]:.0f}" not in [m.value for m in find_dates(text, "2024-10-15")]


def test_the_count_is_a_point_of_its_text_date() -> None:
    text = _OPENING + "An belarussischen Hochschulen studieren derzeit 2000 chinesische Studenten."
    assert ("edu.students_cn_in_by", "2024-10", 2000.0) in points(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Im Jahr 2000 studierten in Belarus 300 chinesische Studenten.", "2000"),
        # (a year since which: a comparison's base, no date)
        ("Seit 2000 Studenten aus China nach Minsk kommen, wuchs die Zahl auf 300.", ""),
        ("Die 2000 gegründete Universität bildet 300 chinesische Studenten aus.", "2000"),
        ("An der 1900 gegründeten Hochschule studieren 300 chinesische Studenten.", "1900"),
        ("Belarus hat 2022 Waren im Wert von 1 Mrd. US-Dollar nach China geliefert.", "2022"),
        ("Ende 2000 Studenten aus China aufzunehmen war das Ziel.", "2000-12"),
    ],
)
def test_a_year_stays_a_year(text: str, year: str) -> None:
    assert not year or year in [m.value for m in find_dates(text, "2024-10-15")]
    assert not [c for c in _counts(text) if c[1] in (1900.0, 2000.0, 2022.0)]
