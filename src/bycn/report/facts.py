"""The facts a briefing states, and the rules for comparing them.

A *fact* is one value of one series (indicator, entity, unit, status) for one
period, as quoted by one or more sentences, in one or more documents: the same
value quoted twice is one fact that cites both quotes. Each quote keeps its
provenance (document, line, sentence, figure text, footnote or document
source, and how its date was fixed), which the evidence appendix shows.

Periods are honest: a *stock* (residents, agreements) is a level at a date; a
*flow* (turnover, exports) is a sum over a period. The catalog says which
(``measure``). Where a text dates a flow by the end of a year (``Ende 2022 ...
5,8 Mrd. Dollar``), the figure is that year's total and its period is ``2022``,
not December 2022. A value the text gives no date takes its source's year.

>>> import pandas as pd
>>> points = pd.DataFrame({"indicator": ["trade.turnover"] * 2, "entity": ["Belarus-China"] * 2,
...     "as_of": ["2021", "2022-12"], "status": ["actual"] * 2, "value": [6e9, 5.8e9],
...     "unit": ["USD"] * 2, "qualifier": ["almost", "exact"], "line": [746, 2785],
...     "footnote": [31, 111], "sentence": ["... im Jahr 2021 ...", "... Ende 2022 ..."]})
>>> [(f.period, f.measure) for f in facts(points)]
[('2021', 'flow'), ('2022', 'flow')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from bycn import periods
from bycn.indicators.catalog import Catalog, load_catalog
from bycn.vocabulary import MONTHS

__all__ = [
    "Conflict",
    "Fact",
    "Quote",
    "agree",
    "by_date",
    "comparable",
    "facts",
    "find_conflicts",
    "reporting_period",
    "same_date",
    "series_groups",
]

SeriesKey = tuple[str, str, str, str]


def _value(row: Any, name: str) -> Any:
    value = getattr(row, name, None)
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _text(row: Any, name: str) -> str:
    value = _value(row, name)
    return "" if value is None else str(value).strip()


def reporting_period(as_of: str, measure: str, sentence: str = "") -> tuple[str, str]:
    """The period a value covers, and a note on how it was read (``""`` when as written).

    The date grammar reads ``Ende 2022`` as the month ``2022-12``: right for a level
    (residents at the end of 2022), wrong for a sum, whose period is the whole year.
    So a flow dated to a December its sentence does not name is that year's total.

    >>> reporting_period("2022-12", "flow", "Ende 2022 ein Rekordvolumen")
    ('2022', 'year_end_flow')
    >>> reporting_period("2022-12", "flow", "im Dezember 2022")
    ('2022-12', '')
    >>> reporting_period("2022-12", "stock", "Ende 2022")
    ('2022-12', '')
    """
    found = periods.bounds(as_of)
    if (
        measure == "flow"
        and found is not None
        and found[0] == found[1]
        and found[1][1] == 12
        and MONTHS[11] not in sentence
    ):
        return periods.year(found[1][0]), "year_end_flow"
    return as_of, ""


@dataclass(frozen=True)
class Quote:
    """One sentence that states a fact, with where it comes from."""

    sentence: str
    text: str
    line: int
    doc: str = ""
    footnote: int | None = None
    source_title: str = ""
    source_url: str = ""
    source_year: int | None = None
    as_of: str = ""
    dated_by: str = ""
    period_note: str = ""
    doc_title: str = ""
    doc_publisher: str = ""
    doc_date: str = ""
    doc_url: str = ""


@dataclass(frozen=True)
class Fact:
    """One value of one series for one period, as quoted by one or more sentences.

    period: the period the value covers (an ``as_of`` string; see :func:`reporting_period`).
    measure: ``stock`` (a level at a date) or ``flow`` (a sum over the period).
    """

    indicator: str
    entity: str
    unit: str
    status: str
    period: str
    value: float
    qualifier: str
    measure: str
    quotes: tuple[Quote, ...]

    @property
    def series(self) -> SeriesKey:
        return (self.indicator, self.entity, self.unit, self.status)

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        """Orders facts by the end of their period, then its start; undated first."""
        return periods.sort_key(self.period)

    @property
    def months(self) -> int | None:
        """How many months the period spans (None when undated)."""
        return periods.months(self.period)

    @property
    def footnotes(self) -> tuple[int, ...]:
        return tuple(sorted({q.footnote for q in self.quotes if q.footnote is not None}))

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({q.line for q in self.quotes}))

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.doc for q in self.quotes if q.doc))

    def interval(self) -> tuple[float, float]:
        """The values the qualifier allows: ``more than 100`` is (100, inf); a value written
        with decimals allows what rounds to it: ``1,3 Milliarden`` is 1.25 to 1.35 bn."""
        v = self.value
        if self.unit == "ordinal":
            # "The 89th resident" means at least 89 residents; two ordinals never disagree.
            return (v, float("inf"))
        step = max((_half_step(q.text, v) for q in self.quotes), default=0.0)
        return {
            "more_than": (v, float("inf")),
            "at_least": (v, float("inf")),
            "almost": (0.9 * v, v),
            "about": (0.9 * v, 1.1 * v),
            "up_to": (0.0, v),
            "less_than": (0.0, v),
        }.get(self.qualifier, (v - step, v + step))


_DECIMAL = re.compile(r"(\d+),(\d+)")


def _half_step(text: str, value: float) -> float:
    """Half the last written decimal of the figure ``text``, in the value's scale: a
    figure rounded to that decimal may stand for anything within it (``1,3 Mrd.`` of
    1.34 bn). A whole number is taken as exact (``100`` may be a count)."""
    found = _DECIMAL.search(text)
    if found is None:
        return 0.0
    written = float(f"{found[1]}.{found[2]}")
    if not written:
        return 0.0
    return 0.5 * 10 ** -len(found[2]) * abs(value / written)


def _quote(row: Any, period_note: str) -> Quote:
    footnote = _value(row, "footnote")
    year = _value(row, "source_year")
    as_of = _text(row, "as_of")
    dated_by = _text(row, "dated_by") or ("text" if as_of else "source" if year else "")
    return Quote(
        sentence=_text(row, "sentence"),
        text=_text(row, "text"),
        line=int(_value(row, "line") or 0),
        doc=_text(row, "doc"),
        footnote=int(footnote) if footnote is not None else None,
        source_title=_text(row, "source_title"),
        source_url=_text(row, "source_url"),
        source_year=int(year) if year is not None else None,
        as_of=as_of,
        dated_by=dated_by,
        period_note=period_note,
        doc_title=_text(row, "doc_title"),
        doc_publisher=_text(row, "doc_publisher"),
        doc_date=_text(row, "doc_date"),
        doc_url=_text(row, "doc_url"),
    )


def _measure(catalog: Catalog, indicator: str) -> str:
    return catalog.indicator(indicator).measure if indicator in catalog.ids else "flow"


def facts(points: pd.DataFrame, catalog: Catalog | None = None) -> list[Fact]:
    """The distinct facts of the points: one series' value for one period, quoted once or more.

    A point without a date takes its source's year (the footnote's year, or the
    document's date where the corpus gives one). Ordered by indicator (order of
    appearance), entity, unit, status, period.
    """
    if points.empty:
        return []
    catalog = catalog or load_catalog()
    order = {ident: i for i, ident in enumerate(dict.fromkeys(points["indicator"]))}
    grouped: dict[tuple[Any, ...], list[tuple[Any, Quote]]] = {}
    ordered = points.sort_values("line", kind="stable") if "line" in points else points
    for row in ordered.itertuples(index=False):
        measure = _measure(catalog, row.indicator)
        as_of = _text(row, "as_of")
        period, note = reporting_period(as_of, measure, _text(row, "sentence"))
        if not period:
            year = _value(row, "source_year")
            doc_date = _text(row, "doc_date")
            if year is not None:
                period, note = periods.year(int(year)), "source_year"
            elif periods.bounds(doc_date[:4]) is not None:
                period, note = doc_date[:4], "document_year"
        key = (row.indicator, row.entity, row.unit, row.status, period, float(row.value))
        grouped.setdefault(key, []).append((row, _quote(row, note)))
    result = []
    for (indicator, entity, unit, status, period, value), members in grouped.items():
        qualifiers = [_text(row, "qualifier") or "exact" for row, _ in members]
        result.append(
            Fact(
                indicator=indicator,
                entity=entity,
                unit=unit,
                status=status,
                period=period,
                value=value,
                qualifier="exact" if "exact" in qualifiers else qualifiers[0],
                measure=_measure(catalog, indicator),
                quotes=tuple(dict.fromkeys(q for _, q in members)),
            )
        )
    result.sort(key=lambda f: (order[f.indicator], f.entity, f.unit, f.status, f.sort_key, f.lines))
    return result


def series_groups(all_facts: Sequence[Fact]) -> dict[SeriesKey, list[Fact]]:
    """The facts by series (indicator, entity, unit, status), in order of appearance."""
    groups: dict[SeriesKey, list[Fact]] = {}
    for fact in all_facts:
        groups.setdefault(fact.series, []).append(fact)
    return groups


def by_date(series: Sequence[Fact]) -> list[list[Fact]]:
    """The series' facts grouped by period end, latest first; the best-attested fact first."""
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


