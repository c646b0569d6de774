"""What a point of an entity must not be about: a rival of its kind (another park, for Great
Stone).

A text on the Minsk High-Tech Park, a technopark or another country's industrial park tells
that park's residents, jobs and output with the same words as Great Stone's ("Im
Hochtechnologiepark seien rund 150 Unternehmen angemeldet", "Der Park beschäftige mehr
als 20 000 Mitarbeiter"): none of them is a point of Great Stone. The entity's ``rivals``
in the catalog (``names``: regexes of the other parks, ``look_back``: how many sentences
before the figure's count) say which; the park a figure is of is the one named nearest to
it: in its clause ("in Great Stone 100, im HTP 1.000" gives each park its own), then in its
sentence before the clause, then after it, then in the sentences before, nearest first,
then in the article's title and lead; a text that names the entity is the entity's, a
rival beside it or not. A generic "der Park" names neither and refers back to the one
named before.

>>> import re
>>> from bycn.indicators.model import Entity
>>> park = Entity("Great Stone", "park", ("Industriepark",), rivals=(re.compile("HTP"),),
...     rivals_look_back=3)
>>> named(park, "Im HTP"), named(park, "Im HTP und im Industriepark"), named(park, "Der Park")
(True, False, None)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from bycn.indicators.anaphora import Reporter
from bycn.indicators.model import Entity
from bycn.indicators.needles import names_pattern

__all__ = ["named", "read_rivals", "rival_named"]

_KEYS = {"names", "look_back"}


def read_rivals(checker: Reporter, where: str, value: Any) -> dict[str, Any]:
    """An entity's optional ``rivals`` mapping as :class:`Entity` keyword arguments, its
    problems told to ``checker``."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        checker.problem(where, "expected a mapping {names: [...], look_back: N}")
        return {}
    checker.keys(where, value, _KEYS, required=("names",))
    return {
        "rivals": checker.regexes(f"{where}.names", value.get("names", [])),
        "rivals_look_back": checker.look_back(where, value),
    }


@lru_cache(maxsize=64)
def _own(names: tuple[str, ...]) -> Any:
    """The entity's names as one pattern, built once per entity."""
    return names_pattern(list(names))


def _mentions(entity: Entity, text: str) -> list[tuple[int, bool]]:
    """Where ``text`` names a park: (offset, whether a rival); the entity's own name within a
    rival's ("ein Industriepark in Kasachstan") is the rival's."""
    spans = [(m.start(), m.end()) for p in entity.rivals for m in p.finditer(text)]
    found = [(start, True) for start, _ in spans]
    own = _own(entity.names)
    if own is not None:
        found += [
            (m.start(), False)
            for m in own.finditer(text)
            if not any(start <= m.start() < end for start, end in spans)
        ]
    return sorted(found)


def named(entity: Entity, text: str) -> bool | None:
    """Whether ``text`` names a rival and not the entity (True), the entity (False, a rival
    beside it or not: "Great Stone ist ein Innovationspark" is of Great Stone); None where it
    names neither."""
    found = _mentions(entity, text)
    return all(rival for _, rival in found) if found else None


def rival_named(
    entity: Entity,
    clause: str,
    sentence: tuple[str, str],
    before: Iterable[str],
    lead: Iterable[str],
) -> bool:
    """Whether the park nearest to a figure is a rival of ``entity``: the first of its
    ``clause``, its ``sentence`` before the clause and after it (the two stretches), the
    sentences ``before`` (nearest first) and the article's ``lead`` that names a park
    tells which (:func:`named`). False for an entity without rivals."""
    if not entity.rivals:
        return False
    for text in (clause, *sentence, *before, *lead):
        which = named(entity, text)
        if which is not None:
            return which
    return False
