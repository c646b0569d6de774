"""Markdown tables in a text: their rows, rule lines, column headers and column units.

A news text or a statistics release may hold a table (``| 2022 | 1,2 Mrd. Dollar |``),
with or without the outer bars (``2022 | 1,2``, under a rule line ``---|---``).
Each row is a sentence and a paragraph of its own (:mod:`bycn.text.sentences`); a
value in it is dated by its own cell, its column's header, else its row
(:mod:`bycn.text.figures`), and a bare number takes the unit its column's header
cell gives (``| Quartal | Mio. USD |``; :mod:`bycn.text.quantities`). This module
finds the parts those rules need.

>>> text = "| Ware | 2022 |\\n|---|---:|\\n| Milch | 41,2 Mio. Dollar |\\n"
>>> tables = Tables(text, [0, 16, 27])
>>> tables.header_line(3), tables.cell(tables.header_line(3), 1)
(1, ' 2022 ')
>>> cell_of(text, 27, 55, text.index("41"))
(36, 54)
>>> text = "Quartal | Export (Mio. USD) | Anteil, %\\n---|---|---\\nQ1 2024 | 41,2 | 3,5\\n"
>>> is_row_at(text, text.index("Q1")), column_unit(text, text.index("Q1"), text.index("3,5"))
(True, UnitReading(unit='percent', kind='share', factor=1.0, scaled=False, end=2))
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from bycn.text.captions import caption, caption_below
from bycn.text.nouns import counted_in
from bycn.text.rows import read_row
from bycn.text.units import PROSE_WORD, Header, UnitReading, cell_unit
from bycn.text.yearparts import PERIOD_OF_YEAR

__all__ = [
    "Tables",
    "cell_of",
    "column_noun",
    "column_of",
    "column_unit",
    "ends_cell",
    "given_unit",
    "is_row_at",
    "is_table_row",
    "is_table_rule",
    "pipeless_rows",
    "reads_as_row",
    "row_cells",
    "row_unit",
    "stub_unit",
]

# A markdown table's rule line: "|------|:---:|", "--- | ---".
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
# The rule line of a table without outer bars: dashes first, at least one bar ("---|---").
_PIPELESS_RULE = re.compile(r"^[ \t]*:?-{3,}:?[ \t]*\|[-|: \t]*$", re.MULTILINE)


def is_table_row(line: str) -> bool:
    """Whether ``line`` is a row of a markdown table with outer bars:
    ``| 2022 | 1,2 Mrd. Dollar |``. A row without them (``Export | Import``) is one
    only under or over a rule line: see :func:`pipeless_rows`.

    >>> is_table_row(" | 2022 | 1,2 Mrd. Dollar |"), is_table_row("Export | Import")
    (True, False)
    """
    line = line.strip()
    return line.startswith("|") and line.endswith("|") and len(line) > 1


def reads_as_row(text: str) -> bool:
    """Whether a sentence's ``text`` (a table's row is a sentence of its own) is a row: with
    outer bars, or cells between bars and no full stop at its end (a table without outer
    bars; prose with a bar in it ends as a sentence does).

    >>> reads_as_row("| Holz | 12,5 |"), reads_as_row("Q1 2024 | 41,2"), reads_as_row("A | B.")
    (True, True, False)
    """
    if "|" not in text:
        return False
    text = text.strip()
    return is_table_row(text) or text[-1:] not in (".", "!", "?", "“", '"')


def is_table_rule(line: str) -> bool:
    """Whether ``line`` is the rule under a markdown table's header: ``|---|:--:|``."""
    return _TABLE_RULE.fullmatch(line) is not None


# The body last indexed and the starts of the lines of its tables without outer bars;
# replaced whole, never changed in place (a parse in another thread sees one index).
_PIPELESS: list[tuple] = [(None, frozenset())]


def pipeless_rows(body: str) -> frozenset[int]:
    """The starts of the lines of ``body``'s tables without outer bars: a line with a
    bar, a rule line (``---|---``) under it, and the lines with a bar under the rule,
    up to a blank line or one without a bar. A line with a bar and no rule is prose.

    >>> text = "Quartal | Mio. USD\\n---|---\\nQ1 2024 | 41,2\\n\\nA | B\\n"
    >>> sorted(pipeless_rows(text))
    [0, 19, 27]
    """
    last = _PIPELESS[0]
    if last[0] is not body:
        last = (body, _scan_pipeless(body))
        _PIPELESS[0] = last
    return last[1]


