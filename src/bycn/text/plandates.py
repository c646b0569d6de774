"""The words before a year that make it a plan's date, not a fact's: one home of the rule;
and whether a date's clause tells a plan (a year ahead is a plan's only there).

>>> bool(PLAN_BEFORE.search("Das Ziel bis Ende ")), bool(PLAN_BEFORE.search("Im Jahr "))
(True, False)
>>> plan, fact = "In zwei Jahren soll er 10 Mrd. erreichen.", "In zwei Jahren stieg er."
>>> planned_clause(plan, 0, 14), planned_clause(fact, 0, 14)
(True, False)
"""

from __future__ import annotations

import re

from bycn.text.lexicon import alternation
from bycn.text.tense import clause_around

__all__ = ["PLAN_BEFORE", "planned_clause", "span_ahead_dated"]

# A plan's year: "bis 2025", "bis Ende 2030", "ab dem Jahr 2026", "für 2025", "Strategie
# 2030": the words before a date that make it a plan's (a deadline, a start, a plan's
# period or name). The one home of this rule; how it is used differs by what is known:
# - a news text's own year (datelines.read_head), still unknown, is the latest year it
#   names that follows none of these words: the words alone decide;
# - a figure (figures: a sentence's dates for the figures of the sentences after it) is
#   dated by such a date unless the date lies after the text's own: "bis Anfang 2022
#   wurden 718 Mio. Dollar investiert" in a text of May 2022 is a fact's date.
PLAN_BEFORE = re.compile(
    r"(?<!\w)(?:[Bb]is|[Aa]b|[Ff]ür|[Ss]pätestens|Strategie|Programm|Agenda)\s+"
    r"(?:(?:zum|dem|des|Ende|Anfang|Mitte)\s+)*(?:Jahr(?:e|es)?\s+)?$"
)

_PLAN = re.compile(
    rf"(?<!\w)(?:{alternation('plan_verbs')}|{alternation('plan_participles')})(?!\w)"
)


def planned_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text[start:end]`` tells a plan: a verb of the future or a
    modal (the lexicon's plan_verbs: "In zwei Jahren soll der Umsatz ... erreichen") or an
    aim's participle (plan_participles)."""
    begin, stop = clause_around(text, start, end)
    return _PLAN.search(text, begin, stop) is not None


#: A span of years ahead, not a point in it: "in den nächsten fünf Jahren", "innerhalb der
#: kommenden drei Jahre".
_SPAN_AHEAD = re.compile(r"(?<!\w)(?:nächsten|kommenden)\s")
#: A change in a clause: "um" and a figure ("um mindestens 12%", "um das 1,5-fache"), a
#: multiple ("verdoppeln", "verdreifachen").
_CHANGE = re.compile(
    r"(?<!\w)um\s+(?:(?:das|mindestens|mehr als|über|rund|etwa|fast|knapp|bis zu)\s+)*\d"
    r"|(?<!\w)(?:verdoppel|verdreifach|vervierfach)\w*"
)


def span_ahead_dated(text: str, start: int, end: int) -> bool:
    """Whether a number of years ahead at ``text[start:end]`` dates its clause: a plan's
    (:func:`planned_clause`: "In zwei Jahren soll der Umsatz ... erreichen") and, for a span
    ("in den nächsten fünf Jahren"), one that tells a change reached over it, of its end
    ("die die Exporte in den nächsten fünf Jahren um mindestens 12% steigern würden"); a
    sum spread over the span is of no year ("In den kommenden drei Jahren will er 120 Mio.
    Dollar investieren").

    >>> text = "Die Exporte sollen in den nächsten fünf Jahren um 12 % steigen."
    >>> span_ahead_dated(text, 19, 46)
    True
    >>> text = "In den kommenden drei Jahren will er 120 Mio. Dollar investieren."
    >>> span_ahead_dated(text, 0, 28)
    False
    """
    if not planned_clause(text, start, end):
        return False
    if not _SPAN_AHEAD.search(text, start, end):
        return True
    begin, stop = clause_around(text, start, end)
    return _CHANGE.search(text, begin, stop) is not None
