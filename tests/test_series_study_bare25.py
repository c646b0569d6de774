"""A bare number that ends its sentence after a verb of studying, the students left out
("Die Zahl der chinesischen Studierenden wächst. Im Jahr 2024 studierten dort 2.200."),
counts the noun told before it and is a point of it. Texts of our own in the style of
BelTA's reports on education; counter-examples: another verb, a noun of its own, no noun
told before.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

points = points_of("indicator entity as_of value", date="2024-10-15")

_OPENING = "MINSK, 15. Oktober (BelTA) – "
_TOLD = "Die Zahl der chinesischen Studierenden in Belarus wächst. "


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            _TOLD + "Im Jahr 2024 studierten dort 2.200.",
            ("edu.students_cn_in_by", "Belarus-China", "2024", 2200.0),
        ),
        (
            _TOLD + "Aktuell sind an belarussischen Hochschulen 2.200 eingeschrieben.",
            ("edu.students_cn_in_by", "Belarus-China", "2024-10", 2200.0),
        ),
        (
            _TOLD + "Im Studienjahr 2023/2024 studierten an belarussischen Hochschulen bereits "
            "2.200.",
            ("edu.students_cn_in_by", "Belarus-China", "2023/2024", 2200.0),
        ),
        (
            "An belarussischen Hochschulen lernen 1.900 chinesische Studenten. Im Jahr 2024 "
            "studierten dort schon 2.200.",
            ("edu.students_cn_in_by", "Belarus-China", "2024", 2200.0),
        ),
        (
            "Die Zahl der chinesischen Studenten an der BSU wächst. Derzeit lernen an der "
            "Universität rund 2.200.",
            ("edu.institution_students", "BSU", "2024-10", 2200.0),
        ),
    ],
)
def test_the_students_left_out_after_a_verb_of_studying(text: str, point: tuple) -> None:
    assert point in points(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        _TOLD + "Heute arbeiten dort 2.200.",
        _TOLD + "Im Jahr 2024 waren dort 2.200.",
        _TOLD + "Die Universität zählt 2.200.",
        "Der Campus der Universität wurde erweitert. Im Jahr 2024 studierten dort 2.200.",
    ],
)
def test_no_students_left_out(text: str) -> None:
    assert not bycn.parse_text(_OPENING + text).figures["value"].eq(2200.0).any()


def test_a_noun_of_its_own_is_counted() -> None:
    text = _OPENING + _TOLD + "Im Jahr 2024 studierten dort 2.200 Menschen aus Russland."
    figures = bycn.parse_text(text).figures
    assert figures.loc[figures["value"] == 2200.0, "item"].tolist() == ["Menschen"]
    assert not [p for p in points(text) if p[3] == 2200.0]
