"""The currency of a paragraph: a bare scale (``Die Ausfuhren machten 19,9 Mio. aus``) is
in the currency of the last amount before it in its paragraph, and of an amount told since a
count, not of the count (split from :mod:`bycn.text.units`, whose concern is the unit next to
a number and a table's header).
"""

from __future__ import annotations

import bisect
import re

from bycn.text.numbers import CURRENCIES
from bycn.text.units import SCALE, read_unit

__all__ = ["currency_since", "paragraph_currency"]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")

_CURRENCY_MENTION = re.compile(
    rf"\d(?:\s*(?:{SCALE}))?\s*(?:{'|'.join(p for p, _ in CURRENCIES)})(?!\w)"
    r"|(?:US\$|\$|€|EUR|USD)\s?\d"
)
_MENTIONS: list[tuple] = [(None, [], [], [])]  # body, offsets, units, paragraph breaks


def _mentions(body: str) -> tuple:
    mentions = _MENTIONS[0]
    if mentions[0] is not body:
        found = list(_CURRENCY_MENTION.finditer(body))
        units = [read_unit(" " + m.group().strip("0123456789 "), 0, 99).unit for m in found]
        breaks = [m.start() for m in _BLANK_LINE.finditer(body)]
        mentions = (body, [m.start() for m in found], units, breaks)
        _MENTIONS[0] = mentions
    return mentions


def paragraph_currency(body: str, offset: int) -> str:
    """The currency of the last amount before ``offset`` in its paragraph, or "".

    ``Der Umsatz stieg auf 51,7 Mio. US-Dollar. Die Ausfuhren machten 19,9 Mio. aus.``:
    the bare scale of the second sentence is in US dollars too.

    >>> text = "Er stieg auf 5 Mio. Euro. Davon 2 Mio.\\n\\nNeu: 3 Mio."
    >>> paragraph_currency(text, 33), paragraph_currency(text, 45)
    ('EUR', '')
    """
    _, offsets, units, breaks = _mentions(body)
    i = _last_mention(offsets, units, offset)
    if i < 0:
        return ""
    b = bisect.bisect_left(breaks, offsets[i])
    return units[i] if b >= len(breaks) or breaks[b] >= offset else ""


def currency_since(body: str, start: int, offset: int) -> bool:
    """Whether an amount with its currency stands in ``body[start:offset]``.

    A bare scale after it (``Davon wurden 1,3 Mrd. umgesetzt``) is of that amount, not of
    a count told before it (``142 Residenten``).

    >>> currency_since("142 Residenten. 2 Mrd. Dollar. Davon 1 Mrd.", 14, 36)
    True
    """
    _, offsets, units, _ = _mentions(body)
    i = _last_mention(offsets, units, offset)
    return i >= 0 and offsets[i] >= start


def _last_mention(offsets: list[int], units: list[str], offset: int) -> int:
    """The index of the last mention with a currency before ``offset``, or -1."""
    i = bisect.bisect_left(offsets, offset) - 1
    while i >= 0 and not units[i]:
        i -= 1
    return i