def comparable(a: Fact, b: Fact) -> bool:
    """Whether a change from ``b`` to ``a`` means something: any two levels of a stock,
    but sums of a flow only over periods of the same length (a year is no quarter)."""
    if a.measure == "stock":
        return True
    return a.months is not None and a.months == b.months


def same_date(a: Fact, b: Fact) -> bool:
    """Whether two facts speak of the same date: the same period; for a stock also two
    periods that end in the same month (``Ende 2022`` and ``2022``)."""
    bounds_a, bounds_b = periods.bounds(a.period), periods.bounds(b.period)
    if bounds_a is None or bounds_b is None:
        return False
    if bounds_a == bounds_b:
        return True
    return a.measure == "stock" and bounds_a[1] == bounds_b[1]


def agree(a: Fact, b: Fact) -> bool:
    """Whether the ranges the two qualifiers allow meet (``more than 100`` and ``107`` do)."""
    (lo_a, hi_a), (lo_b, hi_b) = a.interval(), b.interval()
    tolerance = 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    return lo_a <= hi_b + tolerance and lo_b <= hi_a + tolerance


@dataclass(frozen=True)
class Conflict:
    """The facts of one series stated for one date whose values cannot all be true.

    facts: every fact of that series and date, in order of appearance (two or more).
    """

    facts: tuple[Fact, ...]

    @property
    def indicator(self) -> str:
        return self.facts[0].indicator

    @property
    def first(self) -> Fact:
        return self.facts[0]

    @property
    def docs(self) -> tuple[str, ...]:
        """The documents the facts come from (several names when documents disagree)."""
        return tuple(dict.fromkeys(doc for fact in self.facts for doc in fact.docs))


