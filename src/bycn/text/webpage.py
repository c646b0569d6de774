"""A web page saved from a browser: its main text and metadata, via trafilatura.

trafilatura (the ecosystem's library for this job) separates the article from
navigation, teasers and footers and reads the page's title, publication date,
site name and canonical URL from its metadata; nothing here scrapes HTML by hand.

>>> page = parse_webpage(
...     '<html><head><title>Gomel liefert mehr</title>'
...     '<meta property="article:published_time" content="2021-09-14T10:00:00">'
...     '<link rel="canonical" href="https://news.example.org/a"></head><body><article>'
...     '<p>Die Region Gomel hat Milchprodukte im Wert von 12,5 Millionen Dollar geliefert. '
...     'Das sind 30 Prozent mehr als im Vorjahr, sagte der Gouverneur am Dienstag.</p>'
...     '</article></body></html>', "a.html")
>>> page.title, page.date, page.url
('Gomel liefert mehr', '2021-09-14', 'https://news.example.org/a')
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from bycn.exceptions import InputError
from bycn.text.frontmatter import check_date
from bycn.text.source import read_source
from bycn.text.tables import is_table_row, is_table_rule, row_cells

__all__ = ["WebPage", "parse_webpage", "read_webpage"]


@dataclass(frozen=True)
class WebPage:
    """The main text of a page (paragraphs split by empty lines) and its metadata."""

    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    publisher: str = ""
    language: str = ""


def read_webpage(path: str | Path) -> WebPage:
    """Read the HTML file at ``path`` (UTF-8) and extract its main text and metadata."""
    return parse_webpage(read_source(path), str(path))


def parse_webpage(html: str, name: str) -> WebPage:
    """Extract the main text and metadata of ``html``; ``name`` is how errors name it.

    A page with no main text is an :class:`~bycn.exceptions.InputError`: a
    corpus must not silently lose a document.
    """
    import trafilatura

    options = _options(_today())
    try:
        tree = trafilatura.load_html(html, options.max_file_size)
        meta = _metadata(tree, options.date_params) if tree is not None else None
        # The tree as the metadata left it, which is what trafilatura extracts from when it
        # reads the metadata itself (it copies a tree it is given; the string is parsed once).
        found = trafilatura.bare_extraction(tree, options=options) if meta is not None else None
        if found is not None and _layout_table(found.text or ""):
            # A table that holds the page's prose lays the page out: read without tables.
            found = trafilatura.bare_extraction(tree, options=_options(_today(), tables=False))
    except Exception as err:  # trafilatura raises lxml's errors for broken markup
        raise InputError(f"{name}: not a readable HTML page ({type(err).__name__})") from None
    text = (found.text if found is not None else "") or ""
    if meta is None or not text.strip():
        raise InputError(f"{name}: no main text found in the HTML page")
    date = meta.date or ""
    try:
        date = check_date(date, name) if date else ""
    except InputError:
        date = ""  # a page's odd date is no reason to refuse its text
    title = " ".join((meta.title or "").split())
    paragraphs = _paragraphs(text)
    if paragraphs and _is_headline(paragraphs[0], title):
        paragraphs = paragraphs[1:] or paragraphs  # the headline is the title, not body text
    return WebPage(
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        date=date,
        url=(meta.url or "").strip(),
        publisher=" ".join((meta.sitename or "").split()),
        language=(found.language or "").strip(),
    )


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of trafilatura's text, whitespace folded; the rows of a table (which
    trafilatura writes as a markdown table) stay together, one paragraph.

    A table's ``<caption>``, which trafilatura writes as a first row of one cell, is a
    paragraph before the table, as a caption stands in a text; a table with no header
    cells (no rule line) takes its first row as its header if it holds labels, not values.

    >>> _paragraphs("Handel\\n| Umsatz (Mio. USD) | | \\n|---|---|\\n| Jahr | Wert |\\n"
    ...     "|---|---|\\n| 2023 | 5,1 |\\nEnde.")
    ['Handel', 'Umsatz (Mio. USD)', '| Jahr | Wert |\\n|---|---|\\n| 2023 | 5,1 |', 'Ende.']
    >>> _paragraphs("| Jahr | Anteil, % |\\n| 2023 | 7,5 |")
    ['| Jahr | Anteil, % |\\n|---|---|\\n| 2023 | 7,5 |']
    """
    paragraphs: list[str] = []
    table: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line and (is_table_row(line) or (table and is_table_rule(line))):
            table.append(line)
            continue
        if table:
            paragraphs.extend(_table(table))
            table = []
        if line:
            paragraphs.append(line)
    if table:
        paragraphs.extend(_table(table))
    return paragraphs


_PROSE_CELL_WORDS = 30  # a data table's cell holds a label or a value, not a paragraph


