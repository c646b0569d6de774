"""The total a newcomer brings the park to is its residents, not new ones (round 26, K):
"Mit dem Neuzugang zählt der Park nun 158 Residenten" names the newcomer, but the count
with a verb of holding and a word of now is the park's total (park.residents, a stock).
The newcomers counted stay park.new_residents.

Texts of our own in the style of BelTA reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-03-15", only="park.")

OPENING = "Ein Hersteller von Batterien ist neuer Resident des Industrieparks Great Stone. "


@pytest.mark.parametrize(
    "text",
    [
        # the miss's shape
        "Mit dem Neuzugang zählt der Park nun 158 Residenten aus 16 Ländern.",
        # other verbs of holding, words of now and word orders
        "Damit beherbergt der Park jetzt 158 Unternehmen aus 16 Ländern.",
        "Mit den Neuzugängen sind im Park inzwischen 158 Residenten registriert.",
        "Der Industriepark zählt mit dem Neuzugang mittlerweile 158 Residenten.",
        "Nach dem Neuzugang umfasst der Park somit 158 Residenten.",
        "Einschließlich des Neuzugangs hat Great Stone nunmehr 158 Residenten.",
    ],
)
def test_the_total_with_the_newcomer_is_the_residents(text: str) -> None:
    found = points(OPENING + text)
    assert ("park.residents", 158.0) in found
    assert ("park.new_residents", 158.0) not in found


@pytest.mark.parametrize(
    "text, value",
    [
        # the newcomers counted stay new residents
        ("Damit zählt der Park seit Jahresbeginn 12 Neuzugänge.", 12.0),
        ("Im Industriepark sind damit in diesem Jahr 12 Residenten hinzugekommen.", 12.0),
        ("Der Park zählt nun 12 neue Residenten seit Januar.", 12.0),
        ("Im ersten Quartal kamen zwölf Neuzugänge dazu.", 12.0),
        ("Im Industriepark sind damit seit Januar 12 Firmen neu registriert.", 12.0),
    ],
)
def test_the_newcomers_counted_stay_new_residents(text: str, value: float) -> None:
    assert ("park.new_residents", value) in points(OPENING + text)
