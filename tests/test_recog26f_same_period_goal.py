"""A fact told "im gleichen Zeitraum" after a goal (figures.md, indicators.md: a reference
to the period named before): the period is the last one a fact was told of, not the year
of a goal in between ("„Wir wollen die Lieferungen in diesem Jahr auf 160 Millionen Dollar
bringen“", then "Es lieferte im gleichen Zeitraum Waren für 58 Millionen Dollar nach China"
is of the half-year told before). A plan that refers back keeps the goal's year; a fact
told of a past year in between is that year's. Texts of our own in the style of BelTA's
regional reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity as_of value", date="2025-07-22", only="trade.regional")

_LEAD = (
    "GOMEL, 22. Juli (BelTA) – Die Exporte des Gebiets Gomel nach China haben sich im ersten "
    "Halbjahr 2025 auf 74,5 Millionen Dollar belaufen.\n\nDer gesamte Handel des Gebiets mit "
    "der Volksrepublik erreichte in diesem Zeitraum 131 Millionen Dollar. "
)


def _mogilev(goal: str, sentence: str) -> list[tuple]:
    found = points(_LEAD + goal + "\n\n" + sentence)
    return [p for p in found if p[0] == "Mogilev region"]


@pytest.mark.parametrize(
    ("goal", "sentence"),
    [
        (
            "„Wir wollen die Lieferungen in diesem Jahr auf 160 Millionen Dollar bringen“, sagte "
            "der Vorsitzende.",
            "Auch das benachbarte Gebiet Mogiljow legte zu: Es lieferte im gleichen Zeitraum "
            "Waren für 58 Millionen Dollar nach China.",
        ),
        (
            "Im laufenden Jahr sollen die Lieferungen 160 Millionen Dollar erreichen.",
            "Das Gebiet Mogiljow lieferte im selben Zeitraum Waren für 58 Millionen Dollar nach "
            "China.",
        ),
        (
            "Bis Jahresende plant das Gebiet Exporte von 160 Millionen Dollar.",
            "Im gleichen Zeitraum exportierte das Gebiet Mogiljow Waren für 58 Millionen Dollar "
            "nach China.",
        ),
        (
            "Der Gouverneur will den Handel 2025 auf 300 Millionen Dollar steigern.",
            "Das Gebiet Mogiljow kam im gleichen Zeitraum auf Exporte von 58 Millionen Dollar "
            "nach China.",
        ),
        (
            "Die Region könnte in diesem Jahr 160 Millionen Dollar erreichen, hieß es.",
            "Im Gebiet Mogiljow stiegen die Lieferungen nach China im gleichen Zeitraum auf 58 "
            "Millionen Dollar.",
        ),
    ],
)
def test_the_period_of_the_facts_not_of_the_goal(goal: str, sentence: str) -> None:
    assert _mogilev(goal, sentence) == [("Mogilev region", "2025-H1", 58e6)]


def test_a_plan_that_refers_back_keeps_the_goal_s_year() -> None:
    goal = (
        "„Wir wollen die Lieferungen in diesem Jahr auf 160 Millionen Dollar bringen“, sagte "
        "der Vorsitzende."
    )
    sentence = (
        "Im gleichen Zeitraum sollen die Exporte des Gebiets Mogiljow nach China 90 Millionen "
        "Dollar erreichen."
    )
    assert _mogilev(goal, sentence) == [("Mogilev region", "2025", 90e6)]


def test_a_past_year_told_between_is_the_period() -> None:
    fact = "Im Jahr 2024 hatte das Gebiet Waren für 100 Millionen Dollar nach China geliefert."
    sentence = (
        "Das Gebiet Mogiljow lieferte im gleichen Zeitraum Waren für 58 Millionen Dollar nach "
        "China."
    )
    assert _mogilev(fact, sentence) == [("Mogilev region", "2024", 58e6)]


_FAR = (
    "GOMEL, 22. Juli (BelTA) – Die Exporte des Gebiets Gomel nach China haben sich im ersten "
    "Halbjahr 2025 auf 74,5 Millionen Dollar belaufen.\n\nGefragt sind vor allem Zellstoff "
    "und Milchpulver.\n\nDer gesamte Handel des Gebiets mit der Volksrepublik erreichte in "
    "diesem Zeitraum 131 Millionen Dollar. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Auch das benachbarte Gebiet Mogiljow legte zu: Es lieferte im gleichen Zeitraum Waren "
        "für 58 Millionen Dollar nach China.",
        "Das Gebiet Mogiljow lieferte im selben Zeitraum Waren für 58 Millionen Dollar nach China.",
        "Im gleichen Zeitraum exportierte das Gebiet Mogiljow Waren für 58 Millionen Dollar "
        "nach China.",
    ],
)
def test_the_facts_period_from_further_back(sentence: str) -> None:
    goal = (
        "„Wir wollen die Lieferungen in diesem Jahr auf 160 Millionen Dollar bringen“, sagte "
        "der Vorsitzende. „Unsere Partner haben dafür Messeflächen angeboten.“"
    )
    found = points(_FAR + goal + "\n\n" + sentence)
    assert [p for p in found if p[0] == "Mogilev region"] == [("Mogilev region", "2025-H1", 58e6)]
