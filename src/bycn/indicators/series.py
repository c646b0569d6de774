"""Indicator series: the figures a catalog rule recognises as values of an indicator.

:func:`build_series` applies the catalog (:mod:`bycn.indicators.catalog`) to a figures
table and returns the series table (:data:`bycn.schema.SERIES`): one point
per recognised figure, with the indicator, the entity it is about, its date
(``as_of``, from the figure), its status (``actual`` or ``target``, from the
catalog's plan/goal words) and the figure's provenance (``figure_id``,
``line``, ``source_url``). A figure is a point of at most one indicator.

>>> import bycn
>>> series = bycn.load_series()  # the shipped corpus and catalog  # doctest: +SKIP
>>> series.query("indicator == 'park.residents'")[["as_of", "value", "status"]]  # doctest: +SKIP

Rules see three scopes around a figure: its *clause* (the part of its
sentence between clause boundaries), its *sentence*, and its *context* (the
sentence and up to ``look_back`` sentences before it in the same article).
Pass the document's sentences table so that context reaches sentences that
hold no figure; without it, only sentences that hold figures are known.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from bycn.indicators.catalog import Catalog, EntitySpec, Indicator, Rule, load_catalog
from bycn.indicators.dating import PointDates
from bycn.indicators.order import ORDER, order_key
from bycn.schema import SERIES, empty, table

if TYPE_CHECKING:
    from bycn.text.corpus import Corpus
    from bycn.text.document import Document

__all__ = ["FIGURE_DETAILS", "build_series", "join_figures", "load_series"]

#: Figure columns :func:`join_figures` adds to a series (for briefings and footnotes).
FIGURE_DETAILS = (
    "text",
    "item",
    "kind",
    "article",
    "sentence",
    "footnote",
    "source_title",
    "source_year",
    "topic",
)


def build_series(
    figures: pd.DataFrame,
    catalog: Catalog | str | Path | None = None,
    *,
    sentences: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The series table: every figure the catalog recognises, one point each.

    figures: a figures table (:data:`bycn.schema.FIGURES`).
    catalog: a loaded :class:`~bycn.indicators.catalog.Catalog`, a path to one, or None
        for the shipped one.
    sentences: the document's sentences table (:data:`bycn.schema.SENTENCES`); lets rules'
        ``context`` and entity anaphors reach sentences that hold no figure.
    documents, articles: the documents and articles tables; they date a figure that has
        no date of its own and no dated footnote (``dated_by`` ``document``) and give
        the source URL of a figure in a text without footnotes.

    A point's ``as_of`` is the figure's own (``dated_by`` ``text``), else the year of
    the footnote source it cites (``source``), else its document's date (``document``).

    Points are ordered by indicator (catalog order), entity, date and line.
    """
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog)
    if figures.empty:
        return empty(SERIES)
    matcher = _Matcher(catalog)
    contexts = _Contexts(figures, sentences)
    dates = PointDates(documents, articles)
    order = {ident: i for i, ident in enumerate(catalog.ids)}
    rows = []
    for fig in _with_positions(figures, catalog.clause_boundary):
        found = matcher.match(fig, contexts)
        if found is None:
            continue
        indicator, entity, status = found
        as_of, dated_by = dates.date(fig.as_of, fig.source_year, fig.doc, fig.article)
        rows.append(
            {
                "indicator": indicator.id,
                "entity": entity,
                "as_of": as_of,
                "status": status,
                "value": float(fig.value),
                "unit": fig.unit,
                "qualifier": fig.qualifier,
                "dated_by": dated_by,
                "doc": fig.doc,
                "figure_id": fig.figure_id,
                "line": int(fig.line),
                "source_url": fig.source_url or dates.url(fig.doc),
            }
        )
    rows.sort(key=lambda r: order_key(order, *(r[c] for c in ORDER)))
    return table(rows, SERIES)


