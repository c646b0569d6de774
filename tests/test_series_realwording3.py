"""Wordings of a third probe on real texts (issue 7): trade said in other words, counts the
catalog missed, and a plan's figure beside the fact in one sentence.

Test texts of our own in the style of agency reports (BelTA, Xinhua, dpa, ministries,
Belstat, university pages), several phrasings each, with counter-examples that must not
become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

Point = tuple[str, str, float, str]


def points(text: str, date: str = "2023-09-01") -> list[Point]:
    """(indicator, entity, value, status) of each point of a news text dated ``date``."""
    series = news_series(text, date)
    return sorted((p.indicator, p.entity, p.value, p.status) for p in series.itertuples())


# --- 1. trade said in other words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mutual trade is the turnover; its growth in the apposition after it
        (
            "Nach Angaben der chinesischen Zollbehörde belief sich das Volumen des "
            "gegenseitigen Handels im Jahr 2022 auf 5,8 Milliarden Dollar, was einem Anstieg "
            "von 33 % entspricht.",
            [
                ("trade.turnover", "Belarus-China", 33.0, "actual"),
                ("trade.turnover", "Belarus-China", 5.8e9, "actual"),
            ],
        ),
        (
            "Der beiderseitige Handel zwischen Minsk und Peking erreichte 2021 über 5 Mrd. "
            "US-Dollar.",
            [("trade.turnover", "Belarus-China", 5e9, "actual")],
        ),
        (
            "Das Volumen des bilateralen Handels stieg im ersten Halbjahr auf 3,1 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", 3.1e9, "actual")],
        ),
        # another pair's mutual trade stays no point
        (
            "Das Volumen des gegenseitigen Handels zwischen Russland und China erreichte 2022 "
            "190 Milliarden Dollar.",
            [],
        ),
    ],
)
def test_mutual_trade_is_the_turnover(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Besonders erfreulich ist der Export Ihrer landwirtschaftlichen Erzeugnisse nach '
            'China, der im Vergleich zum Vorjahr um 38 % gestiegen ist", sagte der Botschafter.',
            [("trade.food_exports", "Belarus-China", 38.0, "actual")],
        ),
        (
            "Die Exporte der belarussischen landwirtschaftlichen Produkte nach China "
            "erreichten 2019 rund 250 Mio. US-Dollar.",
            [("trade.food_exports", "Belarus-China", 250e6, "actual")],
        ),
        # a breakdown after the total leaves it a total; the part is named before its figure
        (
            "Die Ausfuhren landwirtschaftlicher Waren nach China betrugen 2020 $120 Mio., "
            "davon entfiel die Hälfte auf Milchprodukte.",
            [("trade.food_exports", "Belarus-China", 120e6, "actual")],
        ),
        (
            "Die Lieferungen landwirtschaftlicher Erzeugnisse nach China stiegen um 20 %, "
            "die Milchlieferungen um 35 %.",
            [("trade.food_exports", "Belarus-China", 20.0, "actual")],
        ),
        # another country's agricultural exports, and a region's, are no point
        (
            "Die Exporte der landwirtschaftlichen Erzeugnisse aus Russland nach China "
            "erreichten 2022 rund 7 Mrd. Dollar.",
            [],
        ),
        (
            "Die Exporte landwirtschaftlicher Erzeugnisse des Gebiets Brest nach China "
            "stiegen um 15 %.",
            [("trade.regional", "Brest region", 15.0, "actual")],
        ),
    ],
)
def test_exports_of_agricultural_goods_are_food_exports(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's exports of goods, China named in the sentence before
        (
            "Nach Angaben von Belstat erreichte der Handel mit China 2021 5,1 Mrd. Dollar. "
            "Die belarussischen Warenexporte stiegen um 17 %.",
            [
                ("trade.exports", "Belarus-China", 17.0, "actual"),
                ("trade.turnover", "Belarus-China", 5.1e9, "actual"),
            ],
        ),
        # a Belarusian speaker's "unser Export", China named just before
        (
            "Die Liste der Waren für den chinesischen Markt wächst. \"Im vergangenen Jahr hat "
            'sich unser Export auf 1,4 Mrd. US-Dollar fast verdoppelt", sagte der Minister.',
            [("trade.exports", "Belarus-China", 1.4e9, "actual")],
        ),
        (
            "China bleibt ein Schlüsselpartner. Unsere Ausfuhren stiegen im ersten Quartal "
            "um 25 Prozent.",
            [("trade.exports", "Belarus-China", 25.0, "actual")],
        ),
        # a share of "our exports" is no growth; nor are exports to another partner, nor a
        # Chinese speaker's exports to Belarus
        (
            "China kauft mehr Kalidünger. Heute beträgt sein Anteil an unseren Exporten "
            "etwa 9 %.",
            [],
        ),
        (
            "Die Zusammenarbeit mit China wächst. Unser Export nach Russland stieg um 8 Prozent.",
            [],
        ),
        (
            "Der chinesische Botschafter lobte die Zusammenarbeit. Unsere Exporte nach "
            "Belarus stiegen um 30 Prozent, sagte er.",
            [],
        ),
        # nor, with no word of China nearby, anything
        ("Die belarussischen Warenexporte stiegen um 9 %.", []),
    ],
)
def test_exports_said_without_their_partner(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 2. counts the catalog missed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Industriepark Great Stone wächst weiter. Auf dem Parkgelände haben sich "
            "Unternehmen aus 15 Staaten niedergelassen.",
            [("park.countries", "Great Stone", 15.0, "actual")],
        ),
        (
            "Im Industriepark sind 120 Residenten registriert. Die Parkunternehmen kommen aus "
            "14 Ländern.",
            [
                ("park.countries", "Great Stone", 14.0, "actual"),
                ("park.residents", "Great Stone", 120.0, "actual"),
            ],
        ),
        # envoys and managers at a meeting in the park come from states too: no point
        (
            "Im Industriepark fand ein Forum statt. Daran nahmen Unternehmensleiter sowie "
            "Vertreter aus 12 Staaten teil.",
            [],
        ),
        (
            "Der Industriepark Großer Stein liefert Waren in 30 Staaten.",
            [],
        ),
    ],
)
def test_countries_of_the_parks_residents(text: str, expected: list[Point]) -> None:
    assert points(text) == expected
