"""What the briefing notebooks show, computed and rendered here so the notebooks stay thin.

A notebook calls :func:`prepare` once and displays what the returned
:class:`Briefing` renders: its header, the key-figures table, charts
(:mod:`bycn.report.plots`), a narrative, caveats and sources. Every text comes from
``texts.yaml`` (English and German); every number shown carries the number of
the footnote that sources it (``730.6 m USD [16]``); the same fact quoted
twice (same value and date, two sentences) shows once and cites both; source
text is always HTML-escaped.

>>> from bycn.report.briefing import format_value
>>> format_value(730_600_000, "USD", "exact", "en")
'USD 730.6 m'
>>> format_value(730_600_000, "USD", "exact", "de")
'730,6 Mio. USD'
>>> format_value(1800, "count", "more_than", "de")
'mehr als 1.800'

In a notebook::

    from bycn.report import briefing
    b = briefing.prepare("trade", corpus=corpus, start=start, end=end, language=language,
                         region=region)
    display(b.header(), b.key_figures_table(), b.caveats(), b.sources())
"""

from __future__ import annotations

import datetime as _dt
import html
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from bycn import periods
from bycn.indicators.catalog import Catalog, load_catalog
from bycn.indicators.series import build_series, join_figures
from bycn.report.briefings import check_parameters, get_briefing
from bycn.vocabulary import GROWTH_UNITS, MONEY_UNITS

if TYPE_CHECKING:
    from IPython.display import HTML


__all__ = [
    "Briefing",
    "Conflict",
    "caveats",
    "facts",
    "filter_period",
    "find_conflicts",
    "footnote_mark",
    "format_date",
    "format_number",
    "format_value",
    "header",
    "key_figures",
    "key_figures_table",
    "narrative",
    "prepare",
    "sources",
    "texts",
]


@cache
def _all_texts() -> Mapping[str, Any]:
    import yaml

    return yaml.safe_load(resources.files(__package__).joinpath("texts.yaml").read_text("utf-8"))


def texts(language: str = "en") -> Mapping[str, Any]:
    """The headings, labels and templates of ``language`` (``en`` or ``de``) from texts.yaml."""
    data = _all_texts()
    if language not in data:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(data)}")
    return data[language]


# --- formatting -------------------------------------------------------------------------


def format_number(value: float, language: str = "en", decimals: int | None = None) -> str:
    """A number with the language's separators: en ``1,234.5``, de ``1.234,5``.

    Without ``decimals``, whole numbers show none and others up to two, trailing zeros cut.

    >>> format_number(1234.5, "de"), format_number(1234.5, "en"), format_number(2.0, "en")
    ('1.234,5', '1,234.5', '2')
    """
    trim = decimals is None
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if language == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _scaled(value: float) -> tuple[float, int]:
    for scale in (1_000_000_000, 1_000_000, 1_000):
        if abs(value) >= scale:
            return value / scale, scale
    return value, 1


def format_value(value: float, unit: str, qualifier: str = "exact", language: str = "en") -> str:
    """A value with its unit and qualifier, as a reader expects it in ``language``.

    >>> format_value(1.24e9, "USD", "exact", "en"), format_value(1.24e9, "USD", "exact", "de")
    ('USD 1.24 bn', '1,24 Mrd. USD')
    >>> format_value(2.5, "times", "more_than", "en"), format_value(16, "percent", "exact", "de")
    ('more than 2.5×', '16 %')
    """
    t = texts(language)
    if unit in MONEY_UNITS:
        number, scale = _scaled(value)
        word = t["money_scale"].get(str(scale), "") if scale > 1 else ""
        shown = format_number(round(number, 2), language)
        if language == "de":
            core = f"{shown} {word} {unit}" if word else f"{shown} {unit}"
        else:
            core = f"{unit} {shown} {word}" if word else f"{unit} {shown}"
    elif unit == "percent":
        core = format_number(value, language) + (" %" if language == "de" else "%")
    elif unit == "times":
        core = format_number(value, language) + ("-fach" if language == "de" else "×")
    elif unit == "ordinal":
        core = ("Nr. " if language == "de" else "No. ") + format_number(value, language)
    elif unit == "count":
        core = format_number(value, language)
    else:
        core = f"{format_number(value, language)} {unit}"
    prefix = t["qualifiers"].get(qualifier, "")
    return f"{prefix} {core}" if prefix else core