def load_series(
    path_or_document: str | Path | Document | Corpus | None = None,
    catalog: Catalog | str | Path | None = None,
) -> pd.DataFrame:
    """Read a corpus (default: the project's ``data/raw/``) and build its series.

    ``path_or_document`` is a corpus folder, a document's path, or an already read
    :class:`~bycn.text.document.Document` or :class:`~bycn.text.corpus.Corpus`.
    """
    document = _document(path_or_document)
    return build_series(
        document.figures,
        catalog,
        sentences=document.sentences,
        documents=document.documents,
        articles=document.articles,
    )


def join_figures(
    series: pd.DataFrame, figures: pd.DataFrame, columns: Sequence[str] = FIGURE_DETAILS
) -> pd.DataFrame:
    """The series with the figure columns a briefing shows (sentence, footnote ...) added.

    Joined on ``figure_id``; the series' order and columns come first.
    """
    wanted = [c for c in columns if c in figures.columns and c not in series.columns]
    details = figures[["figure_id", *wanted]].drop_duplicates("figure_id")
    joined = series.merge(details, on="figure_id", how="left", validate="many_to_one")
    return joined.reset_index(drop=True)


def _document(path_or_document: str | Path | Document | Corpus | None) -> Document | Corpus:
    from bycn.text.corpus import Corpus, read_corpus
    from bycn.text.document import Document, default_corpus_path

    if isinstance(path_or_document, Document | Corpus):
        return path_or_document
    path = default_corpus_path() if path_or_document is None else Path(path_or_document)
    return read_corpus(path)


class _Figure(NamedTuple):
    """One figure with what the rules look at (a tuple: cheaper to build than a dataclass)."""

    figure_id: str
    doc: str
    line: int
    value: float
    unit: str
    item: str
    qualifier: str
    article: str
    sentence: str
    as_of: str
    source_url: str
    source_year: int | None
    clause: str
    position: int  # offset of the figure in its sentence (-1 if not found)
    length: int


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _rows(frame: pd.DataFrame) -> list[Any]:
    """The rows of ``frame`` as named tuples of plain Python values.

    Much faster than ``itertuples`` on Arrow-backed string columns, which box every cell.
    """
    from collections import namedtuple

    row = namedtuple("row", frame.columns)  # type: ignore[misc]
    columns = [frame[c].tolist() for c in frame.columns]
    return [row(*values) for values in zip(*columns, strict=True)]


def _with_positions(figures: pd.DataFrame, boundary: re.Pattern[str]) -> list[_Figure]:
    """The figures, each with its position and clause in its sentence.

    The k-th figure (by offset) of a sentence whose text occurs several times in it is
    placed at the k-th occurrence.
    """
    ordered = figures.sort_values(["doc", "start", "figure_id"], kind="stable")
    # Where the last occurrence of a text was found, so that the next one is searched
    # from there: linear in a sentence that repeats one figure text many times.
    seen: dict[tuple[str, str, str], int] = {}
    bounds: dict[str, tuple[list[int], list[int]]] = {}
    result = []
    for row in _rows(ordered):
        sentence, text = _text(row.sentence), _text(row.text)
        key = (row.doc, sentence, text)
        position = _next_find(sentence, text, seen.get(key)) if text else -1
        seen[key] = position
        if sentence not in bounds:
            found = list(boundary.finditer(sentence))
            bounds[sentence] = ([m.start() for m in found], [m.end() for m in found])
        clause = (
            _clause(sentence, position, len(text), boundary, bounds[sentence])
            if position >= 0
            else sentence
        )
        result.append(
            _Figure(
                figure_id=row.figure_id,
                doc=row.doc,
                line=int(row.line),
                value=row.value,
                unit=row.unit,
                item=_text(row.item),
                qualifier=row.qualifier,
                article=_text(row.article),
                sentence=sentence,
                as_of=_text(row.as_of),
                source_url=_text(row.source_url),
                source_year=None if pd.isna(row.source_year) else int(row.source_year),
                clause=clause,
                position=position,
                length=len(text),
            )
        )
    return result


