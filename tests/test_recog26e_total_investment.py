"""The park's total investment made, by its other nouns and verbs (round 26, E): "Die
Gesamtinvestitionen im chinesisch-belarussischen Industriepark Great Stone beliefen sich
auf über $670 Mio." is park.investment_actual, as are the sums invested ("investierte
Mittel", "Investitionssumme") that reach, amount to or sum up to a figure.

Texts of our own in the style of Radio Belarus and BelTA reports; counter-examples: a total
declared or planned, and one firm's investment.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2021-06-10", only="park.investment")


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Die Gesamtinvestitionen im chinesisch-belarussischen Industriepark Great Stone "
            "beliefen sich auf über $670 Mio., sagte der Leiter der Parkverwaltung.",
            670e6,
        ),
        ("Die Gesamtinvestitionen in den Industriepark erreichten 670 Mio. Dollar.", 670e6),
        (
            "Die im Industriepark Great Stone investierten Mittel summieren sich auf 670 Mio. "
            "Dollar.",
            670e6,
        ),
        (
            "Die investierten Mittel der Residenten des Parks betragen inzwischen 670 Mio. Dollar.",
            670e6,
        ),
        ("Die Investitionssumme im Park Great Stone übersteigt 670 Millionen US-Dollar.", 670e6),
        ("Im Großen Stein belief sich die Gesamtinvestition auf 670 Mio. Dollar.", 670e6),
        (
            "Die angelegten Mittel im Industriepark belaufen sich bislang auf 670 Mio. Dollar.",
            670e6,
        ),
    ],
)
def test_a_total_invested_is_the_investment_made(text: str, value: float) -> None:
    assert points(text) == [("park.investment_actual", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Die geplanten Gesamtinvestitionen im Industriepark belaufen sich auf 2 Mrd. Dollar.",
        "Die angekündigten Gesamtinvestitionen der Residenten des Parks erreichten 2 Mrd. Dollar.",
        "Die zugesagten Gesamtinvestitionen im Park betragen 2 Mrd. Dollar.",
    ],
)
def test_a_total_declared_or_planned_is_declared(text: str) -> None:
    assert points(text) == [("park.investment_declared", 2e9)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gesamtinvestitionen im Industriepark sollen sich bis 2030 auf 2 Mrd. Dollar belaufen.",
        "Die Gesamtinvestitionen des Unternehmens im Industriepark erreichten 50 Mio. Dollar.",
        "Die Gesamtinvestitionen im Gebiet Brest beliefen sich auf 670 Mio. Dollar.",
    ],
)
def test_a_total_to_come_or_of_another_is_no_investment_made(text: str) -> None:
    assert not any(p[0] == "park.investment_actual" for p in points(text))