def format_date(as_of: str, language: str = "en") -> str:
    """An ``as_of`` value in words: ``2021-12`` -> ``December 2021`` / ``Dezember 2021``.

    >>> format_date("2022-Q1", "de"), format_date("2021-01/2021-05", "en")
    ('1. Quartal 2022', 'January–May 2021')
    """
    return periods.label(as_of, language) or texts(language)["undated"]


def footnote_mark(notes: Iterable[int], lines: Iterable[int] = (), language: str = "en") -> str:
    """``[16]``, ``[36, 83]``; a value with no footnote cites its line: ``[line 49]``.

    >>> footnote_mark([83, 36]), footnote_mark([], [49], "de")
    ('[36, 83]', '[Z. 49]')
    """
    numbers = sorted({int(n) for n in notes})
    if numbers:
        return "[" + ", ".join(str(n) for n in numbers) + "]"
    word = "Z." if language == "de" else "line"
    return "[" + ", ".join(f"{word} {n}" for n in sorted(set(lines))) + "]" if lines else ""


# --- preparing the points ---------------------------------------------------------------


def filter_period(
    points: pd.DataFrame, start: int | None = None, end: int | None = None
) -> pd.DataFrame:
    """The points whose date falls in the years ``start``..``end`` (None: open).

    A point is kept when its period overlaps the range; targets look ahead, so a
    target is kept when it falls after ``start``, whatever ``end``. A point without
    ``as_of`` counts by its source's year, if known; otherwise it is kept only when
    no range is given.

    >>> import pandas as pd
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
        bounds = _bounds(row)
        if bounds is None:
            return False
        first, last = bounds
        if getattr(row, "status", "actual") == "target":
            return last >= low
        return first <= high and last >= low

    mask = [keep(row) for row in points.itertuples(index=False)]
    return points[mask].reset_index(drop=True)


def _bounds(row: Any) -> tuple[tuple[int, int], tuple[int, int]] | None:
    bounds = periods.bounds(getattr(row, "as_of", ""))
    if bounds is None:
        year = getattr(row, "source_year", None)
        if year is not None and not pd.isna(year):
            return (int(year), 1), (int(year), 12)
    return bounds


@dataclass(frozen=True)
class Fact:
    """One value of one series, as quoted by one or more sentences."""

    indicator: str
    entity: str
    unit: str
    status: str
    as_of: str
    value: float
    qualifier: str
    footnotes: tuple[int, ...]
    lines: tuple[int, ...]
    sentences: tuple[str, ...]
    source_year: int | None = None

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        """Orders facts by date; an undated fact stands at the end of its source's year."""
        if periods.bounds(self.as_of) is None and self.source_year:
            return (self.source_year, 12, self.source_year, 12)
        return periods.sort_key(self.as_of)

    def interval(self) -> tuple[float, float]:
        """The values the qualifier allows: ``more than 100`` is (100, inf)."""
        v = self.value
        if self.unit == "ordinal":
            # "The 89th resident" means at least 89 residents; two ordinals never disagree.
            return (v, float("inf"))
        return {
            "more_than": (v, float("inf")),
            "at_least": (v, float("inf")),
            "almost": (0.9 * v, v),
            "about": (0.9 * v, 1.1 * v),
            "up_to": (0.0, v),
            "less_than": (0.0, v),
        }.get(self.qualifier, (v, v))

    def shown(self, language: str = "en") -> str:
        """The value with unit, qualifier and footnote mark."""
        mark = footnote_mark(self.footnotes, self.lines, language)
        return f"{format_value(self.value, self.unit, self.qualifier, language)} {mark}".strip()

    def date(self, language: str = "en") -> str:
        if periods.bounds(self.as_of) is None and self.source_year:
            return texts(language)["source_dated"].format(year=self.source_year)
        return format_date(self.as_of, language)


