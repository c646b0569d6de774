"""Which points a later figure may continue: a growth of an amount, an amount or a count as
a level of its own kind (:mod:`bycn.indicators.referback` asks, for a figure that refers
back, an apposition and an amount in brackets after its base year)."""

from __future__ import annotations

from bycn.indicators.model import Indicator
from bycn.indicators.scopes import FigureScope
from bycn.vocabulary import GROWTH_UNITS, MONEY_UNITS

__all__ = ["continues"]


def continues(fig: FigureScope, change: bool, indicator: Indicator, unit: str, item: str) -> bool:
    """Whether a figure (``change``: said as a change) can continue a point of
    ``indicator`` in ``unit`` counting ``item``: a growth of an amount (``times``, or a
    ``percent`` said as a change), an amount in the same unit or a count of the same noun
    (or of none) said as a level.

    >>> from bycn.indicators.catalog import load_catalog
    >>> turnover = load_catalog().indicator("trade.turnover")
    >>> fig = FigureScope("", "", 1, 18.4, "percent", "", "exact", "", "", "", "", None,
    ...                   "", 0, 12)
    >>> continues(fig, True, turnover, "USD", ""), continues(fig, False, turnover, "USD", "")
    (True, False)
    >>> amount = fig._replace(value=61.2e6, unit="USD")
    >>> [continues(amount, change, turnover, "percent", "") for change in (False, True)]
    [True, False]
    """
    if fig.unit not in indicator.units:
        return False
    if fig.unit in GROWTH_UNITS:
        return unit not in GROWTH_UNITS and (change or fig.unit == "times")
    if change:
        return False
    if fig.unit in MONEY_UNITS and unit in GROWTH_UNITS:
        # the amount whose growth the point was ("Das Gebiet hat seine Exporte nach China um
        # 17 Prozent gesteigert. Sie erreichten 61,2 Mio. USD")
        return True
    return fig.unit == unit and (fig.unit != "count" or fig.item in ("", item))
