"""What a point of an entity must not be about: a rival of it (another park, for Great
Stone; China with another partner, for Belarus-China).

A text on the Minsk High-Tech Park, a technopark or another country's industrial park tells
that park's residents, jobs and output with the same words as Great Stone's ("Im
Hochtechnologiepark seien rund 150 Unternehmen angemeldet", "Der Park beschäftige mehr
als 20 000 Mitarbeiter"); a text on China and Central Asia tells their trade as the pair's
("Damit überschritt das Handelsvolumen erstmals die Marke von 100 Milliarden US-Dollar"):
none of them is a point of Great Stone or of Belarus-China. The entity's ``rivals`` in the
catalog say which: ``names`` (regexes of the rivals), ``own`` (words that name the entity
beside its names), ``look_back`` (how many sentences before the figure's count). The one
named nearest to a figure tells whose it is: in its clause ("in Great Stone 100, im HTP
1.000" gives each park its own), then in its sentence before the clause, then after it,
then in the sentences before, nearest first, then in the article's title and lead; a
stretch that names the entity is the entity's, a rival beside it or not. A generic "der
Park" names neither and refers back to the one named before.

>>> import re
>>> from bycn.indicators.model import Entity
>>> park = Entity("Great Stone", "park", ("Industriepark",), rivals=(re.compile("HTP"),),
...     rivals_look_back=3)
>>> named(park, "Im HTP"), named(park, "Im HTP und im Industriepark"), named(park, "Der Park")
(True, False, None)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from typing import Any

from bycn.indicators.anaphora import Reporter
from bycn.indicators.model import Entity
from bycn.indicators.needles import names_pattern

__all__ = ["named", "read_rivals", "rival_named"]

_KEYS = {"names", "own", "look_back"}

#: A name found in a text: its start, its end, and whether a rival's.
Named = tuple[int, int, bool]


def read_rivals(checker: Reporter, where: str, value: Any) -> dict[str, Any]:
    """An entity's optional ``rivals`` mapping as :class:`Entity` keyword arguments, its
    problems told to ``checker``."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        checker.problem(where, "expected a mapping {names: [...], own: [...], look_back: N}")
        return {}
    checker.keys(where, value, _KEYS, required=("names",))
    return {
        "rivals": checker.regexes(f"{where}.names", value.get("names", [])),
        "rivals_own": checker.regexes(f"{where}.own", value.get("own", [])),
        "rivals_look_back": checker.look_back(where, value),
    }


@lru_cache(maxsize=64)
def _own(names: tuple[str, ...]) -> Any:
    """The entity's names as one pattern, built once per entity."""
    return names_pattern(list(names))


def _mentions(entity: Entity, text: str) -> list[Named]:
    """Where ``text`` names a park: (start, end, whether a rival); the entity's own name
    within a rival's ("ein Industriepark in Kasachstan") is the rival's."""
    spans = [(m.start(), m.end()) for p in entity.rivals for m in p.finditer(text)]
    found = [(start, end, True) for start, end in spans]
    names = _own(entity.names)
    for own in (*((names,) if names is not None else ()), *entity.rivals_own):
        found += [
            (m.start(), m.end(), False)
            for m in own.finditer(text)
            if not any(start <= m.start() < end for start, end in spans)
        ]
    return found


def _which(found: list[Named]) -> bool | None:
    """True where ``found`` are rivals only, False where the entity is among them (a rival
    beside it or not: "Great Stone ist ein Innovationspark" is of Great Stone), None where
    there are none."""
    return all(rival for _, _, rival in found) if found else None


def named(entity: Entity, text: str) -> bool | None:
    """Whether ``text`` names a rival and not the entity (True), the entity (False); None
    where it names neither."""
    return _which(_mentions(entity, text))


#: How far before a clause a name that reaches into it may start (no name is longer).
_REACH = 200


class _Sentence:
    """A sentence's names of an entity and its rivals, found once per sentence: which fall
    in a figure's clause, before it or after it is then found by bisection, not by a search
    from the sentence's start for each figure (a long sentence holds many)."""

    def __init__(self, found: list[Named]) -> None:
        self.found = sorted(found)
        self.starts = [start for start, _, _ in self.found]
        self.rivals = list(accumulate((rival for _, _, rival in self.found), initial=0))

    def _which(self, lo: int, hi: int, less: list[Named], more: list[Named]) -> bool | None:
        """:func:`_which` of the names ``lo:hi``, without ``less``, with ``more``."""
        count = hi - lo - len(less) + len(more)
        if count <= 0:
            return None
        rivals = self.rivals[hi] - self.rivals[lo]
        rivals += sum(m[2] for m in more) - sum(m[2] for m in less)
        return rivals == count

    def stretches(self, start: int, end: int) -> tuple[bool | None, bool | None, bool | None]:
        """What the clause ``start:end`` names (a name reaching into it too), what the
        sentence names before it, and after it (:func:`_which` of each)."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        near = bisect_left(self.starts, start - _REACH)
        reaching = [m for m in self.found[near:first] if m[1] > start]
        return (
            self._which(first, last, [], reaching),
            self._which(0, first, reaching, []),
            self._which(last, len(self.found), [], []),
        )


@lru_cache(maxsize=64)
def _sentence(entity: Entity, sentence: str) -> _Sentence:
    return _Sentence(_mentions(entity, sentence))


def rival_named(
    entity: Entity,
    sentence: str,
    clause: tuple[int, int] | None,
    before: Iterable[str],
    lead: Iterable[str],
) -> bool:
    """Whether the park nearest to a figure is a rival of ``entity``: what the figure's
    ``clause`` (its start and end in its ``sentence``; the whole sentence where None)
    names, a name that reaches into it too ("Zwischen China und | den fünf
    zentralasiatischen Staaten ..."); else what the sentence names before the clause, after
    it, the sentences ``before`` (nearest first) and the article's ``lead`` name, the first
    that names one (:func:`named`). False for an entity without rivals."""
    if not entity.rivals:
        return False
    start, end = clause if clause is not None else (0, len(sentence))
    for which in _sentence(entity, sentence).stretches(start, end):
        if which is not None:
            return which
    for text in (*before, *lead):
        which = named(entity, text)
        if which is not None:
            return which
    return False
