"""A part said number first, opening its sentence ("60 davon sind Masterprogramme", "6.000
von ihnen kommen aus China"), counts the noun of the count told before it (figures.md: the
noun taken from the text before it), as "davon 60" and a part in the count's own sentence
do. Texts of our own in the style of BelTA's reports; counter-examples: no count before,
the count of where the counted come from.
"""

from __future__ import annotations

import pytest

import bycn

_OPENING = "MINSK, 15. Oktober (BelTA) – "


def _counts(text: str) -> list[tuple[float, str]]:
    """(value, item) of each count of ``text``."""
    frame = bycn.parse_text(_OPENING + text).figures
    return [(r.value, r.item) for r in frame.itertuples() if r.unit == "count"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Belarus und China haben 120 gemeinsame Bildungsprogramme. 60 davon sind "
            "Masterprogramme.",
            (60.0, "Bildungsprogramme"),
        ),
        (
            "An belarussischen Hochschulen studieren 15.000 ausländische Studenten. 6.000 davon "
            "sind Chinesen.",
            (6000.0, "Studenten"),
        ),
        (
            "An belarussischen Hochschulen studieren 15.000 ausländische Studenten. 6.000 von "
            "ihnen kommen aus China.",
            (6000.0, "Studenten"),
        ),
        (
            "In Belarus lernen 15.000 ausländische Studierende. Rund 6.000 davon stammen aus der "
            "Volksrepublik China.",
            (6000.0, "Studierende"),
        ),
        (
            "Heute sind im Park 158 Unternehmen aus 16 Ländern registriert. 58 von ihnen – rund "
            "ein Drittel – stammen aus China.",
            (58.0, "Unternehmen"),
        ),
    ],
)
def test_a_part_number_first_counts_the_noun_told_before(text: str, part: tuple) -> None:
    assert part in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # no count told before: no noun to take
        "Der Park wächst weiter. 60 davon sind neu.",
        "Die Hochschulen bauen ihre Kontakte aus. 6.000 von ihnen kommen aus China.",
    ],
)
def test_no_count_before_no_noun(text: str) -> None:
    assert [c for c in _counts(text) if c[0] in (60.0, 6000.0)] == []
