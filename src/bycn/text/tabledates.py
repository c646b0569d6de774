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

from bycn.periods import bounds
from bycn.text.dates import find_dates, named

__all__ = ["in_year"]

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
