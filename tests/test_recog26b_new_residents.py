"""Recognition round N (recog26b), as a family of wordings (indicators.md, park): residents
newly registered in a period are park.new_residents, not the park's total, when "neu" opens
the sentence in capitals ("Neu registriert wurden 2025 insgesamt 21 Residenten.", "Neue
Residenten 2025: 21"), as they are when it stands inside it ("21 neue Residenten").

Texts of our own in the style of the park's press releases, with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value", date="2026-01-28")

OPENING = "Der Industriepark „Großer Stein“ hat die Ergebnisse des Jahres 2025 vorgestellt.\n"
NEW = ("park.new_residents", "Great Stone", "2025", 21.0)


@pytest.mark.parametrize(
    "line",
    [
        # the miss: a list item, "Neu" first, "insgesamt" telling the year's sum
        "- Neu registriert wurden 2025 insgesamt 21 Residenten.",
        # other verbs, nouns and shapes
        "Neu hinzugekommen sind 2025 insgesamt 21 Residenten.",
        "Neu dazugekommen sind im Jahr 2025 genau 21 Residenten.",
        "Neu als Residenten aufgenommen wurden im Jahr 2025 genau 21 Firmen.",
        "Neue Residenten im Jahr 2025: 21.",
        "- Neue Residenten 2025: 21",
        "Im Jahr 2025 wurden 21 Unternehmen neu als Residenten registriert.",
        "2025 kamen 21 neue Residenten hinzu.",
        "Den Status eines Residenten erhielten 2025 insgesamt 21 Unternehmen.",
    ],
)
def test_residents_new_in_a_year_are_new_residents(line: str) -> None:
    found = points(OPENING + line)
    assert NEW in found
    assert not [p for p in found if p[0] == "park.residents"]


@pytest.mark.parametrize(
    "line",
    [
        # the total, whatever else the sentence or the one before says
        "Neue Hallen wurden gebaut. Insgesamt sind 152 Residenten registriert.",
        "Zahl der Residenten zum 31. Dezember 2025: 152.",
        # a place named "Neu-" is no "neu"
        "Neu-Delhi ist weit, doch der Park zählt inzwischen 152 Residenten.",
    ],
)
def test_the_total_stays_the_parks_residents(line: str) -> None:
    found = points(OPENING + line)
    assert [p[0] for p in found if p[3] == 152.0] == ["park.residents"]
    assert not [p for p in found if p[0] == "park.new_residents"]
