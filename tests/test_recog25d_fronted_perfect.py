"""A perfect with its participle put first ("„Exportiert haben unsere Betriebe davon Waren für
265 Millionen Dollar“", "Geliefert hat das Gebiet ...", "Ausgeführt hatten ...") tells a past
event, as with the participle at the clause's end: the figure keeps the period told before
it (the year before), not the text's date. Texts of our own in the style of BelTA's regional
reports; counter-examples: a state in the present with the participle first ("Akkreditiert
sind derzeit 19 Betriebe": now).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value", date="2024-05-16")

_OPENING = (
    "SMOLEWITSCHI, 16. Mai (BelTA) – Das Gebiet Minsk setzt auf China.\n\n„Unser Handel mit "
    "China hat im vergangenen Jahr 786 Millionen Dollar erreicht“, sagte der Gouverneur. "
)


@pytest.mark.parametrize(
    "text",
    [
        "„Exportiert haben unsere Betriebe davon Waren für 265 Millionen Dollar.“",
        "„Geliefert haben unsere Betriebe davon Waren für 265 Millionen Dollar nach China.“",
        "„Ausgeführt hat das Gebiet davon Waren für 265 Millionen Dollar.“",
        "„Verkauft haben unsere Unternehmen davon Waren für 265 Millionen Dollar.“",
        "„Exportiert hatten unsere Betriebe davon Waren für 265 Millionen Dollar.“",
    ],
)
def test_a_fronted_perfect_keeps_the_period_before(text: str) -> None:
    assert ("trade.regional", "2023", 2.65e8) in points(_OPENING + text)


def test_a_fronted_participle_of_a_state_is_now() -> None:
    text = "„Akkreditiert sind bei uns derzeit 19 Betriebe für den chinesischen Markt.“"
    assert ("trade.accredited_producers", "2024-05", 19.0) in points(_OPENING + text)
