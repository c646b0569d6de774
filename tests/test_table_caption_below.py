"""A table's caption set under it, as a statistics release may set it (figures.md: a
table's caption and headers say what a value in it is the value of; indicators.md:
trade.turnover, trade.exports): ``| Januar–März 2026 | 2.104,6 | ... |``, then ``Außenhandel
der Republik Belarus mit der Volksrepublik China``. Only where no caption stands above, and
only a title: not a heading or a line ending in a colon (they open what follows), not a
note, not the caption of the next table, not prose. And the balance of trade is no
turnover. The tables and sentences are our own, in the style of Belstat releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value unit", date="2026-10-23", digits=3)

HEAD = "Minsk, 23. Oktober 2026 (Belstat) – Das Statistikkomitee legte neue Zahlen vor.\n\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (  # turnover and its change, the caption after a blank line, prose after it
            "| Zeitraum | Warenumsatz, Mio. USD | Warenumsatz, Veränderung zum "
            "Vorjahreszeitraum, % |\n|---|---|---|\n| Januar–März 2026 | 2.104,6 | +8,4 |\n\n"
            "Außenhandel der Republik Belarus mit der Volksrepublik China (Pressemitteilung "
            "des Nationalen Statistikkomitees)\n\nDie Zahlen sind vorläufig.\n",
            [
                ("trade.turnover", "Belarus-China", "2026-01/2026-03", 8.4, "percent"),
                ("trade.turnover", "Belarus-China", "2026-01/2026-03", 2104.6e6, "USD"),
            ],
        ),
        (  # exports, the caption right under the last row, numbered
            "| Quartal | Export, Mio. US-Dollar |\n|---|---|\n| I. Quartal 2026 | 781,2 |\n"
            "Tabelle 1: Ausfuhr von Belarus nach China\n",
            [("trade.exports", "Belarus-China", "2026-Q1", 781.2e6, "USD")],
        ),
        (  # a table without outer bars, the trade volume and a change in percent
            "Zeitraum | Handelsvolumen (Mio. USD) | Veränderung zum Vorjahr, %\n---|---|---\n"
            "Januar–Juni 2026 | 4.387,9 | +10,2\n\n"
            "Warenverkehr zwischen Belarus und China (Quelle: Belstat)\n",
            [
                ("trade.turnover", "Belarus-China", "2026-01/2026-06", 10.2, "percent"),
                ("trade.turnover", "Belarus-China", "2026-01/2026-06", 4387.9e6, "USD"),
            ],
        ),
        (  # a change column with no noun of its own: the column it follows, the exports
            "| Zeitraum | Export, Mio. USD | Veränderung zum Vorjahreszeitraum, % "
            "| Import, Mio. USD |\n|---|---|---|---|\n| Januar–Juni 2026 | 1.652,0 | +7,5 "
            "| 2.735,9 |\n\nAußenhandel der Republik Belarus mit der Volksrepublik China\n",
            [
                ("trade.exports", "Belarus-China", "2026-01/2026-06", 7.5, "percent"),
                ("trade.exports", "Belarus-China", "2026-01/2026-06", 1652.0e6, "USD"),
            ],
        ),
        (  # two change columns, each after its own level
            "| Zeitraum | Handelsumsatz, Mio. USD | Zuwachs, % | Export, Mio. USD | Zuwachs, % |"
            "\n|---|---|---|---|---|\n| Januar–Juni 2026 | 4.387,9 | +10,2 | 1.652,0 | +7,5 |"
            "\n\nAußenhandel der Republik Belarus mit der Volksrepublik China\n",
            [
                ("trade.exports", "Belarus-China", "2026-01/2026-06", 7.5, "percent"),
                ("trade.exports", "Belarus-China", "2026-01/2026-06", 1652.0e6, "USD"),
                ("trade.turnover", "Belarus-China", "2026-01/2026-06", 10.2, "percent"),
                ("trade.turnover", "Belarus-China", "2026-01/2026-06", 4387.9e6, "USD"),
            ],
        ),
        (  # exports, imports and the balance: only the exports are a point
            "| Jahr | Ausfuhr, Mio. USD | Einfuhr, Mio. USD | Saldo, Mio. USD |\n"
            "|---|---|---|---|\n| 2025 | 3.901,0 | 6.120,4 | -2.219,4 |\n\n"
            "Handel von Belarus mit China, 2025\n",
            [("trade.exports", "Belarus-China", "2025", 3901.0e6, "USD")],
        ),
    ],
)
def test_a_title_under_a_table_is_its_caption(table: str, expected: list[tuple]) -> None:
    assert points(HEAD + table) == expected


EXPORTS = "| Jahr | Ausfuhr, Mio. USD |\n|---|---|\n| 2025 | 3.901,0 |\n\n"


@pytest.mark.parametrize(
    "below",
    [
        "Der Handel mit China im Einzelnen:\n\nDie Zahlen folgen.\n",  # opens what follows
        "## Handel mit China\n\nDie Zahlen folgen.\n",  # a heading of the next part
        "Quelle: Nationales Statistikkomitee\n",  # a note names no partner
        # the caption of the next table
        "Ausfuhr nach China nach Warengruppen\n\n| Ware | Mio. USD |\n|---|---|\n| Holz | 12,5 |\n",
        "Außenhandel der Republik Belarus mit Russland\n",  # another partner's table
        "Die Ausfuhren nach China stiegen deutlich.\n",  # prose after the table
    ],
)
def test_no_caption_under_a_table(below: str) -> None:
    assert points(HEAD + EXPORTS + below) == []


def test_a_caption_above_wins_over_a_line_below() -> None:
    text = (
        "Ausfuhr von Belarus nach Russland\n\n"
        + EXPORTS
        + "Handel von Belarus mit China, 2025\n\nDie Zahlen sind vorläufig.\n"
    )
    assert points(HEAD + text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Saldo des Warenhandels mit China war mit 1,67 Milliarden Dollar negativ.",
        "Das Defizit im Handel mit China betrug 2025 rund 1,7 Milliarden Dollar.",
        "Im Warenverkehr mit China ergab sich ein Überschuss von 300 Millionen Dollar.",
        "Die Handelsbilanz mit China wies 2025 ein Minus von 1,2 Mrd. Dollar aus.",
        "Der Handelsumsatz mit China schloss 2025 mit einem Defizit von 2 Mrd. Dollar ab.",
    ],
)
def test_the_balance_of_trade_is_no_turnover(sentence: str) -> None:
    assert points(HEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Handelsumsatz mit China stieg 2025 auf 8,4 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", "2025", 8.4e9, "USD")],
        ),
        (
            "Der Warenhandel mit China erreichte 2025 8,4 Milliarden Dollar, das Defizit "
            "verringerte sich.",
            [("trade.turnover", "Belarus-China", "2025", 8.4e9, "USD")],
        ),
    ],
)
def test_the_turnover_beside_a_balance_stays(sentence: str, expected: list[tuple]) -> None:
    assert points(HEAD + sentence) == expected
