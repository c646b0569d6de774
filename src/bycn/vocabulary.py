"""The closed vocabularies of bycn, each written once.

Every module that checks, parses or shows one of these sets imports it from
here: the table schemas (:mod:`bycn.schema`), the catalog's validation, the
figure grammar, the briefings' formatting and the notebook parameters.

>>> "percent_points" in UNITS and set(MONEY_UNITS) <= set(UNITS)
True
>>> MONTHS[2], MONTH_NUMBER["Dezember"]
('März', 12)
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "BOUND_QUALIFIERS",
    "DATED_BY",
    "DATE_SOURCES",
    "DOCUMENT_KINDS",
    "GROUPS",
    "GROWTH_UNITS",
    "KINDS",
    "LANGUAGES",
    "MEASURES",
    "MONEY_UNITS",
    "MONTHS",
    "MONTH_NUMBER",
    "QUALIFIERS",
    "SHORT_MONTHS",
    "STATUSES",
    "TOPICS",
    "UNITS",
]

#: Currencies: the units of ``amount`` figures (figures.md, "Units").
MONEY_UNITS = ("USD", "BYN", "CNY", "EUR")
#: Units of growth figures: each is relative to its own base, so never on one axis with levels.
GROWTH_UNITS = ("percent", "percent_points", "times")
#: Every canonical unit of the figures table (figures.md, "Units").
UNITS = (
    *MONEY_UNITS,
    *GROWTH_UNITS,
    "ha",
    "m2",
    "t",
    "t/month",
    "km",
    "km/h",
    "kg",
    "hp",
    "count",
    "ordinal",
    "rank",
)
#: How exactly a figure is stated (figures.md, "Qualifiers").
QUALIFIERS = ("exact", "more_than", "at_least", "almost", "about", "up_to", "less_than")
#: Qualifiers that make a figure a bound, not a value: between two bounds (``more than
#: 540`` and ``more than 560``) no change can be read off.
BOUND_QUALIFIERS = ("more_than", "at_least", "up_to", "less_than")
#: What a figure is (figures.md, the ``kind`` column).
KINDS = ("amount", "count", "share", "multiple", "measure", "ordinal", "rank")
#: A figure's topic (figures.md, the ``topic`` column).
TOPICS = ("trade", "education", "park", "regions", "health", "science", "other")
#: A series point is a reported value or a plan (indicators.md, ``status``).
STATUSES = ("actual", "target")
#: How a series point's date was fixed (indicators.md, ``dated_by``).
DATED_BY = ("text", "source", "document")
#: Where a document's date comes from (corpus.md, "The document date").
DATE_SOURCES = ("front matter", "html", "dateline", "footnotes")
#: What a corpus document is: a text (with optional front matter) or a saved web page.
DOCUMENT_KINDS = ("text", "html")
#: An indicator is a level at a date (stock) or a sum over a period (flow).
MEASURES = ("stock", "flow")
#: Indicator groups: the part of an indicator id before the dot.
GROUPS = ("park", "trade", "edu")
#: The languages briefings are written in; every label is given in each.
LANGUAGES = ("en", "de")
#: German month names, January first.
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
#: German month names cut short, each written with a point after it ("Nov.", "Sept.").
SHORT_MONTHS = (
    "Jan",
    "Feb",
    "Febr",
    "Mär",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Okt",
    "Nov",
    "Dez",
)
#: A German month name's number, 1 to 12.
MONTH_NUMBER = MappingProxyType({name: i for i, name in enumerate(MONTHS, start=1)})
