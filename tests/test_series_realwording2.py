"""Wordings of a second probe on real texts (issue 7): exports named after a sentence on
China, the park's figures said by their nouns, and figures that are no one entity's total.

Test texts of our own in the style of agency reports (BelTA, Xinhua, ministries), several
phrasings each, with counter-examples that must not become points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, float]


points = points_of("indicator entity value", date="2023-09-01")


# --- 1. exports of goods, China named in the sentence before -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Warenumsatz zwischen Belarus und China betrug 2022 5,1 Mrd. US-Dollar. "
            "Die Warenexporte erreichten 1,9 Mrd. US-Dollar.",
            [
                ("trade.exports", "Belarus-China", 1.9e9),
                ("trade.turnover", "Belarus-China", 5.1e9),
            ],
        ),
        (
            "Der Handel mit China wuchs im ersten Halbjahr um 12 Prozent. Die Warenausfuhr "
            "belief sich auf 640 Mio. Dollar und stieg um 18 Prozent.",
            [
                ("trade.exports", "Belarus-China", 18.0),
                ("trade.exports", "Belarus-China", 640e6),
                ("trade.turnover", "Belarus-China", 12.0),
            ],
        ),
        # the sentence before is on another partner: no point of China's
        (
            "Der Handel mit Russland wuchs um 5 Prozent. Die Warenexporte erreichten "
            "20 Mrd. Dollar.",
            [],
        ),
        # nor are imports exports
        (
            "Der Handel mit China wuchs um 12 Prozent. Die Warenimporte erreichten 3 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", 12.0)],
        ),
    ],
)
def test_exports_of_goods_after_a_sentence_on_china(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 2. the park's figures, the park named in the sentence before ---------------------------

_PARK = "Die im Industriepark Great Stone angesiedelten Unternehmen arbeiten immer effizienter. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the investment made, and its growth in a results sentence (indicators.md: an
        # indicator may hold growth figures beside amounts; real set 2 annotates it so)
        (
            "Im ersten Halbjahr ist der Umfang der Investitionen in das Anlagekapital um das "
            "1,7fache gestiegen.",
            [("park.investment_actual", "Great Stone", 1.7)],
        ),
        (
            "Die Investitionen in Anlagekapital beliefen sich auf 95 Mio. Dollar.",
            [("park.investment_actual", "Great Stone", 95e6)],
        ),
        (
            "In den ersten neun Monaten wuchs der Erlös aus dem Verkauf der Produkte um "
            "das 1,3fache.",
            [("park.revenue", "Great Stone", 1.3)],
        ),
        (
            "Der Umfang der Produktion stieg um 25 Prozent.",
            [("park.output", "Great Stone", 25.0)],
        ),
        (
            "Seit Jahresbeginn haben 14 neue Unternehmen mit Kapital aus China, Belarus und "
            "Kasachstan den Residentenstatus erhalten.",
            [("park.new_residents", "Great Stone", 14.0)],
        ),
        # a breakdown of new residents by the capital's origin is no total
        (
            "Neu hinzugekommen sind fünf Unternehmen: drei mit Kapital aus China und zwei "
            "mit Kapital aus Belarus.",
            [("park.new_residents", "Great Stone", 5.0)],
        ),
        (
            "Es kamen neun neue Unternehmen hinzu, davon vier mit Kapital aus China.",
            [("park.new_residents", "Great Stone", 9.0)],
        ),
    ],
)
def test_park_figures_said_by_their_nouns(sentence: str, expected: list[Point]) -> None:
    assert points(_PARK + sentence) == expected


def test_the_same_nouns_outside_the_park_are_no_park_points() -> None:
    text = (
        "Die Wirtschaft des Landes wächst. Im ersten Halbjahr ist der Umfang der Investitionen "
        "in das Anlagekapital um das 1,7fache gestiegen, der Umfang der Produktion um 5 Prozent."
    )
    assert [p for p in points(text) if p[0].startswith("park.")] == []


# --- 3. the park's declared investment in other words -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Industriepark Great Stone sind 110 Unternehmen mit einem "
        "Gesamtinvestitionsportfolio von 1,4 Mrd. Dollar registriert.",
        "Das Investitionsportfolio der Residenten des Industrieparks beträgt 1,4 Mrd. Dollar.",
        "Die vertragliche Summe der Investitionen in den Industriepark hat 1,4 Mrd. Dollar "
        "erreicht.",
        "Das vertraglich vereinbarte Volumen der Investitionen im Park Great Stone liegt bei "
        "1,4 Mrd. Dollar.",
    ],
)
def test_the_park_investment_portfolio_and_contract_sum_are_declared(sentence: str) -> None:
    assert ("park.investment_declared", "Great Stone", 1.4e9) in points(sentence)


def test_investment_made_in_the_park_stays_made() -> None:
    text = "Die Residenten des Industrieparks haben bereits 700 Mio. Dollar investiert."
    assert points(text) == [("park.investment_actual", "Great Stone", 700e6)]


# --- 4. figures that are no national or regional total ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Belarusian town the catalog does not know is no national total
        "Die Stadt Lida steigert ihre Exporte nach China jährlich um 15 Prozent.",
        "Jedes Jahr erhöht die belarussische Stadt Pinsk ihre Warenexporte nach China um 10%.",
        # a share of all exports of one kind, said either way round
        "Rund 80 Prozent aller über die Börse nach China abgewickelten Exporte entfallen auf Holz.",
        "Fast 70 Prozent aller Exporte der Börse nach China macht diese Ware aus.",
        # programmes with all foreign universities, China's among them
        "Derzeit laufen mehr als 150 gemeinsame Bildungsprogramme mit ausländischen Universitäten.",
        "Belarussische Hochschulen führen 120 gemeinsame Bildungsprogramme mit ausländischen "
        "Partnern durch.",
    ],
)
def test_figures_that_are_no_total_give_no_point(text: str) -> None:
    assert points(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's exports stay the country's
        (
            "Belarus steigert seine Exporte nach China jährlich um 15 Prozent.",
            [("trade.exports", "Belarus-China", 15.0)],
        ),
        # a city the catalog knows is the region-level unit
        (
            "Die Stadt Minsk steigerte ihre Exporte nach China um 15 Prozent.",
            [("trade.regional", "Minsk", 15.0)],
        ),
        # programmes with Chinese universities are China's
        (
            "Derzeit laufen mehr als 150 gemeinsame Bildungsprogramme mit chinesischen "
            "Universitäten.",
            [("edu.joint_programmes", "Belarus-China", 150.0)],
        ),
    ],
)
def test_their_counterparts_stay_points(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- exports after a sentence on a region's firms; producers certified for China ----------


@pytest.mark.parametrize(
    "text",
    [
        "Betriebe der Region bauen ihre Präsenz in China aus. Die Exporte nach China sind "
        "seit 2019 um das Vierfache gestiegen.",
        "Unternehmen des Gebiets liefern immer mehr Waren in die Volksrepublik. Die Ausfuhr "
        "nach China stieg um 35 Prozent.",
    ],
)
def test_exports_after_a_sentence_on_a_regions_firms_are_no_national_total(text: str) -> None:
    assert [p for p in points(text) if p[0] == "trade.exports"] == []


def test_exports_after_a_sentence_on_the_country_stay_national() -> None:
    text = (
        "Belarussische Betriebe bauen ihre Präsenz in China aus. Die Exporte nach China sind "
        "seit 2019 um das Vierfache gestiegen."
    )
    assert points(text) == [("trade.exports", "Belarus-China", 4.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bereits 14 belarussische Betriebe haben Zertifikate für Milchexporte nach China "
            "erhalten.",
            [("trade.accredited_producers", "Belarus-China", 14.0)],
        ),
        (
            "Zertifikate für den chinesischen Markt besitzen inzwischen 23 Unternehmen.",
            [("trade.accredited_producers", "Belarus-China", 23.0)],
        ),
        # certificates counted, not producers
        ("Die Behörde stellte 40 Zertifikate für Lieferungen nach China aus.", []),
    ],
)
def test_producers_certified_for_china_are_accredited(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- "Bis <year>" with a perfect is what was done by then, not a plan ---------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Bis 2024 haben 18 neue Unternehmen den Residentenstatus erhalten.", "actual"),
        ("Bis Ende 2023 hatten 18 neue Unternehmen den Residentenstatus erhalten.", "actual"),
        ("Bis 2027 werden 18 neue Unternehmen den Residentenstatus erhalten.", "target"),
        ("Bis 2027 sollen 18 neue Unternehmen den Residentenstatus erhalten.", "target"),
    ],
)
def test_by_a_year_with_a_perfect_is_a_fact(sentence: str, status: str) -> None:
    series = news_series("Der Industriepark Great Stone wächst. " + sentence, "2024-11-19")
    found = [(p.indicator, p.value, p.status) for p in series.itertuples()]
    assert found == [("park.new_residents", 18.0, status)]


# --- the food industry as the exporter ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im ersten Quartal hat die belarussische Lebensmittelindustrie Waren für 120 Mio. "
            "Dollar nach China exportiert.",
            [("trade.food_exports", "Belarus-China", 120e6)],
        ),
        (
            "Die Fleisch- und Milchindustrie des Landes lieferte im Halbjahr Produkte im Wert "
            "von 45 Millionen Dollar nach China.",
            [("trade.food_exports", "Belarus-China", 45e6)],
        ),
        # another partner, and one branch alone, are not China's food exports
        (
            "Die belarussische Lebensmittelindustrie hat Waren für 900 Mio. Dollar nach "
            "Russland exportiert.",
            [],
        ),
        ("Die Milchindustrie exportierte Butter für 5 Mio. Dollar nach China.", []),
    ],
)
def test_the_food_industry_exporting_to_china(text: str, expected: list[Point]) -> None:
    assert points(text) == expected
