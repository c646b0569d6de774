"""The residents by their own names, whatever the verb (round 26, E): "„70
Standortunternehmen aus 13 Ländern investieren heute ihre Mittel im Industriepark." is
park.residents 70 (and park.countries 13), as "Parkunternehmen", "ansässige Firmen",
"Unternehmen mit Residentenstatus" are; firms "mit Residentenstatus" are a total, not new
residents.

Texts of our own in the style of Radio Belarus and BelTA reports; counter-examples: new
residents, the residents that export (some of them), another park's firms.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2021-06-10", only="park.")

_PARK = "Der Industriepark Great Stone zog Bilanz. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "„70 Standortunternehmen aus 13 Ländern investieren heute ihre Mittel im "
            "Industriepark.",
            [("park.countries", 13.0), ("park.residents", 70.0)],
        ),
        (
            "Im Park investieren heute 70 Standortunternehmen aus 13 Ländern.",
            [("park.countries", 13.0), ("park.residents", 70.0)],
        ),
        ("Dort arbeiten heute 70 Parkunternehmen.", [("park.residents", 70.0)]),
        ("70 Parkunternehmen nutzen die Vorzüge des Sonderregimes.", [("park.residents", 70.0)]),
        ("Im Park sind 70 Unternehmen mit Residentenstatus tätig.", [("park.residents", 70.0)]),
        ("Der Park hat 70 Unternehmen mit dem Residentenstatus.", [("park.residents", 70.0)]),
        (
            "Heute haben 70 Firmen mit dem Status eines Residenten ihre Werke im Park.",
            [("park.residents", 70.0)],
        ),
        (
            "70 ansässige Firmen aus 13 Ländern investieren im Park.",
            [("park.countries", 13.0), ("park.residents", 70.0)],
        ),
    ],
)
def test_residents_by_their_names_are_the_total(text: str, expected: list) -> None:
    assert points(_PARK + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # new ones stay new
        ("Im Park kamen 7 neue Standortunternehmen hinzu.", [("park.new_residents", 7.0)]),
        ("7 Unternehmen erhielten den Residentenstatus.", [("park.new_residents", 7.0)]),
        # the exporters are some of the residents
        ("Im Park exportierten 40 Standortunternehmen ihre Waren.", []),
        ("40 Parkunternehmen liefern nach Europa.", []),
        ("40 Residenten exportieren ihre Produkte in 30 Länder.", []),
    ],
)
def test_new_residents_and_exporters_are_no_total(text: str, expected: list) -> None:
    assert points(_PARK + text) == expected


def test_another_parks_firms_by_these_names_are_none() -> None:
    text = "Im Hochtechnologiepark arbeiten heute 1.200 Parkunternehmen mit Residentenstatus."
    assert points(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In diesem Jahr sollen 18 Standortunternehmen angelockt werden.",
        "Bis 2025 will der Park 18 Parkunternehmen anwerben.",
        "Es sollen 18 Unternehmen mit Residentenstatus herangezogen werden.",
    ],
)
def test_residents_to_be_drawn_in_are_no_total(text: str) -> None:
    assert not any(p[0] == "park.residents" for p in points(_PARK + text))
