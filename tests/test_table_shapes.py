"""Table shapes of statistics releases (indicators.md: trade.turnover, trade.exports,
trade.regional as amount or growth; figures.md: a unit given once): periods in the rows or
in the columns, what a value is of in its row's label or its column's header, units in the
caption, a header or a row's first cell, columns of change, totals, several value columns.
And what is no point: a population column, a share, an index against the year before
(``in % zum Vorjahr``: 108,2 is no growth of 108,2 percent, and the spec has no index),
imports and the balance, other countries' trade. The tables are our own, in the style of
Belstat releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

points = points_of("indicator entity as_of value unit", date="2025-03-05", digits=3)


HEAD = "Minsk, 5. März 2025 (Belstat) – Das Statistikkomitee legte neue Zahlen vor.\n\n"

# --- several value columns, one of them a change ------------------------------------


@pytest.mark.parametrize(
    ("caption", "header"),
    [
        (
            "Ausfuhren der Gebiete nach China im Jahr 2024",
            "| Gebiet | Einwohner, Tsd. | Export nach China, Mio. USD | ±% zum Vorjahr |",
        ),
        (
            "Außenhandel der Regionen mit der Volksrepublik China 2024",
            "| Region | Unternehmen | Warenumsatz, Mio. US-Dollar | Zuwachs, % |",
        ),
        (
            "Tabelle 2: Regionen im Handel mit China, 2024",
            "| Region | Fläche, Tsd. km | Handelsvolumen (Mio. USD) "
            "| Veränderung ggü. Vorjahr in % |",
        ),
        (
            "Der Warenaustausch der Gebiete mit China im Jahr 2024",
            "| Gebiet | Bevölkerung (Tsd.) | Mio. US-Dollar | Veränderung gegenüber 2023 (%) |",
        ),
    ],
)
def test_a_change_column_beside_a_regions_level_is_the_regions_growth(
    caption: str, header: str
) -> None:
    text = (
        f"{HEAD}{caption}\n\n{header}\n|---|---|---|---|\n"
        "| Gebiet Gomel | 1.340 | 310,2 | +7,5 |\n| Stadt Minsk | 2.010 | 1.905,0 | -2,5 |\n"
    )
    assert points(text) == [
        ("trade.regional", "Gomel region", "2024", 7.5, "percent"),
        ("trade.regional", "Gomel region", "2024", 310.2e6, "USD"),
        ("trade.regional", "Minsk", "2024", -2.5, "percent"),
        ("trade.regional", "Minsk", "2024", 1905.0e6, "USD"),
    ]  # no count of inhabitants or firms, no area


def test_a_change_column_of_the_regions_total_is_the_countrys() -> None:
    text = (
        f"{HEAD}Warenumsatz der Gebiete mit China 2024\n\n"
        "| Gebiet | Einwohner, Tsd. | Umsatz, Mio. USD | Anteil, % | Veränderung, % |\n"
        "|---|---|---|---|---|\n"
        "| Gebiet Brest | 1.315 | 410,0 | 4,8 | +3,0 |\n"
        "| Insgesamt | 9.155 | 8.603,2 | 100 | +2,2 |\n"
    )
    assert points(text) == [
        ("trade.regional", "Brest region", "2024", 3.0, "percent"),
        ("trade.regional", "Brest region", "2024", 410e6, "USD"),
        ("trade.turnover", "Belarus-China", "2024", 2.2, "percent"),
        ("trade.turnover", "Belarus-China", "2024", 8603.2e6, "USD"),
    ]  # the shares, past the share column, are no points


# --- periods in the columns, what the value is of in the rows ------------------------


@pytest.mark.parametrize(
    ("label", "indicator"),
    [
        ("Ausfuhr", "trade.exports"),
        ("Exporte", "trade.exports"),
        ("Warenexport", "trade.exports"),
        ("Export nach China", "trade.exports"),
        ("Handelsumsatz", "trade.turnover"),
        ("Außenhandelsumsatz", "trade.turnover"),
    ],
)
def test_a_rows_label_names_its_indicator_each_column_its_year(label: str, indicator: str) -> None:
    text = (
        "Minsk, 5. März 2025 (Belstat) – Die Zahlen zum Handel mit China liegen vor.\n\n"
        f"| Merkmal (Mio. USD) | 2023 | 2024 |\n|---|---|---|\n| {label} | 1.652,3 | 1.736,5 |\n"
    )
    assert points(text) == [
        (indicator, "Belarus-China", "2023", 1652.3e6, "USD"),
        (indicator, "Belarus-China", "2024", 1736.5e6, "USD"),
    ]


def test_under_a_caption_of_the_turnover_an_export_row_is_exports_import_and_balance_none() -> None:
    text = (
        f"{HEAD}Warenumsatz von Belarus mit China 2022–2024, Mio. US-Dollar\n\n"
        "| Position | 2022 | 2023 | 2024 |\n|---|---|---|---|\n"
        "| Warenumsatz | 5.077,4 | 8.420,9 | 8.603,2 |\n"
        "| Ausfuhren | 1.810,2 | 1.652,3 | 1.736,5 |\n"
        "| Einfuhren | 3.267,2 | 6.768,6 | 6.866,7 |\n"
        "| Saldo | -1.457,0 | -5.116,3 | -5.130,2 |\n"
    )
    assert points(text) == [
        ("trade.exports", "Belarus-China", "2022", 1810.2e6, "USD"),
        ("trade.exports", "Belarus-China", "2023", 1652.3e6, "USD"),
        ("trade.exports", "Belarus-China", "2024", 1736.5e6, "USD"),
        ("trade.turnover", "Belarus-China", "2022", 5077.4e6, "USD"),
        ("trade.turnover", "Belarus-China", "2023", 8420.9e6, "USD"),
        ("trade.turnover", "Belarus-China", "2024", 8603.2e6, "USD"),
    ]


def test_a_change_column_right_of_the_years_is_the_last_years_growth() -> None:
    text = (
        f"{HEAD}Außenhandel mit China (Mio. US-Dollar)\n\n"
        "| Kennzahl | 2023 | 2024 | Veränderung, % |\n|---|---|---|---|\n"
        "| Export | 1.652,3 | 1.736,5 | +5,1 |\n| Import | 6.768,6 | 6.866,7 | +1,4 |\n"
    )
    assert points(text) == [
        ("trade.exports", "Belarus-China", "2023", 1652.3e6, "USD"),
        ("trade.exports", "Belarus-China", "2024", 5.1, "percent"),
        ("trade.exports", "Belarus-China", "2024", 1736.5e6, "USD"),
    ]


# --- periods in the rows, what the value is of in the columns ------------------------


def test_a_columns_header_names_its_indicator_each_row_its_period() -> None:
    text = (
        f"{HEAD}## Handel mit China nach Quartalen (Mio. US-Dollar)\n\n"
        "| Quartal | Export | Import | Saldo |\n|---|---|---|---|\n"
        "| I. Quartal 2024 | 402,0 | 1.610,5 | -1.208,5 |\n"
        "| II. Quartal 2024 | 455,1 | 1.702,3 | -1.247,2 |\n"
    )
    assert points(text) == [
        ("trade.exports", "Belarus-China", "2024-Q1", 402e6, "USD"),
        ("trade.exports", "Belarus-China", "2024-Q2", 455.1e6, "USD"),
    ]


def test_a_row_of_years_with_a_unit_in_its_first_cell_and_a_change_beside_it() -> None:
    text = (
        "Minsk, 5. März 2025 (Belstat) – Die Ausfuhren nach China stiegen.\n\n"
        "| Jahr | Ausfuhr, Mio. USD | Veränderung zum Vorjahr, % |\n|---|---|---|\n"
        "| 2023 | 1.652,3 | -8,7 |\n| 2024 | 1.736,5 | +5,1 |\n"
    )
    assert points(text) == [
        ("trade.exports", "Belarus-China", "2023", -8.7, "percent"),
        ("trade.exports", "Belarus-China", "2023", 1652.3e6, "USD"),
        ("trade.exports", "Belarus-China", "2024", 5.1, "percent"),
        ("trade.exports", "Belarus-China", "2024", 1736.5e6, "USD"),
    ]


# --- what is no point ---------------------------------------------------------------


def test_an_index_against_the_year_before_is_no_growth() -> None:
    # 108,2 "in % zum Vorjahr" is the level as a share of the year before's (growth 8,2 %):
    # the spec knows no index, and a growth of 108,2 % it is not
    text = (
        f"{HEAD}Warenumsatz der Gebiete mit China 2024\n\n"
        "| Gebiet | Mio. USD | in % zum Vorjahr |\n|---|---|---|\n"
        "| Gebiet Grodno | 176,2 | 108,2 |\n"
    )
    assert points(text) == [("trade.regional", "Grodno region", "2024", 176.2e6, "USD")]
    index = text.replace("in % zum Vorjahr", "2024 in % zu 2023")
    assert points(index) == [("trade.regional", "Grodno region", "2024", 176.2e6, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        # another country's trade by years
        "Außenhandel mit Russland (Mio. US-Dollar)\n\n| Kennzahl | 2023 | 2024 |\n|---|---|---|\n"
        "| Export | 24.100,0 | 25.200,5 |\n| Warenumsatz | 50.200,0 | 51.000,0 |\n",
        # a region's imports and balance with China
        "Außenhandel des Gebiets Brest mit China (Mio. US-Dollar)\n\n| Kennzahl | 2024 |\n"
        "|---|---|\n| Import | 320,5 |\n| Saldo | -110,3 |\n",
        # the share of China in the exports, by years
        "Anteil Chinas an den Ausfuhren von Belarus\n\n| Jahr | Anteil, % |\n|---|---|\n"
        "| 2023 | 4,1 |\n| 2024 | 4,3 |\n",
    ],
)
def test_tables_of_other_partners_imports_balances_and_shares_give_no_points(text: str) -> None:
    assert points(HEAD + text) == []


@pytest.mark.parametrize(
    "label", ["Außenhandel", "Warenhandel", "Handel insgesamt", "Umsatz", "Handelsvolumen"]
)
def test_a_rows_label_of_the_trade_as_a_whole_is_the_turnover(label: str) -> None:
    # no caption: the paragraph above the table names the partner
    text = (
        "Minsk, 5. März 2025 (Belstat) – Belarus und China handelten 2024 mehr.\n\n"
        f"Kennzahl | 2023 | 2024\n---|---|---\n{label}, Mio. USD | 8.420,9 | 8.603,2\n"
    )
    assert points(text) == [
        ("trade.turnover", "Belarus-China", "2023", 8420.9e6, "USD"),
        ("trade.turnover", "Belarus-China", "2024", 8603.2e6, "USD"),
    ]


@pytest.mark.parametrize(
    "label", ["Export von Waren und Dienstleistungen", "Ausfuhren nach China", "Warenausfuhr"]
)
def test_a_rows_label_of_the_exports_in_more_words(label: str) -> None:
    text = (
        f"{HEAD}Außenhandel von Belarus mit China, Mio. US-Dollar\n\n"
        f"| | 2024 |\n|---|---|\n| {label} | 1.736,5 |\n"
    )
    assert points(text) == [("trade.exports", "Belarus-China", "2024", 1736.5e6, "USD")]


def test_in_a_table_by_partner_country_only_chinas_row_is_exports_to_china() -> None:
    text = (
        f"{HEAD}Ausfuhr von Belarus nach wichtigen Partnerländern 2024, Mio. US-Dollar\n\n"
        "| Land | Export | Veränderung, % |\n|---|---|---|\n"
        "| Russland | 24.100,0 | +3,0 |\n| China | 1.736,5 | +5,1 |\n"
        "| Insgesamt | 41.800,0 | +2,0 |\n"
    )
    assert points(text) == [
        ("trade.exports", "Belarus-China", "2024", 5.1, "percent"),
        ("trade.exports", "Belarus-China", "2024", 1736.5e6, "USD"),
    ]
    # China's exports to its partners: none is Belarus's exports to China
    chinas = text.replace("Ausfuhr von Belarus nach", "Ausfuhr Chinas in").replace(
        "| China |", "| Belarus |"
    )
    assert points(chinas) == []


def test_a_web_pages_table_by_quarters_its_rows_what_the_values_are_of(tmp_path) -> None:
    page = tmp_path / "handel.html"
    page.write_text(
        "<html><head><title>Handel mit China</title>"
        '<meta property="article:published_time" content="2024-08-14"></head><body><article>'
        "<h1>Handel mit China</h1><p>Der Handel zwischen Belarus und China ist im ersten "
        "Halbjahr gewachsen, teilte das Statistikkomitee am Mittwoch mit.</p>"
        "<table><caption>Warenumsatz mit China (Mio. US-Dollar)</caption>"
        "<tr><th></th><th>I. Quartal 2024</th><th>II. Quartal 2024</th></tr>"
        "<tr><td>Warenumsatz</td><td>1.948,0</td><td>2.105,3</td></tr>"
        "<tr><td>Ausfuhr</td><td>402,1</td><td>455,0</td></tr>"
        "<tr><td>Einfuhr</td><td>1.545,9</td><td>1.650,3</td></tr></table>"
        "<p>Für das laufende Jahr erwartet das Ministerium ein weiteres Wachstum.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    series = bycn.load_series(bycn.read_corpus(tmp_path, cache=False))
    assert sorted((r.indicator, r.as_of, r.value) for r in series.itertuples()) == [
        ("trade.exports", "2024-Q1", 402.1e6),
        ("trade.exports", "2024-Q2", 455.0e6),
        ("trade.turnover", "2024-Q1", 1948.0e6),
        ("trade.turnover", "2024-Q2", 2105.3e6),
    ]


def test_a_regions_export_and_import_columns_only_the_exports_are_its_trade() -> None:
    text = (
        f"{HEAD}Außenhandel der Gebiete mit China 2024\n\n"
        "Gebiet | Export nach China, Mio. USD | Import aus China, Mio. USD | Saldo\n"
        "---|---|---|---\nGebiet Witebsk | 131,5 | 402,3 | -270,8 Mio. USD\n"
    )
    assert points(text) == [("trade.regional", "Vitebsk region", "2024", 131.5e6, "USD")]
