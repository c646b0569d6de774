"""Rows of periods without a year whose year the table says elsewhere, and index columns
(indicators.md: trade points of a table, a period of a statistic; figures.md: a table's
caption and headers say what a value in it is the value of).

A table by quarters, half years or months names its rows ``I. Quartal``, ``1. Halbjahr``,
``Januar`` and says the year once: in its caption, in the head of its label column
(``| Quartal 2025 |``), in the header of a value column (``| Quartal | 2024 | 2025 |``) or in
the sentence that introduces it. Each cell is of its row's period in that year, not of the
year. A column that gives a level as a percent of an earlier period's (``in % zu
Januar–September 2024``, ``Vorjahr = 100``) is an index: no amount in the caption's
currency, and no growth point. The texts are our own, in the style of Belstat releases and
an economic weekly's analyses.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

points = points_of("indicator as_of value unit", date="2026-02-24", digits=3)


def figures(text: str, date: str = "2026-02-24") -> dict[str, tuple[str, str]]:
    frame = bycn.parse_text(text, doc="news", meta={"date": date}).figures
    return {r.text: (r.unit, r.as_of) for r in frame.itertuples()}


HEAD = "Minsk, 24. Februar 2026 (BelTA) – Das Statistikkomitee legte die Jahreszahlen vor.\n\n"


# --- the year in the head of the label column ----------------------------------------------


@pytest.mark.parametrize(
    ("stub", "labels", "periods"),
    [
        (  # the miss's shape: Roman numerals under "Quartal 2025"
            "Quartal 2025",
            ("I. Quartal", "II. Quartal", "III. Quartal"),
            ("2025-Q1", "2025-Q2", "2025-Q3"),
        ),
        ("2025", ("1. Quartal", "2. Quartal", "Q3"), ("2025-Q1", "2025-Q2", "2025-Q3")),
        (
            "Zeitraum 2025",
            ("I. Halbjahr", "II. Halbjahr", "Jahr 2025"),
            ("2025-H1", "2025-H2", "2025"),
        ),
        ("Monat (2025)", ("Januar", "Februar", "März"), ("2025-01", "2025-02", "2025-03")),
        (
            "Jahr 2025",
            ("Januar–März", "April–Juni", "Juli–September"),
            ("2025-01/2025-03", "2025-04/2025-06", "2025-07/2025-09"),
        ),
    ],
)
def test_a_row_of_a_period_takes_the_year_of_the_label_columns_head(
    stub: str, labels: tuple[str, ...], periods: tuple[str, ...]
) -> None:
    amounts, changes = ("1.912,4", "2.203,7", "2.354,2"), ("+4,1", "+7,9", "-1,6")
    rows = "".join(
        f"| {label} | {amount} | {change} |\n"
        for label, amount, change in zip(labels, amounts, changes, strict=True)
    )
    text = (
        f"{HEAD}Nach Angaben von Belstat entwickelte sich der Warenumsatz mit China wie folgt:\n\n"
        f"| {stub} | Warenumsatz, Mio. USD | zum Vorjahresquartal, % |\n|---|---|---|\n{rows}"
    )
    found = figures(text)
    assert [found[amount] for amount in amounts] == [("USD", period) for period in periods]
    # the change beside each: of its row's period
    assert [found[change] for change in changes] == [("percent", period) for period in periods]


def test_the_miss_gives_turnover_points_of_each_quarter() -> None:
    text = (
        f"{HEAD}Der Warenumsatz mit China entwickelte sich so:\n\n"
        "| Quartal 2025 | Warenumsatz, Mio. USD | zum Vorjahresquartal, % |\n|---|---|---|\n"
        "| I. Quartal | 1.912,4 | +4,1 |\n| IV. Quartal | 2.484,9 | +9,3 |\n"
        "| Jahr 2025 | 8.955,2 | +5,0 |\n"
    )
    assert points(text) == [
        ("trade.turnover", "2025", 5.0, "percent"),
        ("trade.turnover", "2025", 8955200000.0, "USD"),
        ("trade.turnover", "2025-Q1", 4.1, "percent"),
        ("trade.turnover", "2025-Q1", 1912400000.0, "USD"),
        ("trade.turnover", "2025-Q4", 9.3, "percent"),
        ("trade.turnover", "2025-Q4", 2484900000.0, "USD"),
    ]


# --- the year in a value column's header, or in the sentence before the table ---------------


def test_a_row_of_a_period_under_a_column_of_a_year_is_that_period_of_the_columns_year() -> None:
    text = (
        f"{HEAD}Außenhandel mit China (Mio. US-Dollar)\n\n"
        "| Quartal | 2024 | 2025 |\n|---|---|---|\n"
        "| I. Quartal | 1.837,0 | 1.912,4 |\n| 2. Halbjahr | 4.520,3 | 4.839,1 |\n"
        "| Dezember | 790,2 | 801,5 |\n| Insgesamt | 8.528,8 | 8.955,2 |\n"
    )
    assert figures(text) == {
        "1.837,0": ("USD", "2024-Q1"),
        "1.912,4": ("USD", "2025-Q1"),
        "4.520,3": ("USD", "2024-H2"),
        "4.839,1": ("USD", "2025-H2"),
        "790,2": ("USD", "2024-12"),
        "801,5": ("USD", "2025-12"),
        "8.528,8": ("USD", "2024"),  # a label of no period: the column's year
        "8.955,2": ("USD", "2025"),
    }


def test_a_label_outside_its_columns_period_keeps_the_columns() -> None:
    # "Dezember" is no month of the first quarter: the column's period stays the cell's
    text = (
        f"{HEAD}Handel mit China (Mio. US-Dollar)\n\n"
        "| Monat | Januar–März 2026 |\n|---|---|\n| Dezember | 640,9 |\n| Februar | 611,2 |\n"
    )
    assert figures(text, "2026-04-15") == {
        "640,9": ("USD", "2026-01/2026-03"),
        "611,2": ("USD", "2026-02"),
    }


@pytest.mark.parametrize(
    "introduction",
    [
        "Im Jahr 2025 entwickelte sich der Warenumsatz mit China nach Halbjahren so.",
        "Die Zahlen des Jahres 2025 liegen vor. Der Warenumsatz verteilte sich wie folgt:",
        "Der Warenumsatz mit China belief sich 2025 auf folgende Werte (Mio. USD):",
        "2025 stieg der Handel deutlich – hier die Werte nach Halbjahren.",
    ],
)
def test_a_row_of_a_period_takes_the_year_of_the_sentence_that_introduces_its_table(
    introduction: str,
) -> None:
    text = (
        f"{HEAD}{introduction}\n\n| Zeitraum | Warenumsatz, Mio. USD |\n|---|---|\n"
        "| I. Halbjahr | 4.116,1 |\n| II. Halbjahr | 4.839,1 |\n"
    )
    found = figures(text)
    assert (found["4.116,1"][1], found["4.839,1"][1]) == ("2025-H1", "2025-H2")


def test_a_plans_year_or_a_row_above_gives_the_rows_no_year() -> None:
    # a plan's year introduces no table of facts
    text = (
        f"{HEAD}Bis 2030 soll der Warenumsatz mit China deutlich wachsen.\n\n"
        "| Zeitraum | Warenumsatz, Mio. USD |\n|---|---|\n| I. Halbjahr | 4.116,1 |\n"
    )
    assert figures(text)["4.116,1"][1] != "2030-H1"
    # a label of its own year keeps it, whatever the head's
    text = (
        f"{HEAD}Warenumsatz mit China:\n\n| Quartal 2025 | Mio. USD |\n|---|---|\n"
        "| I. Quartal 2024 | 1.837,0 |\n| II. Quartal | 2.203,7 |\n"
    )
    assert figures(text) == {"1.837,0": ("USD", "2024-Q1"), "2.203,7": ("USD", "2025-Q2")}


# --- index columns ---------------------------------------------------------------------

BELSTAT = (
    "28. Oktober 2025\n\nNationales Statistikkomitee der Republik Belarus (Belstat)\n\n"
    "Der Außenhandel mit China wuchs weiter.\n\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Januar–September 2025 in % zu Januar–September 2024",  # the miss's
        "Januar–September 2025 in Prozent zu Januar–September 2024",
        "I. Halbjahr 2025 in % zum I. Halbjahr 2024",
        "Januar–September 2024 = 100",
        "Vorjahreszeitraum = 100",
        "2025 in % zu 2024",
    ],
)
def test_an_index_column_is_no_amount_of_the_captions_currency_and_no_point(head: str) -> None:
    text = (
        f"{BELSTAT}Tabelle 1. Außenhandel mit China (Mio. US-Dollar)\n\n"
        f"| | Januar–September 2025 | {head} |\n|---|---|---|\n"
        "| Warenumsatz | 6.470,3 | 104,1 |\n| Export | 1.981,6 | 111,7 |\n"
        "| Saldo | -2.507,1 | x |\n"
    )
    found = figures(text, "2025-10-28")
    assert found["104,1"][0] == found["111,7"][0] == "percent"
    assert "100" not in found  # the base of an index is no figure
    found_points = points(text, "2025-10-28")
    assert ("trade.exports", "2025-01/2025-09", 1981600000.0, "USD") in found_points
    assert not [p for p in found_points if p[2] in (104.1, 111.7, 104.1e6, 111.7e6)]


def test_a_change_column_against_a_period_stays_a_growth_point() -> None:
    # a change said so is a growth, not an index; an amount column keeps the caption's unit
    text = (
        f"{BELSTAT}Tabelle 1. Außenhandel mit China (Mio. US-Dollar)\n\n"
        "| | Januar–September 2025 | Veränderung in % zu Januar–September 2024 |\n"
        "|---|---|---|\n| Export | 1.981,6 | 11,7 |\n"
    )
    assert points(text, "2025-10-28") == [
        ("trade.exports", "2025-01/2025-09", 11.7, "percent"),
        ("trade.exports", "2025-01/2025-09", 1981600000.0, "USD"),
    ]


# --- a change column against a base after a slash ----------------------------------------


@pytest.mark.parametrize(
    ("head", "period"),
    [
        ("Veränderung 2025/2024, %", "2025"),
        ("2025 / 2024, %", "2025"),
        ("Zuwachs Jan.–Sept. 2025 / Jan.–Sept. 2024, %", "2025-01/2025-09"),
        ("I. Quartal 2025/I. Quartal 2024, %", "2025-Q1"),
    ],
)
def test_a_change_column_of_a_period_against_its_base_is_of_the_period(
    head: str, period: str
) -> None:
    text = (
        f"{HEAD}Export nach China nach Warengruppen\n\n"
        f"| Ware | {head} |\n|---|---|\n| Holz | +12,5 |\n| Milch | -3,1 |\n"
    )
    assert figures(text) == {"+12,5": ("percent", period), "-3,1": ("percent", period)}


def test_a_span_of_years_with_a_slash_stays_the_span() -> None:
    # a study year or a season ascends: the span, not its first year
    text = (
        f"{HEAD}Studierende aus China an belarussischen Hochschulen\n\n"
        "| Hochschule | 2024/2025 |\n|---|---|\n| BSU | 2.140 Studierende |\n"
    )
    assert figures(text)["2.140 Studierende"][1] == "2024/2025"
