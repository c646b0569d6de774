"""The period of a table's change column (indicators.md: a change is dated by the period it
is the change of, not by its base).

A statistics table puts a period and its base side by side and the change after them:
``| Region | Januar–September 2025 | Januar–September 2024 | Veränderung, % |``. The change
column names no period of its own; it is the later period's change against the earlier, in
whichever order the two columns stand, and whatever the change column is called. A column
that is no change (``Anteil, %``) keeps its neighbour's period, and a change column of each
year (``| 2024 | Δ | 2025 | Δ |``) is each its own year's. The texts are our own, in the
style of Belstat and GTK releases.
"""

from __future__ import annotations

import pytest

import bycn

HEAD = "Minsk, 21. Oktober 2025 (Belstat) – Das Statistikkomitee legte die Zahlen vor.\n\n"
CAPTION = "Tabelle: Warenexporte nach China nach Regionen (Mio. US-Dollar)\n\n"


def dates(heads: str, row: str) -> dict[str, str]:
    """The date of each figure of the table ``heads`` over ``row``, by its text."""
    rule = "|---" * (heads.count("|") - 1) + "|"
    text = f"{HEAD}{CAPTION}{heads}\n{rule}\n{row}\n"
    frame = bycn.parse_text(text, doc="news", meta={"date": "2025-10-21"}).figures
    return {r.text: r.as_of for r in frame.itertuples()}


@pytest.mark.parametrize(
    ("heads", "row", "change"),
    [
        (  # the miss's shape: the current period first, its base second
            "| Region | Januar–September 2025 | Januar–September 2024 | Veränderung, % |",
            "| Gebiet Brest | 201,4 | 168,0 | +19,9 |",
            "2025-01/2025-09",
        ),
        (  # the base first, another word of change
            "| Gebiet | 2024 | 2025 | Zuwachs, % |",
            "| Gebiet Grodno | 121,3 | 143,7 | +18,5 |",
            "2025",
        ),
        (  # quarters, a sign of change for a header
            "| Region | I. Quartal 2025 | I. Quartal 2024 | ± % |",
            "| Gebiet Gomel | 31,4 | 29,0 | +8,3 |",
            "2025-Q1",
        ),
        (  # years, a rate of growth
            "| Region | 2025 | 2024 | Wachstumsrate, % |",
            "| Stadt Minsk | 388,9 | 352,6 | +10,3 |",
            "2025",
        ),
        (  # the change before the levels it compares
            "| Region | Veränderung in % | Jan.–Juni 2024 | Jan.–Juni 2025 |",
            "| Gebiet Witebsk | -4,2 | 58,1 | 55,7 |",
            "2025-01/2025-06",
        ),
        (  # a change of the half years, named against the previous year's
            "| Region | 1. Halbjahr 2025 | 1. Halbjahr 2024 | Veränderung zum Vorjahr, % |",
            "| Gebiet Mogiljow | 44,0 | 47,9 | -8,1 |",
            "2025-H1",
        ),
    ],
)
def test_a_change_column_is_of_the_later_of_the_periods_it_compares(
    heads: str, row: str, change: str
) -> None:
    cells = [c.strip() for c in row.strip("|").split("|")]
    found = dates(heads, row)
    percent = next(c for c in cells[1:] if c[0] in "+-")
    assert found[percent] == change


def test_a_share_column_keeps_its_neighbours_period() -> None:
    # no change: the share of the level beside it, as before
    found = dates("| Region | 2025 | 2024 | Anteil, % |", "| Gebiet Brest | 201,4 | 168,0 | 22,8 |")
    assert found["22,8"] == "2024"


def test_a_change_column_of_each_year_is_its_own_years() -> None:
    found = dates(
        "| Region | 2024 | Veränderung, % | 2025 | Veränderung, % |",
        "| Gebiet Brest | 168,0 | +5,1 | 201,4 | +19,9 |",
    )
    assert (found["+5,1"], found["+19,9"]) == ("2024", "2025")


@pytest.mark.parametrize(
    "head", ["Veränderung 2025/2024, %", "2025 vs. 2024, %", "Zuwachs 2025 zu 2024, %"]
)
def test_a_change_column_naming_both_periods_is_of_the_first(head: str) -> None:
    found = dates(f"| Region | 2024 | 2025 | {head} |", "| Gebiet Brest | 168,0 | 201,4 | +19,9 |")
    assert found["+19,9"] == "2025"


def test_a_cumulative_column_and_its_months_give_the_change_the_cumulative_period() -> None:
    found = dates(
        "| Region | Januar 2025 | Februar 2025 | Januar–Februar 2025 | Veränderung, % |",
        "| Gebiet Brest | 20,1 | 22,4 | 42,5 | +6,0 |",
    )
    assert found["+6,0"] == "2025-01/2025-02"
