"""Tables in a text or a web page: the unit a caption or a column's header gives the bare
numbers below it, tables without outer bars, and a page's HTML tables (figures.md, "A
unit or scale given once"). The texts and pages are our own, in the style of Belstat
releases and ministry pages.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn
from bycn.text.tables import row_cells
from bycn.text.webpage import parse_webpage


def figures(text: str) -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.as_of) for r in frame.itertuples()]


RELEASE = "Minsk, 14. Februar 2024 (Belstat) – Der Handel mit Vietnam wuchs.\n\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the caption gives the unit
        (
            "Warenumsatz mit Vietnam nach Quartalen (Mio. US-Dollar):\n\n"
            "| Quartal | Warenumsatz |\n|---|---|\n| I. Quartal 2023 | 312,4 |\n"
            "| II. Quartal 2023 | 1.020 |\n",
            [
                ("312,4", 312.4e6, "USD", "2023-Q1"),
                ("1.020", 1020e6, "USD", "2023-Q2"),
            ],
        ),
        # a header cell gives it
        (
            "Warenumsatz mit Vietnam nach Quartalen\n\n"
            "| Quartal | Mio. USD |\n|---|---:|\n| Q1 2023 | 312,4 |\n| Q2 2023 | 298 |\n",
            [("312,4", 312.4e6, "USD", "2023-Q1"), ("298", 298e6, "USD", "2023-Q2")],
        ),
        # each column its own: a share is no amount because the caption names a currency
        (
            "Ausfuhren nach Vietnam (Mio. Euro)\n\n"
            "| Jahr | Ausfuhren | Anteil am Export, % | Veränderung in % |\n"
            "|---|---|---|---|\n| 2022 | 84,5 | 1,2 | -3,4 |\n| 2023 | 90,1 | 1,4 | +6,6 |\n",
            [
                ("84,5", 84.5e6, "EUR", "2022"),
                ("1,2", 1.2, "percent", "2022"),
                ("-3,4", -3.4, "percent", "2022"),
                ("90,1", 90.1e6, "EUR", "2023"),
                ("1,4", 1.4, "percent", "2023"),
                ("+6,6", 6.6, "percent", "2023"),
            ],
        ),
        # a column's bare scale takes the caption's currency
        (
            "Handel mit Vietnam (in US-Dollar)\n\n"
            "| Jahr | Export, Mio. | Import, Tsd. |\n|---|---|---|\n| 2023 | 41,5 | 880 |\n",
            [("41,5", 41.5e6, "USD", "2023"), ("880", 880e3, "USD", "2023")],
        ),
        # no outer bars: each row a sentence of its own, dated by its row
        (
            "Warenumsatz mit Vietnam nach Quartalen (Mio. Euro)\n\n"
            "Quartal | Umsatz\n---|---\nI. Quartal 2023 | 312,4\nII. Quartal 2023 | 298\n",
            [("312,4", 312.4e6, "EUR", "2023-Q1"), ("298", 298e6, "EUR", "2023-Q2")],
        ),
        (
            "Lieferungen nach Vietnam\n\n"
            "Ware | 2022 | 2023\n:--- | ---: | ---:\nMilch, Tsd. t | 12,5 | 14\n",
            [("12,5", 12.5e3, "t", "2022"), ("14", 14e3, "t", "2023")],
        ),
        # a header row shorter than the rows below: its last cell spans the rest
        (
            "Lieferungen nach Vietnam\n\n| Ware | Ausfuhren, Mio. USD |\n|---|---|\n"
            "| Holz 2023 | 12,0 | 14,3 | 9,1 |\n",
            [
                ("12,0", 12e6, "USD", "2023"),
                ("14,3", 14.3e6, "USD", "2023"),
                ("9,1", 9.1e6, "USD", "2023"),
            ],
        ),
        (
            "Lieferungen nach Vietnam\n\nWare | Ausfuhren, Mio. USD\n---|---\n"
            "Holz 2023 | 12,0 | 14,3\n",
            [("12,0", 12e6, "USD", "2023"), ("14,3", 14.3e6, "USD", "2023")],
        ),
    ],
)
def test_bare_numbers_in_a_table_take_the_unit_given_once(table: str, expected: list) -> None:
    assert figures(RELEASE + table) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a header that gives no unit: the numbers count nothing named
        "Partner nach Jahren\n\n| Jahr | Partner |\n|---|---|\n| 2022 | 14 |\n| 2023 | 17 |\n",
        # nor does a header shorter than its rows
        "Partner nach Jahren\n\n| Jahr | Partner |\n|---|---|\n| 2022 | 14 | 3 |\n",
        # a line with bars and no rule line is no table: "Handel | Wirtschaft" stays prose
        "Start | Wirtschaft | Sport\n\nIm Jahr 2023 wurden 12 neue Abkommen geschlossen.\n",
        # a rule line of dashes alone (a markdown rule) makes no table of the line above
        "Start | Wirtschaft\n---\nIm Jahr 2023 wurden 12 neue Abkommen geschlossen.\n",
    ],
)
def test_no_unit_is_given_where_none_is_written(text: str) -> None:
    found = figures(RELEASE + text)
    assert all(unit == "count" for _, _, unit, _ in found)
    assert [v for v, *_ in found if v.startswith("12")] in ([], ["12 neue Abkommen"])


def test_a_table_without_outer_bars_cuts_its_rows_into_sentences() -> None:
    text = RELEASE + "Quartal | Mio. USD\n---|---\nQ1 2023 | 41,2\nQ2 2023 | 40\n"
    sentences = bycn.parse_text(text).sentences["text"].tolist()
    assert sentences[-2:] == ["Q1 2023 | 41,2", "Q2 2023 | 40"]


PAGE = """<html><head><title>Außenhandel mit Vietnam</title>
<meta property="article:published_time" content="2024-02-14"></head><body><article>
<h1>Außenhandel mit Vietnam</h1>
<p>Der Warenumsatz zwischen Belarus und Vietnam ist im vergangenen Jahr gewachsen, teilte
das Statistikkomitee am Mittwoch in Minsk mit. Die Ausfuhren legten stärker zu.</p>
{table}
<p>Für das laufende Jahr erwartet das Ministerium ein weiteres Wachstum des Handels.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "<p>Warenumsatz nach Quartalen (Mio. US-Dollar):</p><table><thead><tr>"
            "<th>Quartal</th><th>Export</th><th>Import</th></tr></thead><tbody>"
            "<tr><td>I. Quartal 2023</td><td>51,3</td><td>120,8</td></tr>"
            "<tr><td>II. Quartal 2023</td><td>49,8</td><td>131,2</td></tr></tbody></table>",
            [
                ("51,3", 51.3e6, "USD", "2023-Q1"),
                ("120,8", 120.8e6, "USD", "2023-Q1"),
                ("49,8", 49.8e6, "USD", "2023-Q2"),
                ("131,2", 131.2e6, "USD", "2023-Q2"),
            ],
        ),
        # a <caption>, and header cells in a row's first column
        (
            "<table><caption>Ausfuhren nach Waren (Mio. Euro)</caption>"
            "<tr><th>Ware</th><th>2022</th><th>2023</th></tr>"
            "<tr><th>Kalidünger</th><td>41,2</td><td>55,8</td></tr></table>",
            [("41,2", 41.2e6, "EUR", "2022"), ("55,8", 55.8e6, "EUR", "2023")],
        ),
        # no header cells: the first row, of labels, is the header
        (
            "<table><tr><td>Jahr</td><td>Anteil am Export, %</td></tr>"
            "<tr><td>2023</td><td>2,5</td></tr></table>",
            [("2,5", 2.5, "percent", "2023")],
        ),
        # a header cell spanning two columns gives both its unit
        (
            "<table><tr><th>Ware</th><th colspan='2'>Export, Mio. USD</th></tr>"
            "<tr><td>Holz 2023</td><td>12,0</td><td>14,3</td></tr></table>",
            [("12,0", 12e6, "USD", "2023"), ("14,3", 14.3e6, "USD", "2023")],
        ),
        # a header of two rows: a cell spanning two columns over a year each
        (
            "<table><thead><tr><th rowspan='2'>Ware</th><th colspan='2'>Ausfuhren, Mio. USD"
            "</th></tr><tr><th>2022</th><th>2023</th></tr></thead><tbody>"
            "<tr><td>Holz</td><td>12,0</td><td>14,3</td></tr></tbody></table>",
            [("12,0", 12e6, "USD", "2022"), ("14,3", 14.3e6, "USD", "2023")],
        ),
    ],
)
def test_a_web_pages_tables_are_read(tmp_path, table: str, expected: list) -> None:
    page = tmp_path / "vietnam.html"
    page.write_text(PAGE.format(table=table), encoding="utf-8")
    frame = bycn.read_corpus(tmp_path, cache=False).figures
    assert [(r.text, r.value, r.unit, r.as_of) for r in frame.itertuples()] == expected


