"""Figure extraction: every quantity in the body text, normalised, with its source.

The rules are those of ``shared/spec/figures.md``: a figure is a number (digits
or a German number word) that quantifies something — money, a count, a share,
a multiple, a physical measure, an ordinal or a rank — together with its
qualifier (``mehr als``), scale (``Millionen``) and unit or counted noun. Years,
dates, durations, footnote markers, identifiers and list labels are not figures.

>>> from bycn.text.structure import parse_structure
>>> s = parse_structure("Sie stieg um mehr als das 2,5-fache auf 222,6 Millionen Br. in 20 Länder.")
>>> for f in find_figures(s):
...     print(f.text, f.value, f.unit, f.qualifier)
mehr als das 2,5-fache 2.5 times more_than
222,6 Millionen Br. 222600000.0 BYN exact
20 Länder 20.0 count exact
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import pandas as pd

from bycn.periods import part_of
from bycn.schema import FIGURES, table
from bycn.text.citations import Citations
from bycn.text.contextdates import ContextDates
from bycn.text.datepatterns import PATTERNS
from bycn.text.dates import dated, find_dates, refer
from bycn.text.quantities import Quantity, find_quantities
from bycn.text.sentencedates import BASE_REACH, SentenceDates, base_year
from bycn.text.structure import Article, Sentence, Structure, fold
from bycn.text.tabledates import TableDates
from bycn.text.tables import Tables, cell_of, column_of, is_row_at
from bycn.text.tense import compares_back, outdated, points_back
from bycn.text.topics import topic_of

__all__ = ["Figure", "extract_figures", "figure_rows", "find_figures"]


@dataclass(frozen=True)
class Figure:
    """One row of the figures table (see ``bycn.schema.FIGURES`` for the columns)."""

    doc: str
    figure_id: str
    line: int
    start: int
    end: int
    text: str
    value: float
    unit: str
    item: str
    qualifier: str
    kind: str
    article: str
    sentence: str
    footnote: int | None
    source_title: str
    source_url: str
    source_year: int | None
    as_of: str
    topic: str


def find_figures(structure: Structure, document_date: str = "") -> list[Figure]:
    """All figures in the body of ``structure``, in text order.

    ``document_date`` (ISO) is the date of a news text, which its relative periods
    (``im ersten Halbjahr``, ``im vergangenen Jahr``, ``derzeit``) resolve against;
    without it they resolve against the cited footnote's year, else the article's.
    """
    return [Figure(**row) for row in figure_rows(structure, document_date)]


def figure_rows(
    structure: Structure, document_date: str = "", title: str = ""
) -> list[dict[str, Any]]:
    """The rows of :func:`find_figures`, each a dict of :class:`Figure`'s fields in order;
    ``title``: the document's title, blanked in its text (the caption of a table that opens
    the text: :mod:`bycn.text.captions`).

    A document's table is made of these: no :class:`Figure` is built for a row.

    >>> from bycn.text.structure import parse_structure
    >>> [r["text"] for r in figure_rows(parse_structure("Es kamen 20 Gäste."))]
    ['20 Gäste']
    """
    body = structure.body
    context = _Context(structure, document_date, title)
    # A quantity is found within its sentence, so the sentence is known here: no lookup.
    return [
        context.row(sentence, c)
        for sentence in structure.sentences
        for c in find_quantities(body, sentence)
    ]


def extract_figures(structure: Structure, document_date: str = "") -> pd.DataFrame:
    """The figures table of ``structure``, validated against ``bycn.schema.FIGURES``."""
    return table(figure_rows(structure, document_date), FIGURES)


# --- context: sentence, footnote, date, topic ----------------------------------------


class _Context:
    """What a document's figures take from their context, each part found once.

    A sentence's dates and topic and a line's article are shared by every figure there:
    looked up once per document, not once per figure.
    """

    def __init__(self, structure: Structure, document_date: str, title: str = "") -> None:
        self.structure = structure
        self.document_date = document_date
        self.title = title
        self.citations = Citations(structure)
        self._paragraphs: dict[int, str] | None = None  # built when first asked for
        self.dates: dict[tuple[int, int | str | None], SentenceDates] = {}
        self.bodies: dict[int, str] = {}
        self.context = ContextDates(structure, self.dates_of, self.body_of)
        self.topics: dict[int, str] = {}
        self.articles: dict[int, Article | None] = {}

    def row(self, sentence: Sentence, c: Quantity) -> dict[str, Any]:
        """The row of the quantity ``c`` found in ``sentence``."""
        structure = self.structure
        line = structure.line_of(c.number_start)
        column = c.number_start - structure.line_starts[line - 1] + 1  # structure.column_of
        article = self.articles.get(line, _UNKNOWN)
        if article is _UNKNOWN:  # the article of an offset is that of its line
            article = self.articles[line] = structure.article_at(c.number_start)
        footnote, source_title, source_url, source_year = self.citations.of(sentence, c.end)
        article_year = int(article.date) if article and article.date else None
        reference: int | str | None = self.document_date or source_year or article_year
        quoted = source_year is not None and not self.document_date
        topic = self.topics.get(sentence.number)
        if topic is None:
            topic = self.topics[sentence.number] = topic_of(
                sentence.text, lambda: self.context_of(sentence)
            )
        return {
            "doc": structure.doc,
            "figure_id": f"{structure.doc}:{line}:{column}",
            "line": line,
            "start": c.start,
            "end": c.end,
            "text": fold(structure.text[c.start : c.end]),
            "value": float(c.value),
            "unit": c.unit,
            "item": c.item,
            "qualifier": c.qualifier,
            "kind": c.kind,
            "article": article.title if article else "",
            "sentence": self.sentence_of(sentence, c, line),
            "footnote": footnote,
            "source_title": source_title,
            "source_url": source_url,
            "source_year": source_year,
            "as_of": self.as_of(sentence, c, reference, quoted),
            "topic": topic,
        }

    def context_of(self, sentence: Sentence) -> str:
        """The text a sentence's topic is sought in when the sentence names none: its
        paragraph, and the sentence before where it points back at that."""
        if self._paragraphs is None:
            texts: dict[int, list[str]] = {}
            for each in self.structure.sentences:
                texts.setdefault(each.paragraph, []).append(each.text)
            self._paragraphs = {number: " ".join(parts) for number, parts in texts.items()}
        paragraph = self._paragraphs.get(sentence.paragraph, "")
        if points_back(sentence):
            paragraph = f"{self.structure.sentences[sentence.number - 2].text} {paragraph}"
        return paragraph

    def body_of(self, sentence: Sentence) -> str:
        """``sentence`` as it stands in the body (its offsets), cut once: not once a figure."""
        if sentence.number not in self.bodies:
            self.bodies[sentence.number] = self.structure.body[sentence.start : sentence.end]
        return self.bodies[sentence.number]

    def dates_of(self, sentence: Sentence, reference: int | str | None) -> SentenceDates:
        """The dates of ``sentence``, found once."""
        key = (sentence.number, reference)
        found = self.dates.get(key)
        if found is None:
            text = self.body_of(sentence)
            mentions = find_dates(text, reference)
            if any(not m.value and m.shift is not None for m in mentions):
                # "Im gleichen Zeitraum ...": see refer; a release's "Berichtszeitraum" is
                # the period of its lead, further back
                reports = [_REPORT_PERIOD.match(text, m.start) is not None for m in mentions]
                near = far = self.context.named_before(sentence, reference)
                if any(reports):
                    far = self.context.named_before(sentence, reference, _REPORT_PARAGRAPHS)
                mentions = [
                    resolved
                    for m, report in zip(mentions, reports, strict=True)
                    if (
                        resolved := m
                        if m.value or m.shift is None
                        else refer(m, far if report else near)
                    )
                    is not None
                ]
            found = self.dates[key] = SentenceDates.of(text, mentions)
        return found

    def sentence_of(self, sentence: Sentence, c: Quantity, line: int) -> str:
        """The figure's sentence; for a value in a table's row, the row read as a sentence
        (its caption, row label and column header before the value's cell: what the value
        is of, for the indicators; :meth:`~bycn.text.tables.Tables.reading`)."""
        if not self._is_row(sentence):
            return sentence.text
        return self.tables.reading(line, c.number_start) or sentence.text

    @functools.cached_property
    def tables(self) -> Tables:
        """The text's tables, made for the first value in one."""
        return Tables(self.structure.body, self.structure.line_starts, self.title)

    def _is_row(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` is a row of a markdown table."""
        return "|" in sentence.text and is_row_at(self.structure.body, sentence.start)

    def as_of(
        self, sentence: Sentence, c: Quantity, reference: int | str | None, quoted: bool = False
    ) -> str:
        """The date of the figure ``c``: by its cell, column and row in a table's row, else
        by its sentence and the sentences before it.

        ``quoted``: the figure cites a footnote's source, in a text without a date of its
        own, and a word of "now" in it dates it to its source's date (see :func:`_dated`).
        """
        if self._is_row(sentence):
            return self.table_as_of(sentence, c, reference, quoted)
        return self.sentence_as_of(sentence, c, reference, quoted)

    def table_as_of(
        self, sentence: Sentence, c: Quantity, reference: int | str | None, quoted: bool = False
    ) -> str:
        """The date of a value in a markdown table's row: a date in its own cell, else its
        column header's, else one of its row's (a row is a sentence and a paragraph of its
        own: no other row's date is looked at).

        ``| Milch | 41,2 Mio. Dollar |`` under ``| Ware | 2022 |`` is of 2022;
        ``| 2022 | 1,2 Mrd. Dollar |`` under ``| Jahr | Umsatz |`` too; a value with none of
        these takes its table's caption's date.
        """
        body = self.structure.body
        first, last = cell_of(body, sentence.start, sentence.end, c.start)
        first, last = first - sentence.start, last - sentence.start
        offset, end = c.start - sentence.start, c.end - sentence.start
        mentions = self.dates_of(sentence, reference).mentions
        own = [  # a date within the figure's span ("2020,5 Mio.") is none
            m for m in mentions if first <= m.start < last and (m.end <= offset or m.start >= end)
        ]
        if own:
            before = [m for m in own if m.end <= offset]
            return dated(before[-1] if before else own[0], quoted)
        header = self.tables.header_line(sentence.first_line)
        column = column_of(self.body_of(sentence), c.start - sentence.start)
        label = self.tables.cell(sentence.first_line, 0) if header and column > 0 else ""
        dates = self.table_dates
        if header and (found := dates.header(header, column, reference)):
            return dates.in_column(label, found) or found  # "| I. Quartal |" under "| 2025 |"
        if label and (found := dates.of_label(label, header, reference)):
            return found  # a row label of a period with no year: "| 1. Halbjahr |"
        found = self.sentence_as_of(sentence, c, reference, quoted)
        if header and not found:  # a change column: the later of the levels' periods
            found = dates.of_change(header, column, reference)
        # Else a change beside a level ("| Januar–Juni 2025, Mio. USD | Veränderung zum
        # Vorjahreszeitraum, % |") is of the period of the nearest column left of it that
        # names one; else the caption's ("... nach Regionen, Januar–September 2023").
        for left in (*range(column - 1, 0, -1), None) if header and not found else ():
            if found := dates.header(header, left, reference):
                break
        return found

    @functools.cached_property
    def table_dates(self) -> TableDates:
        """The periods the text's tables name, made for the first value in one."""
        return TableDates(self.tables)

    def sentence_as_of(
        self, sentence: Sentence, c: Quantity, reference: int | str | None, quoted: bool = False
    ) -> str:
        """The date nearest before the figure in its sentence, else after it, else before it."""
        here = self.dates_of(sentence, reference)
        body, offset, end = self.structure.body, c.start - sentence.start, c.end - sentence.start
        if base := base_year(body[max(sentence.start, c.start - BASE_REACH) : c.start]):
            return base  # "wie im Jahr 2020 (3 Mrd.)", "(2020: 3 Mrd.)"
        if here.mentions:
            # A date after the figure is its date only within the figure's clause: in "9
            # Strukturen ..., 6 davon werden ab dem Studienjahr 2022/2023 umgesetzt" 2022
            # dates the 6 only.
            after = here.after_in_clause(end)
            # A date right after ("in den ersten fünf Monaten 2023") or in its gloss wins.
            if after is not None and here.right_after(after, end):
                return dated(after, quoted)
            before = here.before(offset)
            if after is not None and before is not None:
                # "In diesem Jahr ... mit einem Anstieg von 6% in den ersten fünf Monaten": a
                # narrower period after the figure, in its clause, wins over a wider before it
                narrower = dated(after, quoted)
                if part_of(narrower, dated(before, quoted)):
                    return narrower
            if before is not None:
                return dated(before, quoted)
            after = after or here.since_end(offset)  # "seit 2015 um das Zehnfache: ... 2019"
            if after is not None:
                return dated(after, quoted)
            if stated := here.stated_after(end):  # "(Stand: Oktober 2023)"
                return dated(stated, quoted)
        found, undated = self.context.context_date(sentence, reference)
        if not found:
            return undated
        # In the present tense: the text's date, not a past year (tense), unless pointing back
        # (the sentence at the one before, or the clause at the clause before: compares_back).
        if found and outdated(found, reference, self.body_of(sentence), offset, end):
            back = points_back(sentence) or compares_back(sentence.text, offset, end)
            return found if back else ""
        return found


_UNKNOWN: Any = object()  # not looked up yet (None is a line outside every article)
# How many paragraphs back a release's "Berichtszeitraum" (the text's one pattern of it)
# looks for its period, its lead's (ContextDates.named_before: within a few sentences).
_REPORT_PARAGRAPHS = 4
_REPORT_PERIOD = next(pattern for kind, _, pattern in PATTERNS if kind == "report_period")
