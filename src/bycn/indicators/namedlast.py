"""The entities named before a figure (what an anaphor in its clause refers to): named last in
the clauses of its sentence before its own, or in a sentence before it, but not as the place
where something was told there (the catalog's ``told_at``: "Das sagte der Gouverneur bei
einem Forum in Minsk"), nor one the anaphor's noun cannot call (an entity's
``not_referred_as``: "Die Universität hat 38 Abkommen" after a joint institute is the
university's named before it). :class:`~bycn.indicators.placing.Placer` asks.
"""

from __future__ import annotations

import re

from bycn.indicators.clauses import Clauses
from bycn.indicators.mentions import Mentions
from bycn.indicators.model import Entity, Kinds
from bycn.indicators.scopes import FigureScope

__all__ = ["NamedLast"]


class NamedLast:
    """The names of ``mentions`` a figure's anaphor may refer to, the clauses of a sentence
    read by ``clauses``; ``told_at`` marks a name that is only where something was told; of
    the ``entities``, those with ``not_referred_as`` nouns are no referent of an anaphor
    with one of them."""

    def __init__(
        self,
        mentions: Mentions,
        clauses: Clauses,
        told_at: re.Pattern[str] | None,
        entities: tuple[Entity, ...] = (),
    ):
        self.mentions = mentions
        self.clauses = clauses
        self.told_at = told_at
        self._not_as = {
            e.name: re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, e.not_referred_as))})(?!\w)")
            for e in entities
            if e.not_referred_as
        }

    def _called(self, name: str, referring: str) -> bool:
        """Whether the anaphor in ``referring`` (a figure's clause) may call ``name``."""
        test = self._not_as.get(name)
        return test is None or test.search(referring) is None

    def earlier(self, fig: FigureScope, kind: Kinds) -> str | None:
        """The entity of ``kind`` named last in the clauses of the figure's sentence before
        its own, but not as the place where something was told (what an anaphor in the
        figure's clause refers to first); :data:`SHARED` if coordinated with another."""
        start = fig.clause_start
        if start <= 0:
            return None
        for begin, end, name in reversed(self.mentions.of_kind(fig.sentence, kind)):
            if (
                end <= start
                and not self.told(fig.sentence, begin)
                and self._called(name, fig.clause)
            ):
                return self.mentions.nearest(fig.sentence, kind, end, 0, start)
        return None

    def last(self, text: str, kind: Kinds, referring: str = "") -> str | None:
        """The entity of ``kind`` named last in a sentence before the figure's, but not as
        the place where something was told there ("Das sagte der Gouverneur bei einem
        Forum in Minsk": the topic is the one named before it), nor one the anaphor in
        ``referring`` cannot call; :data:`SHARED` if that name is coordinated with another."""
        for start, end, name in reversed(self.mentions.of_kind(text, kind)):
            if not self.told(text, start) and self._called(name, referring):
                return self.mentions.nearest(text, kind, end, 0)
        return None

    def ranked(self, text: str, kind: Kinds) -> bool:
        """Whether ``text`` names two entities of ``kind`` apart (a place where something
        was told aside): a ranking or a comparison ("Spitzenreiter bleibt die Hauptstadt
        Minsk (520 Mio. USD), gefolgt vom Gebiet Minsk (430 Mio. USD)"), which sets none
        of them as the topic of the sentences after it."""
        mentions = self.mentions.of_kind(text, kind)
        names = {name for start, _, name in mentions if not self.told(text, start)}
        return len(names) > 1

    def told(self, sentence: str, start: int) -> bool:
        """Whether the name at ``start`` is only the place where something was told (the
        catalog's ``told_at`` in its clause before it)."""
        if self.told_at is None:
            return False
        return self.told_at.search(sentence, self.clauses.start(sentence, start), start) is not None
