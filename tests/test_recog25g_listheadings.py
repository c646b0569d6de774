"""The heading of the next list ends the item before it (round 25, G): in a web page's two
bullet lists, "- 4.100 Arbeitsplätze ...\\n\\nDas Jahr 2025\\n\\n- Export der Residenten:
392 Mio. US-Dollar", the heading opens the next list's first item, and the item before it
is a sentence of its own (its figure is no figure of the heading's year).

Texts of our own in the style of a park's investor brochure; counter-examples: an item's
line cut mid-sentence with no blank line around the next line, a long line of prose.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn


def sentences(text: str) -> list[str]:
    """The sentences of a text of our own."""
    return bycn.parse_text(text, doc="x", meta={"date": "2026-07-03"}).sentences.text.tolist()


_FIRST = (
    "Ergebnisse (Stand: 1. Juli 2026)\n\n- 161 Residenten aus 16 Ländern\n\n"
    "- 4.100 Arbeitsplätze in den Unternehmen der Residenten\n\n"
)
_NEXT = "\n\n- Export der Residenten: 392 Mio. US-Dollar\n\n- Industrieproduktion: 1,1 Mrd. Rubel\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Das Jahr 2025",
        "Ergebnisse 2025",
        "Im ersten Halbjahr 2026",
        "Stand: Ende 2025",
        "Kennzahlen des Vorjahres",
    ],
)
def test_a_heading_between_two_lists(heading: str) -> None:
    found = sentences(_FIRST + heading + _NEXT)
    assert "- 4.100 Arbeitsplätze in den Unternehmen der Residenten" in found
    assert f"{heading} - Export der Residenten: 392 Mio. US-Dollar" in found


def test_an_item_cut_mid_sentence_runs_on() -> None:
    # counter-example: no blank line around the line after the item: the item goes on
    found = sentences(
        "Ergebnisse:\n\n- Die Residenten schufen 4.100 Arbeitsplätze\n"
        "in ihren Werken im Jahr 2025\n\n- Export der Residenten: 392 Mio. US-Dollar\n"
    )
    item = "- Die Residenten schufen 4.100 Arbeitsplätze in ihren Werken im Jahr 2025"
    assert any(sentence.startswith(item) for sentence in found)


points = points_of("indicator as_of value", date="2026-07-03", only="park")


def test_each_list_takes_its_headings_date() -> None:
    found = points(
        "Im Industriepark Großer Stein:\n\nErgebnisse (Stand: 1. Juli 2026)\n\n"
        "- 161 Residenten aus 16 Ländern\n\n- 4.100 Arbeitsplätze in den Unternehmen der "
        "Residenten\n\nDas Jahr 2025\n\n- Export der Residenten: 392 Mio. US-Dollar\n"
    )
    assert ("park.jobs", "2026-07", 4100.0) in found
