"""Goods traded, sold or shipped, told in the past or the perfect, are a fact whatever goal
the next clause names (indicators.md: status; trade.regional): "Im vergangenen Jahr hat
unser Gebiet Waren für 176 Millionen Dollar mit China gehandelt, dieses Jahr sollen es 200
Millionen werden" has 176 million actual, 200 million a target. A clause that itself
names the goal stays a target. Texts of our own in the style of a regional paper.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("as_of status value", date="2026-05-08", only="trade.regional")

_LEAD = (
    "GRODNO, 8. Mai (BelTA) – Der Handel unseres Gebiets mit China entwickelt sich gut, sagte "
    "der Vorsitzende des Gebietsexekutivkomitees Grodno. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "„Im vergangenen Jahr hat unser Gebiet Waren für 176 Millionen Dollar mit China "
        "gehandelt, dieses Jahr sollen es 200 Millionen werden.“",
        "Im vergangenen Jahr lieferte das Gebiet Waren für 176 Millionen Dollar nach China, in "
        "diesem Jahr sollen es 200 Millionen werden.",
        "Im vergangenen Jahr wurden aus dem Gebiet Waren für 176 Millionen Dollar nach China "
        "exportiert, dieses Jahr sollen es 200 Millionen sein.",
        "Im vergangenen Jahr hatte das Gebiet Waren für 176 Millionen Dollar nach China "
        "verkauft, in diesem Jahr sollen es 200 Millionen werden.",
        "Im vergangenen Jahr exportierte das Gebiet Waren im Wert von 176 Millionen Dollar nach "
        "China, dieses Jahr sollen es 200 Millionen werden.",
    ],
)
def test_trade_done_beside_a_goal(sentence: str) -> None:
    assert points(_LEAD + sentence) == [("2025", "actual", 176e6), ("2026", "target", 200e6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In diesem Jahr soll der Handel des Gebiets mit China auf 200 Millionen Dollar steigen.",
        "Dieses Jahr sollen aus dem Gebiet Waren für 200 Millionen Dollar nach China "
        "exportiert werden.",
    ],
)
def test_a_goal_s_own_clause_stays_a_target(sentence: str) -> None:
    assert points(_LEAD + sentence) == [("2026", "target", 200e6)]
