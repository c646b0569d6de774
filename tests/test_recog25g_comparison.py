"""A sentence that only compares the point before with an earlier time (round 25, G):
"Derzeit sind es gut 11.800. Das ist fast dreimal so viel wie vor fünf Jahren. Bis 2030
wollen wir ihre Zahl auf 20.000 bringen": the comparison holds no point of its own, so the
target that refers back ("ihre Zahl", "sie", "diese Zahl", "es") continues the 11.800.

Texts of our own in the style of a radio interview with a minister; counter-examples: a
target of another noun after the comparison.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

_OPENING = (
    "Frage: Herr Minister, wie viele chinesische Studierende gibt es derzeit an "
    "belarussischen Hochschulen?\n\nAntwort: Derzeit sind es gut 11.800. "
)

points = points_of("indicator as_of value", date="2026-09-03", opening=_OPENING)

_NOW = ("edu.students_cn_in_by", "2026-09", 11800.0)
_TARGET = ("edu.students_cn_in_by", "2030", 20000.0)


@pytest.mark.parametrize(
    "rest",
    [
        "Das ist fast dreimal so viel wie vor fünf Jahren. Bis 2030 wollen wir ihre Zahl auf "
        "20.000 bringen.",
        "Das sind doppelt so viele wie 2020. Bis 2030 wollen wir ihre Zahl auf 20.000 erhöhen.",
        "Das sind viermal so viele wie 2015. Bis 2030 wollen wir sie auf 20.000 steigern.",
        "Das ist zweimal mehr als vor fünf Jahren. Bis 2030 sollen es 20.000 werden.",
        "Das ist fast dreimal so viel wie vor fünf Jahren. Bis 2030 soll diese Zahl 20.000 "
        "erreichen.",
    ],
)
def test_a_target_after_a_comparison(rest: str) -> None:
    assert points(rest) == [_NOW, _TARGET]


@pytest.mark.parametrize(
    "rest",
    [
        # counter-examples: a target of another noun, or another noun compared
        "Das ist fast dreimal so viel wie vor fünf Jahren. Bis 2030 wollen wir 200 neue "
        "Dozenten einstellen.",
        "Das ist fast dreimal so viel wie vor fünf Jahren. Die Universitäten beschäftigen "
        "heute 350 Dozenten aus China.",
    ],
)
def test_another_noun_after_a_comparison_is_no_target(rest: str) -> None:
    assert points(rest) == [_NOW]
