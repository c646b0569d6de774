"""Exports said in the passive (indicators.md: trade.exports, trade.food_exports): goods
"ausgeführt", "exportiert", "geliefert", the participle first or last, the exporter left out
as the text's country. Food so exported is food's exports ("Lebensmittel im Wert von rund
1,1 Milliarden Dollar wurden im vergangenen Jahr nach China ausgeführt"); goods so exported
right after a sentence on the trade with China are the country's exports to China
("Ausgeführt wurden Waren im Wert von 2,2 Milliarden Dollar."), not a region's nor
another country's, nor imports. Texts of our own in the style of BelTA and customs releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-03-14", only="trade.")

_TRADE = (
    "MINSK, 14. März (BelTA) – Im Zeitraum Januar bis Oktober 2025 belief sich der Warenumsatz "
    "der Republik Belarus mit der Volksrepublik China auf 5,3 Milliarden US-Dollar. "
)
_TURNOVER = ("trade.turnover", "Belarus-China", 5.3e9)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lebensmittel im Wert von rund 1,1 Milliarden Dollar wurden im vergangenen Jahr nach "
        "China ausgeführt, vor allem Milchprodukte, Rindfleisch und Rapsöl.",
        "Nach China ausgeführt wurden im vergangenen Jahr Nahrungsmittel für 1,1 Milliarden "
        "Dollar.",
        "Im vergangenen Jahr wurden Lebensmittel für 1,1 Milliarden Dollar nach China exportiert.",
        "Belarussische Lebensmittel im Wert von 1,1 Milliarden Dollar sind 2025 nach China "
        "geliefert worden.",
        "Nahrungsmittel für 1,1 Milliarden Dollar wurden 2025 in die Volksrepublik China "
        "ausgeführt.",
    ],
)
def test_food_exported_in_the_passive(sentence: str) -> None:
    assert ("trade.food_exports", "Belarus-China", 1.1e9) in points(_TRADE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # food brought in from China: imports
        "Lebensmittel im Wert von 1,1 Milliarden Dollar wurden 2025 aus China eingeführt.",
        # one product: a part
        "Milchprodukte für 1,1 Milliarden Dollar wurden 2025 nach China ausgeführt.",
        # works carried out, not goods shipped
        "Beim Bau der neuen Lebensmittelfabrik wurden 2025 Arbeiten für 1,1 Milliarden Dollar "
        "ausgeführt.",
        # another country's food, its name first
        "Aus Russland wurden 2025 Lebensmittel für 1,1 Milliarden Dollar nach China ausgeführt.",
    ],
)
def test_no_food_exports_of_belarus(sentence: str) -> None:
    assert points(_TRADE + sentence) == [_TURNOVER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ausgeführt wurden Waren im Wert von 2,2 Milliarden Dollar.",
        "Exportiert wurden Güter für 2,2 Milliarden Dollar, eingeführt für 3,1 Milliarden.",
        "Geliefert wurden belarussische Erzeugnisse im Wert von 2,2 Milliarden Dollar.",
        "Dabei wurden Waren im Wert von 2,2 Milliarden Dollar exportiert.",
        "Waren für 2,2 Milliarden Dollar sind ausgeführt worden.",
    ],
)
def test_goods_exported_after_the_trade_with_china(sentence: str) -> None:
    assert points(_TRADE + sentence) == sorted(
        [_TURNOVER, ("trade.exports", "Belarus-China", 2.2e9)]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Eingeführt wurden Waren im Wert von 2,2 Milliarden Dollar.",  # imports
        "Ausgeführt wurden Milchprodukte im Wert von 2,2 Milliarden Dollar.",  # one product
        "Nach Russland wurden Waren für 2,2 Milliarden Dollar ausgeführt.",  # another partner
        # goods from China: imports
        "Aus China wurden Waren für 2,2 Milliarden Dollar nach Belarus geliefert.",
    ],
)
def test_no_exports_to_china_in_the_passive(sentence: str) -> None:
    assert points(_TRADE + sentence) == [_TURNOVER]


@pytest.mark.parametrize(
    "before",
    [
        # a region's trade told before
        "Das Gebiet Gomel handelte 2025 mit China Waren für 400 Millionen Dollar. ",
        # the country's trade with all partners: China not named
        "Der Außenhandel von Belarus erreichte 2025 rund 80 Milliarden Dollar. ",
    ],
)
def test_no_exports_to_china_after_other_trade(before: str) -> None:
    found = points(
        "MINSK, 14. März (BelTA) – " + before + "Ausgeführt wurden Waren im Wert "
        "von 2,2 Milliarden Dollar."
    )
    assert [p for p in found if p[0] == "trade.exports"] == []
