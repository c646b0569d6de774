"""The entities a text names: where, and which, found once per text.

A :class:`Mentions` finds the catalog's entity names in a text with one pattern
(:func:`~bycn.indicators.needles.names_pattern`) and remembers them per text until
:meth:`Mentions.forget`: the figures of one sentence, and the rules that ask about the
sentences before it, share what was found.

>>> from bycn.indicators.catalog import load_catalog
>>> mentions = Mentions(load_catalog())
>>> mentions.of_kind("Die Exporte des Gebiets Brest und Gomels stiegen", "region")
[(24, 29, 'Brest region'), (34, 40, 'Gomel region')]
>>> mentions.nearest("Die Gebiete Brest und Gomel, er betrug 5", "region", 39, 1) == SHARED
True
"""

from __future__ import annotations

import re

from bycn.indicators.model import Catalog, Entity, Kinds
from bycn.indicators.needles import names_pattern
from bycn.text.lexicon import alternation

__all__ = ["SHARED", "Mentions"]

#: The "entity" of a figure that two coordinated names share ("die Gebiete Brest und Gomel").
SHARED = "\x00shared"
_COORDINATION_MAX = 40  # characters between two coordinated names, at most

# A company's name that holds a place's: its head (alone or ending a compound) right before
# the place ("Fleischkombinat Mogiljow", "des Milchwerks „Grodno“"), or right after the
# place's adjective ("Brester Fleischkombinat", "Witebsker Molkerei"). The place names no
# region there: the company's producers, sales or plans are not the region's. A plural after
# the adjective is the region's firms, no one company ("Mogiljower Betriebe lieferten ...").
_HEADS = alternation("company_heads")
_COMPANY_BEFORE = re.compile(rf"(?i:{_HEADS})(?:e?s)?\s+[„\"»]?$")
_COMPANY_AFTER = re.compile(rf"[“\"«]?\s+[\w-]*?(?i:{_HEADS})(?:e?s)?(?!\w)")
# A mission's seat: its head, up to four words of whose it is, then "in" ("Botschaft in
# Minsk", "Botschaft der Volksrepublik China in Minsk"): the place of who told the figure.
_MISSION_BEFORE = re.compile(
    rf"(?i:{alternation('mission_heads')})(?:\s+(?:der|des)(?:\s+[\w-]+){{1,3}})?\s+in\s+$"
)


