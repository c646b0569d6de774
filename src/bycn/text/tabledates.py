"""The period a table's header cell or row label names without a year, in its caption's year.

A statistics table often names its columns or rows by month, quarter or half year alone and
says the year once, in its caption: ``| Kennzahl | Januar | Februar | März | Januar–März |``
under ``Außenhandel mit China im I. Quartal 2026 (Mio. US-Dollar)``, or rows ``| 1. Halbjahr
|``, ``| 2. Halbjahr |``, ``| Gesamtjahr |`` under ``Handel zwischen China und Belarus 2025``.
Each cell is its own period (``Januar`` is 2026-01, ``Januar–März`` the quarter), not the
caption's, which only gives the year (:meth:`bycn.text.figures._Context.table_as_of`).

>>> [in_year(cell, "2026-Q1") for cell in ("Januar", "Jan.", "Januar–März", "II. Quartal")]
['2026-01', '2026-01', '2026-01/2026-03', '2026-Q2']
>>> [in_year(cell, "2025") for cell in ("1. Halbjahr", "2. Halbjahr", "Gesamtjahr", "Q3")]
['2025-H1', '2025-H2', '2025', '2025-Q3']

A cell that names no period (``Export``, ``Handelsvolumen``, ``Wert``), or one of its own year
(``Januar 2024``), or a caption of no single year, gives none:

>>> in_year("Handelsvolumen", "2025"), in_year("Januar 2024", "2026"), in_year("Mai", "")
('', '', '')
>>> in_year("Januar", "2024/2025")
''
"""

from __future__ import annotations

import re

from bycn.periods import bounds, part_of, sort_key
from bycn.text.captions import introduction
from bycn.text.dates import DateMention, find_dates, named
from bycn.text.plandates import PLAN_BEFORE
from bycn.text.rows import is_change
from bycn.text.tables import Tables, row_cells

__all__ = ["TableDates", "in_year"]

# A month in numbers, as a release heads its columns: "01/2026", "01.2026", "2026-01" (only
# in a header cell: a number in prose is no date).
_NUMERIC_MONTH = re.compile(
    r"(?:(?P<m>0?[1-9]|1[0-2])[./](?P<y>20\d\d)|(?P<y2>20\d\d)-(?P<m2>0[1-9]|1[0-2]))"
)
# A year of the cell's own: "Januar 2024", "1. Quartal 2025", "2023/24".
_OWN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def in_year(cell: str, context: str) -> str:
    """The period the table cell ``cell`` names when read in the year of ``context`` (the
    caption's period: ``2026-Q1``, ``2025``), where the whole cell names one and no year of
    its own; "" where it does not, or ``context`` lies in no single year."""
    cell = " ".join(cell.split())
    if not cell or _OWN_YEAR.search(cell):
        return ""
    span = bounds(context) if context else None
    if span is None or span[0][0] != span[1][0]:
        return ""
    year = str(span[0][0])
    # As written ("Gesamtjahr", "Januar–März" resolve against the year), else with the year
    # after it ("Jan.", "1. Halbjahr", "Q3" are periods only so).
    for text in (cell, f"{cell} {year}"):
        whole = [m for m in find_dates(text, year) if m.start == 0 and m.end == len(text)]
        if whole and whole[0].value:
            return named(whole[0])
    return ""


# What stands between a change's period and its base in one header cell: "2025/2024",
# "Jan.–Sept. 2025 vs. Jan.–Sept. 2024" ("2025 zu 2024", "gegenüber 2024" drop the base already).
_VERSUS = re.compile(r"/|vs\.?|versus")


def _compared(text: str, first: DateMention, second: DateMention) -> bool:
    """Whether ``first``, a slash, then ``second``, an earlier period, are a change's period
    and its base (``Veränderung 2025/2024, %``, ``Jan.–Sept. 2025 / Jan.–Sept. 2024``): the
    cell's period is the first, not the base (a span ascends: ``2024/2025``).

    >>> change, span = "Veränderung 2025/2024, %", "2024 / 2025"
    >>> _compared(change, *find_dates(change, 2026)), _compared(span, *find_dates(span, 2026))
    (True, False)
    >>> versus = "Jan.–Sept. 2025 vs. Jan.–Sept. 2024"
    >>> _compared(versus, *find_dates(versus, 2026))
    True
    """
    if _VERSUS.fullmatch(text[first.end : second.start].strip()) is None:
        return False
    return sort_key(first.value) > sort_key(second.value)


