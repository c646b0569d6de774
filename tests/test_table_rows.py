"""What a row of a statistics table is a value of (indicators.md: regions, the total, a change
column; figures.md: a unit given once, in a caption). A row's label names its entity (``Gebiet
Brest``, ``Stadt Minsk``); a total row (``Insgesamt``, ``Exporte insgesamt``) is what the
table breaks down; a share column is no point; a table of other countries' trade gives no
Belarus-China point. The tables are our own, in the style of Belstat releases.
"""

from __future__ import annotations

from tests.conftest import points_of

import bycn
from bycn.text.tables import Tables

points = points_of("indicator entity value unit", date="2024-05-10", digits=3)


def reading(text: str, value: str) -> str:
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    offset = text.index(value)
    line = max(i for i, start in enumerate(starts) if start <= offset) + 1
    return Tables(text, starts).reading(line, offset)


REGIONS = (
    "Minsk, 10. Mai 2024 (Belstat) – Die Regionen legten im Handel zu.\n\n"
    "Warenumsatz der Regionen von Belarus mit China im Jahr 2023, Mio. US-Dollar\n\n"
    "| Region | Umsatz | Veränderung, % | Anteil, % |\n|---|---|---|---|\n"
    "| Gebiet Brest | 512,4 | +12,1 | 7,0 |\n"
    "| Gebiet Gomel | 733,0 | -3,4 | 10,0 |\n"
    "| Stadt Minsk | 3.920,5 | +20,3 | 53,5 |\n"
    "| Insgesamt | 7.329,1 | +15,0 | 100 |\n"
)


def test_a_row_label_names_the_region_and_the_total_row_is_the_countrys() -> None:
    assert points(REGIONS) == sorted(
        [
            ("trade.regional", "Brest region", 512.4e6, "USD"),
            ("trade.regional", "Brest region", 12.1, "percent"),
            ("trade.regional", "Gomel region", 733.0e6, "USD"),
            ("trade.regional", "Gomel region", -3.4, "percent"),
            ("trade.regional", "Minsk", 3920.5e6, "USD"),
            ("trade.regional", "Minsk", 20.3, "percent"),
            # the total of the regions: the two countries' trade, and its change
            ("trade.turnover", "Belarus-China", 7329.1e6, "USD"),
            ("trade.turnover", "Belarus-China", 15.0, "percent"),
        ]
    )  # no share ("Anteil, %") is a point


def test_a_caption_that_ends_in_its_unit_after_a_comma_gives_the_rows_their_unit() -> None:
    frame = bycn.parse_text(REGIONS).figures
    found = {r.text: (r.value, r.unit) for r in frame.itertuples()}
    assert found["512,4"] == (512.4e6, "USD")
    assert found["7,0"] == (7.0, "percent")  # its own column's unit
    # a comma and a unit in prose, with no table under it, gives none
    prose = "Der Umsatz wuchs kräftig, Mio. US-Dollar\nDie Zahlen: 12,5 und 13\n"
    assert [r.unit for r in bycn.parse_text(prose).figures.itertuples()] == []


def test_the_paragraph_that_introduces_a_table_says_whose_trade_its_rows_are() -> None:
    text = (
        "Minsk, 10. Mai 2024 (Belstat) – Das Statistikamt hat die Zahlen zum Handel der "
        "Gebiete mit der Volksrepublik China im ersten Quartal 2024 vorgelegt.\n\n"
        "| Gebiet | Warenumsatz I. Quartal 2024, Mio. US-Dollar | Anteil, % |\n|---|---|---|\n"
        "| Gebiet Grodno | 88,6 | 5,2 |\n| Gebiet Witebsk | 74,1 | 4,3 |\n"
    )
    assert points(text) == [
        ("trade.regional", "Grodno region", 88.6e6, "USD"),
        ("trade.regional", "Vitebsk region", 74.1e6, "USD"),
    ]
    # ... and where it speaks of another partner, the rows are no trade with China (though
    # the text named China before)
    other = text.replace("der Volksrepublik China", "Russland").replace(
        "(Belstat) –", "(Belstat) – China bleibt ein Partner.\n\nDie Statistiker:"
    )
    assert points(other) == []


