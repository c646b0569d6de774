"""Recognition round N (recog26j): a caption set under a table, ending in its unit, with a
note after it on its line that is no label's (``Tabelle 1: Warenverkehr ... (Mio.
US-Dollar). Vorläufige Angaben.``). The note (a sentence of its own with a note word:
``Angaben``, ``Daten``, ``Werte``, labelled or not) is no word of the caption and does not
hide its unit (figures.md: a table's caption says what a value in it is the value of).
A family of caption shapes, with counter-examples (prose under the table).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value unit", date="2026-03-09")

TABLE = (
    "9. März 2026\n\n"
    "| Zeitraum | Warenumsatz | Export | Export, Veränderung zum Vorjahr, % |\n"
    "|---|---|---|---|\n"
    "| Januar–März 2025 | 1.980,4 | 512,3 | +4,1 |\n"
    "| Januar–Juni 2025 | 4.105,7 | 1.036,8 | +2,7 |\n"
)
NOTE = "\nQuelle: Nationales Statistikkomitee der Republik Belarus.\n"
AMOUNTS = [
    ("trade.exports", "2025-01/2025-03", 512.3e6, "USD"),
    ("trade.exports", "2025-01/2025-06", 1036.8e6, "USD"),
    ("trade.turnover", "2025-01/2025-03", 1980.4e6, "USD"),
    ("trade.turnover", "2025-01/2025-06", 4105.7e6, "USD"),
]


@pytest.mark.parametrize(
    "below",
    [
        # the miss's shape
        "Tabelle 1: Warenverkehr der Republik Belarus mit der Volksrepublik China "
        "(Mio. US-Dollar). Vorläufige Angaben.",
        "Warenverkehr mit China, Mio. USD. Alle Angaben vorläufig.",
        "Handel mit China (Mio. US-Dollar); Daten gerundet",
        "Tab. 2: Außenhandel mit China, kumuliert, in Millionen US-Dollar. "
        "Angaben des Statistikkomitees.",
        "Übersicht: Handel Belarus–China, Mio. US-Dollar. Werte vorläufig, gerundet.",
        "Außenhandel mit China (Mio. USD). Stand: 1. März 2026.",
    ],
)
@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_note_after_the_caption_under_the_table_keeps_its_unit(below: str, blank: str) -> None:
    found = points(f"{TABLE}{blank}{below}\n{NOTE}")
    assert [p for p in found if p[3] == "USD"] == AMOUNTS
    assert ("trade.exports", "2025-01/2025-03", 4.1, "percent") in found


@pytest.mark.parametrize(
    "below",
    [
        # prose under the table, its unit in brackets: no caption
        "Der Handel wuchs stark (Mio. USD). Vorläufige Angaben.",
        # a caption with no unit: the amounts have none
        "Handel mit China. Vorläufige Angaben.",
    ],
)
def test_prose_or_a_caption_without_unit_gives_no_amounts(below: str) -> None:
    assert [p for p in points(f"{TABLE}\n{below}\n{NOTE}") if p[3] == "USD"] == []
