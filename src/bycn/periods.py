"""The ``as_of`` period format, in one place: writing it, reading it, its bounds, order and labels.

A figure's or a series point's date is a string of one of these forms:

============================  ===========================  ==========================
form                          written by                   label (en / de)
============================  ===========================  ==========================
``2021``                      :func:`year`                 2021
``2021-11``                   :func:`month`                November 2021 / November 2021
``2022-Q1``                   :func:`quarter`              Q1 2022 / 1. Quartal 2022
``2022-H1``                   :func:`half`                 H1 2022 / 1. Halbjahr 2022
``2021-01/2021-05``           :func:`span`                 January–May 2021 / Januar–Mai 2021
``2022/2024``                 :func:`span`                 2022–2024
============================  ===========================  ==========================

Nothing else in bycn writes or reads these strings by hand.

>>> quarter(2022, 1), half(2022, 1), span(month(2021, 1), month(2021, 5))
('2022-Q1', '2022-H1', '2021-01/2021-05')
>>> bounds("2022-H1"), months("2022-Q1")
(((2022, 1), (2022, 6)), 3)
>>> sorted(["2022", "2021-12", "", "2022-Q1"], key=sort_key)
['', '2021-12', '2022-Q1', '2022']
>>> label("2021-01/2021-05", "de"), label("2022-Q1", "en")
('Januar–Mai 2021', 'Q1 2022')
"""

from __future__ import annotations

import re
from functools import cache

from bycn.vocabulary import LANGUAGES

__all__ = [
    "Bounds",
    "bounds",
    "half",
    "label",
    "month",
    "months",
    "quarter",
    "shift_years",
    "sort_key",
    "span",
    "year",
]

#: First and last month of a period, each as ``(year, month)``.
Bounds = tuple[tuple[int, int], tuple[int, int]]

_PART = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})|Q(?P<q>[1-4])|H(?P<h>[12])))?$")
_YEAR = re.compile(r"\b\d{4}\b")
_QUARTER_LABEL = {"en": "Q{n} {year}", "de": "{n}. Quartal {year}"}
_HALF_LABEL = {"en": "H{n} {year}", "de": "{n}. Halbjahr {year}"}


def year(y: int) -> str:
    """A calendar year: ``2021``."""
    return f"{y:04d}"


def month(y: int, m: int) -> str:
    """One month: ``2021-11``."""
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} is not 1 to 12")
    return f"{y:04d}-{m:02d}"


def quarter(y: int, q: int) -> str:
    """A quarter: ``2022-Q1``."""
    if not 1 <= q <= 4:
        raise ValueError(f"quarter {q} is not 1 to 4")
    return f"{y:04d}-Q{q}"


def half(y: int, h: int) -> str:
    """A half year: ``2022-H1``."""
    if h not in (1, 2):
        raise ValueError(f"half {h} is not 1 or 2")
    return f"{y:04d}-H{h}"


def shift_years(as_of: str, years: int) -> str:
    """The same period ``years`` later (earlier if negative).

    >>> shift_years("2021-01/2021-05", -1), shift_years("2022-Q1", 1)
    ('2020-01/2020-05', '2023-Q1')
    """
    if bounds(as_of) is None:
        raise ValueError(f"{as_of!r} is not a period")
    return _YEAR.sub(lambda m: year(int(m.group()) + years), as_of)


def years_back(as_of: str, years: int) -> str:
    """The period a level said ``years`` years before ``as_of`` is of: the same period a
    year before ("Vor einem Jahr waren es 4.540"), but a month's year when it is more than
    one ("Vor zehn Jahren waren es noch keine 3.000", said in May 2026, is of 2016: a
    count of years back names no month; a quarter or a span keeps its months).

    >>> years_back("2026-05", 1), years_back("2026-05", 10), years_back("2022-Q1", 5)
    ('2025-05', '2016', '2017-Q1')
    """
    shifted = shift_years(as_of, -years)
    found = _PART.match(shifted)
    if years > 1 and found is not None and found["m"] is not None:
        return year(int(found["y"]))
    return shifted


def span(first: str, last: str) -> str:
    """From the start of ``first`` to the end of ``last``: ``2021-01/2021-05``, ``2022/2024``."""
    return f"{first}/{last}"


@cache
def bounds(as_of: str) -> Bounds | None:
    """First and last month of ``as_of`` as ``(year, month)`` pairs; None when it is empty
    or not a period of this format.

    >>> bounds("2021"), bounds("2021-13"), bounds("Ende 2021")
    (((2021, 1), (2021, 12)), None, None)
    """
    if not isinstance(as_of, str):
        return None
    text = as_of.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        start, end = bounds(first), bounds(last)
        if start is None or end is None or end[1] < start[0]:
            return None
        return start[0], end[1]
    match = _PART.match(text)
    if match is None:
        return None
    y = int(match["y"])
    if match["m"]:
        m = int(match["m"])
        return ((y, m), (y, m)) if 1 <= m <= 12 else None
    if match["q"]:
        q = int(match["q"])
        return (y, 3 * q - 2), (y, 3 * q)
    if match["h"]:
        h = int(match["h"])
        return (y, 6 * h - 5), (y, 6 * h)
    return (y, 1), (y, 12)


def part_of(inner: str, outer: str) -> bool:
    """Whether the period ``inner`` lies within ``outer`` and is not all of it.

    >>> part_of("2025-Q4", "2025"), part_of("2025", "2025"), part_of("2024-12", "2025")
    (True, False, False)
    """
    found, around = bounds(inner), bounds(outer)
    if found is None or around is None or found == around:
        return False
    return around[0] <= found[0] and found[1] <= around[1]


def months(as_of: str) -> int | None:
    """How many months ``as_of`` spans (a year 12, a quarter 3); None if it has no date."""
    found = bounds(as_of)
    if found is None:
        return None
    (y0, m0), (y1, m1) = found
    return (y1 - y0) * 12 + m1 - m0 + 1


def sort_key(as_of: str) -> tuple[int, int, int, int]:
    """Orders ``as_of`` values by their end, then their start; values without a date first."""
    found = bounds(as_of)
    if found is None:
        return (0, 0, 0, 0)
    (y0, m0), (y1, m1) = found
    return (y1, m1, y0, m0)


def label(as_of: str, language: str = "en") -> str | None:
    """``as_of`` as a reader writes it in ``language``; None if it has no date.

    >>> label("2021-12", "de"), label("2022-H2", "en"), label("2022/2024", "en")
    ('Dezember 2021', 'H2 2022', '2022–2024')
    >>> label("2021-11/2022-02", "en")
    'November 2021–February 2022'
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    found = bounds(as_of)
    if found is None:
        return None
    text = as_of.strip()
    (y0, m0), (y1, m1) = found
    names = _month_names(language)
    if "/" in text:
        if (m0, m1) == (1, 12) and "-" not in text:
            return f"{y0}–{y1}"
        first = names[m0 - 1] if y0 == y1 else f"{names[m0 - 1]} {y0}"
        return f"{first}–{names[m1 - 1]} {y1}"
    if "-Q" in text:
        return _QUARTER_LABEL[language].format(n=(m1 // 3), year=y0)
    if "-H" in text:
        return _HALF_LABEL[language].format(n=(m1 // 6), year=y0)
    if (m0, m1) == (1, 12):
        return str(y0)
    return f"{names[m0 - 1]} {y0}"


@cache
def _month_names(language: str) -> tuple[str, ...]:
    """Month names from the locale data (Babel's CLDR), January first."""
    from babel.dates import get_month_names

    names = get_month_names("wide", context="format", locale=language)
    return tuple(names[m] for m in range(1, 13))
