"""The bundle a briefing notebook uses: prepare once, then display each part.

A notebook calls :func:`prepare` and displays what the returned
:class:`Briefing` renders: its header, the key-figures table, charts, a
narrative, caveats, sources and the evidence appendix. Every value shown links
to its evidence entry (the German sentence, its source, how its date was
fixed); every source mark links to its entry in the sources. The pieces are
rendered by :mod:`bycn.report.html` (Jinja templates, autoescaped), the charts
by :mod:`bycn.report.charts` (inline SVG). The caveats, the sources and the
appendix hold what the parts before them showed: display them last, in that
order.

In a notebook::

    from bycn.report.briefing import prepare
    b = prepare("trade", corpus=corpus, start=start, end=end, language=language)
    display(b.header(), b.key_figures_table(), *b.charts(b.chart("trade.turnover")))
    display(b.narrative(), b.caveats(), b.sources(), b.evidence_appendix())

>>> import pandas as pd
>>> points = pd.DataFrame({"indicator": ["park.jobs"], "entity": ["Great Stone"],
...     "as_of": ["2022-12"], "status": ["actual"], "value": [1800.0], "unit": ["count"],
...     "qualifier": ["more_than"], "line": [9], "footnote": [4], "sentence": ["..."]})
>>> b = Briefing.of("park_investment", points, language="de")
>>> b.key_figures()[["label", "latest", "latest_as_of"]].values.tolist()
[['Geschaffene Arbeitsplätze', 'mehr als 1.800 [4]', 'Dezember 2022']]
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from bycn import periods
from bycn.indicators.catalog import Catalog, load_catalog
from bycn.indicators.stored import corpus_points
from bycn.report import charts, chartstyle, html
from bycn.report.briefings import check_parameters, get_briefing
from bycn.report.evidence import Evidence
from bycn.report.facts import Conflict, Fact, facts, find_conflicts
from bycn.report.formatting import format_day, plural, texts
from bycn.report.summary import KeyFigure, caveat_rows, key_figure_rows, narrative_fields

if TYPE_CHECKING:
    from IPython.display import HTML

__all__ = ["Briefing", "filter_period", "prepare"]


def _display(markup: str) -> HTML:
    from IPython.display import HTML

    return HTML(str(markup))


def _bounds(row: Any) -> periods.Bounds | None:
    found = periods.bounds(getattr(row, "as_of", ""))
    if found is None:
        year = getattr(row, "source_year", None)
        if year is not None and not pd.isna(year):
            return (int(year), 1), (int(year), 12)
    return found


def filter_period(
    points: pd.DataFrame, start: int | None = None, end: int | None = None
) -> pd.DataFrame:
    """The points whose date falls in the years ``start``..``end`` (None: open).

    A point is kept when its period overlaps the range; targets look ahead, so a
    target is kept when it falls after ``start``, whatever ``end``. A point without
    ``as_of`` counts by its source's year, if known; otherwise it is kept only when
    no range is given.

    >>> p = pd.DataFrame({"as_of": ["2021-12", "2022-Q1", "2025"],
    ...                   "status": ["actual", "actual", "target"]})
    >>> filter_period(p, 2022, 2022)["as_of"].tolist()
    ['2022-Q1', '2025']
    """
    if start is None and end is None:
        return points.reset_index(drop=True)
    low = (start, 1) if start is not None else (0, 0)
    high = (end, 12) if end is not None else (9999, 12)

    def keep(row: Any) -> bool:
        found = _bounds(row)
        if found is None:
            return False
        first, last = found
        if getattr(row, "status", "actual") == "target":
            return last >= low
        return first <= high and last >= low

    mask = [keep(row) for row in points.itertuples(index=False)]
    return points[mask].reset_index(drop=True)


@dataclass(frozen=True)
class Briefing:
    """Everything one briefing shows, for one set of parameters.

    name: ``trade``, ``education`` or ``park_investment``.
    points: the series points shown (filtered), joined with their figures' sentence,
        footnote, source title, URL and year (and document columns, where known).
    """

    name: str
    language: str
    corpus: Path
    start: int | None
    end: int | None
    points: pd.DataFrame
    catalog: Catalog
    selection: str = ""
    built: _dt.date = field(default_factory=_dt.date.today)

    @classmethod
    def of(
        cls,
        name: str,
        points: pd.DataFrame,
        *,
        language: str = "en",
        catalog: Catalog | None = None,
        corpus: str | Path = "corpus",
        start: int | None = None,
        end: int | None = None,
        built: _dt.date | None = None,
    ) -> Briefing:
        """A briefing of given points (tests, or a notebook that selects its own)."""
        texts(language)  # fail early on an unknown language
        return cls(
            name=name,
            language=language,
            corpus=Path(corpus),
            start=start,
            end=end,
            points=points,
            catalog=catalog or load_catalog(),
            built=built or _dt.date.today(),
        )

    # --- the facts -----------------------------------------------------------------------

    @cached_property
    def facts(self) -> list[Fact]:
        return facts(self.points, self.catalog)

    @cached_property
    def evidence(self) -> Evidence:
        return Evidence(self.facts, self.language, self.catalog)

    @cached_property
    def conflicts(self) -> list[Conflict]:
        return find_conflicts(self.facts)

    @cached_property
    def _key_figure_rows(self) -> list[KeyFigure]:
        return key_figure_rows(self.evidence)

    @cached_property
    def _narrative_fields(self) -> dict[str, object]:
        return narrative_fields(self.evidence)

    @cached_property
    def _chart_numbers(self) -> itertools.count[int]:
        return itertools.count(1)

    # --- the parts -----------------------------------------------------------------------

    def period_text(self) -> str:
        """The years covered: the parameters', else those of the reported values."""
        t = texts(self.language)["header"]
        start, end = self.start, self.end
        if start is None or end is None:
            # Targets look ahead; the period covered is that of the reported values.
            actual = [f for f in self.facts if f.status != "target"]
            years = sorted(
                {y for f in actual if (b := periods.bounds(f.period)) for y in (b[0][0], b[1][0])}
            )
            if not years:
                if start is None and end is None:
                    return t["all_periods"]
                return t["no_period"].format(start=start if start is not None else end)
            start = start if start is not None else years[0]
            end = end if end is not None else years[-1]
        return f"{start}–{end}" if start != end else str(start)

    def documents_text(self) -> str:
        """How many documents the values come from, and the span of their dates."""
        t = texts(self.language)["header"]
        docs = set(self.points["doc"].dropna()) if "doc" in self.points else set()
        count = max(len(docs), 1) if len(self.points) else len(docs)
        dates: list[str] = []
        if "doc_date" in self.points:
            dates = [str(d)[:10] for d in self.points["doc_date"].dropna() if str(d).strip()]
        if not dates and "source_year" in self.points:
            dates = [str(int(y)) for y in self.points["source_year"].dropna()]
        if not dates:
            return plural(t["documents_undated"], count, self.language)
        first, last = min(dates), max(dates)
        span = first if first == last else f"{first}–{last}"
        return plural(t["documents"], count, self.language, span=span)

    def header(self) -> HTML:
        """Title, period covered, build date, corpus, documents (and the selection, if any)."""
        t = texts(self.language)
        h = t["header"]
        rows = [
            (h["period"], self.period_text()),
            (h["built"], format_day(self.built, self.language)),
            (h["corpus"], f"{self.corpus.name} · {self.documents_text()}"),
            (h["points"], str(len(self.points))),
        ]
        if self.selection:
            rows.append((h["filter"], self.evidence.entity(self.selection)))
        return _display(html.header_html(t["titles"][self.name], t["subtitle"], rows))

    def key_figures(self) -> pd.DataFrame:
        """The key figures as a table of display strings (one row per series)."""
        rows = []
        for r in self._key_figure_rows:

            def shown(values: Sequence[Any]) -> str:
                return " / ".join(
                    f"{v.text} [{', '.join(m.label for m in v.marks)}]".replace(" []", "")
                    for v in values
                )

            rows.append(
                {
                    "indicator": r.indicator,
                    "label": r.label,
                    "entity": r.entity,
                    "unit": r.unit,
                    "status": r.status,
                    "latest": shown(r.latest),
                    "latest_as_of": r.latest_as_of,
                    "previous": shown(r.previous) or "–",
                    "previous_as_of": r.previous_as_of,
                    "change": r.change,
                    "change_value": r.change_value,
                }
            )
        return pd.DataFrame(rows)

    def key_figures_table(self) -> HTML:
        return _display(html.key_figures_html(self.evidence, self._key_figure_rows))

    def narrative(self) -> HTML:
        return _display(html.narrative_html(self.name, self.evidence, self._narrative_fields))

    def caveats(self) -> HTML:
        """The conflicts among the values shown: display it after the charts."""
        self._cite_statements()
        return _display(html.caveats_html(self.evidence, self.conflicts))

    def sources(self) -> HTML:
        """The footnotes and documents the values shown cite (display it after the charts)."""
        self._cite_statements()
        caveat_rows(self.evidence, self.conflicts)
        return _display(html.sources_html(self.evidence))

    def evidence_appendix(self) -> HTML:
        """The "Evidence" ("Belege") appendix: every value shown, with its German sentence.

        It holds the values of the key figures, the narrative and the caveats, and the
        points of the charts drawn before it: display it last.
        """
        self._cite_statements()
        caveat_rows(self.evidence, self.conflicts)
        return _display(html.evidence_html(self.evidence))

    def _cite_statements(self) -> None:
        """Cite the values the key figures and the narrative state, shown yet or not
        (each is worked out once per briefing)."""
        _ = self._key_figure_rows, self._narrative_fields

    def heading(self, key: str) -> HTML:
        """A section heading of texts.yaml (``charts`` ...)."""
        return _display(html.render("heading.html.j2", text=texts(self.language)["headings"][key]))

    def _show(self, chart: chartstyle.Chart | None) -> HTML | None:
        if chart is None:
            # Fewer than two comparable values: the key figures hold it; no chart.
            return None
        svg = chartstyle.to_svg(chart, self.evidence)
        hits = chartstyle.hits(chart, self.evidence)
        return _display(html.chart_html(svg, chart.caption, chart.marks, hits))

    def chart(
        self,
        indicators: str | Sequence[str],
        unit: str | None = None,
        entity: str | None = None,
        title: str | None = None,
    ) -> HTML | None:
        """A chart of indicators in one unit (:func:`bycn.report.charts.series_chart`) as
        inline SVG; None (nothing displayed) when it would show fewer than two comparable
        values. ``title`` is a key of ``chart_titles`` in texts.yaml."""
        shown = texts(self.language)["chart_titles"][title] if title else None
        name = f"chart{next(self._chart_numbers)}"
        return self._show(
            charts.series_chart(
                self.evidence, indicators, unit=unit, entity=entity, title=shown, name=name
            )
        )

    def bars(self, indicator: str, unit: str | None = None) -> HTML | None:
        """Latest value per entity (:func:`bycn.report.charts.bar_by_entity`)."""
        name = f"chart{next(self._chart_numbers)}"
        return self._show(charts.bar_by_entity(self.evidence, indicator, unit=unit, name=name))

    def charts(self, *shown: HTML | None) -> list[HTML]:
        """The charts drawn, under the charts heading; nothing when none was drawn."""
        drawn = [c for c in shown if c is not None]
        return [self.heading("charts"), *drawn] if drawn else []

    def has(self, indicator: str, unit: str | None = None) -> bool:
        """Whether any point of ``indicator`` (in ``unit``) is shown."""
        mask = self.points["indicator"] == indicator
        if unit is not None:
            mask &= self.points["unit"] == unit
        return bool(mask.any())


def prepare(
    name: str, *, catalog: Catalog | str | Path | None = None, **params: object
) -> Briefing:
    """Validate briefing ``name``'s parameters, read the corpus and select what it shows.

    ``params`` are the briefing's parameters (:mod:`bycn.report.briefings`), e.g.
    ``corpus``, ``start``, ``end``, ``language`` and its own: ``region`` (trade),
    ``institution`` (education), ``include_targets`` (park_investment). Every bad
    value is reported at once in one :class:`~bycn.exceptions.ParameterError`.
    """
    spec = get_briefing(name)
    values = check_parameters(name, params)
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog)
    corpus = Path(str(values["corpus"]))
    # The points, read from the store the parse step made (built and stored if not).
    points = corpus_points(corpus, catalog)
    points = spec.select(points, values, catalog)
    start, end = values["start"], values["end"]
    points = filter_period(points, start, end)  # type: ignore[arg-type]
    return Briefing(
        name=name,
        language=str(values["language"]),
        corpus=corpus,
        start=start,  # type: ignore[arg-type]
        end=end,  # type: ignore[arg-type]
        points=points,
        catalog=catalog,
        selection=spec.selection(values),
    )
