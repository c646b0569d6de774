"""New agreements are no count of a university's agreements (round 25, G): after "Die
Universität unterhält 87 Kooperationsabkommen mit chinesischen Hochschulen", the new ones of
a period said with the noun left out ("im Berichtsjahr kamen neun neue hinzu", "2025
wurden zwölf weitere unterzeichnet") are a flow beside the stock, no level of it.

Texts of our own in the style of university annual reports; counter-examples keep the
stock, with "neue" in a relative clause of its own.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

_OPENING = (
    "Jahresbericht der BNTU. Die Universität unterhält 87 Kooperationsabkommen mit "
    "chinesischen Hochschulen und Unternehmen"
)

points = points_of("indicator entity as_of value", date="2026-02-15", opening=_OPENING)

_STOCK = [("edu.institution_agreements", "BNTU", "2026-02", 87.0)]


@pytest.mark.parametrize(
    "rest",
    [
        "; im Berichtsjahr kamen neun neue hinzu.",
        "; im Berichtsjahr kamen 12 neue hinzu.",
        "; 2025 wurden 12 weitere unterzeichnet.",
        "; allein 2025 kamen zwölf weitere dazu.",
        "; neu geschlossen wurden im Berichtsjahr 12.",
        "; hinzugekommen sind im Berichtsjahr 12 neue.",
    ],
)
def test_new_agreements_are_no_count_of_them(rest: str) -> None:
    assert points(rest) == _STOCK


@pytest.mark.parametrize(
    "rest",
    [
        # counter-examples: the stock itself, "neue" told of something else
        ", die neue Studiengänge ermöglichen.",
        ".",
        "; sie eröffnen neue gemeinsame Studiengänge.",
    ],
)
def test_the_stock_of_agreements_stays(rest: str) -> None:
    assert points(rest) == _STOCK


def test_the_stock_said_with_new_partners_stays() -> None:
    # counter-example: the stock in its own clause, new partners among them
    found = points_of("indicator entity as_of value", date="2026-02-15")(
        "Die BNTU unterhält inzwischen 95 Kooperationsabkommen mit chinesischen Hochschulen."
    )
    assert found == [("edu.institution_agreements", "BNTU", "2026-02", 95.0)]
