"""The cells of a table of figures or sentences: a column's values as a list, a text
cell's value, an empty cell (split from :mod:`bycn.indicators.scopes`, whose concern is a
figure's clause and its sentences around it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = ["Columns", "cell_text", "column", "missing"]

#: A table: a DataFrame, or a mapping of column names to their values.
Columns = Mapping[str, Sequence[Any]] | pd.DataFrame


def cell_text(value: object) -> str:
    """A text cell's value; "" for an empty one (None, NaN, NA).

    >>> cell_text("Minsk"), cell_text(None), cell_text(float("nan"))
    ('Minsk', '', '')
    """
    return value if isinstance(value, str) else ""


def column(table: Columns, name: str) -> list[Any]:
    """A column's values as a list of Python values (a DataFrame's in one call, which is
    much faster than iterating its Series cell by cell)."""
    values = table[name]
    if isinstance(values, list):
        return values  # as it is, not a copy: callers do not change it
    tolist = getattr(values, "tolist", None)
    return tolist() if tolist is not None else list(values)


def missing(value: object) -> bool:
    """Whether a cell is empty: None, NaN or pandas' NA (``pd.isna`` of a scalar, without
    the call's cost on every figure)."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)