def _scan_pipeless(body: str) -> frozenset[int]:
    if "|" not in body or "-|" not in body.replace(" ", "").replace(":", ""):
        return frozenset()
    starts: set[int] = set()
    for rule in _PIPELESS_RULE.finditer(body):
        if rule.start() < 2:
            continue
        above = body.rfind("\n", 0, rule.start() - 1) + 1
        header = body[above : rule.start() - 1]
        if "|" not in header or not header.strip() or is_table_rule(header):
            continue
        starts.update((above, rule.start()))
        at = rule.end() + 1
        while at < len(body):
            end = body.find("\n", at)
            end = len(body) if end < 0 else end
            line = body[at:end]
            if "|" not in line or not line.strip():
                break
            starts.add(at)
            at = end + 1
    return frozenset(starts)


def _line_start(body: str, offset: int) -> int:
    return body.rfind("\n", 0, offset) + 1


def _line_at(body: str, start: int) -> str:
    end = body.find("\n", start)
    return body[start : len(body) if end < 0 else end]


def is_row_at(body: str, offset: int) -> bool:
    """Whether ``offset`` stands in a row of a table (with or without outer bars)."""
    start = _line_start(body, offset)
    return is_table_row(_line_at(body, start)) or start in pipeless_rows(body)


def column_of(row: str, offset: int) -> int:
    """The column (0 for the first cell) of ``offset`` in the table row ``row``.

    >>> column_of("| 2022 | 1,2 |", 9), column_of("2022 | 1,2", 8)
    (1, 1)
    """
    bars = row.count("|", 0, offset)
    return bars - 1 if row.lstrip().startswith("|") else bars


def row_cells(row: str, strip: bool = False) -> list[str]:
    """The cells of a table row, with outer bars or without, without the empty ones
    outside the outer bars; each as written (a cell's offset in its row is its text's),
    or with its whitespace and its Markdown emphasis stripped if ``strip`` (a total row
    set in bold, ``| **Insgesamt** |``, says what a plain one says).

    >>> row_cells("| Ware | 2022 |"), row_cells("Ware | 2022"), row_cells("| | 2023 |", strip=True)
    ([' Ware ', ' 2022 '], ['Ware ', ' 2022'], ['', '2023'])
    >>> row_cells("| **Gesamt** | __2024__ | *Anteil* | _x_ | **a* |", strip=True)
    ['Gesamt', '2024', 'Anteil', 'x', '**a*']
    """
    row = row.strip()
    cells = row.split("|")
    if row.startswith("|"):
        cells = cells[1:]
    if row.endswith("|") and len(cells) > 1:
        cells = cells[:-1]
    return [_EMPHASIS.sub(r"\2", cell.strip()) for cell in cells] if strip else cells


# A cell's text set in bold or italics as a whole: "**Insgesamt**", "__2.099,8__", "*x*".
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?![\s*_])(.+?)(?<![\s*_])\1$")


