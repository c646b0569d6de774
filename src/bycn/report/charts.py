"""Charts in one house style, as inline SVG whose every point leads to its evidence.

What a chart draws follows what its values are (the catalog's ``measure``):

* a **stock** (residents, agreements) is a level at a date: lines over time, the
  axis ticked by year, targets as hollow markers;
* a **flow** (turnover, exports) is a sum over a period: one bar per period,
  labelled with it (``2021``, ``Q1 2022``, ``Jan–May 2023``), one colour per
  period length, so a quarter never reads as a collapse of a year;
* a **growth** figure (times, percent) is a bar labelled with its period and its
  base (``2022 vs. 2021``).

A chart needs two comparable values (two dates of a stock, two periods of one
length of a flow, two growth figures, two entities); with fewer it is not drawn
and the value stays in the key figures. Every point has a tooltip (value,
period, source) and links to its evidence entry; data labels that would overlap
another label are left out (the tooltip and the evidence keep the value).

matplotlib is imported inside the functions (``import bycn`` stays light);
figures are drawn on the Agg canvas, so no GUI backend is ever needed.

>>> import pandas as pd
>>> from bycn.report.evidence import Evidence
>>> from bycn.report.facts import facts
>>> points = pd.DataFrame({"indicator": ["trade.turnover"] * 3, "entity": ["Belarus-China"] * 3,
...     "as_of": ["2021", "2022-Q1", "2022-12"], "status": ["actual"] * 3,
...     "value": [6e9, 1.2e9, 5.8e9], "unit": ["USD"] * 3,
...     "qualifier": ["almost", "exact", "exact"],
...     "line": [746, 801, 2785], "footnote": [31, 33, 111], "sentence": ["", "", "Ende 2022"]})
>>> chart = series_chart(Evidence(facts(points), "en"), "trade.turnover")
>>> [t.get_text() for t in chart.figure.axes[0].get_xticklabels()]
['2021', '2022', 'Q1 2022']
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bycn import periods
from bycn.report.chartstyle import (
    ABOVE,
    PALETTE,
    STYLE,
    Chart,
    add_legend,
    axis_label,
    new_figure,
    number_axis,
    place_labels,
    register,
    scale_of,
    set_caption,
    set_title,
    year_axis,
)
from bycn.report.evidence import Evidence
from bycn.report.facts import Fact, by_date
from bycn.report.formatting import (
    format_period,
    format_value,
    qualifier_sign,
    short_value,
    texts,
)
from bycn.vocabulary import GROWTH_UNITS

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["bar_by_entity", "series_chart"]


def _pick_unit(chosen: Sequence[Fact], unit: str | None) -> str | None:
    if unit is not None or not chosen:
        return unit
    counts: dict[str, int] = {}
    for f in chosen:
        counts[f.unit] = counts.get(f.unit, 0) + (f.status == "actual")
    # Amounts and counts before growth figures, then the unit with most values.
    return sorted(counts, key=lambda u: (u in GROWTH_UNITS, -counts[u], u))[0]


def _middle(fact: Fact) -> dt.date:
    (y0, m0), (y1, m1) = periods.bounds(fact.period)  # type: ignore[misc]
    return dt.date(y1, m1, 15) if fact.measure == "stock" else dt.date(y0, m0, 1)


def series_chart(
    evidence: Evidence,
    indicators: str | Sequence[str],
    *,
    unit: str | None = None,
    entity: str | None = None,
    title: str | None = None,
    name: str = "chart",
) -> Chart | None:
    """A chart of one or more indicators in one unit; None when it would show fewer than
    two comparable values. Growth units give growth bars, flows period bars, stocks lines.

    title: the chart's title (default: the indicators' labels); name: a prefix for the
    ids in its SVG, unique in the briefing.
    """
    wanted = [indicators] if isinstance(indicators, str) else list(indicators)
    chosen = [f for f in evidence.facts if f.indicator in wanted]
    if entity is not None:
        chosen = [f for f in chosen if f.entity == entity]
    unit = _pick_unit(chosen, unit)
    chosen = [f for f in chosen if f.unit == unit]
    dated = [f for f in chosen if periods.bounds(f.period) is not None]
    if title is None:
        title = " / ".join(
            evidence.label(w) for w in wanted if any(f.indicator == w for f in dated)
        )
    if unit in GROWTH_UNITS:
        draw = _growth_bars
    elif all(f.measure == "stock" for f in dated):
        draw = _lines
    else:
        draw = _period_bars
    return draw(evidence, dated, unit or "", title, name, len(chosen) - len(dated))


def _best(facts: Sequence[Fact]) -> list[Fact]:
    """One fact per date, oldest first (the best attested where sources differ)."""
    return [group[0] for group in reversed(by_date(facts))]


def _lines(
    evidence: Evidence, dated: list[Fact], unit: str, title: str, name: str, undated: int
) -> Chart | None:
    from matplotlib import rc_context

    language = evidence.language
    keys = list(dict.fromkeys((f.indicator, f.entity) for f in dated))
    series = {k: [f for f in dated if (f.indicator, f.entity) == k] for k in keys}
    if not any(len(_best([f for f in s if f.status == "actual"])) >= 2 for s in series.values()):
        return None
    scale = scale_of([f.value for f in dated], unit)
    with rc_context(STYLE):
        figure = new_figure()
        chart = Chart(figure, name)
        ax = figure.add_subplot()
        labels = []
        several = len(keys) > 1
        for i, (indicator, who) in enumerate(keys):
            colour = PALETTE[i % len(PALETTE)]
            legend = evidence.label(indicator) if len({k[0] for k in keys}) > 1 else ""
            if len({k[1] for k in keys}) > 1:
                legend = f"{legend} – {evidence.entity(who)}" if legend else evidence.entity(who)
            for status in ("actual", "target"):
                shown = _best([f for f in series[(indicator, who)] if f.status == status])
                if not shown:
                    continue
                xs = [_middle(f) for f in shown]
                ys = [f.value / scale for f in shown]
                hollow = status == "target"
                line = not hollow and len(shown) > 1
                if line:
                    ax.plot(xs, ys, color=colour, label=legend or None)
                for j, (x, y, f) in enumerate(zip(xs, ys, shown, strict=True)):
                    # A series of one point has no line to name it: its dot does.
                    named = not hollow and not line and j == 0
                    (marker,) = ax.plot(
                        [x],
                        [y],
                        marker="o",
                        linestyle="none",
                        color=colour,
                        markerfacecolor="white" if hollow else colour,
                        markeredgewidth=1.6,
                        label=(legend or None) if named else None,
                    )
                    register(chart, marker, f, evidence)
                    labels.append(
                        (x, y, short_value(f.value, unit, f.qualifier, scale, language), f)
                    )
                if hollow:
                    target = texts(language)["chart"]["target"]
                    ax.plot(
                        [],
                        [],
                        marker="o",
                        linestyle="none",
                        color=colour,
                        markerfacecolor="white",
                        label=f"{legend} ({target})" if legend else target,
                    )
        year_axis(ax, [x for x, *_ in labels])
        set_title(figure, title)
        ax.set_ylabel(axis_label(unit, scale, language))
        number_axis(ax.yaxis, language)
        # Room above the highest point for its label, below the title.
        ax.set_ylim(0, max(y for _, y, *_ in labels) * 1.18 or 1)
        if several or any(f.status == "target" for f in dated):
            add_legend(figure, ax.get_legend_handles_labels()[0])
        place_labels(evidence, figure, ax, labels)
    set_caption(chart, [f for *_, f in labels], evidence, undated)
    return chart


def _bars(
    evidence: Evidence,
    ax: Axes,
    chart: Chart,
    groups: Sequence[tuple[str, Sequence[tuple[Fact, str]]]],
    unit: str,
    scale: int,
) -> list[tuple[Any, float, str, Fact]]:
    """Bars in groups: one tick per (label, [(fact, colour) ...]), the group's bars side by
    side. Returns each bar's data label (x, y, text, fact) for :func:`place_labels`."""
    labels = []
    for x, (_, members) in enumerate(groups):
        width = 0.8 / len(members) if len(members) > 1 else 0.62
        for k, (fact, colour) in enumerate(members):
            at = x + (k - (len(members) - 1) / 2) * width
            hatch = "//" if fact.status == "target" else None
            (patch,) = ax.bar(
                [at],
                [fact.value / scale],
                color=colour,
                width=width * 0.92,
                hatch=hatch,
                edgecolor="white" if hatch else colour,
            )
            register(chart, patch, fact, evidence)
            text = short_value(fact.value, unit, fact.qualifier, scale, evidence.language)
            if unit in GROWTH_UNITS:
                sign = qualifier_sign(fact.qualifier)
                text = sign + format_value(fact.value, unit, "exact", evidence.language)
            labels.append((at, fact.value / scale, text, fact))
    ax.set_xticks(range(len(groups)), [tick for tick, _ in groups])
    ax.grid(axis="x", visible=False)
    ax.margins(y=0.15)
    return labels


