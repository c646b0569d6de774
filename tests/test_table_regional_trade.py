"""A region's trade with China in a table whose column or row names the trade by its noun
alone (indicators.md: trade.regional, a region's trade with China as an amount).

A regional report puts the region's trade in a table with no caption, under a paragraph that
says whose trade it is (``Der Warenumsatz des Gebiets Grodno mit China hat ... zugenommen.``),
its column or row named by the noun alone: ``| Umsatz (Mio. USD) |``, ``| Handelsvolumen |``,
``| Warenumsatz |``, ``| Außenhandel |``. That value is the region's trade with China, as
the export column beside it is its exports. A table under a paragraph that names no China,
a share, or imports give no point. The texts are our own, in the style of BelTA's regional
reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value", date="2025-08-05", digits=0)


def report(intro: str, table: str) -> str:
    return (
        "Handel der Region wächst\n\nGRODNO, 5. August (BelTA) – "
        f"{intro} Das geht aus den Angaben der Statistikverwaltung hervor.\n\n{table}\n\n"
        "Zugelegt haben vor allem die Lieferungen von Rindfleisch und Flachs.\n"
    )


@pytest.mark.parametrize(
    ("intro", "table", "expected"),
    [
        (  # the miss's shape: half years as rows, the turnover beside the exports
            "Der Warenumsatz des Gebiets Grodno mit China hat im ersten Halbjahr 2025 zugenommen.",
            "| Zeitraum | Umsatz (Mio. USD) | Export (Mio. USD) |\n|---|---|---|\n"
            "| 1. Halbjahr 2024 | 141,8 | 72,5 |\n| 1. Halbjahr 2025 | 169,4 | 91,2 |",
            [
                ("trade.regional", "Grodno region", "2024-H1", 72_500_000),
                ("trade.regional", "Grodno region", "2024-H1", 141_800_000),
                ("trade.regional", "Grodno region", "2025-H1", 91_200_000),
                ("trade.regional", "Grodno region", "2025-H1", 169_400_000),
            ],
        ),
        (  # years as rows, the volume of trade, its unit after a comma
            "Der Handel des Gebiets Brest mit China wächst seit Jahren.",
            "| Jahr | Handelsvolumen, Mio. USD |\n|---|---|\n| 2023 | 250,4 |\n| 2024 | 281,0 |",
            [
                ("trade.regional", "Brest region", "2023", 250_400_000),
                ("trade.regional", "Brest region", "2024", 281_000_000),
            ],
        ),
        (  # the trade as a row's label, the years as columns
            "Die Region Gomel baut ihren Handel mit China weiter aus.",
            "| Kennzahl, Mio. USD | 2024 | 2025 |\n|---|---|---|\n| Warenumsatz | 265,0 | 298,1 |",
            [
                ("trade.regional", "Gomel region", "2024", 265_000_000),
                ("trade.regional", "Gomel region", "2025", 298_100_000),
            ],
        ),
        (  # quarters, the foreign trade, China by its adjective-free name in the paragraph
            "Das Gebiet Mogiljow steigerte seinen Außenhandel mit der Volksrepublik China.",
            "| Quartal 2025 | Außenhandel (Mio. USD) |\n|---|---|\n| I. Quartal | 61,3 |",
            [("trade.regional", "Mogilev region", "2025-Q1", 61_300_000)],
        ),
        (  # the trade in goods, in all
            "Das Gebiet Witebsk hat den Handel mit China im Jahr 2024 deutlich ausgebaut.",
            "| Zeitraum | Handel insgesamt (Mio. USD) |\n|---|---|\n| 2024 | 120,7 |",
            [("trade.regional", "Vitebsk region", "2024", 120_700_000)],
        ),
        (  # the turnover alone as a row's label, the unit in the header
            "Der Warenaustausch der Region Brest mit China ist 2025 gewachsen.",
            "| Kennzahl (Mio. USD) | 2025 |\n|---|---|\n| Umsatz | 305,2 |",
            [("trade.regional", "Brest region", "2025", 305_200_000)],
        ),
        (  # the total turnover, its unit after a comma
            "Das Gebiet Grodno meldet einen wachsenden Handel mit China.",
            "| Jahr | Gesamtumsatz, Mio. USD |\n|---|---|\n| 2024 | 300,1 |",
            [("trade.regional", "Grodno region", "2024", 300_100_000)],
        ),
    ],
)
def test_a_tables_trade_column_is_the_regions_trade_with_china(
    intro: str, table: str, expected: list[tuple[str, str, str, float]]
) -> None:
    assert points(report(intro, table)) == expected


@pytest.mark.parametrize(
    "table",
    [
        # a share of the turnover is no amount of it
        "| Jahr | Anteil am Umsatz, % |\n|---|---|\n| 2024 | 12,4 |",
        # imports are no point of the region's trade
        "| Jahr | Import (Mio. USD) |\n|---|---|\n| 2024 | 64,0 |",
    ],
)
def test_a_share_or_imports_in_such_a_table_are_no_point(table: str) -> None:
    intro = "Der Warenumsatz des Gebiets Grodno mit China hat 2024 zugenommen."
    assert points(report(intro, table)) == []


def test_a_table_under_a_paragraph_naming_no_china_is_no_point() -> None:
    intro = "Der Warenumsatz des Gebiets Grodno mit Russland hat 2024 zugenommen."
    table = "| Jahr | Umsatz (Mio. USD) |\n|---|---|\n| 2024 | 1.410,2 |"
    assert points(report(intro, table)) == []


def test_china_named_beside_trade_with_another_partner_is_no_point() -> None:
    # China named in a sentence of its own, the trade the table follows with Russia
    text = (
        "Handel der Region\n\nGRODNO, 5. August (BelTA) – China bleibt ein wichtiger Partner. "
        "Der Warenumsatz des Gebiets Grodno mit Russland hat 2024 zugenommen.\n\n"
        "| Jahr | Umsatz (Mio. USD) |\n|---|---|\n| 2024 | 1.410,2 |\n"
    )
    assert points(text) == []
