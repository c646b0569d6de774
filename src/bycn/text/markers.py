"""Footnote markers in the body text, however the extraction glued them to it.

Marker forms seen: ``betrug"16 .``, ``entwickeln.31 .``, ``präsentierte. 76Die``,
``vorgestellt..." . 78``, ``Polotsk54 "``, ``tätig sind52 .``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Marker", "find_markers"]


class _Footnote(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def first_line(self) -> int: ...


@dataclass(frozen=True)
class Marker:
    """A footnote marker in the body text, at ``[start:end]`` of the source.

    ``footnote`` indexes :attr:`Structure.footnotes`; None where the extraction lost it.
    """

    number: int
    start: int
    end: int
    footnote: int | None


# vorgestellt..." . 78   Polotsk54 "   tätig sind52 .
_MARKER_FORMS = (
    r"(?<=[\w\"”“'.!?…)\]])(?<!\d[.,])(?<!\d)({n})(?!\d|[,.]\d|[\w-])",
    r"(?<=[\"”“'.!?…]\s)({n})(?=[A-ZÄÖÜ\s.,;:])",
    r"(?<=[\"”“'.!?…]\s\.\s)({n})(?!\d)",
    r"(?<=\s)({n})(?=\s*[.,]\s)",
)


def find_markers(
    body: str, footnotes: Sequence[_Footnote], line_starts: Sequence[int]
) -> tuple[Marker, ...]:
    """Find each footnote's marker: after the previous marker, before its own block.

    Markers of footnotes the extraction lost (a gap in the numbering) are found
    too, before the next block, so that they are never read as figures.
    """
    markers: list[Marker] = []
    position = 0
    previous = 0
    for index, footnote in enumerate(footnotes):
        if footnote.number <= previous:  # numbering restarts: a new document follows
            previous = 0
        limit = line_starts[footnote.first_line - 1]
        for number in range(previous + 1, footnote.number + 1):
            found = _marker_at(body, number, position, limit, strong_only=number != footnote.number)
            if found is not None:
                own = number == footnote.number
                markers.append(
                    Marker(number, found, found + len(str(number)), index if own else None)
                )
                position = found + len(str(number))
        previous = footnote.number
    return tuple(markers)


def _marker_at(body: str, number: int, position: int, limit: int, strong_only: bool) -> int | None:
    """Offset of the first marker form of ``number`` in ``body[position:limit]``."""
    digits = str(number)
    pattern = _marker_pattern(number, strong_only)
    at = body.find(digits, position, limit)
    while at >= 0:
        if pattern.match(body, at):
            return at
        at = body.find(digits, at + 1, limit)
    return None


@functools.lru_cache(maxsize=1024)
def _marker_pattern(number: int, strong_only: bool) -> re.Pattern[str]:
    forms = _MARKER_FORMS[:2] if strong_only else _MARKER_FORMS
    return re.compile("|".join(f"(?:{form.format(n=number)})" for form in forms))
