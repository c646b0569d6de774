"""Two subjects joined by "und" that share one figure's predicate.

"Nach den Ergebnissen für 9 Monate ist ... der Export der Waren und der Gehälter der
Beschäftigten um das 1,1fache gestiegen": the catalog's clause boundary parts "und der",
so the figure's clause names only the second subject. Where no rule takes the figure, it
is read with the first subject too (:meth:`~bycn.indicators.referback.ReferBacks.refer`
asks): a noun phrase (its article, adjectives, a noun, perhaps a genitive) right before
"und", with no figure of its own. Not the verb's own clause ("Die Exporte stiegen deutlich
und die Löhne um 15 Prozent": an adverb before "und"), nor a measure's two genitives ("die
Zahl der Residenten und der Beschäftigten": the count of both, no one's).
Nor only two subjects: two predicates share one subject, the first closed by its verb
before "und" ("..., dass der Warenumsatz um 8,4 Prozent gewachsen ist und 3,9 Milliarden
Dollar erreicht hat", "Der Export hat um 5 % zugelegt und 2 Mrd. erreicht"): the figure after
"und" has no subject of its own, and is read with the first predicate's clause, its subject.
Both predicates end in their verbs; not a clause with a subject of its own after "und"
("... ist gewachsen und 2 Milliarden Dollar flossen als Kredite": its verb second).
Nor only after "und": a second clause after a comma may share the first's subject and
verb, saying only its own period and figure ("Der Handel stieg 2023 um 12 Prozent, in den
ersten neun Monaten 2024 um 8 Prozent"): read with the first clause, where both say their
figure with the same "um" or "auf".

>>> import re
>>> start_of = lambda sentence, at: sentence.rfind(",", 0, at) + 2
>>> s = "Im Park stiegen die Produktion, der Export und der Lohn um 12 Prozent."
>>> joined_clause(s, s.index("der Lohn"), s.index("."), start_of)
'der Export und der Lohn um 12 Prozent'
>>> s = "Im Park stieg die Zahl der Residenten, die Zahl der Firmen und der Beschäftigten um 5 %."
>>> joined_clause(s, s.index("der Beschäftigten"), s.index("."), start_of) is None
True
>>> s = "Er sagte, dass der Handel um 8 % gewachsen ist und 3,9 Mrd. Dollar erreicht hat."
>>> joined_clause(s, s.index("3,9"), s.rindex("."), start_of)
'dass der Handel um 8 % gewachsen ist und 3,9 Mrd. Dollar erreicht hat'
>>> s = "Der Handel stieg 2023 um 12 Prozent, im ersten Halbjahr 2024 um 8 Prozent."
>>> joined_clause(s, s.index("im ersten"), s.index("."), lambda sentence, at: 0)
'Der Handel stieg 2023 um 12 Prozent, im ersten Halbjahr 2024 um 8 Prozent'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bycn.vocabulary import MONTHS

__all__ = ["joined_clause"]

#: A subject right before "und": a noun after its article (and adjectives), perhaps with
#: a genitive ("der Export der Waren"); not an adverb.
_SUBJECT = re.compile(
    r"\b(?:der|die|das|des|dem|den|Der|Die|Das)\s+(?:[a-zäöüß]+e[nrs]?\s+)*[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+e[nrs]?\s+)*[A-ZÄÖÜ][\w-]*)?\s*$"
)
#: ... but a measure's genitive ("die Zahl der Residenten und der Beschäftigten", "der
#: Umfang der Investitionen und der Exporte"): the measure of both, shared, no one's.
_MEASURED = re.compile(
    r"\b(?:(?:An|Gesamt)?[Zz]ahl|Umfang|Volumen|Summe|Höhe|Wert|Anteil)\s+(?:der|des)\s+"
    r"(?:[a-zäöüß]+e[nrs]?\s+)*[A-ZÄÖÜ][\w-]*\s*$"
)
_REACH = 80  # characters before "und" a subject is sought in
#: A clause of a period and a figure only, its subject and verb left out (gapped): a date's
#: words ("in den ersten neun Monaten 2024", "im Januar-September", "von Januar bis Mai",
#: "2024"), then "um" or "auf" (group 1) and the figure, perhaps after a qualifier; no other
#: noun, no verb of its own ("im ersten Halbjahr wuchs die Produktion um 8 %").
_GAPPED = re.compile(
    r"(?:(?:[Ii]n|[Ii]m|[Vv]on|[Bb]is|[Ww]ährend|[Ii]nnerhalb)\s+)?"
    r"(?:(?:den|der|dem|des|ersten|zweiten|dritten|vierten|letzten|vergangenen|laufenden|bis"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|\d{1,2}|Jahr|Jahres|Halbjahr|Quartal"
    r"|Quartalen|Monaten|Monate|Vorjahr|Vorjahres|" + "|".join(MONTHS) + r"|(?:19|20)\d\d)"
    r"(?:\s+|\s*[-–/]\s*))+(um|auf)\s+(?:[a-zäöüß]+\s+)?\d"
)
#: A predicate closed by its verb before "und": an auxiliary, a participle ("gewachsen",
#: "zugelegt", "gesteigert", "verdoppelt"), or a verb of change or level at the end of a
#: subordinate clause ("..., dass der Handel um 8 % wuchs und ..."); lower case, so no noun.
_CLOSED = re.compile(
    r"(?<![\w-])(?:ist|sind|war|waren|hat|haben|hatte|hatten|wurde|wurden|sei|seien|habe"
    r"|worden|(?:zu|an|ab|auf|aus|ein|zurück)?ge[a-zäöüß]{3,}(?:en|t)|(?:er|ver)[a-zäöüß]{2,}t"
    r"|[a-zäöüß]{3,}(?:iert|ert|elt|acht)"
    r"|(?:an|zu|zurück)?(?:stieg|wuchs|sank|fiel|legte|nahm|ging)(?:en)?(?:zu|zurück)?"
    r"|erreichte|erreichten|betrug|betrugen)\s*$"
)


def joined_clause(
    sentence: str, start: int, end: int, clause_start: Callable[[str, int], int]
) -> str | None:
    """The figure's clause (``sentence[start:end]``) read with the subject joined to it by
    "und" before it, from where that subject's clause starts (``clause_start``, the
    catalog's boundaries); None where there is no such subject."""
    if start <= 0:
        return None
    head = sentence[:start].rstrip()
    if head.endswith(","):
        return _gapped(sentence, start, end, len(head) - 1, clause_start)
    if not head.endswith(" und"):
        return None
    last = len(head) - 4  # the subject's end, before " und"
    first = clause_start(sentence, last)
    subject = sentence[first:last]
    tail = subject[-_REACH:]
    if _CLOSED.search(tail):
        # ... the second predicate closed by its verb too, no subject of its own between
        # ("und 45 Prozent der Betriebe planen neue Lieferungen": the figure is the subject)
        second = sentence[start:end].rstrip(" .;!?")
        return sentence[first:end] if _CLOSED.search(second) else None
    if any(c.isdigit() for c in subject) or not _SUBJECT.search(tail) or _MEASURED.search(tail):
        return None
    return sentence[first:end]


def _gapped(
    sentence: str, start: int, end: int, comma: int, clause_start: Callable[[str, int], int]
) -> str | None:
    """The gapped clause ``sentence[start:end]`` (``_GAPPED``) read with the clause before
    its ``comma``, where that one says its figure with the same "um" or "auf"; else None."""
    gapped = _GAPPED.match(sentence, start, end)
    if gapped is None:
        return None
    first = clause_start(sentence, comma)
    if re.search(rf"\b{gapped[1]}\s+(?:[a-zäöüß]+\s+)?\d", sentence[first:comma]) is None:
        return None
    return sentence[first:end]
