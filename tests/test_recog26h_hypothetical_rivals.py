"""Recognition round N (recog26h), as families of wordings.

A condition said as a phrase ("bei gleichbleibendem Tempo", "bei anhaltendem Trend",
"unter sonst gleichen Bedingungen") with its effect in the subjunctive is as hypothetical
as a verb-first one (indicators.md: a target is a plan's or a goal's; a projection is
neither): no point. And an industrial park named in quotes by a name not Great Stone's
("im Industriepark „Chorgos – Ostpforte“") is another park: no Great Stone point.

Texts of our own in the style of weekly columns and wire reports, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator status value", date="2026-07-20")


@pytest.mark.parametrize(
    "text",
    [
        # the miss's wording
        "Nach Berechnungen der Redaktion würde der Export nach China bei gleichbleibendem "
        "Tempo in den nächsten fünf Jahren um 12 % jährlich steigen.",
        # other phrases of the condition, verbs and word orders
        "Bei anhaltendem Trend würden die belarussischen Exporte nach China bis 2030 um "
        "12 Prozent zulegen.",
        "Unter sonst gleichen Bedingungen könnte der Warenumsatz zwischen Belarus und China "
        "um 12 Prozent wachsen.",
        "Der Handel zwischen Belarus und China würde bei einer Fortsetzung der bisherigen "
        "Dynamik um 12 Prozent steigen.",
        "Bei unverändertem Wachstum wären die Lieferungen von Belarus nach China 2028 um "
        "12 Prozent höher.",
        "Bei gleicher Dynamik hätte der Export nach China um 12 Prozent zugelegt, rechnen "
        "Ökonomen vor.",
    ],
)
def test_a_condition_said_as_a_phrase_is_hypothetical(text: str) -> None:
    assert not [p for p in points(text) if p[2] == 12.0]


@pytest.mark.parametrize(
    "text",
    [
        # the phrase with no subjunctive: a forecast in the indicative stays a target
        "Bei anhaltendem Trend wird der Export von Belarus nach China 2027 um 12 Prozent "
        "steigen, erklärte das Ministerium.",
        # the subjunctive with no condition: an expectation stays a target (recog26b)
        "Minsk erklärte, dass das Abkommen die Exporte nach China um 12 Prozent steigern würde.",
    ],
)
def test_no_condition_or_no_subjunctive_stays_a_target(text: str) -> None:
    found = [p for p in points(text) if p[2] == 12.0]
    assert found and all(p[1] == "target" for p in found)


def test_a_fact_said_at_the_pace_stays() -> None:
    found = points(
        "Bei anhaltend hoher Nachfrage stieg der Export von Belarus nach China 2025 um 12 Prozent."
    )
    assert ("trade.exports", "actual", 12.0) in found


@pytest.mark.parametrize(
    "text",
    [
        # the miss's wording
        "Im Industriepark „Chorgos – Ostpforte“ an der chinesischen Grenze sind inzwischen 48 "
        "Unternehmen angesiedelt, die zusammen 1,1 Mrd. US-Dollar investiert haben.",
        # other quotes, nouns and word orders
        'Der Industriepark "Alatau" in Almaty zählt inzwischen 48 Residenten, die 1,1 Mrd. '
        "US-Dollar investiert haben.",
        "48 Unternehmen haben sich im Gewerbepark »Nord« angesiedelt; sie investierten "
        "zusammen 1,1 Mrd. US-Dollar.",
        "In der Sonderwirtschaftszone „Alabuga“ sind 48 Residenten registriert, ihre "
        "Investitionen erreichten 1,1 Mrd. US-Dollar.",
        "Das Industriegebiet „Ost“ hat 48 Residenten, die 1,1 Mrd. US-Dollar investiert haben.",
    ],
)
def test_a_park_named_in_quotes_is_no_great_stone(text: str) -> None:
    assert not [p for p in points(text) if p[0].startswith("park.")]


@pytest.mark.parametrize(
    "text",
    [
        "Im Industriepark „Großer Stein“ sind inzwischen 48 Unternehmen angesiedelt.",
        'Im Industriepark "Great Stone" sind inzwischen 48 Unternehmen angesiedelt.',
        "Im chinesisch-belarussischen Industriepark sind inzwischen 48 Unternehmen angesiedelt.",
    ],
)
def test_great_stone_in_quotes_stays_its_own(text: str) -> None:
    assert ("park.residents", "actual", 48.0) in points(text)


def test_a_quotation_after_the_park_is_no_name() -> None:
    found = points(
        'Laut Verwaltung verzeichnete der Industriepark "ein Wachstum der Residenten auf 48 '
        'Unternehmen", teilte der Pressedienst des Großen Steins mit.'
    )
    assert ("park.residents", "actual", 48.0) in found
