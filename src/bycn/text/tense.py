"""The tense of a figure's clause, and what it means for the figure's date.

A figure with no date in its own sentence takes one from the sentences before it in its
paragraph (corpus.md). A figure stated in the present tense says how things stand at the
time of its text (indicators.md: it is "a value as of its source", the footnote's or the
document's date), so a year that is over by then is not its date: in a text of March 2023,
``Der Park wurde 2012 gegründet. Rund 2.100 Menschen arbeiten dort.`` is a count of 2023,
while ``Im Jahr 2022 zählte der Park 100 Residenten. Danach kamen 20 hinzu.`` keeps 2022.

>>> outdated("2012", "2023-03-06", "Rund 2.100 Menschen arbeiten dort.", 0, 19)
True
>>> outdated("2022", "2023-03-06", "Danach kamen 20 hinzu.", 13, 15)
False
"""

from __future__ import annotations

import bisect
import functools
import re

from bycn.periods import bounds
from bycn.text.datepatterns import CLAUSE_END
from bycn.text.lexicon import LEXICON
from bycn.text.sentences import Sentence

__all__ = [
    "REFERS_BACK",
    "clause_around",
    "compares_back",
    "outdated",
    "past_tense",
    "points_back",
    "present_tense",
]

# A word of a clause: its letters. Digits, signs and quotes part words and are no words.
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# A past participle by its shape: "gestiegen", "angesiedelt", "registriert", "verdoppelt",
# "überschritten", "erhöht". Lower case (an adjective or a verb), six letters at least.
_PARTICIPLE = re.compile(
    r"[a-zäöüß]+iert|(?:[a-zäöü]*ge|be|emp|ent|er|ver|zer|über|unter)[a-zäöüß]+(?:t|en)"
)
_HAVE, _BE = LEXICON.have_auxiliaries, LEXICON.be_auxiliaries
# ... and a word put first, capitalised, before an auxiliary of "haben": a participle if it
# has _PARTICIPLE's shape in lower case ("Exportiert haben", "Geliefert hat", "Eingeführt
# hatte", "Angesiedelt haben").
_FRONTED_PERFECT = re.compile(r"\W*([A-ZÄÖÜ][a-zäöüß]+)\s+(?:hat|haben|hatte|hatten)\b")
# The finite verbs the lexicon knows: a clause with none of them is verbless (an apposition).
_FINITE = LEXICON.present_verbs | LEXICON.past_verbs | LEXICON.plan_verbs
_NOT_PRESENT = LEXICON.past_verbs | LEXICON.plan_verbs
_AIMS = LEXICON.plan_verbs | LEXICON.plan_participles
_REFERENCE_YEAR = re.compile(r"^(?:19|20)\d{2}")
_MONTH = re.compile(r"^(?:19|20)\d{2}-\d{2}(?=-\d{2}$|$)")


def outdated(value: str, reference: int | str | None, sentence: str, start: int, end: int) -> bool:
    """Whether ``value``, the date an earlier sentence gives the figure at
    ``sentence[start:end]``, is too old for it: the period ended in a year before the
    ``reference`` date's (the document's or the source's), or is a month before its month
    (:func:`_month_before`), and the figure's clause is in
    the present tense (:func:`present_tense`). Without a reference the date stays.

    >>> outdated("2022", "2023-05", "Heute sind es 120.", 14, 17)
    True
    >>> outdated("2023-H1", "2023-08", "Heute sind es 120.", 14, 17)  # the text's own year
    False
    >>> outdated("2023-01", "2023-08-10", "Heute sind es 120.", 14, 17)  # a month before
    True
    """
    m = _REFERENCE_YEAR.match(str(reference or ""))
    found = bounds(value) if m else None
    if m is None or found is None:
        return False
    if found[1][0] >= int(m[0]) and not _month_before(value, str(reference)):
        return False
    return present_tense(sentence, start, end)


def _month_before(value: str, reference: str) -> bool:
    """Whether ``value`` is one month (a point in time: ``Zu Jahresbeginn``, ``Ende Januar``)
    before the ``reference`` date's month: a state then, which a present tense after it
    ("Das Investitionsvolumen liegt bei ...") has left behind. A span of months stays (a
    period's statistics are told in the present: "Im ersten Halbjahr ... Der Anteil beträgt").
    """
    month = _MONTH.match(value)
    now = _MONTH.match(reference)
    return month is not None and now is not None and month[0] < now[0]