class Mentions:
    """The catalog's entity names found in texts, remembered per text."""

    def __init__(self, catalog: Catalog) -> None:
        self.coordination = catalog.coordination
        # A phrase that holds a name but names something else ("chinesische Hauptstadt") is
        # found as a name of no entity: the longer match hides the name inside it.
        named: list[tuple[str, Entity | None]] = [
            (name, e) for e in catalog.entities for name in e.names
        ]
        named += [(phrase, None) for e in catalog.entities for phrase in e.not_names]
        names = sorted(named, key=lambda pair: -len(pair[0]))
        self._entity_of = dict(names)
        self._names = names_pattern([name for name, _ in names])
        self._mentions: dict[str, list[tuple[int, int, Entity]]] = {}
        self._kinds: dict[tuple[str, Kinds], list[tuple[int, int, str]]] = {}

    def forget(self) -> None:
        """Forget the texts seen so far."""
        self._mentions.clear()
        self._kinds.clear()

    def coordinated(
        self, sentence: str, first: tuple[int, int, str], second: tuple[int, int, str]
    ) -> bool:
        """Whether two names of different entities are coordinated (nothing but the
        catalog's ``coordination`` between them)."""
        coordination = self.coordination
        between = sentence[first[1] : second[0]]
        return (
            coordination is not None
            and first[2] != second[2]
            and len(between) <= _COORDINATION_MAX
            and coordination.fullmatch(between) is not None
        )

    def of_kind(self, text: str, kind: Kinds) -> list[tuple[int, int, str]]:
        """The names of entities of ``kind`` (or of one of several kinds) in ``text``, in
        order, as (start, end, entity name): found once for all the figures of a sentence
        (matches of one pattern, so they do not overlap: a later one starts and ends later)."""
        key = (text, kind)
        found = self._kinds.get(key)
        if found is None:
            kinds = kind if isinstance(kind, tuple) else (kind,)
            found = self._kinds[key] = [
                (start, end, entity.name)
                for start, end, entity in self.in_text(text)
                if entity.kind in kinds
            ]
        return found

    def in_text(self, text: str) -> list[tuple[int, int, Entity]]:
        """The entity names in ``text``: found once for all the figures of a sentence."""
        mentions = self._mentions.get(text)
        if mentions is None:
            found = self._names.finditer(text) if self._names is not None else ()
            entity_of = self._entity_of
            mentions = self._mentions[text] = [
                (m.start(), m.end(), entity)
                for m in found
                if (entity := entity_of[m[0]])
                and not (entity.kind == "region" and _in_company_name(text, m.start(), m.end()))
                and not (entity.kind == "region" and _seat(text, m.start()))
            ]
        return mentions

    def without_names(self, text: str) -> str:
        """``text`` with each entity name in it (:meth:`in_text`) cut out, a space in its
        place: what else it says ("Außenhandel des Gebiets Gomel" without "Gomel")."""
        cuts = [0, *(at for start, end, _ in self.in_text(text) for at in (start, end)), len(text)]
        return " ".join(text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))

    def nearest(
        self, text: str, kind: Kinds, position: int, length: int, limit: int | None = None
    ) -> str | None:
        """The entity of ``kind`` named in ``text`` (ending by ``limit``, if given) nearest
        the span at ``position``; :data:`SHARED` when that name is coordinated with another
        ("der Gebiete Brest und Gomel ..., er betrug": the two regions' figure)."""
        best: tuple[int, int] | None = None
        found = None
        anchor = max(position, 0)
        mentions = self.of_kind(text, kind)
        for i, (start, end, _) in enumerate(mentions):
            if limit is not None and end > limit:
                break
            key = (anchor - end, 0) if end <= anchor else (max(start - (anchor + length), 0), 1)
            if best is None or key < best:
                best, found = key, i
        if found is None:
            return None
        mention = mentions[found]
        for other in mentions[max(found - 1, 0) : found + 2]:
            pair = (other, mention) if other[0] < mention[0] else (mention, other)
            if other is not mention and self.coordinated(text, *pair):
                return SHARED
        return mention[2]

    def listed_before(self, text: str, kind: Kinds, position: int) -> list[str]:
        """The entities of ``kind`` named last before ``position`` in ``text`` as a list of
        coordinated names ("die Gebiete Gomel und Grodno, ..., um jeweils 20 Prozent"), in
        order; empty if the last name there stands alone."""
        before = [m for m in self.of_kind(text, kind) if m[1] <= position]
        first = len(before) - 1
        while first > 0 and self.coordinated(text, before[first - 1], before[first]):
            first -= 1
        return [name for *_, name in before[first:]] if first < len(before) - 1 else []


def _in_company_name(text: str, start: int, end: int) -> bool:
    """Whether the place's name at ``text[start:end]`` is part of a company's name (see
    :data:`_COMPANY_BEFORE`): after a company's head, or as the adjective ("-er") before one."""
    if _COMPANY_BEFORE.search(text, max(start - 40, 0), start):
        return True
    return text.endswith("er", start, end) and _COMPANY_AFTER.match(text, end) is not None


def _seat(text: str, start: int) -> bool:
    """Whether the place's name at ``start`` is a mission's seat (:data:`_MISSION_BEFORE`:
    "Nach Angaben der chinesischen Botschaft in Minsk beliefen sich die Investitionen in
    Belarus auf ...": the country's, told in Minsk)."""
    return _MISSION_BEFORE.search(text, max(start - 60, 0), start) is not None
