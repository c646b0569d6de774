"""Wordings of a fifth probe on real texts (issue 7): thresholds passed, forecasts, a fact and a
plan joined by "und", the earlier level of "von X auf Y", and food exports said as farm exports.

Test texts of our own in the style of agency reports (BelTA, Xinhua), several phrasings
each, with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, str, float, str, str]


points = points_of(
    "indicator entity as_of value qualifier status",
    date="2022-11-09",
    opening="MINSK, 9. November (BelTA) – ",
)


# --- 1. thresholds passed: a mark, a limit, the verb before its subject ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the future perfect: two auxiliaries after the verb
        (
            "Bis Ende des Jahres wird der Industriepark „Great Stone“ die Marke von 100 "
            "Unternehmen überschritten haben.",
            [("park.residents", "Great Stone", "2022-12", 100.0, "more_than", "target")],
        ),
        (
            "Die Zahl der Residenten des Industrieparks „Great Stone“ hat die Schwelle von 90 "
            "Unternehmen übertroffen.",
            [("park.residents", "Great Stone", "2022-11", 90.0, "more_than", "actual")],
        ),
        (
            "Im Jahr 2021 wurde die Grenze von 3 Mrd. Dollar im Handel mit China überschritten.",
            [("trade.turnover", "Belarus-China", "2021", 3e9, "more_than", "actual")],
        ),
        # the verb first, then its subject with its partner ("mit China"), then the threshold
        (
            "Im Jahr 2021 überstieg der Handel mit China $5 Mrd.",
            [("trade.turnover", "Belarus-China", "2021", 5e9, "more_than", "actual")],
        ),
        (
            "Im ersten Halbjahr überstieg der Außenhandelsumsatz des Gebiets Brest mit China "
            "$120 Mio.",
            [("trade.regional", "Brest region", "2022-H1", 120e6, "more_than", "actual")],
        ),
        # the figure that did the passing, with "mit" right before it, stays exact
        (
            "Im Jahr 2021 übertraf der Handel mit China mit 5 Mrd. Dollar den Wert des Vorjahres.",
            [("trade.turnover", "Belarus-China", "2021", 5e9, "exact", "actual")],
        ),
        # a margin stays exact
        (
            "Im Jahr 2021 übertraf der Handel mit China den Vorjahreswert um 12 Prozent.",
            [("trade.turnover", "Belarus-China", "2021", 12.0, "exact", "actual")],
        ),
        # a mark reached is no mark passed
        (
            "Der Handel mit China erreichte im Jahr 2021 die Marke von 5 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", "2021", 5e9, "exact", "actual")],
        ),
    ],
)
def test_thresholds_passed_are_more_than(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 2. forecasts: what is expected, assumed or said in the future is a target -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Industriepark „Great Stone“ wächst die Zahl der Residenten. Voraussichtlich "
            "werden sie im Jahr 2023 rund 3000 Personen beschäftigen.",
            [("park.jobs", "Great Stone", "2023", 3000.0, "about", "target")],
        ),
        (
            "Die Residenten des Industrieparks „Great Stone“ werden im Jahr 2025 etwa 6000 "
            "Menschen beschäftigen.",
            [("park.jobs", "Great Stone", "2025", 6000.0, "about", "target")],
        ),
        (
            "Der Handel mit China dürfte in diesem Jahr 5 Mrd. Dollar erreichen.",
            [("trade.turnover", "Belarus-China", "2022", 5e9, "exact", "target")],
        ),
        (
            "Für das Jahr 2023 wird ein Handel mit China von 6 Mrd. Dollar erwartet.",
            [("trade.turnover", "Belarus-China", "2023", 6e9, "exact", "target")],
        ),
        (
            "Wir gehen davon aus, dass die Exporte nach China im Jahr 2023 eine Milliarde "
            "Dollar übersteigen.",
            [("trade.exports", "Belarus-China", "2023", 1e9, "more_than", "target")],
        ),
        (
            "Wir erwarten, dass im Industriepark „Great Stone“ bis Ende 2023 120 Unternehmen "
            "registriert sind.",
            [("park.residents", "Great Stone", "2023-12", 120.0, "exact", "target")],
        ),
        # the fact in the same sentence stays actual
        (
            "Der Handel mit China betrug im vergangenen Jahr 4 Mrd. Dollar, in diesem Jahr dürfte "
            "er 5 Mrd. Dollar erreichen.",
            [
                ("trade.turnover", "Belarus-China", "2021", 4e9, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2022", 5e9, "exact", "target"),
            ],
        ),
        # a level measured against what was expected is a fact
        (
            "Der Handel mit China stieg in diesem Jahr stärker als erwartet auf 4 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", "2022", 4e9, "exact", "actual")],
        ),
        # "soll" with a perfect infinitive reports a past fact (hearsay): no plan
        (
            "Der Handel mit China soll im vergangenen Jahr 8,2 Mrd. Dollar erreicht haben, wie "
            "die Zeitung berichtete.",
            [("trade.turnover", "Belarus-China", "2021", 8.2e9, "exact", "actual")],
        ),
        (
            "Die Exporte nach China sollen im Jahr 2021 um 20 Prozent gewachsen sein.",
            [("trade.exports", "Belarus-China", "2021", 20.0, "exact", "actual")],
        ),
        # ... but a plan's deadline keeps it a plan, and "soll" with an infinitive is one
        (
            "Bis 2025 soll die Zahl der Residenten des Industrieparks „Great Stone“ auf 150 "
            "gestiegen sein.",
            [("park.residents", "Great Stone", "2025", 150.0, "exact", "target")],
        ),
        (
            "Der Handel mit China soll im Jahr 2023 5 Mrd. Dollar erreichen.",
            [("trade.turnover", "Belarus-China", "2023", 5e9, "exact", "target")],
        ),
        # the present passive ("werden ... beschäftigt", "werden ... geschaffen") is no future
        (
            "Im Industriepark „Great Stone“ werden derzeit 1500 Personen beschäftigt.",
            [("park.jobs", "Great Stone", "2022-11", 1500.0, "exact", "actual")],
        ),
        (
            "Im Industriepark „Great Stone“ werden jedes Jahr 500 Arbeitsplätze geschaffen.",
            [("park.jobs", "Great Stone", "2022-11", 500.0, "exact", "actual")],
        ),
    ],
)
def test_forecasts_are_targets(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 3. farm exports to China are the food exports ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Agrarexporte nach China erreichten im Jahr 2021 300 Mio. Dollar.",
            [("trade.food_exports", "Belarus-China", "2021", 300e6, "exact", "actual")],
        ),
        (
            "Die belarussischen Agrarausfuhren in die Volksrepublik China stiegen im Jahr 2021 "
            "um 25 Prozent.",
            [("trade.food_exports", "Belarus-China", "2021", 25.0, "exact", "actual")],
        ),
        (
            "Im Jahr 2021 stiegen die Exporte belarussischer Agrarprodukte nach China auf 320 "
            "Mio. Dollar.",
            [("trade.food_exports", "Belarus-China", "2021", 320e6, "exact", "actual")],
        ),
        # China named in the sentence before
        (
            "Der Minister sprach über die Zusammenarbeit mit China. Die Agrarexporte stiegen "
            "im Jahr 2021 um 15 Prozent.",
            [("trade.food_exports", "Belarus-China", "2021", 15.0, "exact", "actual")],
        ),
        # all farm exports, to every country, are no exports to China
        ("Die belarussischen Agrarexporte erreichten im Jahr 2021 7 Mrd. Dollar.", []),
        # another country's farm exports to China
        ("Russlands Agrarexporte nach China stiegen im Jahr 2021 auf 4 Mrd. Dollar.", []),
        # a share of all exports to China is no amount of them
        (
            "Der Anteil der Agrarexporte an den gesamten Exporten nach China betrug im Jahr "
            "2021 10 Prozent.",
            [],
        ),
    ],
)
def test_farm_exports_to_china_are_food_exports(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


_FOOD_LEAD = "Die belarussischen Lebensmittelexporte nach China stiegen 2021 um 18 Prozent. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # food said in the sentence before does not make another product's exports food
        (_FOOD_LEAD + "Die Holzexporte stiegen im Jahr 2021 um 7 Prozent.", []),
        (_FOOD_LEAD + "Die Kaliausfuhren erreichten 2021 rund 400 Mio. Dollar.", []),
        (_FOOD_LEAD + "Die Maschinenlieferungen gingen 2021 um 4 Prozent zurück.", []),
        # ... while the food exports said again, or all of them, stay food
        (
            _FOOD_LEAD + "Die Agrar- und Lebensmittelexporte erreichten 2021 rund 300 Mio. Dollar.",
            [("trade.food_exports", "Belarus-China", "2021", 300e6, "about", "actual")],
        ),
        (
            _FOOD_LEAD + "Die Exporte erreichten 2021 rund 310 Mio. Dollar.",
            [("trade.food_exports", "Belarus-China", "2021", 310e6, "about", "actual")],
        ),
    ],
)
def test_another_products_exports_after_food_are_no_food(text: str, expected: list[Point]) -> None:
    lead = ("trade.food_exports", "Belarus-China", "2021", 18.0, "exact", "actual")
    assert points(text) == sorted([lead, *expected])


# --- 4. a fact and a plan joined by a plain "und" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Zahl der Residenten des Industrieparks „Great Stone“ stieg auf 95 und kann bis "
            "Jahresende auf 105 steigen.",
            [
                ("park.residents", "Great Stone", "2022-11", 95.0, "exact", "actual"),
                ("park.residents", "Great Stone", "2022-12", 105.0, "exact", "target"),
            ],
        ),
        (
            "Der Handel mit China erreichte im Januar-September 4,1 Mrd. Dollar und soll bis "
            "2025 auf 8 Mrd. Dollar wachsen.",
            [
                ("trade.turnover", "Belarus-China", "2022-01/2022-09", 4.1e9, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2025", 8e9, "exact", "target"),
            ],
        ),
        # the plan's date after "und" does not date the fact before it
        (
            "Der Handel mit China stieg auf 4,1 Mrd. Dollar und wird bis 2025 auf 8 Mrd. Dollar "
            "wachsen.",
            [
                ("trade.turnover", "Belarus-China", "2022-11", 4.1e9, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2025", 8e9, "exact", "target"),
            ],
        ),
        # two facts joined by "und": both actual, each with its date
        (
            "Der Handel mit China stieg im Jahr 2020 auf 3 Mrd. Dollar und erreichte im Jahr "
            "2021 4 Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", "2020", 3e9, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2021", 4e9, "exact", "actual"),
            ],
        ),
        # "und" between nouns parts no clause: the plan is the whole sentence's
        (
            "Bis 2025 sollen die Exporte und Importe im Handel mit China auf 10 Mrd. Dollar "
            "steigen.",
            [("trade.turnover", "Belarus-China", "2025", 10e9, "exact", "target")],
        ),
    ],
)
def test_a_fact_joined_to_a_plan_by_und_stays_actual(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 5. "von X auf Y": X is the earlier level ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier level the text does not date is no point: not a level of 2021
        (
            "Die Zahl der Residenten des Industrieparks „Great Stone“ stieg im Jahr 2021 von "
            "68 auf 85.",
            [("park.residents", "Great Stone", "2021", 85.0, "exact", "actual")],
        ),
        # ... nor a target of 2025
        (
            "Belarus will die Exporte nach China von $0,8 auf 3 Mrd. bis 2025 steigern.",
            [("trade.exports", "Belarus-China", "2025", 3e9, "exact", "target")],
        ),
        # ... nor the level of the same months a year before ("im Januar-September")
        (
            "Im Januar-September stiegen die Exporte nach China von 300 Mio. Dollar auf 400 "
            "Mio. Dollar.",
            [("trade.exports", "Belarus-China", "2022-01/2022-09", 400e6, "exact", "actual")],
        ),
        # ... nor with a growth after it ("von X um Y")
        (
            "Der Handel mit China wuchs im Jahr 2021 von 3,1 Mrd. Dollar um 20 Prozent.",
            [("trade.turnover", "Belarus-China", "2021", 20.0, "exact", "actual")],
        ),
        # the period's start named: X is that year's, Y the end's
        (
            "Von 2018 bis 2021 stieg der Handel mit China von 2,5 auf 5 Mrd. Dollar.",
            [
                ("trade.turnover", "Belarus-China", "2018", 2.5e9, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2021", 5e9, "exact", "actual"),
            ],
        ),
        (
            "Im Zeitraum zwischen 2017 und 2021 wuchs die Zahl der Residenten des "
            "Industrieparks „Great Stone“ von rund 30 auf 70 Unternehmen.",
            [
                ("park.residents", "Great Stone", "2017", 30.0, "about", "actual"),
                ("park.residents", "Great Stone", "2021", 70.0, "exact", "actual"),
            ],
        ),
        (
            "Seit 2015 ist der Handel mit China von 2 Mrd. auf 4 Mrd. Dollar gestiegen.",
            [
                ("trade.turnover", "Belarus-China", "2015", 2e9, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2022-11", 4e9, "exact", "actual"),
            ],
        ),
        # "von" before an amount with no change after it is no earlier level
        (
            "Im Jahr 2021 lieferte Belarus Waren im Wert von 300 Mio. Dollar auf dem Seeweg "
            "nach China.",
            [("trade.exports", "Belarus-China", "2021", 300e6, "exact", "actual")],
        ),
        # a period with no "von X auf Y" keeps its span
        (
            "Von 2018 bis 2021 betrug der Handel mit China insgesamt 15 Mrd. Dollar.",
            [("trade.turnover", "Belarus-China", "2018/2021", 15e9, "exact", "actual")],
        ),
    ],
)
def test_the_earlier_level_of_a_change(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 6. "die Zahl der im Park ansässigen Unternehmen": the noun after a place's name ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Zahl der im Industriepark Great Stone ansässigen Unternehmen stieg auf 80.",
            [("park.residents", "Great Stone", "2022-11", 80.0, "exact", "actual")],
        ),
        (
            "Bis 2025 soll die Zahl der im Belarussisch-Chinesischen Industriepark „Great Stone“ "
            "registrierten Standortunternehmen 150 betragen.",
            [("park.residents", "Great Stone", "2025", 150.0, "exact", "target")],
        ),
        # the employees in the park are no residents
        (
            "Die Zahl der im Industriepark Great Stone Beschäftigten stieg auf 2.400.",
            [("park.jobs", "Great Stone", "2022-11", 2400.0, "exact", "actual")],
        ),
    ],
)
def test_the_count_after_a_place_named_in_its_phrase(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


def test_the_counted_noun_after_a_place_of_several_names() -> None:
    from bycn.text.nouns import SentenceNouns

    text = "Die Zahl der im Industriepark „Great Stone“ ansässigen Firmen betrug 99"
    assert SentenceNouns(text, 0, len(text)).antecedent(text.index("99")) == "Firmen"
    text = "Die Zahl der im Park Beschäftigten betrug 900"
    assert SentenceNouns(text, 0, len(text)).antecedent(text.index("900")) == "Beschäftigten"
