"""A table's column header with its unit in brackets spelt with a hyphen ("Ausfuhr (Mio.
US-Dollar)", "Handelsumsatz (Mio. US-Dollar)"): the column is the exports' or the
turnover's as with "(Mio. USD)" (figures.md: a table's caption and headers say what a value
in it is the value of; indicators.md: trade.exports, trade.turnover). Not imports, not
another partner's. Tables of our own in the style of Belstat releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value", date="2025-10-24", digits=3)

_CAPTION = "Handel von Belarus mit China seit Jahresbeginn\n\n"


def _table(header: str, row: str) -> str:
    rule = "|---" * (header.count("|") - 1) + "|"
    return f"{header}\n{rule}\n{row}\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            _table(
                "| Periode | Handelsumsatz (Mio. US-Dollar) | Ausfuhr (Mio. US-Dollar) |",
                "| I. Halbjahr 2025 | 3.104,7 | 1.188,0 |",
            ),
            [
                ("trade.exports", "2025-H1", 1188.0e6),
                ("trade.turnover", "2025-H1", 3104.7e6),
            ],
        ),
        (
            _table("| Zeitraum | Export (in Mio. US-Dollar) |", "| Januar–Juni 2025 | 1.188,0 |"),
            [("trade.exports", "2025-01/2025-06", 1188.0e6)],
        ),
        (
            _table("| Jahr | Exporte (Millionen US-Dollar) |", "| 2024 | 2.401,5 |"),
            [("trade.exports", "2024", 2401.5e6)],
        ),
        (
            _table(
                "| Quartal | Ausfuhren (Mio. US-Dollar) | Einfuhren (Mio. US-Dollar) |",
                "| 2. Quartal 2025 | 612,8 | 951,1 |",
            ),
            [("trade.exports", "2025-Q2", 612.8e6)],
        ),
        (
            _table(
                "| Zeitraum | Warenumsatz (Mio. US-Dollar) | Export (Mio. US-Dollar) |",
                "| Januar–September 2025 | 4.688,9 | 1.802,6 |",
            ),
            [
                ("trade.exports", "2025-01/2025-09", 1802.6e6),
                ("trade.turnover", "2025-01/2025-09", 4688.9e6),
            ],
        ),
    ],
)
def test_a_unit_with_a_hyphen_in_the_header(table: str, expected: list) -> None:
    assert points(_CAPTION + table) == expected


@pytest.mark.parametrize(
    "header",
    [
        "| Zeitraum | Import (Mio. US-Dollar) |",  # imports
        "| Zeitraum | Export nach Russland (Mio. US-Dollar) |",  # another partner
    ],
)
def test_no_exports_of_other_columns(header: str) -> None:
    assert points(_CAPTION + _table(header, "| Januar–Juni 2025 | 951,1 |")) == []
