"""Recognition round N (recog26h): a table whose caption or note is set under it, as a
statistics release may set it (figures.md: a table's caption and headers say what a value
in it is the value of). The line right under the table's last row that ends in its unit
(``..., Mio. US-Dollar.``, ``(Mio. USD)``, ``Angaben in Millionen US-Dollar``) gives the
table its unit where none above does, and its caption (its subject and year, a label such
as ``Tabelle:`` no word of it); months as columns (``Januar``, ``Jan.``, ``01/2026``) give
monthly periods. A family of table shapes in the style of Belstat releases, with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value unit", date="2026-07-17")

DATELINE = "17. Juli 2026\n\n"
LEAD = "Minsk, 17. Juli 2026 (Belstat) – Das Statistikkomitee legte neue Zahlen vor.\n\n"
CAPTION = (
    "Außenhandel der Republik Belarus mit der Volksrepublik China nach Monaten, Januar–Juni 2026"
)


def table(first: str, second: str) -> str:
    return (
        f"| Kennziffer | {first} | {second} |\n|---|---|---|\n"
        "| Warenumsatz | 742,1 | 768,4 |\n| Export | 221,4 | 230,9 |\n"
    )


MONTHLY = [
    ("trade.exports", "2026-01", 221.4e6, "USD"),
    ("trade.exports", "2026-02", 230.9e6, "USD"),
    ("trade.turnover", "2026-01", 742.1e6, "USD"),
    ("trade.turnover", "2026-02", 768.4e6, "USD"),
]


@pytest.mark.parametrize(
    ("heads", "below"),
    [
        # the miss's shape: a labelled caption with a full stop, then a source note
        (("Januar", "Februar"), f"Tabelle: {CAPTION}, Mio. US-Dollar."),
        # other units, labels, month headers
        (("Jan.", "Feb."), f"{CAPTION}, Millionen US-Dollar"),
        (("01/2026", "02/2026"), "Handel von Belarus mit China (Mio. USD)"),
        (
            ("Januar 2026", "Februar 2026"),
            "Tab. 3: Warenhandel Belarus–China, Angaben in Mio. USD.",
        ),
        (("2026-01", "2026-02"), "Belarus und China: Außenhandel nach Monaten, Mio. USD"),
    ],
)
@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_caption_under_the_table_gives_its_unit_and_year(
    heads: tuple[str, str], below: str, blank: str
) -> None:
    text = f"{DATELINE}{table(*heads)}{blank}{below}\nQuelle: Belstat. Vorläufige Angaben.\n"
    assert points(text) == MONTHLY


def test_a_caption_above_gives_the_same() -> None:
    text = f"{LEAD}{CAPTION}, Mio. US-Dollar\n\n{table('Januar', 'Februar')}\nQuelle: Belstat.\n"
    assert points(text) == MONTHLY


def test_a_unit_above_the_table_wins_over_a_note_under_it() -> None:
    text = (
        f"{LEAD}{CAPTION}, Tsd. US-Dollar\n\n{table('Januar', 'Februar')}\n"
        "Angaben in Mio. US-Dollar.\n"
    )
    assert [p[2] for p in points(text)] == [221.4e3, 230.9e3, 742.1e3, 768.4e3]


@pytest.mark.parametrize(
    "below",
    [
        # prose under the table: no unit
        "Der Handel mit China wuchs im Juni weiter.",
        # a change's percent: a note on a column, not the table's unit
        "Veränderung gegenüber dem Vorjahr in %.",
    ],
)
def test_no_unit_under_the_table_gives_none(below: str) -> None:
    assert points(f"{DATELINE}{table('Januar', 'Februar')}\n{below}\n") == []


def test_the_caption_of_the_next_table_is_not_the_one_above_its() -> None:
    second = "| Ware | Januar | Februar |\n|---|---|---|\n| Milch | 12,5 | 13,0 |\n"
    text = (
        "Minsk, 17. Juli 2026 (Belstat) – Neue Zahlen zum Handel mit China.\n\n"
        f"{table('Januar 2026', 'Februar 2026')}\n"
        f"Ausfuhr nach China nach Waren 2026, Mio. US-Dollar\n\n{second}"
    )
    assert [p for p in points(text) if p[0] in ("trade.turnover", "trade.exports")] == []


def test_a_number_month_in_prose_is_no_date() -> None:
    found = points(
        f"{LEAD}Laut Bescheid 01/2026 exportierte Belarus 2025 Waren für 1,7 Mrd. US-Dollar "
        "nach China."
    )
    assert ("trade.exports", "2025", 1.7e9, "USD") in found