def test_a_web_pages_table_stays_one_block_under_its_caption() -> None:
    table = (
        "<table><caption>Umsatz (Mio. USD)</caption><tr><th>Jahr</th><th>Umsatz</th></tr>"
        "<tr><td>2023</td><td>5,1</td></tr></table>"
    )
    text = parse_webpage(PAGE.format(table=table), "vietnam.html").text
    assert "Umsatz (Mio. USD)\n\n| Jahr | Umsatz |\n|---|---|\n| 2023 | 5,1 |\n\n" in text


def test_a_page_laid_out_by_a_table_keeps_its_sentences(tmp_path) -> None:
    """An old site's layout table holds the article's paragraphs: they stay prose."""
    page = tmp_path / "alt.html"
    page.write_text(
        "<html><head><title>Partner in China</title></head><body><table><tr>"
        "<td><a href='/'>Start</a></td><td><h1>Partner in China</h1>"
        "<p>Die Akademie hat im vergangenen Jahr 18 Abkommen mit chinesischen Instituten "
        "geschlossen. Derzeit arbeiten dort 240 Forscher aus der Volksrepublik.</p>"
        "<p>Im Jahr 2023 kamen 35 Doktoranden hinzu, teilte der Prorektor mit.</p>"
        "</td></tr></table></body></html>",
        encoding="utf-8",
    )
    corpus = bycn.read_corpus(tmp_path, cache=False)
    assert not any("|" in s for s in corpus.sentences["text"])
    assert corpus.figures["text"].tolist() == [
        "18 Abkommen",
        "240 Forscher",
        "35 Doktoranden",
    ]


