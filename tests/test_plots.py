"""House-style charts: labelled axes with units, a source line, one unit per chart."""

from __future__ import annotations

import subprocess
import sys

import matplotlib.text
import pandas as pd
import pytest

from bycn.report.plots import as_image, bar_by_entity, series_chart


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
        "source_year": 2023,
    }


POINTS = pd.DataFrame(
    [
        row("trade.turnover", 6e9, "USD", "2021", 31, qualifier="almost"),
        row("trade.turnover", 1.2e9, "USD", "2022-Q1", 33),
        row("trade.turnover", 5.8e9, "USD", "2022-12", 111),
        row("trade.turnover", 1.5, "times", "2023-01/2023-05", 112),
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
        row("trade.regional", 20, "times", "2021", 25, entity="Gomel region"),
    ]
).astype({"footnote": "Int64"})


def texts_of(figure) -> list[matplotlib.text.Text]:
    return [t for t in figure.findobj(matplotlib.text.Text) if t.get_text().strip()]


def test_series_chart_labels_axes_with_the_unit_and_names_its_sources() -> None:
    figure = series_chart(POINTS, "trade.turnover", "en")
    ax = figure.axes[0]
    assert ax.get_ylabel() == "USD billion"
    assert ax.get_xlabel() == "Date"
    assert ax.get_title(loc="left") == "Trade turnover"
    shown = [t.get_text() for t in texts_of(figure)]
    assert any(t.startswith("Source: footnotes 31, 33, 111") for t in shown)
    assert any("1 undated value(s) not shown" in t for t in shown)
    assert all(t.get_fontsize() >= 9 for t in texts_of(figure))


def test_a_chart_never_mixes_units() -> None:
    money = series_chart(POINTS, "trade.turnover", "de")
    ys = [y for line in money.axes[0].get_lines() for y in line.get_ydata()]
    assert sorted(ys) == pytest.approx([1.2, 5.8, 6.0])  # billions; the 1.5× is not drawn
    assert money.axes[0].get_ylabel() == "Mrd. USD"
    growth = series_chart(POINTS, "trade.turnover", "en", unit="times")
    ys = [y for line in growth.axes[0].get_lines() for y in line.get_ydata()]
    assert ys == [1.5]
    assert "times" in growth.axes[0].get_ylabel()


def test_nothing_to_draw_is_an_error() -> None:
    with pytest.raises(ValueError, match="no values"):
        series_chart(POINTS, "trade.exports", "en")
    with pytest.raises(ValueError, match="in unit 'percent'"):
        series_chart(POINTS, "trade.turnover", "en", unit="percent")


def test_bar_by_entity_shows_the_latest_value_per_entity() -> None:
    figure = bar_by_entity(POINTS, "trade.regional", "en")
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Gomel region", "Minsk"]
    assert ax.get_xlabel() == "USD million"
    labels = [t.get_text() for t in ax.texts]
    assert labels == [">100 (January–November 2021)", "730.6 (January–May 2021)"]
    assert "Regional trade with China" in ax.get_title(loc="left")


def test_as_image_is_a_print_resolution_png() -> None:
    image = as_image(series_chart(POINTS, "trade.turnover", "en"))
    assert image.data.startswith(b"\x89PNG")
    assert image.width == round(6.6 * 96)


def test_importing_bycn_and_its_data_modules_leaves_matplotlib_alone() -> None:
    code = (
        "import sys, bycn, bycn.indicators.series, bycn.report.briefing, bycn.indicators.catalog,"
        " bycn.cli; "
        "print('matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _joined(figure) -> list[int]:
    """How many points each drawn line joins (markers alone have no line)."""
    return [
        len(line.get_xdata())
        for line in figure.axes[0].get_lines()
        if line.get_linestyle() not in ("None", "none", "")
    ]


def test_flows_over_periods_of_different_lengths_are_not_joined() -> None:
    # A year's turnover, a quarter's and another year's: no trend line between them.
    figure = series_chart(POINTS, "trade.turnover", "en", unit="USD")
    assert _joined(figure) == []
    shown = [t.get_text() for t in texts_of(figure)]
    assert "1.2 (Q1 2022)" in shown


def test_levels_of_a_stock_are_joined() -> None:
    residents = pd.DataFrame(
        [
            row("park.residents", 85, "count", "2021-12", 36, entity="Great Stone"),
            row("park.residents", 90, "count", "2022-05", 44, entity="Great Stone"),
            row("park.residents", 100, "count", "2022-12", 83, entity="Great Stone"),
        ]
    ).astype({"footnote": "Int64"})
    assert _joined(series_chart(residents, "park.residents", "en")) == [2, 2]
