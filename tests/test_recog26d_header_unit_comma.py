"""Recognition round N (recog26d): a table's header cell that gives its column's unit
after a comma ("Wachstum, Mal", "Wert, Mio. USD", "Veränderung, %") or in brackets,
the unit of the bare numbers below it (figures.md: a scale or currency named in a table's
header; `-fache` is `times`). A multiple too: "Mal", "-fache" as all of the header's unit.
Tables of our own in the style of statistics releases and regional reports; counter-
examples: a header with no unit, "Mal" after a number in prose (a count of times).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value unit", date="2026-02-05")

_LEAD = "MINSK, 5. Februar (BelTA) – Der Handel zwischen Belarus und China wuchs 2025 kräftig.\n\n"


@pytest.mark.parametrize(
    ("table", "found"),
    [
        # the miss's shapes: the unit after a comma, a multiple among them
        (
            "| Kennzahl | Wert, Mio. USD | Wachstum, Mal |\n|---|---|---|\n"
            "| Warenumsatz mit China 2025 | 8.450 | 1,2 |\n",
            [
                ("trade.turnover", "2025", 1.2, "times"),
                ("trade.turnover", "2025", 8.45e9, "USD"),
            ],
        ),
        (
            "| Kennzahl | 2025, Mio. USD | Veränderung zum Vorjahr, Mal |\n|---|---|---|\n"
            "| Export nach China | 2.310 | 1,4 |\n",
            [("trade.exports", "2025", 1.4, "times"), ("trade.exports", "2025", 2.31e9, "USD")],
        ),
        (
            "| Jahr | Warenumsatz, Mrd. USD | Zuwachs, % |\n|---|---|---|\n| 2025 | 8,4 | 6,3 |\n",
            [
                ("trade.turnover", "2025", 6.3, "percent"),
                ("trade.turnover", "2025", 8.4e9, "USD"),
            ],
        ),
        # brackets and "in" around the word of a multiple
        (
            "| Kennzahl | 2025 | Veränderung (-fache) |\n|---|---|---|\n"
            "| Export nach China, Mio. USD | 2.310 | 1,4 |\n",
            [("trade.exports", "2025", 1.4, "times"), ("trade.exports", "2025", 2.31e9, "USD")],
        ),
        (
            "| Kennzahl | Export nach China 2025, Mio. USD | Wachstum in Mal |\n|---|---|---|\n"
            "| Belarus | 2.310 | 1,4 |\n",
            [("trade.exports", "2025", 1.4, "times"), ("trade.exports", "2025", 2.31e9, "USD")],
        ),
    ],
)
def test_the_header_s_unit_after_a_comma(table: str, found: list[tuple]) -> None:
    assert points(_LEAD + table) == found


@pytest.mark.parametrize(
    "text",
    [
        # no unit in the header: no multiple
        _LEAD + "| Kennzahl | Wert, Mio. USD | Rang |\n|---|---|---|\n"
        "| Warenumsatz mit China 2025 | 8.450 | 2 |\n",
        # "Mal" after a number in prose: a count of times, no multiple
        _LEAD + "Die Delegation besuchte das Werk 2025 genau 3 Mal.",
    ],
)
def test_no_multiple(text: str) -> None:
    assert [p for p in points(text) if p[3] == "times"] == []
