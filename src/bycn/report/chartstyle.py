"""The charts' house style and machinery: figures, axes, labels, links, and the SVG.

Font sizes of 9 pt and more, a light grey grid, the Okabe-Ito colour-blind safe
palette, no frame on top and right, axes labelled with their unit and numbered
as the briefing's language writes numbers. Every point drawn is registered with
its fact: in the SVG (:func:`to_svg`) it gets a ``<title>`` tooltip (value,
period, source) and a link to its evidence entry; its data label is placed
where it overlaps no other (:func:`place_labels`). :mod:`bycn.report.charts`
decides what to draw.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bycn.report.evidence import Evidence, Mark
from bycn.report.facts import Fact
from bycn.report.formatting import plural, texts
from bycn.vocabulary import MONEY_UNITS

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "ABOVE",
    "LABEL_PLACES",
    "PALETTE",
    "STYLE",
    "Chart",
    "Hit",
    "add_legend",
    "axis_label",
    "hits",
    "new_figure",
    "number_axis",
    "place_labels",
    "register",
    "scale_of",
    "set_caption",
    "set_title",
    "to_svg",
    "year_axis",
]

#: Okabe & Ito (2008): distinguishable with every common form of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")
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
    "svg.fonttype": "none",
    "svg.hashsalt": "bycn",
}
FIGSIZE = (6.6, 3.2)
TITLE_WIDTH = 62
LABEL_PLACES = (
    (0, 7, "center", "bottom"),
    (0, -8, "center", "top"),
    (8, 0, "left", "center"),
    (-8, 0, "right", "center"),
)
ABOVE = ((0, 3, "center", "bottom"), (0, 14, "center", "bottom"))


@dataclass
class Chart:
    """A drawn chart: the figure, the facts it shows (each point's artist id) and its caption."""

    figure: Figure
    name: str
    points: dict[str, Fact] = field(default_factory=dict)
    caption: str = ""
    marks: tuple[Mark, ...] = ()
    artists: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    """A point's clickable area over the chart, in percent of its width and height: an HTML
    link laid over the SVG, so that the point links to its evidence in the PDF too
    (WeasyPrint draws an SVG's shapes but makes no links of its ``<a>``)."""

    href: str
    tooltip: str
    left: float
    top: float
    width: float
    height: float


def new_figure(height: float = FIGSIZE[1]) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(FIGSIZE[0], height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def scale_of(values: Sequence[float], unit: str) -> int:
    if unit not in MONEY_UNITS or not values:
        return 1
    top = max(abs(v) for v in values)
    return next((s for s in (1_000_000_000, 1_000_000, 1_000) if top >= s), 1)


def axis_label(unit: str, scale: int, language: str) -> str:
    t = texts(language)
    if unit in MONEY_UNITS:
        return t["axis"]["money"].format(unit=unit, scale=t["scale"][str(scale)]).strip(", ")
    return t["axis"].get(unit, unit)


def number_axis(axis: Any, language: str) -> None:
    """Tick labels as the language writes numbers (``1,5`` and ``3.000`` in German)."""
    from matplotlib.ticker import FuncFormatter

    from bycn.report.formatting import format_number

    axis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v, language)))


def set_title(figure: Figure, text: str) -> None:
    """The title at the figure's left edge (not the plot's, which long tick labels push
    right), wrapped to the figure's width, never cut."""
    figure.suptitle(
        textwrap.fill(text, TITLE_WIDTH), x=0.01, ha="left", fontsize=11, fontweight="bold"
    )


def register(chart: Chart, artist: Any, fact: Fact, evidence: Evidence) -> None:
    """Give a point's artist an id (for its tooltip) and a link to its evidence entry."""
    gid = f"{chart.name}-pt-{len(chart.points) + 1}"
    artist.set_gid(gid)
    artist.set_url(f"#{evidence.anchor(fact)}")
    chart.points[gid] = fact
    chart.artists[gid] = artist


def set_caption(chart: Chart, shown: Sequence[Fact], evidence: Evidence, undated: int = 0) -> None:
    t = texts(evidence.language)["chart"]
    notes = sorted({n for f in shown for n in f.footnotes})
    marks = [Mark(str(n), f"#fn-{n}") for n in notes]
    marks += [m for f in shown for m in evidence.marks(f) if not m.href.startswith("#fn-")]
    chart.marks = tuple(dict.fromkeys(marks))
    # "footnotes 83, 86" where every mark is a footnote; else "Sources: D1, 83".
    kind = "source" if all(m.href.startswith("#fn-") for m in chart.marks) else "sources"
    chart.caption = t[f"{kind}_one"] if len(chart.marks) == 1 else t[kind]
    if undated:
        note = plural(t["undated"], undated, evidence.language)
        chart.caption = note + " " + chart.caption


