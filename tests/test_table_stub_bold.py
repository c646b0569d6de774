"""Table shapes of round 22 (figures.md: a unit given once for a table; indicators.md: the
total row): a unit named in the stub head (the header row's first cell, over the rows'
labels) for columns of years; a row or cell set in Markdown bold or italics; a caption that
is the last sentence of a line of prose. Tables of our own, in the style of Belstat releases
and of a blog post.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.text.tables import row_cells, stub_unit

points = points_of("indicator entity as_of value unit", date="2026-02-20", digits=1)


def _years(stub: str) -> str:
    return (
        "Minsk, 20. Februar 2026 (BelTA) – Belstat legte die Zahlen zum Handel mit China vor.\n\n"
        "Handel der Republik Belarus mit China\n\n"
        f"| {stub} | 2023 | 2024 | 2025 in % zu 2024 |\n|---|---|---|---|\n"
        "| Warenumsatz | 8.440,2 | 8.510,7 | 104,6 |\n"
    )


@pytest.mark.parametrize(
    ("stub", "factor", "unit"),
    [
        ("Kennzahl, Mio. US-Dollar", 1e6, "USD"),
        ("Kennzahl (Mio. USD)", 1e6, "USD"),
        ("Mio. US-Dollar", 1e6, "USD"),
        ("in Mrd. Dollar", 1e9, "USD"),
        ("Indikator, Mio. Euro", 1e6, "EUR"),
        ("Angaben in Mio. USD", 1e6, "USD"),
    ],
)
def test_a_unit_in_the_stub_head_is_the_unit_of_the_columns_of_years(
    stub: str, factor: float, unit: str
) -> None:
    found = points(_years(stub))
    turnover = [p for p in found if p[0] == "trade.turnover" and p[4] == unit]
    assert [(p[2], p[3]) for p in turnover] == [
        ("2023", pytest.approx(8440.2 * factor)),
        ("2024", pytest.approx(8510.7 * factor)),
    ]


def test_the_index_column_keeps_its_own_unit_and_is_no_amount() -> None:
    found = points(_years("Kennzahl, Mio. US-Dollar"))
    assert not [p for p in found if p[3] in (104.6, 104.6e6) and p[4] != "percent"]


def test_a_stub_head_without_a_unit_gives_none() -> None:
    assert not [p for p in points(_years("Kennzahl")) if p[4] == "USD"]


def test_the_stub_heads_unit_is_not_that_of_a_column_with_a_noun_of_its_own() -> None:
    text = "| Kennzahl, Mio. USD | 2024 | Rang |\n|---|---|---|\n| Export | 1,8 | 3 |\n"
    row = text.index("| Export")
    assert stub_unit(text, row, text.index("1,8")).unit == "USD"
    assert stub_unit(text, row, text.index("3 |")) is None
    text = "| Land, Mio. USD | Januar–Juni 2025 | Anteil |\n|---|---|---|\n| China | 1,8 | 3 |\n"
    row = text.index("| China")
    assert stub_unit(text, row, text.index("1,8")).factor == 1e6
    assert stub_unit(text, row, text.index("3 |")) is None
    assert stub_unit(text, row, text.index("China")) is None  # the label itself


@pytest.mark.parametrize(
    ("cell", "plain"),
    [
        ("**Insgesamt**", "Insgesamt"),
        ("__Insgesamt__", "Insgesamt"),
        ("*Insgesamt*", "Insgesamt"),
        ("_Insgesamt_", "Insgesamt"),
        ("**+12,3**", "+12,3"),
        ("**Belarus insgesamt**", "Belarus insgesamt"),
        # not emphasis: unpaired, or a bare marker
        ("**Insgesamt*", "**Insgesamt*"),
        ("*", "*"),
        ("Gebiet_Brest", "Gebiet_Brest"),
    ],
)
def test_markdown_emphasis_around_a_cell_is_not_part_of_it(cell: str, plain: str) -> None:
    assert row_cells(f"| {cell} | 1 |", strip=True) == [plain, "1"]


def _regions(mark: str, lead: str = "Hier die Exporte nach China nach Gebieten:") -> str:
    m = mark
    return (
        "Minsk, 2. März 2026 – Belstat hat die Regionalzahlen für 2025 veröffentlicht.\n\n"
        f"{lead}\n\n"
        "| Gebiet | Export nach China 2025, Mio. USD | Veränderung zu 2024, % |\n|---|---|---|\n"
        "| Gebiet Brest | 212,4 | +9,1 |\n"
        "| Gebiet Gomel | 305,8 | -3,2 |\n"
        f"| {m}Belarus insgesamt{m} | {m}2.099,8{m} | {m}-12,3{m} |\n"
    )


@pytest.mark.parametrize("mark", ["", "**", "__", "*", "_"])
def test_a_total_row_in_bold_or_italics_is_read_as_a_plain_one(mark: str) -> None:
    found = points(_regions(mark), "2026-03-02")
    exports = [p for p in found if p[0] == "trade.exports"]
    assert exports == [
        ("trade.exports", "Belarus-China", "2025", -12.3, "percent"),
        ("trade.exports", "Belarus-China", "2025", 2099.8e6, "USD"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Ich habe mir die Regionalzahlen angesehen. Hier die Exporte nach China nach Gebieten:",
        "Die Zahlen sind da! Exporte nach China nach Gebieten, Mio. USD:",
        "Spannend ist der Vergleich. Die Ausfuhr nach China nach Regionen im Überblick:",
    ],
)
def test_a_caption_is_the_last_sentence_of_a_line_of_prose(lead: str) -> None:
    found = points(_regions("**", lead), "2026-03-02")
    assert ("trade.exports", "Belarus-China", "2025", 2099.8e6, "USD") in found
    assert ("trade.regional", "Brest region", "2025", 212.4e6, "USD") in found


def test_a_caption_line_split_at_no_abbreviation_or_number() -> None:
    from bycn.text.tables import Tables

    text = "Export nach China, Jan. Mai 2025, in Mio. USD:\n| A |\n"
    caption = Tables(text, [0, text.index("| A")]).caption(2)
    assert caption == "Export nach China, Jan. Mai 2025, in Mio. USD"


def _titled(between: str, row: str = "| Export | 1.832,5 | 1.869,9 |") -> str:
    return (
        "20. Februar 2026\n\n# Außenhandel der Republik Belarus mit China\n\n"
        f"{between}"
        "| Kennzahl, Mio. US-Dollar | 2023 | 2024 |\n|---|---|---|\n"
        f"{row}\n"
    )


@pytest.mark.parametrize(
    "between",
    [
        "",
        "Nationales Statistikkomitee (Belstat), vorläufige Angaben.\n\n",
        "Quelle: Belstat.\n\n",
        "Stand: 1. Februar 2026, Daten des Zollkomitees.\n\n",
        "Angaben: vorläufig.\n",
        "Quellen: Belstat, eigene Berechnungen.\n\n",
    ],
)
def test_a_table_that_opens_the_text_under_its_title_takes_the_title_as_its_caption(
    between: str,
) -> None:
    found = [p for p in points(_titled(between)) if p[0] == "trade.exports"]
    assert found == [
        ("trade.exports", "Belarus-China", "2023", 1832.5e6, "USD"),
        ("trade.exports", "Belarus-China", "2024", 1869.9e6, "USD"),
    ]


@pytest.mark.parametrize(
    "between",
    [
        # prose between the title and the table: its own sentence, no note
        "Die Ausfuhr nach Russland stieg.\n\n",
        "MINSK, 20. Februar (BelTA) – Belstat legte Zahlen zu Russland vor.\n\n",
        "Belstat legte vorläufige Angaben zu Russland vor.\n\n",
        "Die Zahlen zu Russland folgen, sagte der Leiter des Komitees.\n\n",
    ],
)
def test_the_title_is_no_caption_of_a_table_after_prose(between: str) -> None:
    assert not [p for p in points(_titled(between)) if p[0] == "trade.exports"]


@pytest.mark.parametrize(
    "head",
    ["I. Quartal 2025", "1. Hj. 2025", "Q3 2025", "H1 2025", "Jan.–Sept. 2025", "2. Halbjahr"],
)
def test_a_column_headed_by_a_period_of_a_year_takes_the_stub_heads_unit(head: str) -> None:
    # the words of a period within a year are bycn.text.yearparts.PERIOD_OF_YEAR's
    text = f"| Kennzahl, Mio. USD | {head} | Rang |\n|---|---|---|\n| Export | 1,8 | 3 |\n"
    row = text.index("| Export")
    assert stub_unit(text, row, text.index("1,8")).unit == "USD"
    assert stub_unit(text, row, text.index("3 |")) is None
