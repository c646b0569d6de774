"""An aim's bare number counts the noun counted before (round 26, K): "Der Große Stein hat
158 Residenten ... Das Ziel für 2030 liegt bei 250." is the residents' target for 2030, as
"Unser Ziel sind 60" was; the aim said with its year and a verb of level ("liegt bei",
"beträgt", "lautet") or as a compound ("Zielwert", "Zielmarke"), a target by it.

Texts of our own in the style of a blog's weekly review; counter-examples: the aim with a
noun of its own, and an aim with no count before it.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value status", date="2026-03-14", only="park.")

OPENING = "Der Große Stein hat 158 Residenten; im Vergleich zum Vorjahr sind das 19 mehr. "
NOW = ("park.residents", "2026-03", 158.0, "actual")


@pytest.mark.parametrize(
    "text, as_of",
    [
        # the miss's shape
        ("Das Ziel für 2030 liegt bei 250.", "2030"),
        # other verbs, nouns of the aim and qualifiers
        ("Das Ziel bis 2030 beträgt 250.", "2030"),
        ("Der Zielwert für 2030 liegt bei 250.", "2030"),
        ("Das Ziel bis Ende 2030 lautet 250.", "2030-12"),
        ("Das Ziel für 2030 sind 250.", "2030"),
        ("Die Zielmarke für 2030 liegt bei rund 250.", "2030"),
    ],
)
def test_the_aims_bare_number_is_the_residents_target(text: str, as_of: str) -> None:
    assert points(OPENING + text) == [NOW, ("park.residents", as_of, 250.0, "target")]


def test_an_aim_with_a_noun_of_its_own_is_not_the_residents() -> None:
    assert points(OPENING + "Das Ziel für 2030 liegt bei 250 Mitarbeitern.") == [NOW]


def test_an_aim_with_no_count_before_it_is_no_point() -> None:
    text = "Der Große Stein wächst weiter. Das Ziel für 2030 liegt bei 250."
    assert points(text) == []