def _next_find(haystack: str, needle: str, previous: int | None) -> int:
    """The occurrence of ``needle`` after ``previous`` (the first if None); the last one
    found again when there is no further one."""
    if previous is None:
        return haystack.find(needle)
    found = haystack.find(needle, previous + 1)
    return previous if found < 0 else found


_LOOKAROUND = 8  # characters a boundary's lookahead may see past its match


def _clause(
    sentence: str,
    position: int,
    length: int,
    boundary: re.Pattern[str],
    bounds: tuple[list[int], list[int]],
) -> str:
    """The clause of ``sentence`` around ``[position:position + length]``.

    ``bounds``: the starts and ends of the boundaries in the sentence, found once; the
    clause is found by bisection, not by a scan of the sentence per figure.
    """
    starts, ends = bounds
    i = bisect.bisect_right(ends, position - _LOOKAROUND)
    start = ends[i - 1] if i else 0
    # The last few characters before the figure are scanned as before (a lookahead ends
    # at the figure); boundaries are short, so a few characters more are enough.
    for m in boundary.finditer(sentence, max(start, position - 2 * _LOOKAROUND), position):
        start = m.end()
    end = len(sentence)
    j = bisect.bisect_left(starts, position + length)
    if j < len(starts):
        end = starts[j]
    return sentence[start:end].strip()


class _Contexts:
    """The sentences before a figure's sentence, in the same article, nearest first."""

    def __init__(self, figures: pd.DataFrame, sentences: pd.DataFrame | None) -> None:
        # Per doc: ordered list of (article key, text, first_line, last_line).
        self._order: dict[str, list[tuple[str, str, int, int]]] = {}
        self._index: dict[tuple[str, str], list[int]] = {}
        if sentences is not None and not sentences.empty:
            rows = sentences.sort_values(["doc", "sentence_id"], kind="stable")
            names = ("doc", "article", "text", "first_line", "last_line")
            docs, articles, texts, firsts, lasts = (rows[c].tolist() for c in names)
            for row in zip(docs, articles, texts, firsts, lasts, strict=True):
                self._add(row[0], str(row[1]), _text(row[2]), int(row[3]), int(row[4]))
        else:
            # Without a sentences table the figures' own sentences are all we know.
            firsts = (
                figures.assign(sent=figures["sentence"].map(_text))
                .groupby(["doc", "article", "sent"], sort=False)["line"]
                .agg(["min", "max"])
                .reset_index()
                .sort_values(["doc", "min"], kind="stable")
            )
            for row in firsts.itertuples(index=False):
                self._add(row.doc, _text(row.article), row.sent, int(row.min), int(row.max))

    def _add(self, doc: str, article: str, text: str, first: int, last: int) -> None:
        entries = self._order.setdefault(doc, [])
        self._index.setdefault((doc, text), []).append(len(entries))
        entries.append((article, text, first, last))

    def before(self, fig: _Figure, count: int) -> list[str]:
        """Up to ``count`` sentences before the figure's, nearest first, same article only."""
        if count <= 0:
            return []
        entries = self._order.get(fig.doc, [])
        candidates = self._index.get((fig.doc, fig.sentence), [])
        if not candidates:
            # Texts folded differently: fall back to the sentence the figure's line is in.
            candidates = [i for i, e in enumerate(entries) if e[2] <= fig.line <= e[3]][:1]
        if not candidates:
            return []
        here = min(
            candidates,
            key=lambda i: (
                not entries[i][2] <= fig.line <= entries[i][3],
                abs(entries[i][2] - fig.line),
            ),
        )
        article = entries[here][0]
        found = []
        for i in range(here - 1, -1, -1):
            if entries[i][0] != article or len(found) == count:
                break
            found.append(entries[i][1])
        return found


