"""Wordings of a fourth probe on real texts (issue 7): the results of N months, forecasts
said by a modal or by the end of the current year, the park's counts said in other words,
and words of "now" as adjectives.

Test texts of our own in the style of agency reports (BelTA, Xinhua), several phrasings
each, with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn
from bycn.text.dates import find_dates

Point = tuple[str, str, str, float, str]


points = points_of(
    "indicator entity as_of value status",
    date="2018-10-29",
    opening="MINSK, 29. Oktober (BelTA) – ",
)


# --- 1. periods: the results of N months run from January ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach den Ergebnissen der letzten neun Monate stieg der Umsatz", ["2024-01/2024-09"]),
        ("Im Ergebnis von zehn Monaten wurden Waren geliefert", ["2024-01/2024-10"]),
        ("nach den Ergebnissen der ersten acht Monate", ["2024-01/2024-08"]),
        # the last three months before December are no period from January: no date
        ("In den letzten drei Monaten wuchs der Handel", []),
        # the results of a meeting name no period
        ("Die Ergebnisse der Verhandlungen wurden gelobt", []),
        # recent years (a plural) are no last year
        ("In den letzten Jahren wuchs der Handel", []),
        ("in den vergangenen Jahren und im vergangenen Jahr", ["2023"]),
    ],
)
def test_results_of_months_are_the_first_months(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2024-12-05")] == expected


def test_results_of_months_date_a_regional_point() -> None:
    text = (
        "Nach den Ergebnissen der letzten neun Monate hat der Handel zwischen dem Gebiet Gomel "
        "und China 900 Millionen Dollar erreicht."
    )
    assert points(text, "2024-12-05") == [
        ("trade.regional", "Gomel region", "2024-01/2024-09", 900e6, "actual")
    ]


# --- 2. targets: a forecast by a modal of possibility, the end of the current year ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus geht bis zum Jahresende davon aus, den Handel mit China auf über 3,5 Mrd. "
            "Dollar zu steigern.",
            [("trade.turnover", "Belarus-China", "2018-12", 3.5e9, "target")],
        ),
        (
            "Der Handel mit China kann bis Ende laufenden Jahres auf 4 Mrd. Dollar wachsen.",
            [("trade.turnover", "Belarus-China", "2018-12", 4e9, "target")],
        ),
        (
            "Der Handelsumsatz mit China könnte sich auf 4 Mrd. Dollar erhöhen.",
            [("trade.turnover", "Belarus-China", "2018-10", 4e9, "target")],
        ),
        (
            "Die Zahl der Residenten des Industrieparks „Great Stone“ kann sich auf 70 vergrößern.",
            [("park.residents", "Great Stone", "2018-10", 70.0, "target")],
        ),
        # a modal of the past tells what was done: a fact
        (
            "Im vergangenen Jahr konnte Belarus den Handel mit China auf 3 Mrd. Dollar steigern.",
            [("trade.turnover", "Belarus-China", "2017", 3e9, "actual")],
        ),
        # the end of a year that is over is no plan
        (
            "Bis Ende des vergangenen Jahres wurden im Industriepark „Great Stone“ 40 "
            "Residenten registriert.",
            [("park.residents", "Great Stone", "2017-12", 40.0, "actual")],
        ),
        # a capacity, with no verb of growth, is no forecast of a level
        ("Der Industriepark „Great Stone“ kann 200 Unternehmen aufnehmen.", []),
    ],
)
def test_forecasts_are_targets(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Handel mit China stieg im Januar-September auf 2,3 Mrd. Dollar, bis 2020 soll "
            "er auf 4 Mrd. Dollar wachsen.",
            [
                ("trade.turnover", "Belarus-China", "2018-01/2018-09", 2.3e9, "actual"),
                ("trade.turnover", "Belarus-China", "2020", 4e9, "target"),
            ],
        ),
        (
            "Im Industriepark „Great Stone“ waren Ende September 55 Residenten registriert, bis "
            "Jahresende können es 60 Residenten werden.",
            [
                ("park.residents", "Great Stone", "2018-09", 55.0, "actual"),
                ("park.residents", "Great Stone", "2018-12", 60.0, "target"),
            ],
        ),
        # the plan's own clause, with a verb of the past in it, stays the plan's
        (
            "Das Ziel war, den Handel mit China bis 2020 auf 5 Mrd. Dollar zu steigern.",
            [("trade.turnover", "Belarus-China", "2020", 5e9, "target")],
        ),
    ],
)
def test_a_fact_beside_a_plan_stays_actual(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 3. the park's counts in other words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Industriepark „Great Stone“ wächst das Interesse. Die Anzahl der Unternehmen "
            "erhöhte sich auf 70.",
            [("park.residents", "Great Stone", "2018-10", 70.0, "actual")],
        ),
        # a plan of the count, named again as "diese Zahl"
        (
            "Im Industriepark „Great Stone“ sind 55 Unternehmen registriert. Bis Ende 2020 kann "
            "diese Zahl auf 70 Unternehmen steigen.",
            [
                ("park.residents", "Great Stone", "2018-10", 55.0, "actual"),
                ("park.residents", "Great Stone", "2020-12", 70.0, "target"),
            ],
        ),
        # "diese Anzahl" with a bare number counts the noun counted before
        (
            "Im Industriepark „Great Stone“ sind 55 Unternehmen registriert. Zum Ende 2020 "
            "kann diese Anzahl auf 70 steigen.",
            [
                ("park.residents", "Great Stone", "2018-10", 55.0, "actual"),
                ("park.residents", "Great Stone", "2020-12", 70.0, "target"),
            ],
        ),
        # the countries that invested in the park are its residents'
        (
            "In den Industriepark „Great Stone“ wurden Investitionen von 12 Ländern der Welt "
            "angelegt.",
            [("park.countries", "Great Stone", "2018-10", 12.0, "actual")],
        ),
        (
            "Der Industriepark „Great Stone“ hat Investoren aus 15 Staaten angezogen.",
            [("park.countries", "Great Stone", "2018-10", 15.0, "actual")],
        ),
        # the guests of a forum in the park are no residents' countries
        (
            "Am Forum im Industriepark „Great Stone“ nahmen Vertreter aus 20 Ländern teil.",
            [],
        ),
        # the number of employees is no count of residents
        (
            "Im Industriepark „Great Stone“ erhöhte sich die Anzahl der Beschäftigten auf 2.500.",
            [("park.jobs", "Great Stone", "2018-10", 2500.0, "actual")],
        ),
    ],
)
def test_park_counts(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In den letzten Jahren hat China rund 2 Mrd. Dollar in Belarus investiert.",
            [("trade.chinese_investment", "Belarus-China", "2018-10", 2e9, "actual")],
        ),
        # Belarusian money put into China is no Chinese investment
        ("In den letzten Jahren hat Belarus rund 30 Mio. Dollar in China investiert.", []),
    ],
)
def test_chinese_investment_with_the_verb_first(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 4. words of "now" as adjectives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die heutigen 500 Mio. Dollar sind keine Grenze.", ["2019-04"]),
        ("Der heutige Stand der Exporte", ["2019-04"]),
        # "heute" within another word names no time
        ("Die Heutelinie", []),
    ],
)
def test_heutig_is_a_word_of_now(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2019-04-24")] == expected


def test_heutig_dates_its_figure_by_the_document_not_a_plan_before() -> None:
    text = (
        "Belarus will die Exporte nach China bis 2025 auf 5 Mrd. Dollar vergrößern. Die "
        "heutigen Exporte nach China von 500 Mio. Dollar sind keine Grenze."
    )
    found = points(text, "2019-04-24")
    assert ("trade.exports", "Belarus-China", "2019-04", 500e6, "actual") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Park sind 55 Unternehmen registriert. Bald kann diese Anzahl auf 70 steigen.",
            [55, 70],
        ),
        # with nothing counted before, a bare number stays no figure
        ("Der Park wächst. Bald kann diese Anzahl auf 70 steigen.", []),
        # "diese Zahlen" (plural) names no count
        ("Im Park arbeiten 55 Unternehmen. Diese Zahlen sind 2020 um 10 gestiegen.", [55]),
    ],
)
def test_this_number_counts_the_noun_before(text: str, expected: list[int]) -> None:
    document = bycn.parse_text(
        f"MINSK, 4. Juli (BelTA) – {text}", doc="n", meta={"date": "2019-07-04"}
    )
    assert document.figures["value"].tolist() == expected