def place_labels(
    evidence: Evidence,
    figure: Figure,
    ax: Axes,
    labels: Sequence[tuple[Any, float, str, Fact]],
    places: Sequence[tuple[int, int, str, str]] = LABEL_PLACES,
) -> None:
    """Data labels beside their points, each in the first of ``places`` where it stays in
    the plot and overlaps no other label; where there is none, the label is left out (the
    point's tooltip and its evidence entry keep the value)."""
    # The layout alone (not a whole drawing) fixes where the axes and the points are.
    renderer = figure.canvas.get_renderer()
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    taken = []
    for x, y, text, fact in labels:
        for dx, dy, ha, va in places:
            label = ax.annotate(
                text,
                (x, y),
                textcoords="offset points",
                xytext=(dx, dy),
                ha=ha,
                va=va,
                fontsize=9,
                color="#333333",
                annotation_clip=False,
            )
            box = label.get_window_extent(renderer).expanded(1.06, 1.1)
            area = ax.bbox.expanded(1.0, 1.12)
            inside = area.contains(box.x0, box.y0) and area.contains(box.x1, box.y1)
            if inside and not any(box.overlaps(other) for other in taken):
                label.set_in_layout(False)
                label.set_url(f"#{evidence.anchor(fact)}")
                taken.append(box)
                break
            label.remove()
    # The layout is done and the labels were placed in it: keep it as it is. With no
    # layout engine at all (not "none", matplotlib's placeholder), saving the figure
    # neither computes the layout again nor draws it once more before drawing it.
    from matplotlib import rc_context

    with rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        figure.set_layout_engine(None)


def year_axis(ax: Axes, dates: Sequence[dt.date]) -> None:
    """Ticks between years, the year's name in its middle: never months under yearly data."""
    from matplotlib import dates as mdates
    from matplotlib.ticker import NullFormatter

    first, last = min(dates).year, max(dates).year
    ax.set_xlim(dt.date(first, 1, 1), dt.date(last + 1, 1, 1))
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=7, bymonthday=1))
    ax.xaxis.set_minor_formatter(mdates.DateFormatter("%Y"))
    ax.tick_params(axis="x", which="minor", length=0, labelsize=9)
    ax.grid(axis="x", which="major", visible=True)


def add_legend(figure: Figure, handles: Sequence[Any]) -> None:
    """The legend under the plot, where it covers no bar, point or label; in as many
    columns as fit the figure's width (long labels one under the other)."""
    widest = max((len(h.get_label()) for h in handles), default=0) + 6
    ncols = max(1, min(len(handles), 78 // widest))
    figure.legend(handles=handles, loc="outside lower center", ncols=ncols)


_SVG = "http://www.w3.org/2000/svg"
_XLINK = "http://www.w3.org/1999/xlink"


def to_svg(chart: Chart, evidence: Evidence) -> str:
    """The chart as SVG to put inline in HTML: no XML prologue, no remote references, ids
    prefixed with the chart's name, a ``<title>`` tooltip on each point."""
    from matplotlib import rc_context

    buffer = io.BytesIO()
    with rc_context(STYLE):
        chart.figure.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
    ET.register_namespace("", _SVG)
    ET.register_namespace("xlink", _XLINK)
    root = ET.fromstring(buffer.getvalue())
    _simplify(root, keep=f"{chart.name}-pt-")
    renamed = {}
    for element in root.iter():
        ident = element.get("id")
        if ident and not ident.startswith(f"{chart.name}-pt-"):
            renamed[ident] = f"{chart.name}-{ident}"
            element.set("id", renamed[ident])
    reference = re.compile(r"url\(#([^)]+)\)")
    for element in root.iter():
        for key, value in element.attrib.items():
            if "url(#" in value:
                element.set(key, reference.sub(lambda m: f"url(#{renamed.get(m[1], m[1])})", value))
            elif key.endswith("href") and value.startswith("#") and value[1:] in renamed:
                element.set(key, f"#{renamed[value[1:]]}")
        gid = element.get("id")
        if gid in chart.points:
            tip = ET.Element(f"{{{_SVG}}}title")
            tip.text = evidence.shown(chart.points[gid]).tooltip
            element.insert(0, tip)
    root.set("class", "bycn-svg")
    return ET.tostring(root, encoding="unicode")


def _simplify(element: ET.Element, keep: str) -> None:
    """Drop matplotlib's metadata and unwrap its groups that only name an artist
    (``<g id="xtick_1">``): half the elements of a chart, and a renderer's work (the
    PDF's, a browser's) grows with the elements. Groups that style, clip, move or
    link, and the points' groups (ids starting with ``keep``), stay."""
    children = []
    for child in element:
        if child.tag == f"{{{_SVG}}}metadata":
            continue
        _simplify(child, keep)
        bare = child.tag == f"{{{_SVG}}}g" and set(child.attrib) <= {"id"}
        if bare and not child.get("id", "").startswith(keep) and not (child.text or "").strip():
            children.extend(child)
        else:
            children.append(child)
    element[:] = children


def hits(chart: Chart, evidence: Evidence, pad: float = 4.0) -> list[Hit]:
    """Each point's area in the drawn figure (call after :func:`to_svg`): a bar's box, a
    marker's square, ``pad`` points around it."""
    figure = chart.figure
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    grow = pad * figure.dpi / 72
    found = []
    for gid, artist in chart.artists.items():
        if hasattr(artist, "get_xydata"):
            (x, y) = artist.get_transform().transform(artist.get_xydata())[0]
            x0, y0, x1, y1 = x - grow, y - grow, x + grow, y + grow
        else:
            extent = artist.get_window_extent(renderer)
            x0, y0, x1, y1 = extent.x0, extent.y0, extent.x1, extent.y1
            if y1 - y0 < 2 * grow:
                y0, y1 = y0 - grow, y1 + grow
        fact = chart.points[gid]
        found.append(
            Hit(
                href=f"#{evidence.anchor(fact)}",
                tooltip=evidence.shown(fact).tooltip,
                left=round(100 * (x0 - box.x0) / box.width, 2),
                top=round(100 * (box.y1 - y1) / box.height, 2),
                width=round(100 * (x1 - x0) / box.width, 2),
                height=round(100 * (y1 - y0) / box.height, 2),
            )
        )
    return found
