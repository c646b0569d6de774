"""The park's investment made, its participle fronted (round 25, G): "„Investiert haben sie
bislang 1,02 Milliarden Dollar, angekündigt sind mehr als 1,7 Milliarden.“" is the
residents' investment made (park.investment_actual), as "Die Residenten haben bislang 1,02
Milliarden Dollar investiert" is.

Texts of our own in the style of SB and BelTA reports on the park; counter-examples: one
firm's investment, and a plan ("Investiert werden sollen ...").
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

_OPENING = (
    "Im chinesisch-belarussischen Industriepark Great Stone sind 158 Residenten registriert. "
)

points = points_of(
    "indicator as_of value", date="2026-05-12", opening=_OPENING, only="park.investment"
)

_MADE = ("park.investment_actual", "2026-05", 1.02e9)


@pytest.mark.parametrize(
    "sentence",
    [
        "Investiert haben die Residenten bislang 1,02 Milliarden Dollar.",
        "Investiert wurden bislang 1,02 Milliarden Dollar.",
        "Investiert sind inzwischen 1,02 Milliarden Dollar.",
        "„Investiert hat die Gesamtheit der Residenten bisher 1,02 Milliarden Dollar“, sagte "
        "der Leiter der Parkverwaltung.",
        "Tatsächlich investiert haben die Unternehmen 1,02 Milliarden Dollar.",
    ],
)
def test_the_fronted_participle_of_investing(sentence: str) -> None:
    assert points(sentence) == [_MADE]


def test_made_and_declared_in_one_quote() -> None:
    found = points(
        "„Investiert haben sie bislang 1,02 Milliarden Dollar, angekündigt sind mehr als 1,7 "
        "Milliarden.“"
    )
    assert found == [_MADE, ("park.investment_declared", "2026-05", 1.7e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        # counter-examples: one firm's investment, a plan
        "Investiert hat das Unternehmen bislang 50 Millionen Dollar.",
        "Investiert werden sollen bis 2030 weitere 2 Milliarden Dollar.",
    ],
)
def test_one_firm_or_a_plan_is_no_investment_made(sentence: str) -> None:
    assert not [p for p in points(sentence) if p[0] == "park.investment_actual"]
