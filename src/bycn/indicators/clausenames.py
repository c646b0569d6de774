"""The entity a figure's own clause names: its subject before the figure, else one after it;
the kinds an anaphor refers back to (:class:`~bycn.indicators.namedlast.NamedLast` finds the
names it may refer to).

Out of :mod:`bycn.indicators.placing` (at the size limit): the first places the placer
looks, questions of the names :class:`~bycn.indicators.mentions.Mentions` finds in one
sentence.
"""

from __future__ import annotations

import re

from bycn.indicators.mentions import SHARED, Mentions
from bycn.indicators.model import EntitySpec, Kinds
from bycn.indicators.scopes import FigureScope

__all__ = ["named_in_clause", "referred_kinds"]

# A university said by its noun without its name ("die Universität", "an der Hochschule",
# "der Uni"; not "der Universität Minsk", nor "Universitäten"): a university's anaphor.
_UNIVERSITY = re.compile(r"\b(?:Universität|Hochschule|Uni)\b(?!\s+(?:[A-ZÄÖÜ]|für\b))")
_ACADEMY = re.compile(r"\bAkademie\b")


def named_in_clause(mentions: Mentions, fig: FigureScope, kind: Kinds) -> str | None:
    """The entity of ``kind`` named last before the figure in its own clause, else the
    one named first after it in the clause; :data:`SHARED` if coordinated with another.

    The one before is the clause's subject: in "Das Gebiet Grodno steigerte seine
    Lieferungen um 12 Prozent, das Gebiet Mogiljow um 8 Prozent" 12 is Grodno's, though
    Mogiljow is nearer.
    """
    named = mentions.of_kind(fig.sentence, kind)
    clause_start = fig.clause_start if named else -1
    if clause_start < 0:
        return None
    clause_end = clause_start + len(fig.clause)
    found = None
    last: tuple[int, int, str] | None = None  # the mention taken last before the figure
    for mention in named:  # in order, so the last one taken ends last
        start, end, name = mention
        if end > fig.position:
            if found is None and start >= fig.position + fig.length and end <= clause_end:
                return name
            if start >= fig.position:
                break
            continue
        if start >= clause_start:
            if last is not None and mentions.coordinated(fig.sentence, last, mention):
                return SHARED
            found, last = name, mention
    return found


def referred_kinds(spec: EntitySpec, text: str) -> Kinds:
    """The kinds of entity an anaphor in ``text`` may refer back to: a university's noun
    ("die Universität") the spec's own kind only, never one of its other kinds (``also``:
    "Die BSU ... . Die Akademie der Wissenschaften ... . Die Universität hat 45 Abkommen"
    are the university's, not the academy's named last); else all the spec's kinds."""
    if spec.also and spec.kind and _UNIVERSITY.search(text) and not _ACADEMY.search(text):
        return spec.kind
    return spec.places
