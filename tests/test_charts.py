"""Charts: stocks as lines, flows as bars per period, growth with its base; inline SVG."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import matplotlib.text
import pandas as pd

from bycn.report.charts import bar_by_entity, series_chart
from bycn.report.chartstyle import hits, to_svg
from bycn.report.evidence import Evidence
from bycn.report.facts import facts


def row(
    indicator: str,
    value: float,
    unit: str,
    as_of: str,
    footnote: int | None,
    *,
    entity: str = "Belarus-China",
    status: str = "actual",
    qualifier: str = "exact",
    sentence: str = "Satz.",
) -> dict:
    return {
        "indicator": indicator,
        "entity": entity,
        "as_of": as_of,
        "status": status,
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "figure_id": f"t:{footnote}",
        "line": footnote or 0,
        "footnote": footnote,
        "source_year": None,
        "sentence": sentence,
    }


POINTS = pd.DataFrame(
    [
        row("trade.turnover", 6e9, "USD", "2021", 31, qualifier="almost"),
        row("trade.turnover", 1.2e9, "USD", "2022-Q1", 33),
        row("trade.turnover", 5.8e9, "USD", "2022-12", 111, sentence="Ende 2022 ..."),
        row("trade.turnover", 1.5, "times", "2023-01/2023-05", 112),
        row("trade.exports", 1.8, "times", "2022", 111),
        row("trade.turnover", 9e9, "USD", "", 113),
        row("trade.regional", 730.6e6, "USD", "2021-01/2021-05", 16, entity="Minsk"),
        row(
            "trade.regional",
            100e6,
            "USD",
            "2021-01/2021-11",
            25,
            entity="Gomel region",
            qualifier="more_than",
        ),
        row("park.residents", 85, "count", "2021-12", 36, entity="Great Stone"),
        row("park.residents", 90, "count", "2022-05", 44, entity="Great Stone"),
        row("park.residents", 92, "count", "2022-06", 45, entity="Great Stone"),
        row("park.residents", 100, "count", "2022-12", 83, entity="Great Stone"),
        row("park.residents", 170, "count", "2025", 1, entity="Great Stone", status="target"),
        row("edu.agreements", 560, "count", "2022-12", 123),
    ]
).astype({"footnote": "Int64"})


def evidence(language: str = "en", rows: pd.DataFrame = POINTS) -> Evidence:
    return Evidence(facts(rows), language)


def texts_of(figure) -> list[matplotlib.text.Text]:
    return [t for t in figure.findobj(matplotlib.text.Text) if t.get_text().strip()]


def test_a_flow_is_bars_per_period_one_colour_per_period_length() -> None:
    chart = series_chart(evidence(), "trade.turnover", unit="USD")
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2021", "2022", "Q1 2022"]
    colours = [tuple(p.get_facecolor()) for p in ax.patches]
    assert colours[0] == colours[1] != colours[2]  # the quarter stands apart
    assert ax.get_ylabel() == "USD, billion"
    assert [t.get_text() for t in ax.texts] == ["≈6", "5.8", "1.2"]
    assert chart.caption.startswith("1 undated value not shown.")
    assert [m.label for m in chart.marks] == ["31", "33", "111"]


def test_growth_figures_are_bars_labelled_with_their_period_and_base() -> None:
    chart = series_chart(evidence(), ["trade.turnover", "trade.exports"], unit="times")
    ticks = [t.get_text() for t in chart.figure.axes[0].get_xticklabels()]
    assert ticks == ["2022\nvs. 2021", "Jan–May 2023\nvs. Jan–May 2022"]
    de = series_chart(evidence("de"), ["trade.turnover", "trade.exports"], unit="times")
    assert de.figure.axes[0].get_xticklabels()[1].get_text() == "Jan–Mai 2023\nggü. Jan–Mai 2022"


def test_a_stock_is_a_line_over_time_ticked_by_year() -> None:
    chart = series_chart(evidence(), "park.residents", unit="count")
    ax = chart.figure.axes[0]
    joined = [len(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "-"]
    assert joined == [4]
    chart.figure.draw_without_rendering()
    labels = [t.get_text() for t in ax.get_xticklabels(minor=True) if t.get_text()]
    assert labels and all(re.fullmatch(r"20\d\d", t) for t in labels)
    assert not [t.get_text() for t in ax.get_xticklabels() if t.get_text()]  # no month ticks


def test_point_labels_never_overlap() -> None:
    # Four points within a year: labels that would collide are moved or left out.
    chart = series_chart(evidence(), "park.residents", unit="count")
    figure = chart.figure
    figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in figure.axes[0].texts]
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        assert all(not a.overlaps(b) for b in boxes[i + 1 :])


def test_fewer_than_two_comparable_values_give_no_chart() -> None:
    assert series_chart(evidence(), "edu.agreements") is None  # one point
    one = POINTS[POINTS["as_of"] != "2021"]  # a year and a quarter: nothing to compare
    assert series_chart(evidence(rows=one), "trade.turnover", unit="USD") is None
    assert (
        bar_by_entity(evidence(rows=POINTS[POINTS["entity"] != "Minsk"]), "trade.regional") is None
    )


def test_titles_wrap_and_are_never_cut() -> None:
    title = "A very long chart title " * 5
    chart = series_chart(evidence(), "park.residents", title=title)
    shown = chart.figure.get_suptitle()
    assert "\n" in shown and shown.replace("\n", " ").split() == title.split()


def test_bars_by_entity_show_the_latest_value_in_the_briefings_language() -> None:
    chart = bar_by_entity(evidence("de"), "trade.regional")
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Gebiet Gomel", "Stadt Minsk"]
    assert [t.get_text() for t in ax.texts] == [">100 (Jan–Nov 2021)", "730,6 (Jan–Mai 2021)"]
    assert ax.get_xlabel() == "Mio. USD"


def test_svg_is_inline_with_a_tooltip_and_an_evidence_link_per_point() -> None:
    ev = evidence()
    chart = series_chart(ev, "trade.turnover", unit="USD", name="c7")
    svg = to_svg(chart, ev)
    assert svg.startswith("<svg") and "<?xml" not in svg and "<!DOCTYPE" not in svg
    root = ET.fromstring(svg)
    hrefs = [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("href")]
    assert hrefs and all(h.startswith("#") for h in hrefs)  # no remote references
    assert "<image" not in svg
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert all(i.startswith("c7-") for i in ids) and len(ids) == len(set(ids))
    internal = {h[1:] for h in hrefs if not h.startswith("#ev-")}
    assert internal <= set(ids)
    points = [e for e in root.iter() if (e.get("id") or "").startswith("c7-pt-")]
    assert len(points) == 3
    for point in points:
        title = point.find("{http://www.w3.org/2000/svg}title")
        assert title is not None and re.search(r"USD .* \[\d+\]", title.text)
    links = {v for e in root.iter() for k, v in e.attrib.items() if k.endswith("href")}
    assert {f"#{ev.anchor(f)}" for f in chart.points.values()} <= links
    assert "<text" in svg  # text stays text: crisp, searchable, small
    # No metadata, and no group that only names an artist: fewer elements to render.
    assert root.find("{http://www.w3.org/2000/svg}metadata") is None
    bare = [
        g.get("id")
        for g in root.iter("{http://www.w3.org/2000/svg}g")
        if set(g.attrib) <= {"id"} and not (g.get("id") or "").startswith("c7-pt-")
    ]
    assert not bare


def test_importing_bycn_and_its_data_modules_leaves_matplotlib_alone() -> None:
    code = (
        "import sys, bycn, bycn.indicators.series, bycn.report.briefing, bycn.indicators.catalog,"
        " bycn.cli; "
        "print('matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_each_point_has_a_link_area_over_the_chart_for_the_pdf() -> None:
    ev = evidence()
    chart = series_chart(ev, "park.residents", unit="count", name="c2")
    to_svg(chart, ev)
    found = hits(chart, ev)
    assert len(found) == len(chart.points) == 5
    assert {h.href for h in found} == {f"#{ev.anchor(f)}" for f in chart.points.values()}
    for h in found:
        assert 0 <= h.left <= 100 and 0 <= h.top <= 100 and 0 < h.width < 10 and 0 < h.height < 10
    # Later points lie further right.
    lefts = [h.left for h in sorted(found, key=lambda h: int(h.href.split("-")[1]))]
    assert lefts[:4] == sorted(lefts[:4])


def test_a_series_of_one_point_beside_a_line_is_named_in_the_legend() -> None:
    rows = pd.DataFrame(
        [
            row("edu.joint_programmes", 30, "count", "2022", 65, qualifier="more_than"),
            row("edu.joint_programmes", 40, "count", "2023", 123),
            row("edu.joint_structures", 9, "count", "2023", 123),
        ]
    ).astype({"footnote": "Int64"})
    chart = series_chart(evidence(rows=rows), ["edu.joint_programmes", "edu.joint_structures"])
    legend = chart.figure.legends[0]
    names = [t.get_text() for t in legend.get_texts()]
    assert names == ["Joint educational programmes", "Joint educational and scientific structures"]