def _date_key(fact: Fact) -> object:
    """Facts with one key speak of the same date (see :func:`same_date`)."""
    bounds = periods.bounds(fact.period)
    if bounds is None:
        return None
    return bounds[1] if fact.measure == "stock" else bounds


def find_conflicts(all_facts: Sequence[Fact]) -> list[Conflict]:
    """For each series and date, the actual facts when their values cannot all be true.

    One conflict per series and date however many sources disagree, found in one pass
    (the widest lower bound above the narrowest upper bound), so a corpus of many
    documents gives as many caveats as dates in dispute, not pairs of values.
    """
    conflicts = []
    for (_, _, _, status), series in series_groups(all_facts).items():
        if status != "actual":
            continue
        dates: dict[object, list[Fact]] = {}
        for fact in series:
            if (key := _date_key(fact)) is not None:
                dates.setdefault(key, []).append(fact)
        for group in dates.values():
            if len(group) > 1 and not _all_agree(group):
                conflicts.append(Conflict(tuple(group)))
    return conflicts


def _all_agree(group: Sequence[Fact]) -> bool:
    """Whether the ranges all the facts' qualifiers allow share a value."""
    lows, highs = zip(*(f.interval() for f in group), strict=True)
    tolerance = 1e-9 * max(max(abs(f.value) for f in group), 1.0)
    return max(lows) <= min(highs) + tolerance