def _layout_table(text: str) -> bool:
    """Whether trafilatura's ``text`` holds a table row with a cell of prose: the table
    lays out the page (an old site's columns), it holds no data.

    >>> _layout_table("| Start | " + "Die Universität hat 45 Abkommen. " * 7 + "|")
    True
    >>> _layout_table("| Jahr | Umsatz |\\n|---|---|\\n| 2023 | 5,1 |")
    False
    """
    return any(
        len(cell.split()) > _PROSE_CELL_WORDS
        for line in text.split("\n")
        if is_table_row(line)
        for cell in row_cells(line)
    )


_VALUE_CELL = re.compile(r"[-+]?\d[\d.,]*(?<![.,])")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def _table(rows: list[str]) -> list[str]:
    """A table's rows as paragraphs: its caption, if any, then the table as one."""
    paragraphs = []
    cells = row_cells(rows[0], strip=True)
    filled = [c for c in cells if c]
    if len(rows) > 2 and is_table_rule(rows[1]) and len(filled) == 1 and len(cells) > 1:
        paragraphs.append(filled[0])  # a caption
        rows = rows[2:]
        cells = row_cells(rows[0], strip=True)
    if len(rows) > 3 and is_table_rule(rows[1]):
        rows = _one_header(rows)
    has_rule = any(is_table_rule(row) for row in rows)
    labels = not any(map(_is_value, cells))
    if len(rows) > 1 and not has_rule and labels:
        rows = [rows[0], "|" + "---|" * len(cells), *rows[1:]]
    paragraphs.append("\n".join(rows))
    return paragraphs


def _is_value(cell: str) -> bool:
    """Whether ``cell`` holds a value, not a label (a year is a label: a column's date)."""
    return _VALUE_CELL.fullmatch(cell) is not None and not _YEAR_CELL.fullmatch(cell)


def _one_header(rows: list[str]) -> list[str]:
    """The rows of a table whose header takes two rows (a cell spanning columns over
    one cell each: ``| Ware | Export, Mio. USD | |`` over ``| | 2022 | 2023 |``) with
    the two made one, each cell's own heading before the spanning one's, so that each
    column's header cell gives its date and unit: ``| Ware | 2022 Export, Mio. USD |
    2023 Export, Mio. USD |``. A second row with a value in it, or a first cell, is data.

    >>> _one_header(["| Ware | Export, Mio. USD | |", "|---|---|---|", "| | 2022 | 2023 |"])
    ['| Ware | 2022 Export, Mio. USD | 2023 Export, Mio. USD |', '|---|---|---|']
    """
    top, below = row_cells(rows[0], strip=True), row_cells(rows[2], strip=True)
    if len(top) != len(below) or below[0] or not any(below) or "" not in top[1:]:
        return rows
    if any(map(_is_value, below)):
        return rows
    cells = []
    for i, (upper, lower) in enumerate(zip(top, below, strict=True)):
        spanning = next((c for c in reversed(top[: i + 1]) if c), "")
        cells.append(" ".join(filter(None, (lower, upper or spanning))))
    return ["| " + " | ".join(cells) + " |", rows[1], *rows[3:]]


def _is_headline(paragraph: str, title: str) -> bool:
    """Whether ``paragraph`` is the page's headline: its title, perhaps without the
    site's name after it ("Handel wächst | Beispielportal")."""
    paragraph, title = paragraph.casefold(), title.casefold()
    return bool(title) and (
        paragraph == title
        or title.startswith((f"{paragraph} | ", f"{paragraph} - ", f"{paragraph} – "))
    )


def _today() -> str:
    """Today's date as trafilatura dates its options (no page is dated later)."""
    return datetime.now().astimezone().strftime("%Y-%m-%d")


@lru_cache(maxsize=2)
def _options(today: str, tables: bool = True) -> Any:
    """trafilatura's extraction options, made once a day rather than once a page.

    ``today`` keys the cache: the options carry the latest date a page may have.
    fast: no second opinion from the fallback extractors; a saved news page is simple
    enough, and it halves the time per page. No metadata: :func:`_metadata` reads them.
    Tables are kept (trafilatura writes them as markdown tables): a statistics page's
    figures often stand in one; ``tables=False`` for a page laid out by a table.
    """
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", fast=True, comments=False, tables=tables)


def _metadata(tree: Any, date_params: dict[str, Any]) -> Any:
    """The title, date, canonical URL and site name of the page ``tree``, as
    :func:`trafilatura.extract_metadata` reads them, without its author, categories,
    tags and licence, which a page's row does not hold (they were a fifth of the time
    a page took). The steps and their order are trafilatura's; ``test_news_texts``
    checks the result against ``extract_metadata`` so that an upgrade cannot drift.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta = examine_meta(tree)
    with suppress(Exception):  # as trafilatura does: a broken JSON-LD block is no error
        meta = extract_meta_json(tree, meta)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree)
    meta.date = find_date(tree, **{**date_params, "url": meta.url})
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")  # a Twitter handle
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (match := META_URL.match(meta.url)):
        meta.sitename = match[1]
    meta.clean_and_trim()
    return meta
