"""The order of a series' points: by indicator (the catalog's order), entity, date,
document and line.

:func:`~bycn.indicators.series.build_series` orders its points so, and
:func:`sort_series` puts points built in parts (some documents now, the rest
before) in the same order as points built at once.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from bycn import periods
from bycn.indicators.catalog import Catalog

__all__ = ["ORDER", "order_key", "sort_series"]

#: The columns a series is ordered by, after the indicator's place in the catalog.
ORDER = ("indicator", "entity", "as_of", "doc", "line", "figure_id")


def order_key(
    order: dict[str, int],
    indicator: str,
    entity: str,
    as_of: str,
    doc: str,
    line: int,
    figure_id: str,
) -> tuple[Any, ...]:
    """The sort key of one point; ``order`` maps each indicator id to its place."""
    return (order[indicator], entity, periods.sort_key(as_of), doc, int(line), figure_id)


def sort_series(series: pd.DataFrame, catalog: Catalog) -> pd.DataFrame:
    """The rows of ``series`` (a series table, or one with more columns) in the order
    :func:`~bycn.indicators.series.build_series` gives: so that series built in parts
    and put together are ordered as one built at once.

    >>> from bycn.indicators.catalog import load_catalog
    >>> parts = pd.DataFrame({"indicator": ["trade.turnover", "trade.turnover"],
    ...     "entity": ["Belarus–China", "Belarus–China"], "as_of": ["2023", "2021"],
    ...     "doc": ["b", "a"], "line": [3, 1], "figure_id": ["b-f1", "a-f1"]})
    >>> sort_series(parts, load_catalog())["figure_id"].tolist()
    ['a-f1', 'b-f1']
    """
    order = {ident: i for i, ident in enumerate(catalog.ids)}
    columns = [series[c].tolist() for c in ORDER]
    keys = [order_key(order, *values) for values in zip(*columns, strict=True)]
    ranked = sorted(range(len(keys)), key=keys.__getitem__)
    return series.iloc[ranked].reset_index(drop=True)