def compares_back(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of ``sentence`` that holds ``[start:end]`` opens by pointing at
    the clause before it (``..., das ist das 1,3-fache des Vorjahres``, ``..., was einem
    Plus von 12 % entspricht``, ``...; dies sind 30 % mehr``, ``..., womit sie 12 % über dem
    Vorjahr liegen``): it compares that clause's figure, and its present tense (``ist``,
    ``entspricht``) says nothing of now: the figure is of that clause's period, unless
    that clause is in the present itself (``Im Park arbeiten 5.900 Menschen, das sind 300
    mehr als 2024``: both are of now).

    >>> text = "Sie beliefen sich auf 520 Mio. Dollar, das ist das 1,3-fache des Vorjahres."
    >>> compares_back(text, 52, 61), compares_back(text, 22, 37)
    (True, False)
    >>> compares_back("Im Park arbeiten 5.900 Menschen, das sind 300 mehr als 2024.", 42, 45)
    False
    """
    begin, _ = clause_around(sentence, start, end)
    if begin == 0 or _POINTS_BACK.match(sentence, begin) is None:
        return False
    # The clause before, from its start: a perfect's participle ends it ("haben ... hergestellt").
    first, _ = clause_around(sentence, begin - 1, begin - 1)
    return not present_tense(sentence, first, first)


# "Das sind 31 Prozent mehr ...", "Damit ...": how a sentence opens that is about the one
# before it (REFERS_BACK); a clause about the clause before it opens so too, or with a
# relative pronoun ("..., was einem Plus von 12 % entspricht", "womit").
_THAT_IS = r"(?:Das|Dies)\s+(?:sind|ist|war|waren|entspricht|bedeutet)|Damit|Davon|Darunter|Dabei"
REFERS_BACK = re.compile(rf"(?:{_THAT_IS})\b")
_POINTS_BACK = re.compile(rf"[\s–—-]*(?i:{_THAT_IS}|was|womit|wodurch)(?!\w)")


def points_back(sentence: Sentence) -> bool:
    """Whether ``sentence`` opens by pointing at the sentence before it (:data:`REFERS_BACK`:
    "Das sind 31 Prozent mehr ..."), across a paragraph's end: a web page's paragraph may be
    one sentence."""
    return sentence.number > 1 and REFERS_BACK.match(sentence.text) is not None


def present_tense(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of ``sentence`` that holds ``[start:end]`` states the present: a
    finite verb of a level or a count in the present (lexicon ``present_verbs``:
    ``zählt``, ``arbeiten``, ``gibt``, ``beträgt``, ``sind``), none of the past
    (``past_verbs``: ``wurde``, ``betrug``), the future or a modal (``plan_verbs``:
    ``wird``, ``soll``), and no perfect, a past event's tense: ``hat`` with a participle
    after the figure (``hat sich verdoppelt``), ``ist`` with one of change
    (``change_participles``: ``ist auf 100 gestiegen``; ``sind 120 Firmen registriert`` is a
    state, the present). A figure in
    brackets stands in no clause with a verb: ``sind Milchprodukte (186,5 Tsd. t)``.

    >>> present_tense("Im Park sind 120 Unternehmen registriert.", 13, 28)
    True
    >>> present_tense("Der Park zählte 2022 100 Residenten, heute sind es 120.", 21, 35)
    False
    >>> present_tense("Er sagte, dass die Zahl auf 120 gestiegen ist.", 27, 30)
    False
    >>> present_tense("Sie haben 47 Betriebe, zwei Werke und fünf Farmen eröffnet.", 10, 21)
    False
    """
    first, last = clause_around(sentence, start, end)
    if sentence.find("(", first, start) >= 0:
        return False  # within brackets (closed ones before it are a clause end)
    finite = _present_verbs(sentence, first, last)
    return bool(finite) and not _perfect(sentence, finite, end) and not _fronted(sentence, first)


@functools.lru_cache(maxsize=4096)
def _present_verbs(sentence: str, first: int, last: int) -> frozenset[str]:
    """The finite verbs of the present in ``sentence[first:last]``, none if the clause has
    one of the past or a plan's. Read once per clause: a long clause holds many figures."""
    words = _WORD.findall(sentence, first, last)
    if any(word in _NOT_PRESENT for word in words):
        return frozenset()
    return frozenset(word for word in words if word in LEXICON.present_verbs)