GOODS = (
    "Minsk, 20. April 2024 (Belstat) – Die Ausfuhr wuchs.\n\n"
    "Ausfuhr von Belarus nach China nach Warengruppen, Januar–März 2024\n\n"
    "| Warengruppe | Mio. US-Dollar | Veränderung in % |\n|---|---|---|\n"
    "| Insgesamt | 611,7 | +9,4 |\n| Kalidünger | 201,3 | -7,0 |\n"
    "| Holz | 60,4 | +2,2 |\n"
)


def test_the_total_row_of_a_table_by_goods_is_all_exports_a_goods_row_is_a_part() -> None:
    assert points(GOODS) == [
        ("trade.exports", "Belarus-China", 9.4, "percent"),
        ("trade.exports", "Belarus-China", 611.7e6, "USD"),
    ]
    # read as a sentence: the caption without its breakdown, the label without its header
    assert reading(GOODS, "611,7") == (
        "Ausfuhr von Belarus nach China – Januar–März 2024 – Insgesamt – Mio. US-Dollar – 611,7"
    )
    assert reading(GOODS, "201,3").startswith(
        "Ausfuhr von Belarus nach China nach Warengruppen – Januar–März 2024 – "
        "Warengruppe Kalidünger"
    )
    # "Exporte insgesamt" is a total too
    exports = GOODS.replace("| Insgesamt |", "| Exporte insgesamt |")
    assert ("trade.exports", "Belarus-China", 611.7e6, "USD") in points(exports)


def test_a_table_of_other_countries_trade_gives_no_belarus_china_point() -> None:
    # China's trade with its neighbours: no row, not the total, is Belarus's with China
    chinas = (
        "Peking, 2. Februar 2024 (Xinhua) – Der Handel wuchs.\n\n"
        "Warenumsatz Chinas mit ausgewählten Nachbarländern 2023, Mrd. US-Dollar\n\n"
        "| Land | Warenumsatz | Veränderung, % |\n|---|---|---|\n"
        "| Russland | 240,1 | +26,3 |\n| Kasachstan | 41,0 | +32,0 |\n"
        "| Insgesamt | 298,3 | +27,4 |\n"
    )
    assert points(chinas, "2024-02-02") == []
    # Belarus's partners, China named before the table: the total is all partners'
    partners = (
        "Minsk, 15. Februar 2024 (Belstat) – China ist nach Russland der zweitgrößte "
        "Handelspartner von Belarus.\n\n"
        "| Land | Warenumsatz 2023, Mrd. US-Dollar |\n|---|---|\n"
        "| Russland | 50,2 |\n| Polen | 2,4 |\n| Insgesamt | 80,3 |\n"
    )
    assert points(partners, "2024-02-15") == []
    assert reading(partners, "50,2").startswith("Land Russland – ")  # the header, as a word


def test_a_total_row_of_a_partner_table_keeps_its_header() -> None:
    text = "| Partnerland | 2023 |\n|---|---|\n| China | 5,1 |\n| Insgesamt | 80,3 |\n"
    assert reading(text, "80,3") == "Partnerland Insgesamt – 2023 – 80,3"
    assert reading(text, "5,1") == "Partnerland China – 2023 – 5,1"


def test_a_table_without_outer_bars_its_total_and_a_unit_after_a_header_cells_comma() -> None:
    text = (
        "Minsk, 10. Mai 2024 (Belstat) – Die Ausfuhr wuchs.\n\n"
        "Ausfuhr nach China nach Warengruppen, 2023, Mio. US-Dollar\n\n"
        "Warengruppe | Wert | Veränderung, %\n---|---|---\n"
        "Gesamt | 1.850,0 | +12,0\nKalidünger | 620,5 | -3,1\n"
    )
    # the header row's "Veränderung, %" is its column's unit, not the whole table's
    assert points(text) == [
        ("trade.exports", "Belarus-China", 12.0, "percent"),
        ("trade.exports", "Belarus-China", 1850e6, "USD"),
    ]


