"""A clause that compares the figure of the clause before it is of that clause's period.

``Die Lieferungen beliefen sich auf 520 Mio. US-Dollar, das ist das 1,3-fache des
Vorjahres``: the ``ist`` of the comparison is no present of the text's date; the multiple is
of the period of the sum (dated by the sentence before), as the sum is.
"""

from __future__ import annotations

import pytest

from bycn.text.figures import find_figures
from bycn.text.structure import parse_structure

BEFORE = "Der Export nach China wuchs im vergangenen Jahr auf 2,9 Mrd. US-Dollar. "


def dates(text: str) -> list[tuple[str, str]]:
    found = find_figures(parse_structure(BEFORE + text), "2026-02-10")
    return [(f.text, f.as_of) for f in found[1:]]


@pytest.mark.parametrize(
    ("text", "multiple"),
    [
        (
            "Die Lieferungen von Lebensmitteln beliefen sich auf 520 Mio. US-Dollar, das ist "
            "das 1,3-fache des Vorjahres.",
            "1,3-fache",
        ),
        (
            "Die Residenten haben Produkte im Wert von 1,2 Milliarden Rubel hergestellt, das ist "
            "das 1,5-fache des Jahres 2024.",
            "1,5-fache",
        ),
        (
            "Die Lieferungen von Lebensmitteln erreichten 520 Mio. US-Dollar, das sind 12 % mehr "
            "als im Jahr 2024.",
            "12 %",
        ),
        (
            "Die Lieferungen von Lebensmitteln beliefen sich auf 520 Mio. US-Dollar; dies ist "
            "das 1,3-fache des Jahres 2024.",
            "1,3-fache",
        ),
        (
            "Die Lieferungen beliefen sich auf 520 Mio. US-Dollar, womit sie um 12 % über dem "
            "Vorjahr liegen.",
            "12 %",
        ),
        (
            "Die Lieferungen summierten sich auf 520 Mio. US-Dollar, was dem 1,3-fachen des "
            "Vorjahres entspricht.",
            "1,3-fachen",
        ),
        (
            "Die Lieferungen stiegen auf 520 Mio. US-Dollar, ein Plus von 30 % gegenüber dem "
            "Vorjahr.",
            "30 %",
        ),
        (
            "Die Lieferungen beliefen sich auf 520 Mio. US-Dollar und damit 12 % mehr als im "
            "Vorjahr.",
            "12 %",
        ),
        (
            "Für Lebensmittel wurden 520 Mio. US-Dollar erlöst, das bedeutet das 1,3-fache des "
            "Vorjahres.",
            "1,3-fache",
        ),
    ],
)
def test_a_comparison_of_the_clause_before_has_its_period(text, multiple):
    found = dict(dates(text))
    assert found[multiple] == "2025"
    assert next(iter(found.values())) == "2025"  # the figure compared


@pytest.mark.parametrize(
    "text",
    [
        # the clause compared is of now itself: both are the text's date
        "Im Park arbeiten 5.900 Menschen, das sind 12 % mehr als 2024.",
        "Heute zählt der Park 176 Residenten, das ist das 1,5-fache des Jahres 2022.",
        # a present clause that points back at nothing in its sentence
        "Das Angebot umfasst 300 Produkte.",
    ],
)
def test_a_comparison_of_a_present_clause_stays_of_now(text):
    assert {as_of for _, as_of in dates(text)} <= {"", "2026-02"}
