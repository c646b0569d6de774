"""Another country's trade with China told by a possessive pronoun ("Zum Vergleich lohnt ein
Blick nach Kasachstan: Dessen Handel mit China lag 2024 bei 43,8 Mrd. USD", "Usbekistan,
dessen Warenumsatz mit China", "Kasachstan: Sein Handel mit China", "deren
Handelsvolumen") is no Belarus-China turnover. Texts of our own in the style of a blog's and
BelTA's comparisons; counter-examples: Belarus's own trade by "sein" (Belarus named, no other
country), and the Belarus-China figure before the comparison.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2025-08-20")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "MINSK, 20. August (BelTA) – Der Warenumsatz zwischen Belarus und China erreichte 8,4"
            " Mrd. USD. Zum Vergleich lohnt ein Blick nach Kasachstan: Dessen Handel mit China "
            "lag 2024 bei 43,8 Mrd. USD, also mehr als das Fünffache.",
            43800000000.0,
        ),
        (
            "MINSK, 20. August (BelTA) – Der Warenumsatz zwischen Belarus und China erreichte 8,4"
            " Mrd. USD. Anders Usbekistan, dessen Warenumsatz mit China 2024 auf 13,8 Mrd. USD "
            "stieg.",
            13800000000.0,
        ),
        (
            "MINSK, 20. August (BelTA) – Der Warenumsatz zwischen Belarus und China erreichte 8,4"
            " Mrd. USD. Zum Vergleich Kasachstan: Sein Handel mit China lag 2024 bei 43,8 Mrd. "
            "USD.",
            43800000000.0,
        ),
        (
            "MINSK, 20. August (BelTA) – Der Warenumsatz zwischen Belarus und China erreichte 8,4"
            " Mrd. USD. Kasachstan steigerte seinen Handel mit China 2024 auf 43,8 Mrd. USD.",
            43800000000.0,
        ),
        (
            "MINSK, 20. August (BelTA) – Der Warenumsatz zwischen Belarus und China erreichte 8,4"
            " Mrd. USD. Ein Blick auf die Nachbarn: Russland und Kasachstan, deren Handelsvolumen"
            " mit China 2024 bei 280 Mrd. USD lag.",
            280000000000.0,
        ),
    ],
)
def test_another_country_s_trade_by_a_pronoun(text: str, value: float) -> None:
    found = points(text)
    assert ("trade.turnover", value) not in found
    assert ("trade.turnover", 8.4e9) in found


def test_the_fivefold_of_another_country_is_none() -> None:
    text = (
        "MINSK, 20. August (BelTA) – Der Warenumsatz zwischen Belarus und China erreichte 8,4"
        " Mrd. USD. Zum Vergleich lohnt ein Blick nach Kasachstan: Dessen Handel mit China "
        "lag 2024 bei 43,8 Mrd. USD, also mehr als das Fünffache."
    )
    assert ("trade.turnover", 5.0) not in points(text)


def test_belarus_s_own_trade_by_sein() -> None:
    text = (
        "MINSK, 20. August (BelTA) – Belarus ist ein wichtiger Partner Chinas. Sein Handel "
        "mit China lag 2024 bei 8,4 Mrd. USD."
    )
    assert ("trade.turnover", 8.4e9) in points(text)


_EXPORTS = (
    "MINSK, 20. August (BelTA) – Die Exporte von Belarus nach China erreichten 2,4 Mrd. USD. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Zum Vergleich Polen: Dessen Exporte nach China erreichten 2024 rund 3,4 Mrd. Euro.",
        "Ein Blick nach Kasachstan lohnt: Seine Ausfuhren nach China stiegen 2024 um 12 Prozent.",
        "Anders Litauen, dessen Lieferungen nach China 2024 um 12 Prozent sanken.",
        "Zum Vergleich die Ukraine: Ihre Exporte nach China stiegen 2024 um 12 Prozent.",
    ],
)
def test_another_country_s_exports_by_a_pronoun(text: str) -> None:
    assert points(_EXPORTS + text) == [("trade.exports", 2.4e9)]


@pytest.mark.parametrize(
    "subject",
    ["Belarus", "Das Land"],
)
def test_belarus_s_own_exports_by_seine(subject: str) -> None:
    text = (
        f"{subject} steigerte seine Ausfuhren nach Russland um 30 Prozent und nach China um das "
        "2,5-fache."
    )
    assert ("trade.exports", 2.5) in points(_EXPORTS + text)
