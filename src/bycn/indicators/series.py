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
The document's sentences table lets context reach sentences that hold no figure;
without it (None), only sentences that hold figures are known.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from bycn.indicators.catalog import Catalog, load_catalog
from bycn.indicators.cells import Columns
from bycn.indicators.dating import PointDates, level_date, with_growth
from bycn.indicators.matcher import Matcher
from bycn.indicators.order import ORDER, order_key
from bycn.indicators.scopes import Contexts, figure_scopes
from bycn.schema import SERIES, empty, table
from bycn.text.workers import collector_paused
from bycn.vocabulary import GROWTH_UNITS

if TYPE_CHECKING:
    from bycn.text.corpus import Corpus
    from bycn.text.document import Document

__all__ = [
    "FIGURE_DETAILS",
    "DocumentSeries",
    "build_series",
    "join_figures",
    "load_series",
    "series_rows",
    "series_table",
]

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
    sentences: pd.DataFrame | None,
    documents: pd.DataFrame | None,
    articles: pd.DataFrame | None,
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

    The tables are required, None only where one is not known (figures made by hand):
    a table left out by mistake would give other points than the CLI's. (An article's
    title, part of its lead where a point of the pair may name China, is the figures'
    own ``article``.)

    A point's ``as_of`` is the figure's own (``dated_by`` ``text``), else the year of
    the footnote source it cites (``source``), else its document's date (``document``);
    a figure with none of these is no point.

    Points are ordered by indicator (catalog order), entity, date and line.
    """
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog)
    if figures.empty:
        return empty(SERIES)
    rows = series_rows(
        figures, _matcher(catalog), sentences=sentences, documents=documents, articles=articles
    )
    return series_table(rows, catalog)


# The matcher of the catalog built with last: compiling its rules (~40 ms) took most of a
# short text's series, and a session, a notebook or a worker process builds many with one
# catalog. It holds nothing of a text between calls (series_rows has it forget).
_KEPT: list[Matcher] = []


def _matcher(catalog: Catalog) -> Matcher:
    """The matcher of ``catalog``: the one kept if it is of this catalog, else a new one."""
    if not _KEPT or _KEPT[0].catalog is not catalog:
        _KEPT[:] = [Matcher(catalog)]
    return _KEPT[0]


def series_rows(
    figures: Columns,
    matcher: Matcher,
    *,
    sentences: Columns | None,
    documents: Columns | None,
    articles: Columns | None,
) -> list[dict[str, Any]]:
    """The points of :func:`build_series` as rows (dicts by column), unordered; from the
    tables as DataFrames or as columns (a dict of lists each), of any set of documents.
    """
    # Over a generated corpus of 1,000 documents, 3 to 4 full collections took a quarter
    # of the time; what matching makes holds no cycles.
    with collector_paused():
        # What the matcher found in earlier tables' texts is of little use here (their
        # sentences seldom recur) and costs memory: forgotten before and after.
        matcher.forget()
        contexts = Contexts(figures, sentences)
        dates = PointDates(documents, articles)
        rows = []
        for fig in figure_scopes(figures, matcher.clauses):
            found = matcher.match(fig, contexts)
            if found is None:
                continue
            indicator, entity, status = found
            shared = matcher.shared
            as_of, dated_by = dates.date(fig.as_of, fig.source_year, fig.doc, fig.article)
            as_of, dated_by = dates.same_period(fig.doc, fig.sentence, as_of, dated_by, status)
            # (a stock's growth is a change over a span, as a flow is: "Wachstum um 2,7%"; and
            # so is a stock's amount told with its growth, a sum over its span: "Die
            # Investitionen beliefen sich auf Br57,8 Mio. (Wachstum um 2,7%)")
            summed = indicator.measure == "stock" and with_growth(fig)
            spanned = indicator.measure == "flow" or fig.unit in GROWTH_UNITS or summed
            if dated_by == "document" and spanned:
                titled = dates.titled(fig.doc, fig.article)
                if titled:
                    as_of, dated_by = titled, "text"  # of the period the title names
                else:  # told in the past: of the period of the last fact before it
                    as_of, dated_by = dates.carried(fig, entity, as_of, dated_by)
            written = partial(dates.written, fig.source_year, fig.doc, fig.article)
            as_of, dated_by, status = matcher.plans.settle(fig, as_of, dated_by, status, written)
            as_of, dated_by = dates.planned(fig, as_of, dated_by, status, contexts)
            if indicator.measure == "flow":  # "Ende 2019 wollen wir ... erreichen": the year's
                as_of = matcher.plans.year_end(fig, as_of, dated_by, status)
            site = contexts.site(fig)
            dates.saw(fig.doc, as_of, dated_by, status, entity, fig.sentence, site)
            if indicator.measure == "stock" and fig.unit not in GROWTH_UNITS and not summed:
                # a count or an amount reached (a level, not its change over a span): at
                # its span's end, or now in the year still running
                now = written() if status == "actual" else ""
                as_of = level_date(as_of, now, fig.sentence)
            as_of, dated_by = matcher.dated(fig, as_of, dated_by, status)
            if not as_of:
                # A point is a value at one date (indicators.md). A figure of a document with
                # no date, and none of its own, stays in the figures table; `bycn corpus` and
                # the briefings' headers show its document undated.
                continue
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
            rows.extend({**rows[-1], "entity": other} for other in shared)
        matcher.forget()
        return rows


def series_table(rows: Iterable[Mapping[str, Any]], catalog: Catalog) -> pd.DataFrame:
    """The series table of ``rows`` (from :func:`series_rows`, of one or many documents),
    its points ordered by indicator (catalog order), entity, date, document and line."""
    order = {ident: i for i, ident in enumerate(catalog.ids)}
    ordered = sorted(rows, key=lambda r: order_key(order, *(r[c] for c in ORDER)))
    return table(ordered, SERIES)


class DocumentSeries:
    """The series rows of a document (or of any set), from its figures, sentences,
    documents and articles tables (as columns or DataFrames): a hook for
    :func:`~bycn.text.corpus.read_corpus` (``derive``), so that the worker process that
    parsed a document finds its points too (a point depends on its own document alone).

    The rules are compiled once in each process, on its first document (the matcher
    kept per catalog, as :func:`build_series` keeps it); a spawned worker is sent the
    catalog alone.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def __call__(self, tables: Mapping[str, Columns]) -> list[dict[str, Any]]:
        return series_rows(
            tables["figures"],
            _matcher(self.catalog),
            sentences=tables["sentences"],
            documents=tables["documents"],
            articles=tables["articles"],
        )


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