class _Matcher:
    """Applies the catalog's indicators, in order, to one figure at a time."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._found: dict[tuple[int, str], bool] = {}
        self._by_unit: dict[str, list[tuple[Indicator, list[Rule]]]] = {}
        self._mentions: dict[str, list[tuple[int, int, Any]]] = {}
        names = sorted(
            ((name, e) for e in catalog.entities for name in e.names),
            key=lambda pair: -len(pair[0]),
        )
        self._entity_of = {name: e for name, e in names}
        alternation = "|".join(re.escape(name) for name, _ in names)
        self._names = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if names else None

    def match(self, fig: _Figure, contexts: _Contexts) -> tuple[Indicator, str, str] | None:
        for indicator, rules in self._candidates(fig.unit):
            for rule in rules:
                if not self._rule_matches(rule, fig, contexts):
                    continue
                entity = self._entity(indicator.entity, fig, contexts)
                if entity is None:
                    break  # this indicator cannot place the figure; try the next one
                return indicator, entity, self._status(indicator, rule, fig)
        return None

    def _candidates(self, unit: str) -> list[tuple[Indicator, list[Rule]]]:
        """The indicators (in order) and their rules that take ``unit``; once per unit."""
        if unit not in self._by_unit:
            indicators = [i for i in self.catalog.indicators if unit in i.units]
            self._by_unit[unit] = [(i, [r for r in i.rules if unit in r.units]) for i in indicators]
        return self._by_unit[unit]

    def _rule_matches(self, rule: Rule, fig: _Figure, contexts: _Contexts) -> bool:
        if rule.item is not None and not rule.item.search(fig.item):
            return False
        if rule.not_item and any(p.search(fig.item) for p in rule.not_item):
            return False
        if rule.near and not self._any(rule.near, fig.clause):
            return False
        if rule.not_near and self._any(rule.not_near, fig.clause):
            return False
        if rule.sentence and not self._any(rule.sentence, fig.sentence):
            return False
        if rule.not_sentence and self._any(rule.not_sentence, fig.sentence):
            return False
        if rule.context or rule.not_context:
            texts = [fig.sentence, *contexts.before(fig, rule.look_back)]
            if rule.context and not any(self._any(rule.context, t) for t in texts):
                return False
            if any(self._any(rule.not_context, t) for t in texts):
                return False
        return True

    def _any(self, patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
        """Whether one of ``patterns`` is found in ``text``; remembered, as the figures of
        one sentence (and the same sentence quoted twice) ask the same questions."""
        if not patterns:
            return False
        key = (id(patterns), text)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = any(p.search(text) for p in patterns)
        return found

    def _entity(self, spec: EntitySpec, fig: _Figure, contexts: _Contexts) -> str | None:
        if spec.fixed is not None:
            return spec.fixed
        found = self._nearest(fig.sentence, spec.kind, fig.position, fig.length)
        if found is None and spec.anaphor is not None and spec.anaphor.search(fig.sentence):
            for text in contexts.before(fig, spec.look_back):
                found = self._nearest(text, spec.kind, len(text), 0)
                if found is not None:
                    break
        return found if found is not None else spec.default

    def _nearest(self, text: str, kind: str | None, position: int, length: int) -> str | None:
        """The entity of ``kind`` named in ``text`` nearest the span at ``position``."""
        if self._names is None:
            return None
        if text not in self._mentions:  # a sentence's names, found once for all its figures
            found = self._names.finditer(text)
            self._mentions[text] = [(m.start(), m.end(), self._entity_of[m[0]]) for m in found]
        best: tuple[int, int, str] | None = None
        anchor = max(position, 0)
        for start, end, entity in self._mentions[text]:
            if entity.kind != kind:
                continue
            key = (anchor - end, 0) if end <= anchor else (max(start - (anchor + length), 0), 1)
            if best is None or key < best[:2]:
                best = (*key, entity.name)
        return best[2] if best is not None else None

    def _status(self, indicator: Indicator, rule: Rule, fig: _Figure) -> str:
        if rule.status is not None:
            return rule.status
        if indicator.status != "auto":
            return indicator.status
        words = indicator.target if indicator.target is not None else self.catalog.target
        return "target" if self._any(words, fig.sentence) else "actual"
