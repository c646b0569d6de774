"""A row of a table by region whose label says it is the capital ("| Minsk (Stadt) | 604,9 |"
under "| Region | ... |"): the city's, not the region Minsk's around it. The region's header
is not read before a city's label ("Region Minsk (Stadt)" would name the region). Tables of
our own in the style of an economic paper's column; counter-examples: the region's rows.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.text.rows import read_row

points = points_of("entity value", date="2026-03-02", only="trade.regional", digits=1, doc="wz.md")

_HEAD = (
    "Marktkolumne: Die Regionen im China-Geschäft\n\n"
    "Welche Region verdient am meisten am China-Geschäft? Die Zahlen des Jahres 2025 geben "
    "Auskunft.\n\n"
)


def _table(first: str, label: str) -> str:
    return (
        f"{_HEAD}| {first} | Export nach China 2025, Mio. USD | Veränderung zum Vorjahr, % |\n"
        f"|---|---|---|\n| {label} | 604,9 | +3,1 |\n| Gebiet Grodno | 221,0 | +6,5 |\n"
    )


@pytest.mark.parametrize(
    ("first", "label"),
    [
        ("Region", "Minsk (Stadt)"),
        ("Gebiet", "Minsk (Stadt)"),
        ("Region", "Minsk-Stadt"),
        ("Region", "Minsk Stadt"),
        ("Oblast", "Minsk (Hauptstadt)"),
        ("Region", "Hauptstadt"),
        ("Gebiet", "Stadt Minsk"),
    ],
)
def test_the_city_row(first: str, label: str) -> None:
    found = points(_table(first, label))
    assert ("Minsk", 604.9e6) in found and ("Minsk", 3.1) in found
    assert ("Grodno region", 221e6) in found


@pytest.mark.parametrize("label", ["Minsk (ohne Stadt)", "Gebiet Minsk", "Minsker Gebiet"])
def test_the_region_row(label: str) -> None:
    found = points(_table("Region", label))
    assert ("Minsk region", 604.9e6) in found and ("Minsk region", 3.1) in found


def test_the_read_row() -> None:
    heads = ["Region", "Export, Mio. USD"]
    assert read_row("", heads, ["Minsk (Stadt)", "604,9"], 1).startswith("Minsk (Stadt) –")
    assert read_row("", heads, ["Brest", "98,1"], 1).startswith("Region Brest –")
    assert read_row("", heads, ["Minsk (ohne Stadt)", "5"], 1).startswith("Region Minsk (")
