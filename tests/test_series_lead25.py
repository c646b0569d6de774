"""Two figures of one sentence, each with its own subject joined by "und" or a comma, are
each their own measure's; an effect foreseen with "würde" is a target.

Texts of our own in the style of agency reports (issue 7: recognition judged on texts no
one here tuned to).
"""

from __future__ import annotations

import re

import pytest
from tests.conftest import points_of

from bycn.indicators.catalog import load_catalog

points = points_of("indicator value status", date="2024-08-22")

# --- 1. exports and another measure in one sentence ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Jahr 2023 stiegen die belarussischen Exporte nach China um 12 % und die chinesischen "
        "Investitionen in Belarus um 30 %.",
        "Im Jahr 2023 stiegen die chinesischen Investitionen in Belarus um 30 % und die "
        "belarussischen Exporte nach China um 12 %.",
        "2023 wuchsen die Exporte nach China um 12 Prozent, die chinesischen "
        "Direktinvestitionen in Belarus um 30 Prozent.",
        "Die Ausfuhren nach China legten 2023 um 12 Prozent zu, die Investitionen chinesischer "
        "Unternehmen in Belarus um 30 Prozent.",
        "Nach Angaben des Ministeriums nahmen 2023 die Exporte nach China um 12 Prozent und die "
        "Investitionen aus China in die belarussische Wirtschaft um 30 Prozent zu.",
    ],
)
def test_investment_beside_exports_is_investment(sentence: str) -> None:
    found = points(sentence)
    assert ("trade.exports", 12.0, "actual") in found
    assert ("trade.exports", 30.0, "actual") not in found
    assert ("trade.chinese_investment", 30.0, "actual") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Jahr 2023 stiegen die Exporte nach China um 12 % und die Zahl der chinesischen "
        "Studenten in Belarus um 30 %.",
        "2023 wuchsen die Exporte nach China um 12 Prozent, die Zahl der Studierenden aus China "
        "um 30 Prozent.",
        "2023 wuchsen die Exporte nach China um 12 Prozent, die Zahl der Beschäftigten in "
        "gemeinsamen Unternehmen um 30 Prozent.",
    ],
)
def test_another_measure_beside_exports_is_no_export(sentence: str) -> None:
    found = points(sentence)
    assert ("trade.exports", 12.0, "actual") in found
    assert not [p for p in found if p[0] == "trade.exports" and p[1] == 30.0]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the clause names exports itself: still exports
        (
            "Im Jahr 2023 stiegen die Exporte nach China um 12 % und die Exporte von "
            "Milchprodukten um 30 %.",
            {12.0},
        ),
        # a sentence on exports whose figure's clause names only exports
        (
            "Die Investitionen bleiben gering, doch die Exporte nach China stiegen 2023 um 12 %.",
            {12.0},
        ),
        # a bare figure in a sentence on exports, its clause naming no other measure
        (
            "Im Jahr 2023 wuchsen die Exporte nach China auf 2,1 Mrd. Dollar, ein Plus von 12 %.",
            {
                2.1e9,
                12.0,
            },
        ),
    ],
)
def test_exports_stay_exports(sentence: str, values: set[float]) -> None:
    found = {p[1] for p in points(sentence) if p[0] == "trade.exports"}
    assert values <= found


# --- 2. an effect foreseen with "würde" ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Minsk erklärte, dass das Abkommen die belarussischen Exporte nach China um mindestens "
        "12 % steigern würde.",
        "Das Abkommen würde die belarussischen Exporte nach China um 12 Prozent erhöhen.",
        "Nach Berechnungen des Ministeriums würden die Exporte nach China dadurch auf 3 Mrd. "
        "Dollar steigen.",
        "Mit dem neuen Logistikzentrum würden die Exporte nach China um 12 Prozent wachsen, "
        "sagte der Minister.",
        "Experten zufolge würde die Freihandelszone die Exporte nach China um 12 Prozent erhöhen.",
    ],
)
def test_an_effect_foreseen_is_a_target(sentence: str) -> None:
    found = [p for p in points(sentence) if p[0] == "trade.exports"]
    assert found and all(status == "target" for _, _, status in found)


@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("das Abkommen würde die Exporte um 12 % steigern", True),
        ("die die Exporte um 12 % erhöhen würden", True),
        ("würden die Exporte auf 3 Mrd. Dollar steigen.", True),
        ("Voraussichtlich werden sie 5000 Personen beschäftigen.", True),
        # not "würde" of a wish or a saying without such a verb, nor "würdigte"
        ("Der Minister würdigte den Anstieg der Exporte um 12 %.", False),
        ("Er würde gern mehr über die Exporte sagen, die um 12 % stiegen.", False),
        ("Die Exporte stiegen um 12 %, was die Regierung begrüßen würde.", False),
    ],
)
def test_the_words_of_an_effect_foreseen(said: str, target: bool) -> None:
    patterns = [re.compile(p) for p in load_catalog().target]
    assert any(p.search(said) for p in patterns) is target


def test_a_past_fact_after_wuerde_stays_actual() -> None:
    found = points("Die Exporte nach China stiegen 2023 um 12 Prozent, was niemand erwartet hätte.")
    assert ("trade.exports", 12.0, "actual") in found
