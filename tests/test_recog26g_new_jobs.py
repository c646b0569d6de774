"""Recognition round N (recog26g), as a family of wordings: new jobs are no total of jobs
("Es entstanden 1.350 neue Arbeitsplätze, insgesamt beschäftigen die Residenten nun 8.300
Menschen.", "In den ersten neun Monaten dieses Jahres kamen rund 1.100 hinzu"). park.jobs
(indicators.md, the catalog: a stock) holds the jobs the residents have; the new ones of a
period are a flow beside it, as new agreements are no total of agreements. New jobs said as
all those made so far ("Seit der Gründung ... 6.900 neue Arbeitsplätze geschaffen") are the
total. Texts of our own in the style of the park's news; counter-examples: the totals.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-01-15", only="park.jobs")

_PARK = "Der Industriepark Großer Stein hat seine Bilanz vorgelegt. "


@pytest.mark.parametrize(
    ("text", "totals"),
    [
        # the misses
        (
            "Es entstanden 1.350 neue Arbeitsplätze, insgesamt beschäftigen die Residenten "
            "nun 8.300 Menschen.",
            [8300.0],
        ),
        (
            "Die Zahl der Arbeitsplätze im Park wächst stetig. Es sind mittlerweile gut 6.900. "
            "In den ersten neun Monaten dieses Jahres kamen rund 1.100 hinzu.",
            [6900.0],
        ),
        # other adjectives, verbs, word orders, a growth by a count
        ("Im Jahr 2025 schufen die Residenten 1.350 zusätzliche Arbeitsplätze.", []),
        ("Im Jahr 2025 wurden 1.350 Arbeitsplätze neu geschaffen.", []),
        ("Hinzu kamen 2025 weitere 1.350 Jobs.", []),
        ("Im Jahr 2025 entstanden im Park 1.350 neue Stellen.", []),
        ("Die Zahl der Arbeitsplätze im Park stieg 2025 um 1.350.", []),
    ],
)
def test_new_jobs_are_no_total(text: str, totals: list[float]) -> None:
    assert [value for _, value in points(_PARK + text)] == totals


@pytest.mark.parametrize(
    "text",
    [
        "Seit der Gründung haben die Residenten 6.900 neue Arbeitsplätze geschaffen.",
        "Bisher sind im Park 6.900 neue Arbeitsplätze entstanden.",
        "Insgesamt haben die Residenten 6.900 Stellen geschaffen.",
        # the perfect with no time: all made so far
        "Die Residenten haben mehr als 6.900 neue Arbeitsplätze geschaffen.",
        "Im Park sind 6.900 neue Arbeitsplätze entstanden.",
        "Im Park gibt es inzwischen 6.900 Arbeitsplätze.",
    ],
)
def test_the_total_of_jobs(text: str) -> None:
    assert [value for _, value in points(_PARK + text)] == [6900.0]