def _length_name(months: int | None, language: str) -> str:
    t = texts(language)
    return t["period_lengths"].get(str(months)) or t["period_months"].format(n=months)


def _bar_chart(
    evidence: Evidence,
    bars: Sequence[tuple[str, Sequence[tuple[Fact, str]]]],
    unit: str,
    scale: int,
    title: str,
    name: str,
    legend: Sequence[tuple[str, str]],
    baseline: float | None = None,
) -> Chart:
    """A chart of :func:`_bars`, titled, its axis labelled, and its data labels placed;
    ``legend``: (colour, label) of each colour, shown when there are several;
    ``baseline``: a value marked by a line across (no growth at all)."""
    from matplotlib import rc_context
    from matplotlib.patches import Patch

    language = evidence.language
    with rc_context(STYLE):
        figure = new_figure()
        chart = Chart(figure, name)
        ax = figure.add_subplot()
        labels = _bars(evidence, ax, chart, bars, unit, scale)
        set_title(figure, title)
        ax.set_ylabel(axis_label(unit, scale, language))
        number_axis(ax.yaxis, language)
        if len(legend) > 1:
            add_legend(figure, [Patch(color=colour, label=label) for colour, label in legend])
        if baseline is not None:
            ax.axhline(baseline, color="#555555", linewidth=0.8)
        place_labels(evidence, figure, ax, labels, ABOVE)
    return chart


