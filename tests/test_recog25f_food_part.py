"""A part of the exports told just before, put on food by "davon" or "darunter" ("Allein auf
Lebensmittel entfielen davon 612 Millionen Dollar") is food's exports. Texts of our own in
the style of the customs committee's releases; counter-examples: a share in percent, the
part of imports, a part with no "davon" of exports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-08-04", only="trade.food_exports")

_EXPORTS = (
    "4. August 2026\n\nWaren im Wert von 1,62 Milliarden US-Dollar wurden im ersten Halbjahr "
    "2026 aus Belarus nach China ausgeführt. Das sind 9,8 Prozent mehr als im "
    "Vorjahreszeitraum.\n\n"
)
_IMPORTS = (
    "4. August 2026\n\nDie Importe aus China beliefen sich im ersten Halbjahr 2026 auf 3,1 "
    "Milliarden US-Dollar. Das sind 4 Prozent mehr als im Vorjahreszeitraum.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Allein auf Lebensmittel entfielen davon 612 Millionen Dollar.",
        "Auf Nahrungsmittel entfielen davon rund 612 Mio. USD.",
        "Davon entfielen 612 Millionen Dollar auf Lebensmittel.",
        "Lebensmittel machten davon 612 Millionen Dollar aus.",
        "Davon gingen Nahrungsmittel für 612 Millionen Dollar nach China.",
        "Darunter waren Lebensmittel im Wert von 612 Millionen Dollar.",
    ],
)
def test_the_food_part_of_the_exports(text: str) -> None:
    assert points(_EXPORTS + text) == [("trade.food_exports", 612000000.0)]


@pytest.mark.parametrize(
    ("opening", "text"),
    [
        (_EXPORTS, "Davon entfielen 38 Prozent auf Lebensmittel."),
        (_IMPORTS, "Auf Lebensmittel entfielen davon 120 Millionen Dollar."),
        (_IMPORTS, "Davon gingen Nahrungsmittel für 120 Millionen Dollar nach Belarus."),
        (_EXPORTS, "Auf Lebensmittel entfielen 2024 noch 120 Millionen Dollar der Importe."),
    ],
)
def test_no_food_exports(opening: str, text: str) -> None:
    assert points(opening + text) == []