def facts(points: pd.DataFrame) -> list[Fact]:
    """The distinct facts of the points: same series, value and date quoted twice is one fact.

    Ordered by indicator order of appearance, entity, unit, status, date.
    """
    if points.empty:
        return []
    order = {ident: i for i, ident in enumerate(dict.fromkeys(points["indicator"]))}
    keys = ["indicator", "entity", "unit", "status", "as_of", "value"]
    result = []
    for key, group in points.sort_values("line", kind="stable").groupby(keys, sort=False):
        indicator, entity, unit, status, as_of, value = key
        notes = tuple(
            sorted({int(n) for n in group.get("footnote", pd.Series()) if not pd.isna(n)})
        )
        years = [int(y) for y in group.get("source_year", pd.Series()) if not pd.isna(y)]
        qualifiers = list(group["qualifier"])
        qualifier = "exact" if "exact" in qualifiers else qualifiers[0]
        result.append(
            Fact(
                indicator=indicator,
                entity=entity,
                unit=unit,
                status=status,
                as_of=as_of,
                value=float(value),
                qualifier=qualifier,
                footnotes=notes,
                lines=tuple(int(x) for x in group["line"]),
                sentences=tuple(dict.fromkeys(group.get("sentence", pd.Series(dtype=str)))),
                source_year=max(years) if years else None,
            )
        )
    result.sort(key=lambda f: (order[f.indicator], f.entity, f.unit, f.status, f.sort_key, f.lines))
    return result


def _series_groups(all_facts: Sequence[Fact]) -> dict[tuple[str, str, str, str], list[Fact]]:
    groups: dict[tuple[str, str, str, str], list[Fact]] = {}
    for fact in all_facts:
        groups.setdefault((fact.indicator, fact.entity, fact.unit, fact.status), []).append(fact)
    return groups


def _by_date(series: Sequence[Fact]) -> list[list[Fact]]:
    """The series' facts grouped by date, latest date first; the best-attested fact first."""
    dates: dict[tuple[int, int, int, int], list[Fact]] = {}
    for fact in series:
        dates.setdefault(fact.sort_key, []).append(fact)
    ordered = [dates[k] for k in sorted(dates, reverse=True)]
    for group in ordered:
        # Exact values first, then the narrowest range ("more than 560" says more than
        # "more than 540"), then the best cited.
        group.sort(
            key=lambda f: (f.qualifier != "exact", _width(f), -f.value, -len(f.footnotes), f.lines)
        )
    return ordered


def _width(fact: Fact) -> float:
    low, high = fact.interval()
    return high - low


def _span(fact: Fact) -> int | None:
    return periods.months(fact.as_of)


def _comparable(a: Fact, b: Fact, measure: str) -> bool:
    """Whether a change from ``b`` to ``a`` means something: any two levels of a stock,
    but sums of a flow only over periods of the same length (a year is no quarter)."""
    if measure == "stock":
        return True
    return _span(a) is not None and _span(a) == _span(b)


def _same_date(a: Fact, b: Fact, measure: str) -> bool:
    """Whether two facts speak of the same date: the same period; for a stock also two
    periods that end in the same month ("Ende 2022" and "2022")."""
    bounds_a, bounds_b = periods.bounds(a.as_of), periods.bounds(b.as_of)
    if bounds_a is None or bounds_b is None:
        return False
    if bounds_a == bounds_b:
        return True
    return measure == "stock" and bounds_a[1] == bounds_b[1]


def _agree(a: Fact, b: Fact) -> bool:
    (lo_a, hi_a), (lo_b, hi_b) = a.interval(), b.interval()
    tolerance = 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    return lo_a <= hi_b + tolerance and lo_b <= hi_a + tolerance


def _shown_at_date(group: Sequence[Fact], language: str) -> tuple[str, Fact | None]:
    """One date's value(s): disagreeing values are all shown (and listed under caveats)."""
    first = group[0]
    disagreeing = [f for f in group[1:] if not _agree(first, f)]
    if disagreeing:
        return " / ".join(f.shown(language) for f in (first, *disagreeing)), None
    return first.shown(language), first