def test_a_cells_own_noun_comes_before_its_columns_unit() -> None:
    text = RELEASE + "| Jahr | Anteil, % |\n|---|---|\n| 2022 | 12 Firmen |\n| 2023 | 14 |\n"
    assert figures(text) == [("12 Firmen", 12.0, "count", "2022"), ("14", 14.0, "percent", "2023")]


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("| Ware | 2022 | 2023 |", [" Ware ", " 2022 ", " 2023 "]),
        ("  | Ware | 2022 |  ", [" Ware ", " 2022 "]),
        ("Ware | 2022 | 2023", ["Ware ", " 2022 ", " 2023"]),
        ("| | 2022 | |", [" ", " 2022 ", " "]),  # empty cells inside the bars are cells
        ("||", [""]),
        ("|", [""]),
        ("Ware | 2022 |", ["Ware ", " 2022 "]),
    ],
)
def test_a_rows_cells_are_the_text_between_its_bars(row: str, cells: list[str]) -> None:
    assert row_cells(row) == cells
    assert row_cells(row, strip=True) == [c.strip() for c in cells]


# --- what a value in a table is of: its caption, row label and column header ------------

GOODS = (
    "Ausfuhr nach China nach Warengruppen:\n\n"
    "| Warengruppe | Januar–September 2023, Mio. US-Dollar |\n|---|---|\n"
    "| Lebensmittel und Agrarrohstoffe | 512,6 |\n| Kalidünger | 498,2 |\n"
    "| Holz und Holzwaren | 120,9 |\n"
)


def test_a_cells_sentence_is_its_row_read_with_caption_and_headers() -> None:
    sentences = bycn.parse_text(RELEASE + GOODS).figures["sentence"].tolist()
    assert sentences == [
        "Ausfuhr nach China nach Warengruppen – Warengruppe Lebensmittel und Agrarrohstoffe – "
        "Januar–September 2023 – Mio. US-Dollar – 512,6",
        "Ausfuhr nach China nach Warengruppen – Warengruppe Kalidünger – Januar–September 2023 – "
        "Mio. US-Dollar – 498,2",
        "Ausfuhr nach China nach Warengruppen – Warengruppe Holz und Holzwaren – "
        "Januar–September 2023 – Mio. US-Dollar – 120,9",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each value its own column's header: the import is no export; a flow of trade
        # other than the caption's is what the value is of, the caption a clause apart
        (
            "## Handel mit China (Mio. US-Dollar)\n\n| Jahr | Export | Import |\n|---|---|---|\n"
            "| 2023 | 41,5 | 880 |\n",
            [
                "Handel mit China (Mio. US-Dollar): Jahr 2023 – Export – 41,5",
                "Handel mit China (Mio. US-Dollar): Jahr 2023 – Import – 880",
            ],
        ),
        # no caption: a line of prose above the table (it ends in a full stop) is none
        (
            "Die Zahlen legte das Komitee am Mittwoch vor.\n\nQuartal | Mio. USD\n---|---\n"
            "Q1 2023 | 41,2\n",
            ["Quartal Q1 2023 – Mio. USD – 41,2"],
        ),
    ],
)
def test_the_reading_of_a_row(text: str, expected: list[str]) -> None:
    assert bycn.parse_text(RELEASE + text).figures["sentence"].tolist() == expected