class TableDates:
    """The periods a text's tables name in their captions, header cells and row labels, each
    header cell's found once (every row of a table asks for it)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        # a header cell's date by (header line, column or None for the caption, reference)
        self.headers: dict[tuple[int, int | None, int | str | None], str] = {}

    def header(self, header: int, column: int | None, reference: int | str | None) -> str:
        """The date the header cell of ``column`` (None: the caption) of the table at line
        ``header`` names (a period in the caption's year: :func:`in_year`), or ""."""
        key = (header, column, reference)
        found = self.headers.get(key)
        if found is None:
            tables = self.tables
            text = tables.caption(header) if column is None else tables.cell(header, column)
            numeric = _NUMERIC_MONTH.fullmatch(text.strip()) if column is not None else None
            if numeric:
                year, month = numeric["y"] or numeric["y2"], numeric["m"] or numeric["m2"]
                found = self.headers[key] = f"{year}-{int(month):02d}"
                return found
            mentions = find_dates(text, reference)
            last = mentions[-1:]  # "| Januar |" under "... I. Quartal 2026"
            if len(mentions) > 1 and _compared(text, *mentions[-2:]):
                last = mentions[-2:-1]
            caption = "" if column is None else self.header(header, None, reference)
            found = self.headers[key] = in_year(text, caption) or "".join(map(named, last))
        return found

    def in_column(self, label: str, column: str) -> str:
        """The period of the row label ``label`` within its column header's period ``column``
        (``| I. Quartal |`` under ``| Quartal | 2024 | 2025 |``: 2024-Q1, 2025-Q1), or "":
        a label of no period, or of one outside the column's (``| Dezember |`` under
        ``| Januar–März 2026 |`` is no month of it), leaves the column's period.

        >>> dates = TableDates(Tables("", [0]))
        >>> dates.in_column("I. Quartal", "2025"), dates.in_column("Dezember", "2026-Q1")
        ('2025-Q1', '')
        """
        found = in_year(label, column)
        return found if found and part_of(found, column) else ""

    def of_label(self, label: str, header: int, reference: int | str | None) -> str:
        """The period the row label ``label`` names in the year the table says elsewhere: its
        caption (``Handel mit China 2025``), its stub head (``| Quartal 2025 |`` over the
        labels), else the sentence that introduces it (``Im Jahr 2025 entwickelte sich der
        Warenumsatz so:``; a plan's year, ``bis 2030``, is none); "" for a label of no period.
        """
        if in_year(label, "2000") == "":  # no period, or one of its own year: no year sought
            return ""
        for year in (self.header(header, None, reference), self.header(header, 0, reference)):
            if found := in_year(label, year):
                return found
        text = introduction(self.tables.line, header)
        years = [m for m in find_dates(text, reference) if not PLAN_BEFORE.search(text, 0, m.start)]
        return in_year(label, years[-1].value) if years else ""

    def of_change(self, header: int, column: int, reference: int | str | None) -> str:
        """The period of a change column of no period of its own (``| Veränderung, % |``,
        ``| Zuwachs |``, ``| ± % |``): the latest of the periods the level columns just left
        of it name, a change being the later period's against the earlier (``| Januar–
        September 2025 | Januar–September 2024 | Veränderung, % |`` is of 2025, whichever
        order the two stand in); where none stands left of it, the latest of the columns
        right of it (``| Region | Veränderung, % | 2024 | 2025 |``); of those ending together
        the longest (:func:`_latest`); "" for a column of no
        change (``| Anteil, % |`` is its neighbour's share: the nearest column's period).

        >>> lines = "| Region | 2025 | 2024 | Veränderung, % |\\n|---|---|---|---|\\n"
        >>> dates = TableDates(Tables(lines, [0, 41]))
        >>> dates.of_change(1, 3, 2026), dates.of_change(1, 2, 2026)
        ('2025', '')
        """
        tables = self.tables
        if not is_change(tables.cell(header, column).strip()):
            return ""
        count = len(row_cells(tables.line(header)))
        periods: list[str] = []
        # the run of period columns nearest left of it: "| 2024 | Δ | 2025 | Δ |" is
        # a change per year, each of its own column's
        for other in range(column - 1, 0, -1):
            found = self.header(header, other, reference)
            if not found and periods:
                break
            periods += [found] if found else []
        if not periods:
            right = (self.header(header, other, reference) for other in range(column + 1, count))
            periods = [found for found in right if found]
        return max(periods, key=_latest) if periods else ""


def _latest(period: str) -> tuple[int, ...]:
    """The order of the periods a change may be of: by their end, and of those ending
    together the longest (``| Januar | ... | Mai | Januar–Mai | Veränderung zu Januar–Mai
    2024 |``: the change is the cumulative column's, not May's)."""
    end_year, end_month, start_year, start_month = sort_key(period)
    return end_year, end_month, -start_year, -start_month