# --- key figures ------------------------------------------------------------------------


def key_figures(
    points: pd.DataFrame, catalog: Catalog | None = None, language: str = "en"
) -> pd.DataFrame:
    """One row per series (indicator, entity, unit, status): latest value, the one before, change.

    Columns: indicator, label, entity, unit, status, latest, latest_as_of, previous,
    previous_as_of, change (display strings), change_value (float, NaN if not computed),
    notes (every footnote number the row cites).
    """
    catalog = catalog or load_catalog()
    t = texts(language)
    rows = []
    for (indicator, entity, unit, status), series in _series_groups(facts(points)).items():
        by_date = _by_date(series)
        latest_text, latest = _shown_at_date(by_date[0], language)
        previous_text, previous, previous_date = "–", None, "–"
        if len(by_date) > 1 and status == "actual":
            previous_text, previous = _shown_at_date(by_date[1], language)
            previous_date = by_date[1][0].date(language)
        change_value = float("nan")
        change_text = "–"
        measure = catalog.indicator(indicator).measure if indicator in catalog.ids else "flow"
        if (
            latest is not None
            and previous is not None
            and unit not in GROWTH_UNITS
            and unit != "ordinal"
            and previous.value
            and _comparable(latest, previous, measure)
        ):
            change_value = latest.value - previous.value
            sign = "+" if change_value >= 0 else "−"
            pct = format_number(round(abs(change_value) / previous.value * 100, 1), language)
            amount = format_value(abs(change_value), unit, "exact", language)
            change_text = f"{sign}{amount} ({sign}{pct}{' %' if language == 'de' else '%'})"
            if change_value == 0:
                change_text = t["table"]["unchanged"]
        label = (
            catalog.indicator(indicator).label(language) if indicator in catalog.ids else indicator
        )
        if status == "target":
            label = f"{label} ({t['table']['target']})"
        if unit == "ordinal":
            label = f"{label} ({t['units']['ordinal']})"
        notes = sorted({n for group in by_date[:2] for f in group for n in f.footnotes})
        rows.append(
            {
                "indicator": indicator,
                "label": label,
                "entity": entity,
                "unit": unit,
                "status": status,
                "latest": latest_text,
                "latest_as_of": by_date[0][0].date(language),
                "previous": previous_text,
                "previous_as_of": previous_date,
                "change": change_text,
                "change_value": change_value,
                "notes": tuple(notes),
            }
        )
    columns = [
        "indicator",
        "label",
        "entity",
        "unit",
        "status",
        "latest",
        "latest_as_of",
        "previous",
        "previous_as_of",
        "change",
        "change_value",
        "notes",
    ]
    return pd.DataFrame(rows, columns=columns)


def _html_table(
    head: Sequence[str], rows: Iterable[Sequence[str]], css: str, numeric: Sequence[int] = ()
) -> str:
    esc = html.escape
    parts = [f'<table class="{css}"><thead><tr>']
    parts += [
        f'<th class="num">{esc(h)}</th>' if i in numeric else f"<th>{esc(h)}</th>"
        for i, h in enumerate(head)
    ]
    parts.append("</tr></thead><tbody>")
    for row in rows:
        parts.append("<tr>")
        parts += [
            f'<td class="num">{esc(c)}</td>' if i in numeric else f"<td>{esc(c)}</td>"
            for i, c in enumerate(row)
        ]
        parts.append("</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def key_figures_table(
    points: pd.DataFrame, catalog: Catalog | None = None, language: str = "en"
) -> HTML:
    """The key figures as an HTML table (heading included), every cell escaped."""
    from IPython.display import HTML

    t = texts(language)
    table = key_figures(points, catalog, language)
    heading = f"<h2>{html.escape(t['headings']['key_figures'])}</h2>"
    if table.empty:
        return HTML(f'{heading}<p class="bycn-note">{html.escape(t["table"]["empty"])}</p>')
    cols = t["table"]
    head = [
        cols["indicator"],
        cols["entity"],
        cols["latest"],
        cols["as_of"],
        cols["previous"],
        cols["as_of"],
        cols["change"],
    ]
    names = ["label", "entity", "latest", "latest_as_of", "previous", "previous_as_of", "change"]
    numeric = (2, 4, 6)
    if table["entity"].nunique() == 1:
        # One entity throughout (the park): it goes into the heading, not a column.
        heading = (
            f"<h2>{html.escape(t['headings']['key_figures'])}: "
            f"{html.escape(table['entity'].iloc[0])}</h2>"
        )
        del head[1], names[1]
        numeric = (1, 3, 5)
    rows = table[names].itertuples(index=False)
    return HTML(heading + _html_table(head, rows, "bycn-key-figures", numeric=numeric))