def test_a_value_in_a_prose_sentence_keeps_its_sentence() -> None:
    text = RELEASE + "Die Ausfuhren nach China stiegen auf 41,2 Mio. US-Dollar.\n"
    assert bycn.parse_text(text).figures["sentence"].tolist() == [
        "Die Ausfuhren nach China stiegen auf 41,2 Mio. US-Dollar."
    ]


_points = points_of("indicator entity as_of value", date="2023-11-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the row of food is food exports; potash and wood, in the rows below it, are not
        (GOODS, [("trade.food_exports", "Belarus-China", "2023-01/2023-09", 512.6e6)]),
        # a quarterly table of the trade with China, the unit in its caption
        (
            "Warenumsatz mit China nach Quartalen (Mio. US-Dollar):\n\n"
            "| Quartal | Warenumsatz |\n|---|---|\n| I. Quartal 2023 | 1.731 |\n"
            "| II. Quartal 2023 | 1.902 |\n",
            [
                ("trade.turnover", "Belarus-China", "2023-Q1", 1731e6),
                ("trade.turnover", "Belarus-China", "2023-Q2", 1902e6),
            ],
        ),
        # the trade by years, the caption a heading, the column header the turnover
        (
            "## Außenhandel mit China\n\nJahr | Außenhandelsumsatz, Mio. USD\n---|---\n"
            "2021 | 4.210\n2022 | 5.080\n",
            [
                ("trade.turnover", "Belarus-China", "2021", 4210e6),
                ("trade.turnover", "Belarus-China", "2022", 5080e6),
            ],
        ),
        # exports by regions: each region's, with China the partner in the caption
        (
            "Ausfuhren nach China nach Regionen (Mio. US-Dollar):\n\n| Region | 2022 |\n"
            "|---|---|\n| Gebiet Brest | 120,5 |\n| Gebiet Gomel | 98,1 |\n",
            [
                ("trade.regional", "Brest region", "2022", 120.5e6),
                ("trade.regional", "Gomel region", "2022", 98.1e6),
            ],
        ),
    ],
)
def test_a_tables_values_are_points_of_what_caption_and_headers_say(
    text: str, expected: list
) -> None:
    assert _points(RELEASE + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # imports of food from China are no food exports
        "Einfuhr aus China nach Warengruppen:\n\n| Warengruppe | 2023, Mio. US-Dollar |\n"
        "|---|---|\n| Lebensmittel | 88,1 |\n| Maschinen | 1.201 |\n",
        # another partner's trade by quarters
        "Warenumsatz mit Vietnam nach Quartalen (Mio. US-Dollar):\n\n"
        "| Quartal | Warenumsatz |\n|---|---|\n| I. Quartal 2023 | 31,2 |\n",
        # a breakdown of the exports by goods: each row a part, none the total
        "Die belarussischen Exporte nach China nach Waren\n\n| Ware | 2023, Mio. USD |\n"
        "|---|---|\n| Rindfleisch | 98,2 |\n| Zellstoff | 120,9 |\n",
        "Ausfuhr nach China 2023 (Mio. US-Dollar)\n\n| Produkt | Wert |\n|---|---|\n"
        "| Rapsöl | 12,4 |\n| Flachs | 3,1 |\n",
        # a table of shares by goods: no caption, nothing said of China or of trade
        "| Ware | Anteil, % |\n|---|---|\n| Lebensmittel | 12,5 |\n",
    ],
)
def test_a_tables_values_of_nothing_the_catalog_knows_are_no_points(text: str) -> None:
    assert _points(RELEASE + text) == []


def test_a_change_beside_a_level_is_of_the_levels_period() -> None:
    text = RELEASE + (
        "Ausfuhr nach China nach Warengruppen:\n\n"
        "| Warengruppe | Januar–Juni 2023, Mio. US-Dollar "
        "| Veränderung zum Vorjahreszeitraum, % |\n"
        "|---|---|---|\n| Milch | 120,5 | +12,4 |\n\n"
        "| Ware | 2021 | 2022 | Veränderung, % |\n|---|---|---|---|\n"
        "| Holz, Mio. USD | 12,5 | 14 | +12 |\n"
    )
    assert figures(text) == [
        ("120,5", 120.5e6, "USD", "2023-01/2023-06"),
        ("+12,4", 12.4, "percent", "2023-01/2023-06"),
        ("12,5", 12.5e6, "USD", "2021"),
        ("14", 14e6, "USD", "2022"),
        ("+12", 12.0, "percent", "2022"),
    ]


def test_a_change_with_no_dated_column_left_of_it_takes_no_date_from_the_table() -> None:
    text = RELEASE + "| Ware | Veränderung, % |\n|---|---|\n| Holz | +12 |\n"
    assert figures(text) == [("+12", 12.0, "percent", "")]
