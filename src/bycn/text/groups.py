"""A unit or scale written once for several numbers (figures.md, "A unit or scale given once").

``von 1,2 auf 3 Mrd. $``, ``20-25%``, ``zwischen 40 und 60 Millionen Euro``,
``4,2 beziehungsweise 3,9 Prozent``, ``12, 7 und 4 Prozent``: a number without a
unit takes the unit (and scale) of the next number it is linked to, however many
bare numbers stand between. Each chain is read once (:class:`Partners` remembers
every link it followed), so a list of any length costs linear time.

>>> text = "um 1,2, 0,8 bzw. 0,5 Prozentpunkte"
>>> partners = Partners(text, 0, len(text))
>>> partners.after(6)
Partner(unit='percent_points', kind='share', item='', factor=1.0, scaled=False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, Self, TypeVar

from bycn.text.nouns import counted_noun, is_time_noun
from bycn.text.numbers import NUMBER_WORD, SCALES, is_numeral, parse_number_word
from bycn.text.units import read_unit

__all__ = ["Partner", "Partners", "joined_amounts", "joined_scales", "list_link_before"]

# ... also "von $0,3 bis auf $131 Mio.": "bis auf", and the currency sign before the number
# the unit is written with (the sign is the first number's own: its scale is what is shared).
_LINK = re.compile(
    r"\s*(?:bis(?:\s+(?:zu|auf))?|auf|-|–|und|oder|bzw\.|beziehungsweise|sowie|,)\s*"
    r"(?:[$€]\s*)?(?=[-+−]?\d|[a-zäöü])"
)
_NUMBER = re.compile(rf"[-+−]?(?P<digits>\d+(?:[.,]\d+)*)(?!\d)|{NUMBER_WORD.pattern}")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_LIST_LINK_BEFORE = re.compile(r"(?:,|\s(?:und|oder|sowie|bzw\.))\s*$")
_REACH = 120


@dataclass(frozen=True)
class Partner:
    """The unit a linked number gives: unit, kind, counted noun, scale factor."""

    unit: str
    kind: str
    item: str
    factor: float
    scaled: bool


class Partners:
    """The linked numbers of one sentence ``body[lo:hi]``."""

    def __init__(self, body: str, lo: int, hi: int) -> None:
        self.body, self.lo, self.hi = body, lo, hi
        self._memo: dict[int, Partner | None] = {}

    def after(self, end: int) -> Partner | None:
        """The unit of the number linked to the one ending at ``end``, if any."""
        chain: list[int] = []
        result: Partner | None = None
        position = end
        while True:
            if position in self._memo:
                result = self._memo[position]
                break
            chain.append(position)
            step = self._step(position)
            if isinstance(step, int):
                position = step
                continue
            result = step
            break
        for seen in chain:
            self._memo[seen] = result
        return result

    def _step(self, end: int) -> Partner | int | None:
        """The partner's own unit, or where its number ends if it has none (follow on)."""
        body, hi = self.body, self.hi
        link = _LINK.match(body, end, hi)
        if not link:
            return None
        number = _NUMBER.match(body, link.end(), hi)
        if not number:
            return None
        digits = number.group("digits")
        if digits is not None:
            if not is_numeral(digits) or _YEAR.fullmatch(digits):
                return None  # "von 2019 bis 2021" links years, not figures
        elif parse_number_word(number.group()) is None:
            return None
        stop = min(hi, number.end() + _REACH)
        reading = read_unit(body, number.end(), stop)
        if reading.unit:
            return Partner(reading.unit, reading.kind, "", reading.factor, reading.scaled)
        noun = counted_noun(body, number.end() + reading.end, stop)
        if noun is not None:
            if is_time_noun(noun[0]):
                return None
            return Partner("count", "count", noun[0], reading.factor, reading.scaled)
        if reading.scaled:
            return Partner("", "", "", reading.factor, True)
        return number.end()


def list_link_before(gap: str) -> bool:
    """Whether ``gap`` (between two numbers) ends in a list link: ``, `` or `` und ``."""
    return bool(_LIST_LINK_BEFORE.search(gap))


def joined_scales(first: str, gap: str, second: str) -> bool:
    """Whether two numbers are one amount said in two scales, its unit written once:
    ``8 Milliarden`` then ``400 Millionen Dollar`` (8.4e9 USD). Only space stands
    between them, and the first ends on a scale larger than the second's.

    >>> joined_scales("8 Milliarden", " ", "400 Millionen Dollar")
    True
    >>> joined_scales("8 Mrd.", ", ", "400 Mio. Dollar"), joined_scales("3", " ", "4 Mio.")
    (False, False)
    """
    if gap.strip():
        return False
    big = SCALES.get(first.rsplit(None, 1)[-1].lower(), 0.0)
    words = second.split()
    small = SCALES.get(words[1].lower(), 0.0) if len(words) > 1 else 0.0
    return 1e3 <= small < big


class _Found(Protocol):
    # Read-only members: a figure is an immutable record (the grammar's named tuple).
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def number_start(self) -> int: ...
    @property
    def value(self) -> float: ...
    @property
    def item(self) -> str: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def kind(self) -> str: ...

    @property
    def _replace(self) -> Callable[..., Self]: ...  # a named tuple's: a copy with changes


F = TypeVar("F", bound=_Found)


def joined_amounts(body: str, found: list[F]) -> list[F]:
    """``found`` (figures of ``body``, in order) with each amount said in two scales made
    one (:func:`joined_scales`): the first number's start and qualifier, the second's
    unit, the sum of their values."""
    joined: list[F] = []
    for q in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind in ("count", "amount")  # a bare scale may have taken a currency
            and not last.item
            and q.qualifier == "exact"
            and joined_scales(
                body[last.start : last.end], body[last.end : q.start], body[q.number_start : q.end]
            )
        ):
            joined[-1] = q._replace(
                start=last.start,
                number_start=last.number_start,
                value=last.value + q.value,
                qualifier=last.qualifier,
            )
        else:
            joined.append(q)
    return joined
