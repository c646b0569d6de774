"""Recognition round N (recog26b), as a family of wordings (indicators.md, park; figures.md,
dates): a short heading between two lists opens the next list's first item (bycn.text.
sentences: "Das Jahr 2025 - Industrieproduktion der Residenten: 1,1 Mrd. Rubel (das
1,4-fache des Vorjahres)"). Its item's label still counts the value after the colon, a
bracket after it or not, and the heading's date dates every item of its list ("- Export
der Residenten: 392 Mio. US-Dollar" under "Das Jahr 2025" is 2025's, not the document's
month).

Texts of our own in the style of the park's investor pages (HTML and plain text), with
counter-examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import points_of

import bycn
from bycn.indicators.series import load_series

points = points_of("indicator as_of value", date="2026-07-03")

HEAD = (
    "Der Industriepark „Großer Stein“ in Zahlen\n\n"
    "Der Park liegt 25 Kilometer von Minsk entfernt.\n\n"
    "Ergebnisse (Stand: 1. Juli 2026)\n\n"
    "- 161 Residenten aus 16 Ländern\n"
    "- 4.100 Arbeitsplätze in den Unternehmen der Residenten\n\n"
)
TAIL = "\n\nKontakt: Pressestelle des Parks.\n"
OUTPUT = "Industrieproduktion der Residenten: 1,1 Mrd. Rubel (das 1,4-fache des Vorjahres)"
EXPORT = "Export der Residenten: 392 Mio. US-Dollar"
OF_2025 = [
    ("park.exports", "2025", 392e6),
    ("park.output", "2025", 1.4),
    ("park.output", "2025", 1.1e9),
]


def _park_results(text: str) -> list[tuple]:
    return [p for p in points(text) if p[0] in ("park.output", "park.exports")]


@pytest.mark.parametrize(
    "heading",
    [
        "Das Jahr 2025",
        "Ergebnisse 2025",
        "Bilanz des Jahres 2025",
        "Im Jahr 2025",
        "2025 im Überblick",
    ],
)
@pytest.mark.parametrize("bullet", ["-", "•", "*"])
def test_a_list_heading_dates_its_items(heading: str, bullet: str) -> None:
    text = HEAD + f"{heading}\n\n{bullet} {OUTPUT}\n{bullet} {EXPORT}" + TAIL
    assert _park_results(text) == OF_2025


def test_the_lists_of_a_web_page(tmp_path: Path) -> None:
    """The miss's shape: each heading an ``<h2>``, each list a ``<ul>``."""
    page = tmp_path / "kennzahlen.html"
    page.write_text(
        "<html><head><title>Kennzahlen – Industriepark Großer Stein</title>"
        '<meta property="article:published_time" content="2026-07-03T09:00:00+03:00">'
        "</head><body><article><h1>Der Park in Zahlen</h1>"
        "<p>Der Industriepark Großer Stein liegt 25 Kilometer von Minsk entfernt.</p>"
        "<h2>Ergebnisse (Stand: 1. Juli 2026)</h2><ul><li>161 Residenten aus 16 Ländern</li>"
        "<li>4.100 Arbeitsplätze in den Unternehmen der Residenten</li></ul>"
        f"<h2>Das Jahr 2025</h2><ul><li>{OUTPUT}</li><li>{EXPORT}</li></ul>"
        "<p>Kontakt für Investoren: Pressestelle.</p></article></body></html>",
        encoding="utf-8",
    )
    series = load_series(bycn.read_document(page))
    found = sorted(
        (row.indicator, row.as_of, row.value)
        for row in series.itertuples()
        if row.indicator in ("park.output", "park.exports")
    )
    assert found == OF_2025


@pytest.mark.parametrize(
    "text",
    [
        # a heading with no date: the document's month
        HEAD + f"Weitere Kennzahlen\n\n- {OUTPUT}\n- {EXPORT}" + TAIL,
        # no heading: the items follow a sentence, which is no list's heading
        HEAD.replace("- 4.100", "Die Zahlen des Jahres 2025 folgen.\n\n- 4.100")
        + f"- {OUTPUT}\n- {EXPORT}"
        + TAIL,
    ],
)
def test_no_heading_with_a_date_leaves_the_documents_month(text: str) -> None:
    assert ("park.exports", "2025", 392e6) not in _park_results(text)
    assert ("park.exports", "2026-07", 392e6) in _park_results(text)