def _period_bars(
    evidence: Evidence, dated: list[Fact], unit: str, title: str, name: str, undated: int
) -> Chart | None:
    language = evidence.language
    lengths: dict[int | None, list[Fact]] = {}
    for fact in _best(dated) if len({f.series for f in dated}) == 1 else dated:
        lengths.setdefault(fact.months, []).append(fact)
    if not any(len(v) >= 2 for v in lengths.values()):
        return None
    order = sorted(lengths, key=lambda m: -(m or 0))
    colours = {m: PALETTE[i % len(PALETTE)] for i, m in enumerate(order)}
    bars = [
        (format_period(f.period, language, short=True), [(f, colours[m])])
        for m in order
        for f in sorted(lengths[m], key=lambda f: f.sort_key)
    ]
    shown = [f for _, members in bars for f, _ in members]
    scale = scale_of([f.value for f in shown], unit)
    legend = [(colours[m], _length_name(m, language)) for m in order]
    chart = _bar_chart(evidence, bars, unit, scale, title, name, legend)
    set_caption(chart, shown, evidence, undated)
    return chart


def _growth_bars(
    evidence: Evidence, dated: list[Fact], unit: str, title: str, name: str, undated: int
) -> Chart | None:
    language = evidence.language
    if len(dated) < 2:
        return None
    t = texts(language)["chart"]
    indicators = list(dict.fromkeys(f.indicator for f in dated))
    colours = {ident: PALETTE[i % len(PALETTE)] for i, ident in enumerate(indicators)}
    periods_shown: dict[str, list[tuple[Fact, str]]] = {}
    for fact in sorted(dated, key=lambda f: (f.sort_key, indicators.index(f.indicator))):
        periods_shown.setdefault(fact.period, []).append((fact, colours[fact.indicator]))
    bars = []
    for period, members in periods_shown.items():
        base = format_period(periods.shift_years(period, -1), language, short=True)
        shown = format_period(period, language, short=True)
        bars.append((f"{shown}\n{t['growth_base'].format(base=base)}", members))
    legend = [(colours[i], evidence.label(i)) for i in indicators]
    baseline = 1.0 if unit == "times" else None
    chart = _bar_chart(evidence, bars, unit, 1, title, name, legend, baseline)
    set_caption(chart, dated, evidence, undated)
    chart.caption = t["growth_note"] + " " + chart.caption
    return chart


def bar_by_entity(
    evidence: Evidence, indicator: str, *, unit: str | None = None, name: str = "chart"
) -> Chart | None:
    """Horizontal bars: the latest reported value of ``indicator`` for each entity, one unit;
    None with fewer than two entities."""
    from matplotlib import rc_context

    language = evidence.language
    chosen = [f for f in evidence.facts if f.indicator == indicator and f.status == "actual"]
    unit = _pick_unit(chosen, unit)
    chosen = [f for f in chosen if f.unit == unit]
    latest = [
        by_date([f for f in chosen if f.entity == who])[0][0]
        for who in dict.fromkeys(f.entity for f in chosen)
    ]
    if len(latest) < 2:
        return None
    latest.sort(key=lambda f: f.value)
    scale = scale_of([f.value for f in latest], unit or "")
    t = texts(language)
    catalog = evidence.catalog
    kind = catalog.indicator(indicator).entity.kind if indicator in catalog.ids else None
    title = evidence.label(indicator)
    if kind in t["kinds"]:
        title = t["chart"]["latest_by_entity"].format(label=title, kind=t["kinds"][kind])
    with rc_context(STYLE):
        figure = new_figure(height=max(2.2, 1.1 + 0.42 * len(latest)))
        chart = Chart(figure, name)
        ax = figure.add_subplot()
        names = [textwrap.fill(evidence.entity(f.entity), 34) for f in latest]
        for y, f in enumerate(latest):
            (patch,) = ax.barh([y], [f.value / scale], color=PALETTE[0], height=0.6)
            register(chart, patch, f, evidence)
            text = short_value(f.value, unit or "", f.qualifier, scale, language)
            label = ax.annotate(
                f"{text} ({format_period(f.period, language, short=True)})",
                (f.value / scale, y),
                textcoords="offset points",
                xytext=(3, 0),
                ha="left",
                va="center",
                fontsize=9,
                color="#333333",
            )
            label.set_url(f"#{evidence.anchor(f)}")
        ax.set_yticks(range(len(latest)), names)
        ax.grid(axis="y", visible=False)
        top = max(f.value / scale for f in latest)
        ax.set_xlim(0, top * 1.5 if top > 0 else 1)
        set_title(figure, title)
        ax.set_xlabel(axis_label(unit or "", scale, language))
        number_axis(ax.xaxis, language)
    set_caption(chart, latest, evidence)
    return chart
