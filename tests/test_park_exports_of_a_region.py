"""A region's exports told in a text on the park are the region's, not the residents'
(indicators.md: park.exports are exports of residents): the genitive ``des Gebiets Minsk``
as the nominative ``das Gebiet`` already was. Texts of our own in the style of the park's
press releases and BelTA; counter-examples where the park's residents export, the park in
a region named only as its place."""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-01-22")

_PARK = "Der Industriepark Great Stone meldet für 2025 Rekordzahlen bei den Residenten. "


@pytest.mark.parametrize(
    "text",
    [
        _PARK + "Die Exporte des Gebiets Minsk nach China stiegen auf 180 Mio. US-Dollar.",
        _PARK + "Die Ausfuhren des Gebietes Minsk nach China erreichten 180 Mio. US-Dollar.",
        _PARK + "Der Export des Gebiets Minsk nach China belief sich auf 180 Mio. US-Dollar.",
        "Ergebnisse des Industrieparks Great Stone 2025:\n\n"
        "- Exporte des Gebiets Minsk nach China: 180 Mio. US-Dollar\n",
        _PARK + "Nach China gingen Exporte des Gebiets Minsk im Wert von 180 Mio. US-Dollar.",
    ],
)
def test_a_regions_exports_in_a_park_text_are_no_park_exports(text: str) -> None:
    found = points(text)
    assert ("park.exports", "Great Stone", 1.8e8) not in found
    assert ("trade.regional", "Minsk region", 1.8e8) in found


@pytest.mark.parametrize(
    "text",
    [
        _PARK + "Die Exporte der Residenten stiegen auf 180 Mio. US-Dollar.",
        "Der Industriepark Great Stone im Gebiet Minsk meldet Rekorde. Die Exporte der "
        "Residenten stiegen auf 180 Mio. US-Dollar.",
        "Ergebnisse des Industrieparks Great Stone 2025:\n\n"
        "- Exporte der Residenten: 180 Mio. US-Dollar\n",
    ],
)
def test_the_residents_exports_stay_the_parks(text: str) -> None:
    assert ("park.exports", "Great Stone", 1.8e8) in points(text)
