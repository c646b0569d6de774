"""Figures that touch: a currency sign between two amounts is the second's, and a qualifier
before the "um" that governs a figure (figures.md, "Units" and "Qualifiers")."""

from __future__ import annotations

import pytest

import bycn


def figures(text: str) -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.qualifier) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two amounts with leading signs, the second right after the first's scale: each
        # sign leads its own number (a figure takes no sign of the next one).
        (
            "Die Ausfuhren beliefen sich 2017 auf $9,9 Mio. $6,3 Mio. davon entfielen auf Milch.",
            [("$9,9 Mio.", 9.9e6, "USD", "exact"), ("$6,3 Mio.", 6.3e6, "USD", "exact")],
        ),
        # A year right before a leading sign takes no currency: it stays a year.
        (
            "Die Lieferungen betrugen 2019 $12 Mio.",
            [("$12 Mio.", 12e6, "USD", "exact")],
        ),
        (
            "Das Volumen erreichte im Jahr 2021 € 4,5 Mio. und im Jahr 2022 € 5 Mio.",
            [("€ 4,5 Mio.", 4.5e6, "EUR", "exact"), ("€ 5 Mio.", 5e6, "EUR", "exact")],
        ),
        (
            "Die Einnahmen stiegen von EUR 3 Mio. auf EUR 4,2 Mio.",
            [("EUR 3 Mio.", 3e6, "EUR", "exact"), ("EUR 4,2 Mio.", 4.2e6, "EUR", "exact")],
        ),
        # As before: a trailing sign or code with no number after it, or a year after it.
        ("Der Umsatz lag bei 12 $ im Schnitt.", [("12 $", 12.0, "USD", "exact")]),
        ("Die Exporte erreichten 53,5 Mrd€.", [("53,5 Mrd€", 53.5e9, "EUR", "exact")]),
        (
            "Die Exporte erreichten 5 Mio. USD 2019 und 7 Mio. USD 2020.",
            [("5 Mio. USD", 5e6, "USD", "exact"), ("7 Mio. USD", 7e6, "USD", "exact")],
        ),
    ],
)
def test_a_sign_before_a_number_is_its_own(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Warenexport hat sich fast um das 1,5-fache erhöht.",
            [("fast um das 1,5-fache", 1.5, "times", "almost")],
        ),
        (
            "Die Lieferungen sind knapp um 20 Prozent gestiegen.",
            [("knapp um 20 Prozent", 20.0, "percent", "almost")],
        ),
        (
            "Der Umsatz wuchs etwa um 12 Prozent.",
            [("etwa um 12 Prozent", 12.0, "percent", "about")],
        ),
        # As before: the qualifier after "um".
        (
            "Die Exporte stiegen um fast das 1,5-fache.",
            [("fast das 1,5-fache", 1.5, "times", "almost")],
        ),
        # "rund um" is a preposition (around), "mehr um" no qualifier: exact.
        (
            "Rund um 40 Stände drängten sich die Besucher.",
            [("40 Stände", 40.0, "count", "exact")],
        ),
        (
            "Die Ausfuhren stiegen diesmal mehr um 5 Prozent als erwartet.",
            [("5 Prozent", 5.0, "percent", "exact")],
        ),
    ],
)
def test_a_qualifier_before_um(text, expected):
    assert figures(text) == expected