def past_tense(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of ``sentence`` that holds ``[start:end]`` states the past: a
    finite verb of the past (lexicon ``past_verbs``: ``waren``, ``betrug``, ``zählte``) or
    a perfect (``hat sich verdoppelt``, ``ist auf 137 gestiegen``), and none of a plan's
    (``plan_verbs``: ``sollen``, ``wird``) or of an aim (``plan_participles``: ``hat sich ...
    vorgenommen``).

    >>> past_tense("Zum Jahresende waren 137 Residenten registriert.", 4, 14)
    True
    >>> past_tense("Bis zum Jahresende sollen es 150 werden.", 8, 18)
    False
    >>> past_tense("Zum Jahresende ist die Zahl auf 137 gestiegen.", 4, 14)
    True

    A clause with no finite verb, an apposition (``..., ein Zuwachs von 12,3 %``), is told
    in the tense of the clause before it.

    >>> text = "Belarus steigerte seine Ausfuhren, ein Zuwachs von 12,3 %."
    >>> past_tense(text, 51, 57), past_tense("Die Ausfuhren, 12,3 %.", 15, 21)
    (True, False)
    """
    first, last = clause_around(sentence, start, end)
    words = set(_WORD.findall(sentence, first, last))
    if first > 1 and not words & _FINITE:
        return past_tense(sentence, first - 2, first - 1)
    if words & _AIMS:
        return False
    finite = words & LEXICON.present_verbs
    return (
        bool(words & LEXICON.past_verbs)
        or _perfect(sentence, finite, end)
        or _fronted(sentence, first)
    )


def _perfect(sentence: str, finite: set[str], end: int) -> bool:
    """Whether the finite verbs ``finite`` of a clause make, with a participle after
    ``end``, a perfect: a past event's tense (``hat`` with any participle, ``ist`` with
    one of change: ``sind 120 Firmen registriert`` is a state)."""
    # A perfect's participle ends its clause, which may run on past the commas of a list
    # ("haben 47 Betriebe, zwei Werke ... eröffnet"), or stands before the auxiliary that
    # ends a subordinate one ("..., dass die Zahl auf 100 gestiegen ist"); it may look like
    # a present form ("hat 1 Mrd. erreicht"). Any such word after the figure in its
    # sentence counts: where it is a later clause's, the figure keeps its paragraph's date,
    # as without this rule.
    tail = _WORD.findall(sentence, end) if finite & (_HAVE | _BE) else ()
    if finite & _HAVE and any(len(word) >= 6 and _PARTICIPLE.fullmatch(word) for word in tail):
        return True
    return bool(finite & _BE and LEXICON.change_participles.intersection(tail))


def _fronted(sentence: str, first: int) -> bool:
    """Whether the clause from ``first`` opens with a perfect's participle put first, its
    auxiliary of "haben" right after it ("„Exportiert haben unsere Betriebe davon Waren für
    265 Millionen Dollar", "Investiert hat der Konzern ...", "Eingeführt hatte China ..."): a
    past event, as with the participle at the clause's end."""
    fronted = _FRONTED_PERFECT.match(sentence, first)
    return fronted is not None and _PARTICIPLE.fullmatch(fronted[1].lower()) is not None


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``text`` that holds ``[start:end]`` begins and ends: between the
    clause ends (a comma that is no decimal comma, ``;``, ``:``, ``)``) around it.

    >>> text = "Wie der Minister mitteilte, sind es derzeit 40, mehr als je."
    >>> begin, end = clause_around(text, 44, 46)
    >>> text[begin:end]
    ' sind es derzeit 40'
    """
    ends = _clause_ends(text)
    i = bisect.bisect_right(ends, start)
    begin = ends[i - 1] if i else 0
    if start and CLAUSE_END.match(text, start - 1, start):
        begin = start  # "2,|5": a comma a digit follows ends the text cut at ``start``
    j = bisect.bisect_left(ends, end + 1)
    return begin, ends[j] - 1 if j < len(ends) else len(text)


@functools.lru_cache(maxsize=256)
def _clause_ends(text: str) -> tuple[int, ...]:
    """Where each clause end of ``text`` ends (each is one character), found once per text:
    a sentence of many figures is not read again from its start for each."""
    return tuple(m.end() for m in CLAUSE_END.finditer(text))
