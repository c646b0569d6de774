"""Markdown tables in a text: their rows, rule lines and column headers.

A news text or a statistics release may hold a table (``| 2022 | 1,2 Mrd. Dollar |``).
Each row is a sentence and a paragraph of its own (:mod:`bycn.text.sentences`); a
value in it is dated by its own cell, its column's header, else its row
(:mod:`bycn.text.figures`). This module finds the parts those rules need.

>>> text = "| Ware | 2022 |\\n|---|---:|\\n| Milch | 41,2 Mio. Dollar |\\n"
>>> tables = Tables(text, [0, 16, 27])
>>> tables.header_line(3), tables.cell(tables.header_line(3), 2)
(1, ' 2022 ')
>>> cell_of(text, 27, 55, text.index("41"))
(36, 54)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["Tables", "cell_of", "is_table_row", "is_table_rule"]

# A markdown table's rule line: "|------|:---:|", "--- | ---".
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def is_table_row(line: str) -> bool:
    """Whether ``line`` is a row of a markdown table: ``| 2022 | 1,2 Mrd. Dollar |``.

    >>> is_table_row(" | 2022 | 1,2 Mrd. Dollar |"), is_table_row("Export | Import")
    (True, False)
    """
    line = line.strip()
    return line.startswith("|") and line.endswith("|") and len(line) > 1


def is_table_rule(line: str) -> bool:
    """Whether ``line`` is the rule under a markdown table's header: ``|---|:--:|``."""
    return _TABLE_RULE.fullmatch(line) is not None


def cell_of(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The span of the cell that holds ``offset`` in the table row ``text[start:end]``."""
    first = text.rfind("|", start, offset) + 1
    last = text.find("|", offset, end)
    return first, end if last < 0 else last


class Tables:
    """The tables of a text (the body of a structure, with its line starts): the header
    of each row, looked up once per row, and the cells of a row."""

    def __init__(self, text: str, line_starts: Sequence[int]) -> None:
        self.text = text
        self.line_starts = line_starts
        self._headers: dict[int, int] = {}  # a row's line: its header's line, or 0

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        starts = self.line_starts
        end = starts[number] - 1 if number < len(starts) else len(self.text)
        return self.text[starts[number - 1] : end]

    def cell(self, line: int, column: int) -> str:
        """The ``column``-th cell (by the bars before it) of the row at ``line``."""
        cells = self.line(line).split("|")
        return cells[column] if column < len(cells) else ""

    def header_line(self, line: int) -> int:
        """The line of the header of the table whose row is at ``line``: the row above the
        table's rule line (``|---|---|``); 0 for a table without one, or for its header."""
        walked = [line]
        at = line - 1
        header = 0
        while at >= 2:
            if at in self._headers:  # the row above: the same header
                header = self._headers[at]
                break
            text = self.line(at)
            if is_table_rule(text):
                header = at - 1 if is_table_row(self.line(at - 1)) else 0
                break
            if not is_table_row(text):
                break  # the table's first row: no header above it
            walked.append(at)
            at -= 1
        for row in walked:
            self._headers[row] = header
        return header