# --- caveats ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """Two facts of one series, stated for the same date, whose values cannot both be true."""

    first: Fact
    second: Fact

    @property
    def indicator(self) -> str:
        return self.first.indicator


def find_conflicts(points: pd.DataFrame, catalog: Catalog | None = None) -> list[Conflict]:
    """Pairs of actual facts of one series (indicator, entity, unit) that disagree.

    Two facts concern the same date when they have the same period, or, for a stock
    indicator (see :class:`~bycn.indicators.catalog.Indicator`), periods that end in the same month
    (``2022`` and ``2022-12``). They disagree when the ranges their qualifiers allow do
    not meet (``more than 100`` and ``107`` agree; ``100`` and ``19`` do not).
    """
    catalog = catalog or load_catalog()
    conflicts = []
    for (indicator, _, _, status), series in _series_groups(facts(points)).items():
        if status != "actual":
            continue
        measure = catalog.indicator(indicator).measure if indicator in catalog.ids else "flow"
        for i, a in enumerate(series):
            for b in series[i + 1 :]:
                if _same_date(a, b, measure) and not _agree(a, b):
                    conflicts.append(Conflict(a, b))
    return conflicts


def caveats(points: pd.DataFrame, catalog: Catalog | None = None, language: str = "en") -> HTML:
    """The conflicts found, each with both sentences and footnotes, as escaped HTML."""
    from IPython.display import HTML

    catalog = catalog or load_catalog()
    t = texts(language)
    c = t["caveats"]
    parts = [f"<h2>{html.escape(t['headings']['caveats'])}</h2>"]
    conflicts = find_conflicts(points, catalog)
    if not conflicts:
        parts.append(f'<p class="bycn-note">{html.escape(c["none"])}</p>')
        return HTML("".join(parts))
    parts.append(f'<p>{html.escape(c["intro"])}</p><ul class="bycn-caveats">')
    for conflict in conflicts:
        a, b = conflict.first, conflict.second
        label = (
            catalog.indicator(a.indicator).label(language)
            if a.indicator in catalog.ids
            else a.indicator
        )
        summary = c["item"].format(
            label=label,
            entity=a.entity,
            date=a.date(language),
            first=a.shown(language),
            second=b.shown(language),
        )
        quotes = "".join(
            f'<blockquote>{html.escape(sentence)} <span class="bycn-source">'
            f"{html.escape(footnote_mark(f.footnotes, f.lines, language))}"
            f" ({html.escape(c['line'])} {', '.join(str(x) for x in f.lines)})</span>"
            "</blockquote>"
            for f in (a, b)
            for sentence in f.sentences[:1]
        )
        parts.append(f"<li><p>{html.escape(summary)}</p>{quotes}</li>")
    parts.append("</ul>")
    return HTML("".join(parts))


# --- sources ----------------------------------------------------------------------------


