"""The regions ranked by the trade with China, each its amount in brackets beside its name, a
paragraph after the exports and their period ("In den ersten zehn Monaten legten die Exporte
nach China ... zu. ... Spitzenreiter unter den Regionen bleibt die Hauptstadt Minsk (rund
520 Mio. USD), gefolgt vom Gebiet Minsk (430 Mio. USD)"): each region's trade, of the period
told before (an amount in brackets, or after "mit", says no tense of its own). Texts of our
own in the style of an economic paper's market column; counter-examples: no trade with China
told before, a ranking by another measure, a sum so far, a sum told by its verb now.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity as_of value", date="2025-11-28", only="trade.regional")

_OPENING = (
    "Marktkolumne: China-Geschäft mit gemischtem Bild\n\n"
    "In den ersten zehn Monaten legten die Exporte nach China (2,1 Mrd. USD) um 10,4 % zu. "
    "Der Warenumsatz wuchs damit um knapp 1,8 %. Auf Lebensmittel entfielen davon rund 0,7 "
    "Mrd. USD.\n\n"
    "Gefragt waren Kalidünger, Zellstoff, Rindfleisch und Milchpulver, während Maschinen "
    "kaum ein Zehntel ausmachten. "
)
_PERIOD = "2025-01/2025-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spitzenreiter unter den Regionen bleibt die Hauptstadt Minsk (rund 520 Mio. USD), "
            "gefolgt vom Gebiet Minsk (430 Mio. USD).",
            [("Minsk", _PERIOD, 520e6), ("Minsk region", _PERIOD, 430e6)],
        ),
        (
            "An der Spitze liegt die Stadt Minsk (520 Millionen Dollar), dahinter folgt das "
            "Gebiet Brest (300 Millionen Dollar).",
            [("Brest region", _PERIOD, 300e6), ("Minsk", _PERIOD, 520e6)],
        ),
        (
            "Führend unter den Gebieten ist Gomel (250 Mio. Dollar).",
            [("Gomel region", _PERIOD, 250e6)],
        ),
        (
            "Schlusslicht bleibt das Gebiet Mogiljow (knapp 95 Mio. USD).",
            [("Mogilev region", _PERIOD, 95e6)],
        ),
        (
            "Auf Platz zwei folgt das Gebiet Witebsk (180 Mio. USD), auf Platz drei Grodno "
            "(150 Mio. USD).",
            [("Grodno region", _PERIOD, 150e6), ("Vitebsk region", _PERIOD, 180e6)],
        ),
        (
            "An der Spitze liegt das Gebiet Brest mit 300 Mio. Dollar, dahinter folgt das Gebiet "
            "Grodno mit 210 Mio. Dollar.",
            [("Brest region", _PERIOD, 300e6), ("Grodno region", _PERIOD, 210e6)],
        ),
        (
            "Auf Platz drei kommt die Hauptstadt Minsk mit rund 190 Millionen Dollar.",
            [("Minsk", _PERIOD, 190e6)],
        ),
    ],
)
def test_the_ranked_regions_of_the_period(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert points(_OPENING + text) == sorted(expected)


def test_no_trade_told_before() -> None:
    opening = (
        "Marktkolumne: Industrie mit gemischtem Bild\n\n"
        "Die Industrieproduktion wuchs in den ersten zehn Monaten um 3 %.\n\n"
        "Gefragt waren Kalidünger und Milchpulver. "
    )
    text = "Spitzenreiter bleibt die Hauptstadt Minsk (rund 520 Mio. USD)."
    assert points(opening + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Spitzenreiter bei der Industrieproduktion bleibt die Hauptstadt Minsk (rund 520 Mio. "
        "USD).",
        "Spitzenreiter bei den Importen bleibt die Hauptstadt Minsk (rund 520 Mio. USD).",
    ],
)
def test_ranked_by_another_measure(text: str) -> None:
    assert points(_OPENING + text) == []


def test_a_sum_so_far_keeps_its_date() -> None:
    text = "Spitzenreiter bleibt die Hauptstadt Minsk (bislang rund 520 Mio. USD)."
    assert points(_OPENING + text) == [("Minsk", "2025-11", 520e6)]


def test_a_sum_told_by_its_verb_keeps_its_tense() -> None:
    text = "Das Gebiet Brest exportiert heute Waren für 300 Mio. Dollar nach China."
    assert points(_OPENING + text) == [("Brest region", "2025-11", 300e6)]
