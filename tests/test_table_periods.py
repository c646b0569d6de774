"""Tables that name their periods without a year, and lists of bullets (indicators.md: trade
points of a table, a period of a statistic; figures.md: ordinals of a period are no figures).

A statistics table often says its year once, in its caption, and names its columns or rows by
month, quarter or half year alone: each cell is its own period, in the caption's year (the
cumulative column the months together, ``Gesamtjahr`` the year). The ordinal of a row label
(``1. Quartal 2025``, ``2. Halbjahr``) is no figure. The total row of a table by regions is
the country's, no region's. Each item of a bullet list is a statement of its own: it takes no
date from the item before. The texts are our own, in the style of Belstat, GTK and MOFCOM
releases and of an embassy's year-end review.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn
from bycn.text.tabledates import in_year

points = points_of("indicator entity as_of value unit", date="2026-04-15", digits=3)


def figures(text: str, date: str = "2026-04-15") -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text, doc="news", meta={"date": date}).figures
    return [(r.text, round(r.value, 3), r.unit, r.as_of) for r in frame.itertuples()]


HEAD = (
    "Minsk, 15. April 2026 (GTK) – Das Zollkomitee legte die Zahlen zum Handel mit China vor.\n\n"
)


# --- months, quarters and half years as columns, the year in the caption ----------------


@pytest.mark.parametrize(
    ("caption", "heads", "periods"),
    [
        (  # the miss's shape: months and the quarter cumulated
            "Außenhandel der Republik Belarus mit China im I. Quartal 2026 (Mio. US-Dollar)",
            "| Kennzahl | Januar | Februar | März | Januar–März |",
            ["2026-01", "2026-02", "2026-03", "2026-01/2026-03"],
        ),
        (  # months abbreviated, the cumulative column with a hyphen
            "Export nach China 2025, Mio. US-Dollar",
            "| Kennzahl | Jan. | Feb. | März | Jan.-März |",
            ["2025-01", "2025-02", "2025-03", "2025-01/2025-03"],
        ),
        (  # columns cumulated month by month
            "Warenverkehr mit China im Jahr 2025 (Mio. USD)",
            "| Kennzahl | Januar | Januar–Februar | Januar–März | Januar–April |",
            ["2025-01", "2025-01/2025-02", "2025-01/2025-03", "2025-01/2025-04"],
        ),
        (  # quarters as columns, in words and as Q
            "Ausfuhren nach China 2025 (Mio. US-Dollar)",
            "| Kennzahl | I. Quartal | II. Quartal | Q3 | 4. Quartal |",
            ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"],
        ),
        (  # half years and the whole year as columns, the caption's year a period of it
            "Handel mit China, Januar–Dezember 2025, in Mio. US-Dollar:",
            "| Kennzahl | 1. Halbjahr | 2. Halbjahr | 2. Jahreshälfte | Gesamtjahr |",
            ["2025-H1", "2025-H2", "2025-H2", "2025"],
        ),
    ],
)
def test_a_column_of_a_month_quarter_or_half_year_is_that_period_of_the_captions_year(
    caption: str, heads: str, periods: list[str]
) -> None:
    row = "| Export | 198,4 | 211,7 | 243,0 | 653,1 |"
    text = f"{HEAD}{caption}\n\n{heads}\n|---|---|---|---|---|\n{row}\n"
    found = {figure: as_of for figure, _, _, as_of in figures(text)}
    assert found == dict(zip(("198,4", "211,7", "243,0", "653,1"), periods, strict=True))


def test_a_column_of_the_months_gives_export_points_each_of_its_month() -> None:
    text = (
        f"{HEAD}Tabelle: Außenhandel der Republik Belarus mit China im I. Quartal 2026 "
        "(Mio. US-Dollar)\n\n| Kennzahl | Januar | Februar | März | Januar–März |\n"
        "|---|---|---|---|---|\n| Export | 198,4 | 211,7 | 243,0 | 653,1 |\n"
        "| Import | 412,6 | 398,2 | 455,9 | 1.266,7 |\n"
    )
    assert points(text) == [
        ("trade.exports", "Belarus-China", "2026-01", 198.4e6, "USD"),
        ("trade.exports", "Belarus-China", "2026-01/2026-03", 653.1e6, "USD"),
        ("trade.exports", "Belarus-China", "2026-02", 211.7e6, "USD"),
        ("trade.exports", "Belarus-China", "2026-03", 243.0e6, "USD"),
    ]  # imports are no point


def test_a_cell_of_its_own_year_or_no_period_keeps_its_reading() -> None:
    # a column of its own year is its own, whatever the caption's
    text = (
        f"{HEAD}Export nach China 2026 (Mio. US-Dollar)\n\n| Kennzahl | Januar 2025 | Januar |\n"
        "|---|---|---|\n| Export | 180,2 | 198,4 |\n"
    )
    found = {t: as_of for t, _, _, as_of in figures(text)}
    assert found == {"180,2": "2025-01", "198,4": "2026-01"}
    # a column that names no period: the caption's period, as before
    text = (
        f"{HEAD}Handel mit China im I. Quartal 2026 (Mio. US-Dollar)\n\n| Kennzahl | Wert |\n"
        "|---|---|\n| Export | 653,1 |\n"
    )
    assert [f[3] for f in figures(text)] == ["2026-Q1"]
    # the cells alone
    assert in_year("Export", "2026") == in_year("Januar", "2025/2026") == ""
    assert in_year("Q1–Q3", "2025") == in_year("H1", "2025") == ""  # not the whole cell


# --- half years and quarters as rows ------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "periods"),
    [
        (  # the miss's shape
            ("1. Halbjahr", "2. Halbjahr", "Gesamtjahr"),
            ("2025-H1", "2025-H2", "2025"),
        ),
        (("I. Quartal", "II. Quartal", "Januar–Juni"), ("2025-Q1", "2025-Q2", "2025-01/2025-06")),
        (("1. Quartal", "2. Quartal", "3. Quartal"), ("2025-Q1", "2025-Q2", "2025-Q3")),
        (("Januar", "Februar", "Januar–Februar"), ("2025-01", "2025-02", "2025-01/2025-02")),
        (
            ("2. Jahreshälfte", "Juli–September", "Dezember"),
            ("2025-H2", "2025-07/2025-09", "2025-12"),
        ),
    ],
)
def test_a_row_of_a_period_without_a_year_is_that_period_of_the_captions_year(
    labels: tuple[str, ...], periods: tuple[str, ...]
) -> None:
    rows = "".join(f"| {label} | {4 + i},0 | {1 + i},2 |\n" for i, label in enumerate(labels))
    text = (
        "2026-01-21\n\nHandelsministerium der Volksrepublik China: Erklärung\n\n"
        "Handel zwischen China und Belarus 2025 (Milliarden US-Dollar)\n\n"
        "| Zeitraum | Handelsvolumen | Importe Chinas aus Belarus |\n|---|---|---|\n" + rows
    )
    assert points(text, "2026-01-21") == sorted(
        [
            *(
                ("trade.turnover", "Belarus-China", p, (4 + i) * 1e9, "USD")
                for i, p in enumerate(periods)
            ),
            *(
                ("trade.exports", "Belarus-China", p, (1.2 + i) * 1e9, "USD")
                for i, p in enumerate(periods)
            ),
        ]
    )  # no ordinal of a label ("1. Halbjahr") is a figure; each cell scaled by the caption


@pytest.mark.parametrize(
    "label",
    ["1. Quartal 2025", "2. Halbjahr", "1.–3. Quartal 2025", "2. Hj. 2025", "1. Jahreshälfte"],
)
def test_the_ordinal_of_a_quarter_or_half_year_is_no_figure(label: str) -> None:
    text = (
        f"{HEAD}Warenverkehr mit China nach Quartalen (Mio. US-Dollar)\n\n"
        f"| Zeitraum | Umsatz |\n|---|---|\n| {label} | 2.048,3 |\n"
    )
    assert [f[:3] for f in figures(text)] == [("2.048,3", 2048.3e6, "USD")]
    # ... in prose neither; a rank or an ordinal of another noun keeps its reading
    prose = figures(f"{HEAD}Im {label} stieg der Export um 5 Prozent. Brest belegte den 3. Platz.")
    assert [f[:3] for f in prose] == [("5 Prozent", 5.0, "percent"), ("3. Platz", 3.0, "rank")]


def test_a_caption_scales_the_cells_under_a_header_row_written_in_words() -> None:
    text = (
        f"{HEAD}Handel zwischen China und Belarus 2025 (Milliarden US-Dollar)\n\n"
        "| Zeitraum | Exporte Chinas nach Belarus | Importe Chinas aus Belarus |\n|---|---|---|\n"
        "| Gesamtjahr | 5,8 | 2,6 |\n"
    )
    assert [f[:3] for f in figures(text)] == [("5,8", 5.8e9, "USD"), ("2,6", 2.6e9, "USD")]
    # a caption's unit over prose (no table under it) scales nothing
    prose = f"{HEAD}Die Zahlen (Milliarden US-Dollar)\n\nDie Exporte nach China stiegen auf 2,6.\n"
    assert [f[2] for f in figures(prose)] == []


# --- the total of a table by regions ------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "first", "total"),
    [
        ("Tabelle 1. Export von Waren nach China nach Regionen", "Region", "Insgesamt"),
        ("Export nach China nach Gebieten und der Stadt Minsk", "Gebiet", "Gesamt"),
        ("Ausfuhren nach China, Januar–Juni 2025", "Region", "Summe"),
        ("Export nach China", "Gebiet", "Exporte insgesamt"),
        (
            "Export von Waren nach China nach ausgewählten Regionen",
            "Verwaltungseinheit",
            "Insgesamt",
        ),
    ],
)
def test_the_total_row_of_a_table_by_regions_is_the_countrys_exports(
    caption: str, first: str, total: str
) -> None:
    text = (
        "---\ntitle: Export nach China nach Regionen\ndate: 2025-08-15\n---\n\n"
        "Im ersten Halbjahr 2025 steigerten fast alle Regionen ihre Lieferungen. Der größte "
        "Anteil entfiel auf das Gebiet Minsk, gefolgt von der Hauptstadt.\n\n"
        f"{caption}\n\n| {first} | Januar–Juni 2025, Mio. US-Dollar "
        "| Veränderung zu Januar–Juni 2024, % |\n"
        "|---|---|---|\n| Gebiet Brest | 168,2 | +12,4 |\n| Stadt Minsk | 212,3 | +19,8 |\n"
        f"| {total} | 1.230,0 | +16,9 |\n"
    )
    found = points(text, "2025-08-15")
    assert ("trade.exports", "Belarus-China", "2025-01/2025-06", 1230e6, "USD") in found
    assert ("trade.exports", "Belarus-China", "2025-01/2025-06", 16.9, "percent") in found
    assert ("trade.regional", "Minsk", "2025-01/2025-06", 212.3e6, "USD") in found
    assert not [p for p in found if p[1] == "Minsk" and p[3] in (1230e6, 16.9)]


def test_a_total_by_goods_or_by_partner_country_is_not_read_as_the_regions() -> None:
    goods = (
        f"{HEAD}Export nach China nach Warengruppen 2025 (Mio. US-Dollar)\n\n"
        "| Warengruppe | Wert |\n|---|---|\n| Kalidünger | 612,0 |\n| Insgesamt | 2.600,0 |\n"
    )
    assert points(goods) == [("trade.exports", "Belarus-China", "2025", 2600e6, "USD")]
    partners = (
        f"{HEAD}Export nach Ländern 2025 (Mio. US-Dollar)\n\n"
        "| Land | Wert |\n|---|---|\n| Russland | 24.000,0 |\n| Insgesamt | 41.000,0 |\n"
    )
    assert points(partners) == []


# --- bullet lists ---------------------------------------------------------------------------


REVIEW = (
    "2026-01-08\n\nBotschaft der Volksrepublik China in der Republik Belarus\n\n"
    "Zum Jahresbeginn zieht die Botschaft Bilanz. Die wichtigsten Ergebnisse in Zahlen:\n\n"
    "{m} Handel: In den ersten elf Monaten 2025 erreichte der bilaterale Warenumsatz 7,7 "
    "Milliarden US-Dollar (+5,3 %).\n"
    "{m} Industriepark „Großer Stein“: 158 Residenten, davon 56 mit chinesischem Kapital.\n"
)


@pytest.mark.parametrize("marker", ["-", "*", "•"])
def test_each_item_of_a_bullet_list_is_a_statement_of_its_own(marker: str) -> None:
    found = points(REVIEW.format(m=marker), "2026-01-08")
    # the residents take no date from the item before: the review's own month
    assert ("park.residents", "Great Stone", "2026-01", 158.0, "count") in found
    assert ("trade.turnover", "Belarus-China", "2025-01/2025-11", 7.7e9, "USD") in found
    sentences = bycn.parse_text(REVIEW.format(m=marker), doc="news").sentences.text.tolist()
    assert any(s.startswith(f"{marker} Industriepark") for s in sentences)


def test_items_without_a_full_stop_and_a_dash_in_a_hard_wrapped_sentence() -> None:
    # items with no end mark are items all the same
    items = "Bilanz 2025:\n\n- 158 Residenten\n- 56 davon mit chinesischem Kapital\n"
    sentences = bycn.parse_text(items, doc="news").sentences.text.tolist()
    assert sentences[-2:] == ["- 158 Residenten", "- 56 davon mit chinesischem Kapital"]
    # a dash that opens a line cut mid-sentence goes on with that sentence
    for gap in ("\n", "\n\n"):  # a blank line between or not: double-spaced
        wrapped = (
            f"Im Jahr 2025 stieg der Export nach China{gap}- so das Ministerium -{gap}um 12 %.\n"
        )
        sentences = bycn.parse_text(wrapped, doc="news").sentences.text.tolist()
        assert sentences == [" ".join(wrapped.split())]