def sources(points: pd.DataFrame, language: str = "en") -> HTML:
    """Every footnote the points cite, with its title and URL (links only for http/https)."""
    from IPython.display import HTML

    t = texts(language)
    parts = [f"<h2>{html.escape(t['headings']['sources'])}</h2>"]
    cited = points.dropna(subset=["footnote"]) if "footnote" in points else points.iloc[0:0]
    if cited.empty:
        parts.append(f'<p class="bycn-note">{html.escape(t["sources"]["none"])}</p>')
        return HTML("".join(parts))
    parts.append(f'<p>{html.escape(t["sources"]["intro"])}</p><ul class="bycn-sources">')
    first = cited.sort_values("line").drop_duplicates("footnote")
    for row in first.sort_values("footnote").itertuples(index=False):
        title = html.escape(str(row.source_title or "").strip())
        year = "" if pd.isna(row.source_year) else f" ({int(row.source_year)})"
        url = str(row.source_url or "").strip()
        if url.startswith(("http://", "https://")):
            link = f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
        elif url:
            link = html.escape(url)
        else:
            link = html.escape(t["sources"]["no_url"])
        parts.append(f"<li>[{int(row.footnote)}] {title}{year}. {link}</li>")
    parts.append("</ul>")
    return HTML("".join(parts))


# --- header and narrative ---------------------------------------------------------------


def _period_text(points: pd.DataFrame, start: int | None, end: int | None, language: str) -> str:
    t = texts(language)
    if start is None or end is None:
        # Targets look ahead; the period covered is that of the reported values.
        actual = points[points["status"] != "target"] if "status" in points else points
        bounds = [b for b in map(_bounds, actual.itertuples(index=False)) if b is not None]
        years = sorted({y for (first, last) in bounds for y in (first[0], last[0])})
        start = start if start is not None else (years[0] if years else None)
        end = end if end is not None else (years[-1] if years else None)
    if start is None and end is None:
        return t["header"]["all_periods"]
    return f"{start}–{end}" if start != end else str(start)


def header(
    name: str,
    corpus: str | Path,
    points: pd.DataFrame,
    start: int | None = None,
    end: int | None = None,
    language: str = "en",
    selection: str = "",
    built: _dt.date | None = None,
) -> HTML:
    """Title, period covered, build date, corpus file name (and the selection, if any)."""
    from IPython.display import HTML

    t = texts(language)
    h = t["header"]
    built = built or _dt.date.today()
    rows = [
        (h["period"], _period_text(points, start, end, language)),
        (h["built"], built.isoformat()),
        (h["corpus"], Path(corpus).name),
        (h["points"], str(len(points))),
    ]
    if selection:
        rows.append((h["filter"], selection))
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return HTML(
        f"<h1>{html.escape(t['titles'][name])}</h1>"
        f'<p class="bycn-note">{html.escape(t["subtitle"])}</p>'
        f'<table class="bycn-header"><tbody>{body}</tbody></table>'
    )


def _fields(points: pd.DataFrame, language: str) -> dict[str, str]:
    """The narrative's placeholders, from the latest facts of each indicator."""
    values: dict[str, str] = {}
    groups = _series_groups(facts(points))
    indicators = dict.fromkeys(k[0] for k in groups)
    for indicator in indicators:
        key = indicator.replace(".", "_")
        series = {k: v for k, v in groups.items() if k[0] == indicator}
        levels = {
            k: v
            for k, v in series.items()
            if k[3] == "actual" and k[2] not in GROWTH_UNITS and k[2] != "ordinal"
        }
        if levels:
            # Several entities or units: the one with the largest latest value speaks.
            best = max(
                levels.values(), key=lambda s: (_by_date(s)[0][0].sort_key, _by_date(s)[0][0].value)
            )
            # Values that disagree are all given (the caveats explain them).
            by_date = _by_date(best)
            values[key] = _shown_at_date(by_date[0], language)[0]
            values[f"{key}_date"] = by_date[0][0].date(language)
            values[f"{key}_entity"] = by_date[0][0].entity
            if len(by_date) > 1:
                values[f"{key}_prev"] = _shown_at_date(by_date[1], language)[0]
                values[f"{key}_prev_date"] = by_date[1][0].date(language)
        for kind, wanted in (("growth", "actual"), ("target", "target")):
            candidates = [
                f
                for k, v in series.items()
                if k[3] == wanted and (kind == "target" or k[2] in GROWTH_UNITS)
                for f in v
            ]
            if candidates:
                latest = _by_date(candidates)[0]
                values[f"{key}_{kind}"] = _shown_at_date(latest, language)[0]
                values[f"{key}_{kind}_date"] = latest[0].date(language)
    return values


