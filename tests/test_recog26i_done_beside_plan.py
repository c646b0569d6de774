"""An event told as done beside a plan in another clause of its sentence (indicators.md: a
target is a plan's or a goal's; a fact stays actual). "Wir haben in diesem Zeitraum sieben
neue Residenten registriert, und wir rechnen bis Jahresende mit weiteren fünf": the seven
are registered, actual; the plan's "bis Jahresende" is the other clause's. Passages are our
own, in the style of BelTA reports on the park.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator status value", date="2026-07-23", only="park.new_residents")

LEAD = (
    "SMOLEWITSCHI, 23. Juli 2026 (BelTA) – Die Residenten des Industrieparks „Großer Stein“ "
    "haben im ersten Halbjahr 2026 Produkte im Wert von 412 Mio. US-Dollar hergestellt.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "„Wir haben in diesem Zeitraum sieben neue Residenten registriert, und wir rechnen bis "
        "Jahresende mit weiteren fünf“, sagte Jaroschenko.",
        "Im ersten Halbjahr wurden sieben neue Residenten registriert, bis Jahresende sollen "
        "weitere fünf folgen.",
        "Im Halbjahr kamen sieben neue Residenten hinzu, bis Jahresende will die Verwaltung "
        "weitere fünf gewinnen.",
        "Seit Januar hat der Park sieben neue Residenten aufgenommen; bis Jahresende sollen es "
        "zwölf werden.",
        "Sieben neue Residenten sind im ersten Halbjahr hinzugekommen, und bis Jahresende "
        "rechnet die Verwaltung mit weiteren fünf.",
    ],
)
def test_the_done_events_count_stays_actual(sentence: str) -> None:
    assert ("park.new_residents", "actual", 7.0) in points(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # the plan in the count's own clause
        "Bis Jahresende sollen sieben neue Residenten registriert werden.",
        "„Wir rechnen damit, dass bis Jahresende sieben neue Residenten registriert sind“, "
        "sagte Jaroschenko.",
        "Im zweiten Halbjahr will die Verwaltung sieben neue Residenten gewinnen.",
    ],
)
def test_a_plan_in_the_counts_own_clause_stays_a_target(sentence: str) -> None:
    assert ("park.new_residents", "actual", 7.0) not in points(LEAD + sentence + "\n")
