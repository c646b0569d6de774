"""Wordings of a third probe on real texts (issue 7): trade said in other words, counts the
catalog missed, and a plan's figure beside the fact in one sentence.

Test texts of our own in the style of agency reports (BelTA, Xinhua, dpa, ministries,
Belstat, university pages), several phrasings each, with counter-examples that must not
become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, float, str]


points = points_of("indicator entity value status", date="2023-09-01")


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
            "Belarus und China bauen ihre Zusammenarbeit aus. "
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
def test_exports_of_agricultural_goods_are_food_exports(text: str, expected: list[Point]) -> None:
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
            'Die Liste der Waren für den chinesischen Markt wächst. "Im vergangenen Jahr hat '
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
            "China kauft mehr Kalidünger. Heute beträgt sein Anteil an unseren Exporten etwa 9 %.",
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


# --- 3. a plan beside a fact; the region of a text on a region -----------------------------


def dated(text: str, date: str = "2018-11-09") -> list[tuple[str, str, float, str, str]]:
    """(indicator, entity, value, status, as_of) of each point of a news text."""
    series = news_series(text, date)
    return sorted((p.indicator, p.entity, p.value, p.status, p.as_of) for p in series.itertuples())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan named right before its figure: a target of the year; the fact stays actual
        (
            "Die Warenexporte des Gebiets Grodno nach China betrugen im Januar-September "
            "$11,3 Mio. beim Jahressoll von $8,5 Mio.",
            [
                ("trade.regional", "Grodno region", 8.5e6, "target", "2018"),
                ("trade.regional", "Grodno region", 11.3e6, "actual", "2018-01/2018-09"),
            ],
        ),
        (
            "Die Ausfuhren nach China stiegen im ersten Halbjahr um 12 Prozent bei einem Plan "
            "von 8 Prozent.",
            [
                ("trade.exports", "Belarus-China", 8.0, "target", "2018-H1"),
                ("trade.exports", "Belarus-China", 12.0, "actual", "2018-H1"),
            ],
        ),
        # the share of a plan fulfilled is no growth
        (
            "Die Warenexporte nach China übertrafen im Januar-September 105 % des Jahressolls "
            "und betrugen 40 Mio. Dollar.",
            [("trade.exports", "Belarus-China", 40e6, "actual", "2018-01/2018-09")],
        ),
        ("Der Exportplan für China wurde im ersten Halbjahr zu 112 Prozent erfüllt.", []),
        # a plan's word elsewhere leaves the fact a fact; a plan's sentence stays a target
        (
            "Die Exporte nach China erreichten 2017 rund 400 Mio. Dollar, damit wurde der "
            "Plan übertroffen.",
            [("trade.exports", "Belarus-China", 400e6, "actual", "2017")],
        ),
        (
            "Laut Prognose sollen die Exporte nach China 2019 um 10 Prozent wachsen.",
            [("trade.exports", "Belarus-China", 10.0, "target", "2019")],
        ),
    ],
)
def test_a_plan_beside_a_fact(text: str, expected: list) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region named in the lead, referred to by "der Region" later, is the topic of
        # the sentences after it that name no one
        (
            "Das Gebietsexekutivkomitee Brest zog Bilanz der neun Monate.\n\n"
            "Es wurde betont, dass die Wirtschaft der Region wächst. Die Waren gingen in 90 "
            "Länder. Der Markt wurde erweitert. Die Lieferungen nach China nehmen zu. Die "
            "Warenexporte nach China erreichten 41 Mio. Dollar.",
            [("trade.regional", "Brest region", 41e6, "actual", "2018-11")],
        ),
        # a sentence on the country after it is the country's
        (
            "Das Gebietsexekutivkomitee Brest zog Bilanz.\n\n"
            "Es wurde betont, dass die Wirtschaft der Region wächst. Die belarussischen "
            "Exporte nach China erreichten 2017 rund 1 Mrd. Dollar.",
            [("trade.exports", "Belarus-China", 1e9, "actual", "2017")],
        ),
        # "der Region" with no region named before it makes no region's point
        (
            "Die Investitionen in der Region wachsen. Die Warenexporte nach China erreichten "
            "2017 rund 1 Mrd. Dollar.",
            [("trade.exports", "Belarus-China", 1e9, "actual", "2017")],
        ),
    ],
)
def test_the_region_of_a_text_on_a_region(text: str, expected: list) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change over years the text does not date: no point
        ("Die Exporte nach China sind im Fünfjahreszeitraum um das 13-fache gestiegen.", []),
        ("Die Ausfuhren nach China wuchsen in den letzten drei Jahren um 80 Prozent.", []),
        # dated, or an amount: points as before
        (
            "Die Ausfuhren nach China wuchsen in den letzten drei Jahren, von 2015 bis 2018, "
            "um 80 Prozent.",
            [("trade.exports", "Belarus-China", 80.0, "actual", "2015/2018")],
        ),
        (
            "Die Exporte nach China stiegen 2017 um das 2-fache.",
            [("trade.exports", "Belarus-China", 2.0, "actual", "2017")],
        ),
    ],
)
def test_a_change_over_undated_years(text: str, expected: list) -> None:
    assert dated(text) == expected


# --- 2b. the academy's joint structures -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the academy's labs and centres with Chinese partners are its own, no national total
        (
            "Auf Basis der NAN wurden 14 internationale Forschungszentren und Labors mit "
            "chinesischen Partnern gegründet.",
            [("edu.joint_structures", "NAS of Belarus", 14.0, "actual")],
        ),
        (
            "Die Nationale Akademie der Wissenschaften hat bereits mehr als 20 gemeinsame "
            "Zentren und Labors mit Partnern aus China eingerichtet.",
            [("edu.joint_structures", "NAS of Belarus", 20.0, "actual")],
        ),
        (
            "Die NAS von Belarus baut die Zusammenarbeit mit China aus. Seit 2015 wurden zwölf "
            "gemeinsame Labore gegründet.",
            [("edu.joint_structures", "NAS of Belarus", 12.0, "actual")],
        ),
        # all Belarusian institutions' are the total, as before
        (
            "Belarussische Hochschulen haben mit chinesischen Partnern elf gemeinsame Labore "
            "und Zentren gegründet.",
            [("edu.joint_structures", "Belarus-China", 11.0, "actual")],
        ),
        # a Chinese academy's, and one university's, are no point
        (
            "Die Chinesische Akademie der Wissenschaften hat mit Partnern aus Russland 30 "
            "gemeinsame Labore eingerichtet.",
            [],
        ),
        ("Die BSU hat mit chinesischen Partnern fünf gemeinsame Labore gegründet.", []),
    ],
)
def test_the_academys_joint_structures(text: str, expected: list[Point]) -> None:
    assert points(text) == expected