def narrative(name: str, points: pd.DataFrame, language: str = "en") -> HTML:
    """The summary: template sentences of texts.yaml whose every placeholder the data fills."""
    from IPython.display import HTML

    t = texts(language)
    values = _fields(points, language)
    sentences = []
    for template in t["narrative"][name]:
        wanted = [f for _, f, _, _ in string.Formatter().parse(template) if f]
        if all(f in values for f in wanted):
            sentences.append(template.format(**values))
    body = " ".join(sentences)
    return HTML(
        f"<h2>{html.escape(t['headings']['narrative'])}</h2><p>{html.escape(body)}</p>"
        if body
        else f"<h2>{html.escape(t['headings']['narrative'])}</h2>"
        f'<p class="bycn-note">{html.escape(t["table"]["empty"])}</p>'
    )


# --- the bundle a notebook uses ---------------------------------------------------------


@dataclass(frozen=True)
class Briefing:
    """Everything one briefing shows, for one set of parameters.

    name: ``trade``, ``education`` or ``park_investment``.
    points: the series points shown (filtered), joined with their figures' sentence,
        footnote, source title, URL and year.
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

    def header(self) -> HTML:
        return header(
            self.name,
            self.corpus,
            self.points,
            self.start,
            self.end,
            self.language,
            self.selection,
            self.built,
        )

    def key_figures(self) -> pd.DataFrame:
        return key_figures(self.points, self.catalog, self.language)

    def key_figures_table(self) -> HTML:
        return key_figures_table(self.points, self.catalog, self.language)

    def narrative(self) -> HTML:
        return narrative(self.name, self.points, self.language)

    def caveats(self) -> HTML:
        return caveats(self.points, self.catalog, self.language)

    def sources(self) -> HTML:
        return sources(self.points, self.language)

    def heading(self, key: str) -> HTML:
        """A section heading of texts.yaml (``charts`` ...), as HTML."""
        from IPython.display import HTML

        return HTML(f"<h2>{html.escape(texts(self.language)['headings'][key])}</h2>")

    def chart(
        self,
        indicators: str | Sequence[str],
        unit: str | None = None,
        entity: str | None = None,
        title: str | None = None,
    ) -> Any:
        """A line chart of indicators in one unit (:func:`bycn.report.plots.series_chart`) as a PNG
        image; a note instead when the selection leaves nothing to draw. ``title`` is a key
        of ``chart_titles`` in texts.yaml (default: the indicators' labels)."""
        from bycn.report.plots import as_image, series_chart

        try:
            shown = texts(self.language)["chart_titles"][title] if title else None
            figure = series_chart(
                self.points,
                indicators,
                self.language,
                unit=unit,
                entity=entity,
                catalog=self.catalog,
                title=shown,
            )
        except ValueError:
            return self._no_chart()
        return as_image(figure)

    def bars(self, indicator: str, unit: str | None = None) -> Any:
        """Latest value per entity (see :func:`bycn.report.plots.bar_by_entity`)."""
        from bycn.report.plots import as_image, bar_by_entity

        try:
            figure = bar_by_entity(
                self.points, indicator, self.language, unit=unit, catalog=self.catalog
            )
        except ValueError:
            return self._no_chart()
        return as_image(figure)

    def _no_chart(self) -> HTML:
        # A selection (period, region) may leave a chart without values; say so.
        from IPython.display import HTML

        return HTML(
            f'<p class="bycn-note">{html.escape(texts(self.language)["chart"]["empty"])}</p>'
        )

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
    from bycn.text.document import read_document

    spec = get_briefing(name)
    values = check_parameters(name, params)
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog)
    corpus = Path(str(values["corpus"]))
    document = read_document(corpus)
    series = build_series(document.figures, catalog, sentences=document.sentences)
    points = join_figures(series, document.figures, (*_DETAILS,))
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


_DETAILS = (
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
