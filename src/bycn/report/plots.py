"""Charts in one house style, readable on screen and in print.

Font sizes of 9 pt and more, a light grey grid, the Okabe-Ito colour-blind
safe palette, no frame on top and right, axes labelled with their unit and a
source line under every chart ("Source: footnotes 16, 32"). A chart shows one
unit only: growth figures (times, percent) and amounts never share an axis.

matplotlib is imported inside the functions (``import bycn`` stays light);
figures are drawn on the Agg canvas, so no GUI backend is ever needed.

>>> import pandas as pd
>>> from bycn.report.plots import series_chart
>>> points = pd.DataFrame({"indicator": ["trade.turnover"] * 2, "entity": ["Belarus-China"] * 2,
...     "as_of": ["2021", "2022-12"], "status": ["actual"] * 2, "value": [6e9, 5.8e9],
...     "unit": ["USD"] * 2, "qualifier": ["almost", "exact"], "line": [746, 2785],
...     "footnote": [31, 111]})
>>> fig = series_chart(points, "trade.turnover", "en")
>>> fig.axes[0].get_ylabel()
'USD billion'
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from bycn import periods
from bycn.indicators.catalog import Catalog, load_catalog
from bycn.report.briefing import (
    Fact,
    _by_date,
    _comparable,
    facts,
    texts,
)
from bycn.vocabulary import GROWTH_UNITS, MONEY_UNITS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["DPI", "PALETTE", "STYLE", "as_image", "bar_by_entity", "series_chart"]

#: Okabe & Ito (2008): distinguishable with every common form of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
#: Resolution of the PNG a notebook shows and the PDF prints.
DPI = 150
#: The house style, as matplotlib rc parameters.
STYLE: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#555555",
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.6,
    "lines.linewidth": 1.8,
    "lines.markersize": 6,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
}
_FIGSIZE = (6.6, 3.4)
_LABEL_PLACES = (((0, 6), "center"), ((0, -15), "center"), ((8, -4), "left"))
_SCALE_OF = {1: "1", 1_000: "1000", 1_000_000: "1000000", 1_000_000_000: "1000000000"}


def _new_figure(height: float = _FIGSIZE[1]) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(_FIGSIZE[0], height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _scale(values: Sequence[float], unit: str) -> int:
    if unit not in MONEY_UNITS or not values:
        return 1
    top = max(abs(v) for v in values)
    for scale in (1_000_000_000, 1_000_000, 1_000):
        if top >= scale:
            return scale
    return 1


def _axis_label(unit: str, scale: int, language: str) -> str:
    t = texts(language)
    if unit in MONEY_UNITS:
        word = t["scale"][_SCALE_OF[scale]]
        return t["axis"]["money"].format(unit=unit, scale=word).strip()
    return t["axis"].get(unit, unit)


def _source_line(notes: Sequence[int], language: str, undated: int = 0) -> str:
    t = texts(language)["chart"]
    numbers = sorted(set(notes))
    parts = []
    if numbers:
        key = "source_one" if len(numbers) == 1 else "source"
        parts.append(t[key].format(notes=", ".join(str(n) for n in numbers)))
    if undated:
        parts.append(t["undated"].format(count=undated))
    return ". ".join(parts)


def _label(catalog: Catalog, indicator: str, language: str) -> str:
    return catalog.indicator(indicator).label(language) if indicator in catalog.ids else indicator


def _in_one_unit(subset: pd.DataFrame, unit: str | None, what: object) -> tuple[pd.DataFrame, str]:
    """The values of ``subset`` in one unit (``unit``, or the one picked); a chart never mixes."""
    if subset.empty:
        raise ValueError(f"no values of {what!r} to draw")
    unit = _pick_unit(subset, unit)
    subset = subset[subset["unit"] == unit]
    if subset.empty:
        raise ValueError(f"no values of {what!r} in unit {unit!r} to draw")
    return subset, unit


def _pick_unit(points: pd.DataFrame, unit: str | None) -> str:
    if unit is not None:
        return unit
    actual = points[points["status"] == "actual"] if "status" in points else points
    pool = actual if not actual.empty else points
    counts = pool["unit"].value_counts()
    # Amounts and counts before growth figures, then the unit with most values.
    ranked = sorted(counts.index, key=lambda u: (u in GROWTH_UNITS, -counts[u], u))
    return ranked[0]


def _date(fact: Fact) -> Any:
    import datetime as dt

    bounds = periods.bounds(fact.as_of)
    if bounds is None:
        return None
    year, month = bounds[1]
    return dt.date(year, month, 15)


_MARKS = {
    "more_than": ">",
    "at_least": "≥",
    "almost": "≈",
    "about": "≈",
    "up_to": "≤",
    "less_than": "<",
}


def _short(fact: Fact, scale: int, language: str) -> str:
    """A data label: the scaled value with its qualifier as a sign (``>100``)."""
    from bycn.report.briefing import format_number

    shown = fact.value / scale
    number = format_number(round(shown, 2 if abs(shown) < 10 else 1), language)
    return _MARKS.get(fact.qualifier, "") + number


def series_chart(
    points: pd.DataFrame,
    indicators: str | Sequence[str],
    language: str = "en",
    *,
    unit: str | None = None,
    entity: str | None = None,
    catalog: Catalog | None = None,
    title: str | None = None,
) -> Figure:
    """A line chart over time of one or more indicators, all in one unit.

    unit: the unit to show; by default the one most values of the indicators have
        (amounts and counts before growth figures). Values in other units are left out,
        never drawn on the same axis.
    entity: only this entity's values (default: every entity, one line each).
    title: the chart's title (default: the indicators' labels).

    Levels of a stock are joined by lines; values of a flow only where their periods
    are equally long; growth figures never (each has its own base period); targets are
    hollow markers. Undated values
    cannot be placed and are counted in the source line. Raises ValueError when
    nothing is left to draw.
    """
    from matplotlib import dates as mdates
    from matplotlib import rc_context

    catalog = catalog or load_catalog()
    wanted = [indicators] if isinstance(indicators, str) else list(indicators)
    subset = points[points["indicator"].isin(wanted)]
    if entity is not None:
        subset = subset[subset["entity"] == entity]
    subset, unit = _in_one_unit(subset, unit, wanted)
    all_facts = facts(subset)
    dated = [f for f in all_facts if _date(f) is not None]
    if not dated:
        raise ValueError(f"no dated values of {wanted} in unit {unit!r} to draw")
    scale = _scale([f.value for f in dated], unit)
    t = texts(language)
    with rc_context(STYLE):
        figure = _new_figure()
        ax = figure.add_subplot()
        keys = list(dict.fromkeys((f.indicator, f.entity) for f in dated))
        several_entities = len({k[1] for k in keys}) > 1
        for i, (indicator, who) in enumerate(keys):
            colour = PALETTE[i % len(PALETTE)]
            name = _label(catalog, indicator, language) if len(wanted) > 1 else ""
            name = f"{name} – {who}" if name and several_entities else (name or who)
            series = [f for f in dated if (f.indicator, f.entity) == (indicator, who)]
            for status in ("actual", "target"):
                chosen = (
                    [
                        group[0]
                        for group in reversed(_by_date([f for f in series if f.status == status]))
                    ]
                    if any(f.status == status for f in series)
                    else []
                )
                if not chosen:
                    continue
                xs = [_date(f) for f in chosen]
                ys = [f.value / scale for f in chosen]
                if status == "actual":
                    ax.plot(xs, ys, marker="o", color=colour, label=name, linestyle="none")
                    # A line says "the same quantity, later": never for growth figures
                    # (each has its own base), and for flows only between periods of one
                    # length (a year's turnover and a quarter's are no trend).
                    measure = catalog.indicator(indicator).measure
                    for k in range(1, len(chosen)):
                        if unit not in GROWTH_UNITS and _comparable(
                            chosen[k], chosen[k - 1], measure
                        ):
                            ax.plot(xs[k - 1 : k + 1], ys[k - 1 : k + 1], color=colour)
                else:
                    ax.plot(
                        xs,
                        ys,
                        linestyle="none",
                        marker="o",
                        markerfacecolor="white",
                        markeredgewidth=1.6,
                        color=colour,
                        label=f"{name} ({t['chart']['target']})",
                    )
                if len(dated) <= 14:
                    flow = catalog.indicator(indicator).measure == "flow"
                    for x, y, f in zip(xs, ys, chosen, strict=True):
                        # Series take turns above, below, right: close values stay legible.
                        offset, align = _LABEL_PLACES[i % len(_LABEL_PLACES)]
                        # A flow's value means little without its period: "1.2 (Q1 2022)".
                        label = _short(f, scale, language)
                        if flow and unit not in GROWTH_UNITS:
                            label = f"{label} ({f.date(language)})"
                        ax.annotate(
                            label,
                            (x, y),
                            textcoords="offset points",
                            xytext=offset,
                            ha=align,
                            fontsize=9,
                            color="#333333",
                        )
        if title is None:
            title = " / ".join(
                _label(catalog, w, language) for w in wanted if w in set(subset["indicator"])
            )
        ax.set_title(textwrap.fill(title, 62))
        ax.set_ylabel(_axis_label(unit, scale, language))
        ax.set_xlabel(t["axis"]["date"])
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.margins(x=0.08, y=0.18)
        if unit not in GROWTH_UNITS:
            ax.set_ylim(bottom=0)
        if len(keys) > 1 or any(f.status == "target" for f in dated):
            ax.legend(loc="best")
        notes = [n for f in dated for n in f.footnotes]
        figure.get_layout_engine().set(h_pad=0.1)
        figure.supxlabel(
            _source_line(notes, language, len(all_facts) - len(dated)),
            fontsize=9,
            color="#555555",
            x=0.01,
            ha="left",
        )
    return figure


def bar_by_entity(
    points: pd.DataFrame,
    indicator: str,
    language: str = "en",
    *,
    unit: str | None = None,
    catalog: Catalog | None = None,
) -> Figure:
    """Horizontal bars: the latest reported value of ``indicator`` for each entity, one unit."""
    from matplotlib import rc_context

    catalog = catalog or load_catalog()
    subset = points[(points["indicator"] == indicator) & (points["status"] == "actual")]
    subset, unit = _in_one_unit(subset, unit, indicator)
    latest: list[Fact] = []
    for who in dict.fromkeys(subset["entity"]):
        latest.append(_by_date(facts(subset[subset["entity"] == who]))[0][0])
    latest.sort(key=lambda f: f.value)
    scale = _scale([f.value for f in latest], unit)
    t = texts(language)
    kind = catalog.indicator(indicator).entity.kind if indicator in catalog.ids else None
    with rc_context(STYLE):
        figure = _new_figure(height=max(2.2, 0.9 + 0.45 * len(latest)))
        ax = figure.add_subplot()
        names = [f.entity for f in latest]
        values = [f.value / scale for f in latest]
        bars = ax.barh(names, values, color=PALETTE[0], height=0.6)
        labels = [f"{_short(f, scale, language)} ({f.date(language)})" for f in latest]
        ax.bar_label(bars, labels=labels, padding=3, fontsize=9, color="#333333")
        ax.grid(axis="y", visible=False)
        ax.set_xlim(0, max(values) * 1.45 if values and max(values) > 0 else 1)
        title = _label(catalog, indicator, language)
        if kind in t["kinds"]:
            title = t["chart"]["latest_by_entity"].format(label=title, kind=t["kinds"][kind])
        ax.set_title(title)
        ax.set_xlabel(_axis_label(unit, scale, language))
        notes = [n for f in latest for n in f.footnotes]
        figure.supxlabel(
            _source_line(notes, language), fontsize=9, color="#555555", x=0.01, ha="left"
        )
    return figure


def as_image(figure: Figure, dpi: int = DPI) -> Any:
    """The figure as a PNG ``IPython.display.Image`` at ``dpi``, shown at print size."""
    from IPython.display import Image

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    width_in = figure.get_figwidth()
    return Image(data=buffer.getvalue(), format="png", width=round(width_in * 96))
