"""A list item's label and its value (indicators.md: park.countries, park.new_residents,
park.output, park.exports, park.jobs): ``- Herkunftsländer der Investoren: 16`` counts what
the label names, and the value after the colon is read with its label, as one clause
(``- Industrieproduktion der Residenten: das 1,6-fache des Vorjahres``). The list is a
park's results, in the style of the park's own press releases; the counter-examples are
labels that name nothing the catalog counts. Its items are statements of their own, marked
by a bullet or a number (``1.``, ``3)``), and the last one ends at the blank line after it.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value unit", date="2026-01-22", digits=3)

HEAD = (
    "Minsk, 22. Januar 2026 (BelTA) – Die Verwaltung des Chinesisch-Belarussischen "
    "Industrieparks „Großer Stein“ hat die Ergebnisse des Jahres 2025 vorgestellt.\n\n"
    "Die wichtigsten Ergebnisse des Jahres 2025:\n\n"
)
TAIL = "\n\nDer Park liegt 25 Kilometer von Minsk entfernt.\n"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("- Herkunftsländer der Investoren: 16", ("park.countries", 16.0, "count")),
        ("• Herkunftsstaaten der Residenten: 15", ("park.countries", 15.0, "count")),
        ("- neu registrierte Residenten: 18", ("park.new_residents", 18.0, "count")),
        ("* neu angesiedelte Residenten: 12", ("park.new_residents", 12.0, "count")),
        ("1. neu registrierte Residenten: 18", ("park.new_residents", 18.0, "count")),
        ("3) Herkunftsländer der Investoren: 16", ("park.countries", 16.0, "count")),
        ("- Arbeitsplätze bei den Residenten: über 4.100", ("park.jobs", 4100.0, "count")),
        (
            "- Industrieproduktion der Residenten: das 1,6-fache des Vorjahres",
            ("park.output", 1.6, "times"),
        ),
        (
            "• Produktionsvolumen der Residenten: das Doppelte des Vorjahres",
            ("park.output", 2.0, "times"),
        ),
        (
            "- Exporte der Residenten: 212 Mio. US-Dollar, davon 41 Prozent nach China",
            ("park.exports", 212e6, "USD"),
        ),
        (
            "· Ausfuhren der Parkunternehmen: 198 Mio. Dollar, ein Plus von 20 Prozent",
            ("park.exports", 198e6, "USD"),
        ),
    ],
)
def test_a_value_after_a_list_items_label_counts_what_the_label_names(
    item: str, expected: tuple
) -> None:
    found = points(HEAD + item + TAIL)
    assert (expected[0], "Great Stone", "2025", *expected[1:]) in found


def test_each_item_of_a_list_is_its_own() -> None:
    items = (
        "- Zahl der Residenten: 142\n- neu registrierte Residenten: 18\n"
        "- Herkunftsländer der Investoren: 16\n"
        "- Industrieproduktion der Residenten: das 1,6-fache des Vorjahres\n"
        "- Exporte der Residenten: 212 Mio. US-Dollar, davon 41 Prozent nach China"
    )
    assert points(HEAD + items + TAIL) == [
        ("park.countries", "Great Stone", "2025", 16.0, "count"),
        ("park.exports", "Great Stone", "2025", 212e6, "USD"),
        ("park.new_residents", "Great Stone", "2025", 18.0, "count"),
        ("park.output", "Great Stone", "2025", 1.6, "times"),
        ("park.residents", "Great Stone", "2025", 142.0, "count"),
    ]  # 41 Prozent: a share of the exports, no point


@pytest.mark.parametrize(
    "item",
    [
        "- Besucher des Parks: 16.000",  # visitors are no residents nor jobs
        "- Delegationen aus dem Ausland: 16",  # no countries of the residents
        "- Veranstaltungen im Park: 45",
        "- Fläche des Parks: 11.252 Hektar",
        "- Gäste aus dem Ausland: 1.200",
        "- Investitionen der Verwaltung in Straßen: das 1,6-fache des Vorjahres",
    ],
)
def test_a_label_that_names_nothing_counted_gives_no_point(item: str) -> None:
    assert points(HEAD + item + TAIL) == []


def test_the_last_item_ends_at_the_blank_line_after_it() -> None:
    # the plan in the paragraph after the list is no part of the exports' item
    items = (
        "- Zahl der Residenten: 142\n- neu registrierte Residenten: 18\n"
        "- Herkunftsländer der Investoren: 16\n- Arbeitsplätze bei den Residenten: über 4.100\n"
        "- Exporte der Residenten: 212 Mio. US-Dollar, davon 41 Prozent nach China\n\n"
        "„Die Exporte unserer Residenten wollen wir in diesem Jahr auf 300 Millionen Dollar "
        "steigern“, sagte der Leiter der Parkverwaltung.\n"
    )
    found = points_of("indicator as_of value status", date="2026-01-22")(HEAD + items)
    assert ("park.exports", "2025", 212e6, "actual") in found
    assert ("park.exports", "2026", 300e6, "target") in found
