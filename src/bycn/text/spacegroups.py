"""Thousands grouped by spaces (``120 000 Tonnen``, ``4\u202f500``): one number, not two.

Split from ``quantities.py`` (its concern of digit groups), which reads each numeral and
asks here whether the digits after a space go on with it.

>>> space_grouped("120 000 Tonnen", 0, 3, 14), space_grouped("512 308 417", 0, 3, 11)
((7, '120000'), None)
"""

from __future__ import annotations

import re

from bycn.text.nouns import counted_noun
from bycn.text.units import read_unit

__all__ = ["space_grouped"]

_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3}(?![\d.]))+(?:,\d+)?(?!\d)")
_SPACES = re.compile(r"[ \u00a0\u202f]")
_GROUP_SPACES = (" ", "\u00a0", "\u202f")
_REACH = 120  # characters after the number a unit or counted noun is sought in


def space_grouped(body: str, start: int, end: int, hi: int) -> tuple[int, str] | None:
    """The numeral at ``body[start:end]`` with the thousands grouped by spaces after it, up
    to ``hi`` (its sentence's end).

    A narrow or no-break space always groups; a plain space only where a unit, scale
    or counted noun follows (a table row ``512 308 417`` is three numbers).
    Returns the number's end and its digits without the spaces, or None.
    """
    # Only a numeral of one to three digits, a space and a digit right after it, can
    # start a group ("20 Gäste" is none: no pattern tried).
    if end - start > 3 or body[end : end + 1] not in _GROUP_SPACES:
        return None
    if not body[end + 1 : end + 2].isdecimal():
        return None
    match = _SPACE_GROUPED.match(body, start, hi)
    if match is None or match.end() <= end:
        return None
    stop = min(hi, match.end() + _REACH)
    if " " in match.group():
        reading = read_unit(body, match.end(), stop)
        if not (reading.unit or reading.scaled or counted_noun(body, match.end(), stop)):
            return None
    return match.end(), _SPACES.sub("", match.group())
