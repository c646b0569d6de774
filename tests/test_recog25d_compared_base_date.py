"""A reference to the period named before ("in diesem Zeitraum", "im genannten Zeitraum")
passes over a date in what a comparative measures against ("Das ist mehr, als wir uns zu
Jahresbeginn vorgenommen hatten", "stärker, als im März erwartet", "schneller als im Juni
geplant"): that is the base's time, not a period of facts. Texts of our own in the style of
BelTA's reports; counter-examples: a period named outside a comparison stays the one referred
to.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value", date="2025-10-22", only="trade.exports")

_SPAN = (
    "MINSK, 22. Oktober (BelTA) – Der Warenumsatz zwischen Belarus und China hat sich von "
    "Januar bis September 2025 auf 7,1 Milliarden US-Dollar belaufen.\n\n"
)
_FACT = (
    "\n\nWaren im Wert von knapp 2,2 Milliarden Dollar wurden in diesem Zeitraum nach China "
    "ausgeführt, vor allem Kalidünger und Holz."
)


@pytest.mark.parametrize(
    "between",
    [
        "„Das ist mehr, als wir uns zu Jahresbeginn vorgenommen hatten“, sagte der Minister.",
        "Das Wachstum war damit stärker, als im März erwartet.",
        "Das Ergebnis ist höher, als es im Mai angekündigt worden war.",
        "Die Lieferungen wuchsen schneller als im Juni geplant.",
        "Die Dynamik ist besser als im ersten Halbjahr 2024.",
    ],
)
def test_the_period_past_a_compared_date(between: str) -> None:
    assert ("trade.exports", "2025-01/2025-09", 2.2e9) in points(_SPAN + between + _FACT)


@pytest.mark.parametrize(
    ("between", "as_of"),
    [
        ("Allein im dritten Quartal wuchs der Handel um 9 Prozent.", "2025-Q3"),
        ("Im Juli wurde eine neue Bahnverbindung nach Xi'an eröffnet.", "2025-07"),
    ],
)
def test_a_period_named_outside_a_comparison(between: str, as_of: str) -> None:
    assert ("trade.exports", as_of, 2.2e9) in points(_SPAN + between + _FACT)
