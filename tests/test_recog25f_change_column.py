"""A change column beside a level whose header names its noun and its period (``| Gebiet |
Export nach China Januar–September 2026, Mio. USD | zum Vorjahreszeitraum, % |``) is the
change of that level: each row's region's (the total row's, the country's). Tables of our
own in the style of Belstat's releases; counter-examples: a share column (``Anteil, %``),
a level header of a period only (``| 2025 |``).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity unit value", date="2026-10-24", only="trade.")


def _table(level: str, change: str, rows: list[tuple[str, str, str]]) -> str:
    body = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    return f"24. Oktober 2026\n\n| Gebiet | {level} | {change} |\n|---|---|---|\n{body}\n"


_ROWS = [("Stadt Minsk", "640,2", "+6,4"), ("Gebiet Witebsk", "161,9", "-4,2")]


@pytest.mark.parametrize(
    ("level", "change", "rows", "unit", "changes"),
    [
        (
            "Export nach China Januar–September 2026, Mio. USD",
            "zum Vorjahreszeitraum, %",
            _ROWS,
            "percent",
            [6.4, -4.2],
        ),
        (
            "Ausfuhr nach China Januar–September 2026, Mio. USD",
            "Veränderung in %",
            _ROWS,
            "percent",
            [6.4, -4.2],
        ),
        (
            "Exporte nach China 9 Monate 2026, Mio. USD",
            "zum Vorjahr, %",
            [("Stadt Minsk", "640,2", "6,4"), ("Gebiet Witebsk", "161,9", "-4,2")],
            "percent",
            [6.4, -4.2],
        ),
        (
            "Lieferungen nach China Jan.–Sep. 2026, Mio. USD",
            "Veränderung",
            [("Stadt Minsk", "640,2", "+6,4 %"), ("Gebiet Witebsk", "161,9", "-4,2 %")],
            "percent",
            [6.4, -4.2],
        ),
        (
            "Export nach China I. Halbjahr 2026, Mio. USD",
            "Zuwachs zum Vorjahreszeitraum, %",
            _ROWS,
            "percent",
            [6.4, -4.2],
        ),
    ],
)
def test_the_change_of_each_region_s_level(
    level: str, change: str, rows: list[tuple[str, str, str]], unit: str, changes: list[float]
) -> None:
    found = [p for p in points(_table(level, change, rows)) if p[2] == unit]
    assert found == sorted(
        [
            ("trade.regional", "Minsk", unit, changes[0]),
            ("trade.regional", "Vitebsk region", unit, changes[1]),
        ]
    )


def test_the_total_row_s_change_is_the_country_s() -> None:
    text = _table(
        "Export nach China Januar–September 2026, Mio. USD",
        "zum Vorjahreszeitraum, %",
        [*_ROWS, ("Belarus insgesamt", "2.412,6", "+11,2")],
    )
    assert ("trade.exports", "Belarus-China", "percent", 11.2) in points(text)


@pytest.mark.parametrize(
    ("level", "change"),
    [
        ("Export nach China Januar–September 2026, Mio. USD", "Anteil, %"),
        ("Export nach China Januar–September 2026, Mio. USD", "Anteil am Gesamtexport, %"),
        ("2026", "zum Vorjahr, %"),
    ],
)
def test_no_change_of_the_region(level: str, change: str) -> None:
    found = [p for p in points(_table(level, change, _ROWS)) if p[2] == "percent"]
    assert found == []


def test_a_column_of_multiples_is_each_region_s_growth() -> None:
    text = _table(
        "Export nach China Januar–September 2026, Mio. USD",
        "zum Vorjahreszeitraum",
        [("Stadt Minsk", "640,2", "1,4-fach"), ("Gebiet Witebsk", "161,9", "das 2,1-fache")],
    )
    assert [p for p in points(text) if p[2] == "times"] == [
        ("trade.regional", "Minsk", "times", 1.4),
        ("trade.regional", "Vitebsk region", "times", 2.1),
    ]
