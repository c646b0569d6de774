"""The regions ranked by the trade with China told just before, each its amount beside its
name ("Spitzenreiter unter den Regionen bleibt die Hauptstadt Minsk (rund 520 Mio. USD),
gefolgt vom Gebiet Minsk (430 Mio. USD)"), are each region's trade. Texts of our own in the
style of an economic paper's market column; counter-examples: a share in percent, a ranking
by imports or investment, a ranking with no trade with China told before.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity value", date="2025-11-28", only="trade.regional")

_OPENING = (
    "28. November 2025\n\nIn den ersten zehn Monaten legten die Exporte nach China (2,1 Mrd. "
    "USD) um 10,4 % zu. Gefragt waren Kalidünger, Zellstoff und Milchpulver. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spitzenreiter unter den Regionen bleibt die Hauptstadt Minsk (rund 520 Mio. USD), "
            "gefolgt vom Gebiet Minsk (430 Mio. USD).",
            [("Minsk", 520e6), ("Minsk region", 430e6)],
        ),
        (
            "An der Spitze der Regionen liegt das Gebiet Brest mit 300 Mio. Dollar, dahinter "
            "folgt das Gebiet Grodno mit 210 Mio. Dollar.",
            [("Brest region", 300e6), ("Grodno region", 210e6)],
        ),
        (
            "Führend unter den Gebieten ist Gomel (250 Millionen Dollar).",
            [("Gomel region", 250e6)],
        ),
        (
            "An erster Stelle steht die Stadt Minsk mit rund 520 Millionen US-Dollar.",
            [("Minsk", 520e6)],
        ),
        (
            "Auf Platz zwei kommt das Gebiet Witebsk mit 180 Mio. USD.",
            [("Vitebsk region", 180e6)],
        ),
        (
            "Schlusslicht bleibt das Gebiet Mogiljow (95 Mio. USD).",
            [("Mogilev region", 95e6)],
        ),
    ],
)
def test_each_region_s_amount(text: str, expected: list[tuple[str, float]]) -> None:
    assert points(_OPENING + text) == sorted(expected)


@pytest.mark.parametrize(
    ("opening", "text"),
    [
        (
            _OPENING,
            "Spitzenreiter bleibt die Hauptstadt Minsk (25 %), gefolgt vom Gebiet Brest (18 %).",
        ),
        (_OPENING, "Bei den Importen liegt die Hauptstadt Minsk vorn (900 Mio. USD)."),
        (
            _OPENING,
            "Spitzenreiter bei den Investitionen bleibt das Gebiet Minsk (120 Mio. USD).",
        ),
        (
            "28. November 2025\n\nDie Industrieproduktion wuchs in den ersten zehn Monaten um "
            "3 %. ",
            "Spitzenreiter bleibt die Hauptstadt Minsk (rund 520 Mio. USD), gefolgt vom Gebiet "
            "Minsk (430 Mio. USD).",
        ),
    ],
)
def test_no_region_s_trade(opening: str, text: str) -> None:
    assert points(opening + text) == []