def test_a_column_header_that_names_a_plural_noun_is_what_its_bare_numbers_count() -> None:
    text = (
        "Chinesische Studierende an belarussischen Hochschulen im Studienjahr 2024/2025\n\n"
        "| Hochschule | Studierende aus China | Veränderung zum Vorjahr, % |\n|---|---|---|\n"
        "| BSU | 2.140 | +6,0 |\n| BNTU | 1.240 | +18,0 |\n| Insgesamt | 11.600 | +9,5 |\n"
    )
    found = [(r.text, r.value, r.unit, r.item) for r in bycn.parse_text(text).figures.itertuples()]
    assert [f for f in found if f[2] == "count"] == [
        ("2.140", 2140.0, "count", "Studierende"),
        ("1.240", 1240.0, "count", "Studierende"),
        ("11.600", 11600.0, "count", "Studierende"),
    ]
    # the total row is the country's Chinese students
    assert ("edu.students_cn_in_by", "Belarus-China", 11600.0, "count") in points(text)


def test_a_column_header_that_names_the_number_of_a_noun_counts_it() -> None:
    text = (
        "Der Industriepark Großer Stein in Zahlen\n\n"
        "| Jahr | Anzahl der Residenten | Investitionen, Mio. US-Dollar |\n|---|---|---|\n"
        "| 2022 | 100 | 1.300 |\n| 2023 | 120 | 1.500 |\n"
    )
    figures = bycn.parse_text(text).figures
    assert [(r.text, r.item, r.as_of) for r in figures.itertuples() if r.unit == "count"] == [
        ("100", "Residenten", "2022"),
        ("120", "Residenten", "2023"),
    ]
    assert ("park.residents", "Great Stone", 120.0, "count") in points(text)


def test_a_column_header_of_no_plural_count_noun_counts_nothing() -> None:
    # a period, a value, a quantity of money, a rank: a bare number under it is no count
    text = "| Jahr | Wert | Investitionen | Platz |\n|---|---|---|---|\n| 2022 | 17 | 40,5 | 3 |\n"
    assert bycn.parse_text(text).figures.empty


def test_in_a_table_by_partner_country_the_row_of_the_other_country_is_the_pair() -> None:
    # Belarus's partners: the China row is the two countries' trade, no other row is
    belarus = (
        "Warenumsatz von Belarus mit wichtigen Partnerländern 2023, Mrd. US-Dollar\n\n"
        "| Land | Warenumsatz | Veränderung, % |\n|---|---|---|\n"
        "| Russland | 50,2 | +4,0 |\n| China | 8,4 | +33,6 |\n| Insgesamt | 80,3 | +6,1 |\n"
    )
    assert points(belarus, "2024-02-15") == [
        ("trade.turnover", "Belarus-China", 33.6, "percent"),
        ("trade.turnover", "Belarus-China", 8.4e9, "USD"),
    ]
    # China's partners: so is the Belarus row
    chinas = (
        "Warenumsatz Chinas mit den Ländern der EAWU 2023, Mrd. US-Dollar\n\n"
        "| Land | Warenumsatz |\n|---|---|\n"
        "| Russland | 240,1 |\n| Belarus | 8,4 |\n| Insgesamt | 290,0 |\n"
    )
    assert points(chinas, "2024-02-15") == [("trade.turnover", "Belarus-China", 8.4e9, "USD")]


def test_the_total_of_a_table_by_destination_is_no_exports_to_china() -> None:
    text = (
        "Minsk, 15. Februar 2024 (Belstat) – Die Ausfuhren nach China wuchsen am stärksten.\n\n"
        "| Bestimmungsland | Ausfuhr 2023, Mio. US-Dollar |\n|---|---|\n"
        "| Russland | 24.100,0 |\n| Kasachstan | 1.020,5 |\n| Insgesamt | 41.800,0 |\n"
    )
    assert points(text, "2024-02-15") == []
