"""The country the subject of the exports ("Belarus hat im Januar–Mai Waren für 1,13 Milliarden
Dollar nach China exportiert, ein Plus von 8 Prozent") in a text on the industrial park: the
country's exports and their growth, not the park's residents'. Texts of our own in the style
of CRI's reports; counter-examples: the residents or the park's firms the subject, Belarus
only where they are.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-06-18", only="", digits=1)

_PARK = (
    "Chinesische Firmen investieren weiter in Belarus\n\n"
    "Der Industriepark bei Minsk zieht weiter Unternehmen an, teilte die Parkverwaltung mit. "
    "Im Park „Großer Stein“ arbeiten inzwischen Firmen aus 15 Ländern.\n\n"
    "Auch im Handel gibt es Bewegung. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Belarus hat im Januar–Mai 2026 Waren für 1,13 Milliarden Dollar nach China exportiert.",
        "Nach China exportierte Belarus in den ersten fünf Monaten Waren für 1,13 Milliarden "
        "Dollar.",
        "Im Januar–Mai 2026 hat Weißrussland Güter für 1,13 Milliarden Dollar nach China "
        "geliefert.",
        "In die Volksrepublik China lieferte Weißrussland von Januar bis Mai Waren für 1,13 "
        "Milliarden Dollar.",
        "Belarus lieferte von Januar bis Mai Waren im Wert von 1,13 Milliarden Dollar nach China.",
    ],
)
def test_the_countrys_exports(text: str) -> None:
    found = points(_PARK + text)
    assert ("trade.exports", 1.13e9) in found
    assert not [point for point in found if point[0] == "park.exports"]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus hat im Januar–Mai 2026 Waren für 1,13 Milliarden Dollar nach China exportiert, "
        "ein Plus von 8 Prozent gegenüber dem Vorjahreszeitraum.",
        "Nach China exportierte Belarus in den ersten fünf Monaten Waren für 1,13 Milliarden "
        "Dollar, 8 Prozent mehr als im Vorjahreszeitraum.",
    ],
)
def test_the_countrys_growth(text: str) -> None:
    found = points(_PARK + text)
    assert ("trade.exports", 8.0) in found and ("trade.exports", 1.13e9) in found
    assert not [point for point in found if point[0] == "park.exports"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Residenten haben im Januar–Mai 2026 Waren für 130 Millionen Dollar exportiert, ein "
        "Plus von 12 Prozent.",
        "Die Unternehmen des Parks exportierten im Januar–Mai 2026 Waren für 130 Millionen "
        "Dollar, ein Plus von 12 Prozent.",
        "Die Residenten haben in Belarus im Januar–Mai 2026 Waren für 130 Millionen Dollar "
        "exportiert, ein Plus von 12 Prozent.",
    ],
)
def test_the_residents_exports(text: str) -> None:
    found = points(_PARK + text)
    assert ("park.exports", 1.3e8) in found and ("park.exports", 12.0) in found
