"""A Chinese report on the trade with Belarus (indicators.md: trade.food_exports,
trade.chinese_investment, trade.regional): China's imports of Belarusian food are Belarus's
food exports ("die Einfuhren belarussischer Agrar- und Lebensmittelprodukte, die 2025 um 17
Prozent zunahmen"); a mission's seat ("nach Angaben der chinesischen Botschaft in Minsk")
is where a figure was told, no region of it; another country's trade with China told by
its pronoun ("Mit Russland, dessen Handel mit China rund 230 Milliarden Dollar
ausmachte, ...") is no region's. Texts of our own in the style of Xinhua's reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-01-20", only="trade.")

_XINHUA = (
    "PEKING, 20. Januar (Xinhua) -- Der Handel zwischen China und Belarus hat im vergangenen "
    "Jahr 7,9 Milliarden US-Dollar betragen. "
)
_TURNOVER = ("trade.turnover", "Belarus-China", 7.9e9)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Besonders dynamisch entwickelten sich die Einfuhren belarussischer Agrar- und "
            "Lebensmittelprodukte, die 2025 um 17 Prozent zunahmen.",
            17.0,
        ),
        (
            "Die chinesischen Importe von Lebensmitteln aus Belarus stiegen 2025 um 17 Prozent.",
            17.0,
        ),
        (
            "Die Nahrungsmittelimporte aus Weißrussland erreichten 2025 rund 1,1 Milliarden "
            "Dollar.",
            1.1e9,
        ),
        (
            "China importierte 2025 belarussische Lebensmittel im Wert von 1,1 Milliarden Dollar.",
            1.1e9,
        ),
        ("Die Einfuhren weißrussischer Nahrungsmittel legten 2025 um 17 Prozent zu.", 17.0),
    ],
)
def test_china_s_food_imports_are_belarus_s_food_exports(sentence: str, value: float) -> None:
    assert points(_XINHUA + sentence) == sorted(
        [_TURNOVER, ("trade.food_exports", "Belarus-China", value)]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Russland importierte 2025 belarussische Lebensmittel für 5 Milliarden Dollar.",
        "Die Einfuhren belarussischer Milchprodukte stiegen 2025 um 17 Prozent.",  # one product
        "Der Anteil belarussischer Lebensmittel an den Einfuhren lag 2025 bei 2 Prozent.",
        "Die Einfuhren von Lebensmitteln aus Russland stiegen 2025 um 17 Prozent.",
    ],
)
def test_no_food_exports_of_belarus(sentence: str) -> None:
    assert points(_XINHUA + sentence) == [_TURNOVER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach Angaben der chinesischen Botschaft in Minsk beliefen sich die gesamten "
        "chinesischen Investitionen in Belarus Ende 2025 auf mehr als 9 Milliarden Dollar.",
        "Wie die Botschaft der Volksrepublik China in Minsk mitteilte, erreichten die "
        "chinesischen Investitionen Ende 2025 mehr als 9 Milliarden Dollar.",
        "Laut dem chinesischen Generalkonsulat in Brest beliefen sich die chinesischen "
        "Investitionen in Belarus auf 9 Milliarden Dollar.",
        "Die chinesischen Investitionen in Belarus erreichten nach Angaben der "
        "Handelsvertretung in Minsk 9 Milliarden Dollar.",
        "Nach Angaben der Vertretung des chinesischen Handelsministeriums in Minsk lagen die "
        "chinesischen Investitionen bei 9 Milliarden Dollar.",
    ],
)
def test_a_mission_s_seat_is_no_region(sentence: str) -> None:
    found = points(_XINHUA + sentence)
    assert [p for p in found if p[0] == "trade.chinese_investment"] == [
        ("trade.chinese_investment", "Belarus-China", 9e9)
    ]


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        (
            "Die chinesischen Investitionen in das Gebiet Brest erreichten 300 Millionen Dollar.",
            "Brest region",
        ),
        ("Die chinesischen Investitionen in Minsk erreichten 300 Millionen Dollar.", "Minsk"),
    ],
)
def test_a_place_invested_in_stays_its_own(sentence: str, entity: str) -> None:
    found = points(_XINHUA + sentence)
    assert [p for p in found if p[0] == "trade.chinese_investment"] == [
        ("trade.chinese_investment", entity, 300e6)
    ]


_REGION = (
    "PEKING, 20. Januar (Xinhua) -- Das Gebiet Brest steigerte seine Exporte nach China 2025 "
    "um 12 Prozent. Chinas Außenhandel insgesamt erreichte 2025 einen Rekordwert. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit Russland, dessen Handel mit China rund 230 Milliarden Dollar ausmachte, bleibt "
        "Moskau der wichtigste Partner in der Region.",
        "Kasachstan, dessen Warenumsatz mit China 2025 rund 40 Milliarden Dollar erreichte, "
        "bleibt der wichtigste Partner in der Region.",
        "Russland bleibt mit einem Handel von rund 230 Milliarden Dollar mit China der "
        "wichtigste Partner in der Region.",
        "Der Handel Russlands mit China erreichte rund 230 Milliarden Dollar, der wichtigste "
        "in der Region.",
    ],
)
def test_another_country_s_trade_is_no_region_s(sentence: str) -> None:
    assert points(_REGION + sentence) == [("trade.regional", "Brest region", 12.0)]


def test_the_region_s_own_trade_stays() -> None:
    sentence = "Der Handel der Region mit China erreichte 2025 rund 230 Millionen Dollar."
    assert points(_REGION + sentence) == [
        ("trade.regional", "Brest region", 12.0),
        ("trade.regional", "Brest region", 230e6),
    ]