def cell_of(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The span of the cell that holds ``offset`` in the table row ``text[start:end]``."""
    first = max(start, text.rfind("|", start, offset) + 1)
    last = text.find("|", offset, end)
    return first, end if last < 0 else last


def _is_row(body: str, start: int, text: str) -> bool:
    return is_table_row(text) or start in pipeless_rows(body)


# The body last asked about, each of its rows' header line (start, or -1), and the unit of
# each header cell asked for; replaced whole when another body is asked about.
_HEADERS: list[tuple] = [(None, {}, {})]


def _headers(body: str) -> tuple[dict[int, int], dict[tuple[int, int], UnitReading | None]]:
    last = _HEADERS[0]
    if last[0] is not body:
        last = (body, {}, {})
        _HEADERS[0] = last
    return last[1], last[2]


def header_start(body: str, row_start: int) -> int:
    """The start of the header line of the table whose row starts at ``row_start``: the
    row above the table's rule line; -1 for a table without one, or for its header.
    Each row's header is remembered, so that the rows of a table cost one walk up.
    """
    known, _ = _headers(body)
    if row_start in known:
        return known[row_start]
    walked = [row_start]
    at = row_start
    header = -1
    while at >= 2:
        above = _line_start(body, at - 1)
        if above in known:  # the row above: the same header
            header = known[above]
            break
        text = body[above : at - 1]
        if is_table_rule(text):
            if above >= 2:
                start = _line_start(body, above - 1)
                header = start if _is_row(body, start, body[start : above - 1]) else -1
            break
        if not _is_row(body, above, text):
            break  # the table's first row: no header above it
        walked.append(above)
        at = above
    for row in walked:
        known[row] = header
    return header


def column_unit(body: str, row_start: int, offset: int) -> UnitReading | None:
    """The unit the header cell of the column that holds ``offset`` gives, in the table
    row that starts at (or in the line of) ``row_start``: ``Mio. USD``, ``Export (Mio.
    US-Dollar)``, ``Anteil, %``, ``Veränderung in %``; None if it gives none.
    """
    line = _line_start(body, row_start)
    header = header_start(body, line)
    if header < 0:
        return None
    column = column_of(body[line:offset], offset - line)
    _, units = _headers(body)
    key = (header, column)
    if key not in units:
        cells = row_cells(_line_at(body, header))
        # An empty header cell is the rest of a cell spanning columns ("| Ware |
        # Ausfuhren, Mio. USD | |" over "| | 2022 | 2023 |"): the unit is the one left of it;
        # so is a column right of a header row shorter than the table's rows.
        column = min(column, len(cells) - 1)
        while column > 0 and not cells[column].strip():
            column -= 1
        units[key] = cell_unit(cells[column]) if column >= 0 else None
    return units[key]


def ends_cell(body: str, end: int, hi: int) -> bool:
    """Whether the number that ends at ``end`` (its sentence ending at ``hi``) stands in a
    table's cell, not in prose: no prose word follows it up to the next number or line.

    >>> ends_cell("| 2022 | 41,2 |", 13, 15), ends_cell("Es waren 41 neue Firmen", 11, 23)
    (True, False)
    """
    rest = body[end : min(hi, end + 80)]
    cut = re.search(r"\d|\n", rest)
    return not PROSE_WORD.search(rest[: cut.start()] if cut else rest)


def column_noun(body: str, row_start: int, offset: int) -> str | None:
    """The noun the header cell of the column that holds ``offset`` counts, for a bare
    number in the table row at ``row_start`` (``| BSU | 2.140 |`` under ``| Hochschule |
    Studierende aus China |`` counts Studierende); None where the header names no plural
    noun a count may count (``Jahr``, ``Wert``, ``Investitionen``: :func:`counted_in`).

    >>> text = "| Hochschule | Studierende aus China |\\n|---|---|\\n| BSU | 2.140 |\\n"
    >>> row = text.index("| BSU")
    >>> column_noun(text, row, text.index("2.140")), column_noun(text, row, text.index("BSU"))
    ('Studierende', None)
    """
    line = _line_start(body, row_start)
    header = header_start(body, line)
    column = column_of(_line_at(body, line), offset - line)
    if header < 0 or column < 1:
        return None
    cells = row_cells(_line_at(body, header))
    return counted_in(cells[column]) if column < len(cells) else None


def row_unit(body: str, row_start: int, offset: int) -> UnitReading | None:
    """The unit the first cell of the table row that holds ``offset`` gives (``| Milch,
    Tsd. t | 12,5 | 14 |``), for a value in a later cell; None if it gives none.

    >>> row_unit("| Milch, Tsd. t | 12,5 |", 0, 18).unit, row_unit("| Milch | 12,5 |", 0, 10)
    ('t', None)
    """
    line = _line_start(body, row_start)
    row = _line_at(body, line)
    if column_of(row, offset - line) < 1:
        return None
    return cell_unit(row_cells(row)[0])


def stub_unit(body: str, row_start: int, offset: int) -> UnitReading | None:
    """The unit the header row's first cell (the stub head, over the rows' labels) gives
    for a value in a later column whose header is a period and gives no unit of its own:
    ``| Kennzahl, Mio. US-Dollar | 2023 | 2024 |``, ``| Mio. USD | 2024 |``, ``| Ware (in
    Tsd. t) | Jan.–Juni 2025 |``; None for a column whose header names a noun of its own
    (``Anteil``, ``Rang``: not what the stub's unit measures).

    >>> text = "| Kennzahl, Mio. USD | 2024 | Rang |\\n|---|---|---|\\n| Export | 1,8 | 3 |\\n"
    >>> row = text.index("| Export")
    >>> stub_unit(text, row, text.index("1,8")).factor, stub_unit(text, row, text.index("3 "))
    (1000000.0, None)
    """
    line = _line_start(body, row_start)
    header = header_start(body, line)
    column = column_of(_line_at(body, line), offset - line)
    if header < 0 or column < 1:
        return None
    cells = row_cells(_line_at(body, header), strip=True)
    if column >= len(cells) or _PERIOD_HEAD.fullmatch(cells[column]) is None:
        return None
    return cell_unit(cells[0])


# A column header that is a period and nothing else: "2023", "Q1 2025", "I. Quartal 2024",
# "Jan.–Juni 2025", "Januar bis März 2025", "2024/25", "1. Halbjahr".
_PERIOD_HEAD = re.compile(rf"(?:{PERIOD_OF_YEAR})?\s*(?:(?:19|20)\d\d(?:/\d\d)?)?")


def given_unit(body: str, row_start: int, offset: int, table: Header | None) -> UnitReading | None:
    """The unit given for a bare value at ``offset`` of the table row at ``row_start``: its
    column header's, else its row's first cell's, else the stub head's (:func:`stub_unit`);
    a bare scale there (``Export, Mio.``) takes the unit given for the whole ``table`` (its
    caption's ``(US-Dollar)``). None where none gives a unit.
    """
    given = (
        column_unit(body, row_start, offset)
        or row_unit(body, row_start, offset)
        or stub_unit(body, row_start, offset)
    )
    if given is not None and not given.unit:
        # ... a currency or a measure: a scale of a percent (a change column's "(%)" in the
        # header row, "| Bevölkerung (Tsd.) | ... | Veränderung (%) |") is none.
        shared = table is not None and table.kind in ("amount", "measure")
        given = given._replace(unit=table.unit, kind=table.kind) if shared else None
    return given


class Tables:
    """The tables of a text (the body of a structure, with its line starts): the header
    of each row, looked up once per row, and the cells of a row."""

    def __init__(self, text: str, line_starts: Sequence[int], title: str = "") -> None:
        self.text = text
        self.line_starts = line_starts
        #: The text's title, blanked in ``text``: the caption of a table that opens it.
        self.title = title
        #: Each table's caption by its header line, found once per table.
        self.captions: dict[int, str] = {}

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        starts = self.line_starts
        end = starts[number] - 1 if number < len(starts) else len(self.text)
        return self.text[starts[number - 1] : end]

    def cell(self, line: int, column: int) -> str:
        """The ``column``-th cell (0 for the first, as :func:`column_of` counts) of the
        row at ``line``."""
        cells = row_cells(self.line(line))
        return cells[column] if 0 <= column < len(cells) else ""

    def reading(self, line: int, offset: int) -> str:
        """The row at ``line`` read as a sentence for the value at ``offset`` (of the text):
        the table's caption, the row's label (its first cell, after its column's header) and
        the value's column header, then the value's cell; "" where the table gives none.

        A row is a sentence of its own, but what a value in it is the value of, the caption
        and the headers say: ``| Nahrungsmittel | 402,8 |`` under ``| Ware | Mio. USD |`` and
        the caption ``Ausfuhr nach China nach Warengruppen:`` is read ``Ausfuhr nach China
        nach Warengruppen – Ware Nahrungsmittel – Mio. USD – 402,8``.

        >>> text = "Ausfuhr nach China:\\n\\n| Ware | 2023 |\\n|---|---|\\n| Holz | 12,5 |\\n"
        >>> tables = Tables(text, [0, 20, 21, 37, 47])
        >>> tables.reading(5, text.index("12,5"))
        'Ausfuhr nach China – Ware Holz – 2023 – 12,5'

        A total row is what the table breaks down: ``| Insgesamt | 611,7 |`` under the
        caption ``Ausfuhr nach China nach Warengruppen`` is read ``Ausfuhr nach China –
        Insgesamt – ...`` (under ``| Land | ... |``, a table by partner, ``Land Insgesamt``).
        """
        start = self.line_starts[line - 1]
        row = self.line(line)
        column = column_of(row, offset - start)
        cells = row_cells(row, strip=True)
        if not 0 <= column < len(cells):
            return ""
        header = self.header_line(line)
        heads = row_cells(self.line(header), strip=True) if header else []
        caption = self.caption(header) if header else ""
        return read_row(caption, heads, cells, column)

    def caption(self, header: int) -> str:
        """The caption of the table whose header is at line ``header``
        (:func:`bycn.text.captions.caption`).

        >>> Tables("## Ausfuhr nach China:\\n| A | B |\\n", [0, 23]).caption(2)
        'Ausfuhr nach China'
        """
        found = self.captions.get(header)
        if found is None:
            found = caption(self.line, header, self.title)
            if not found:  # set under the table, as a release may
                after = header + 1
                while after <= len(self.line_starts) and is_row_at(
                    self.text, self.line_starts[after - 1]
                ):
                    after += 1
                found = caption_below(self.line, after, len(self.line_starts))
            self.captions[header] = found
        return found

    def header_line(self, line: int) -> int:
        """The line of the header of the table whose row is at ``line``: the row above the
        table's rule line (``|---|---|``); 0 for a table without one, or for its header."""
        header = header_start(self.text, self.line_starts[line - 1])
        return 0 if header < 0 else bisect.bisect_right(self.line_starts, header)
