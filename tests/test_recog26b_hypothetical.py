"""Recognition round N (recog26b), as a family of wordings (indicators.md: a target is a
plan's or a goal's): a hypothetical, what would be if a condition were met ("Würde sich der
Trend fortsetzen, würde die Zahl der Belarussen in China in den nächsten fünf Jahren um
12 % steigen"), is no point: no one's plan or goal, and no fact. A party's expectation said
with "würde" and no condition stays a target, a real condition in the indicative too.

Texts of our own in the style of blog posts, parliament speeches and BelTA reports, with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator status value", date="2026-01-12")


@pytest.mark.parametrize(
    "text",
    [
        # the miss: a verb-first condition, the effect with "würde"
        "Ende 2025 studierten rund 3.100 Belarussen in China. Würde sich der Trend "
        "fortsetzen, würde die Zahl der Belarussen in China in den nächsten fünf Jahren um "
        "12 % steigen.",
        # other openings, verbs and word orders
        "Würde das Abkommen in Kraft treten, würde der Handel zwischen Belarus und China um "
        "12 % steigen.",
        "Wenn das Abkommen in Kraft treten würde, könnten die belarussischen Exporte nach "
        "China um 12 % zulegen.",
        "Falls die Nachfrage anhalten sollte, würden die Exporte von Belarus nach China um "
        "12 Prozent wachsen.",
        "Sollte sich das Tempo halten, würde der Warenumsatz zwischen Belarus und China um "
        "12 Prozent steigen.",
        "Wäre der Export nach China nicht eingebrochen, hätte er um 12 Prozent zugelegt.",
        "Der Warenumsatz zwischen Belarus und China würde um 12 Prozent steigen, wenn die "
        "Zölle sinken würden.",
    ],
)
def test_a_hypothetical_is_no_point(text: str) -> None:
    assert not [p for p in points(text) if p[2] == 12.0]


@pytest.mark.parametrize(
    "text",
    [
        # a party's expectation with no condition (lead25's rule holds)
        "Minsk erklärte, dass das Abkommen die belarussischen Exporte nach China in den "
        "nächsten fünf Jahren um 12 Prozent steigern würde.",
        # a real condition in the indicative: a plan
        "Wenn alles nach Plan läuft, wird der Warenumsatz zwischen Belarus und China 2026 "
        "um 12 Prozent steigen.",
    ],
)
def test_an_expectation_or_a_plan_stays_a_target(text: str) -> None:
    assert [p for p in points(text) if p[2] == 12.0] == [
        (p[0], "target", 12.0) for p in points(text) if p[2] == 12.0
    ]
    assert [p for p in points(text) if p[2] == 12.0]


def test_a_fact_beside_a_hypothetical_stays() -> None:
    text = (
        "Der Warenumsatz zwischen Belarus und China stieg 2025 um 8 Prozent, und würde sich "
        "der Trend fortsetzen, würde er um 12 Prozent wachsen."
    )
    found = points(text)
    assert ("trade.turnover", "actual", 8.0) in found
    assert not [p for p in found if p[2] == 12.0]
