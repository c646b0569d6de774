"""Bare numbers whose noun is left out (:func:`left_noun`): alone in a short sentence after
the one that tells the noun (``Das sind rund 3.800.``), or new ones told by a verb of joining
(``Im ersten Halbjahr kamen elf hinzu``, ``Seit Jahresbeginn sind elf dazugekommen``, ``Elf
kamen allein im Mai dazu``, ``Hinzugekommen sind seither 14``), or students after a verb of
studying (``Im Jahr 2024 studierten dort 2.200.``). The number counts the noun
counted before it in its sentence (figures.md, "Spans";
:meth:`bycn.text.nouns.SentenceNouns.antecedent`), or in the sentences before it in its
paragraph (``Heute sind es 196 Unternehmen. Allein seit Jahresbeginn kamen elf hinzu``).

>>> text = "Im ersten Halbjahr kamen elf hinzu."
>>> joins(text, 0, len(text), 25, 28)
True
>>> text = "Dazu gehören elf, zwei kamen hinzu."
>>> joins(text, 0, len(text), 13, 16), joins(text, 0, len(text), 18, 22)
(False, True)
"""

from __future__ import annotations

import re
from typing import Protocol

from bycn.text.lexicon import LEXICON, alternation

__all__ = ["ALONE_LABEL", "BARE_WORDS", "SENTENCE_END", "joins", "left_noun"]


class _Sentence(Protocol):
    """A sentence ``body[lo:hi]`` (bycn.text.nouns.SentenceNouns)."""

    body: str
    lo: int
    hi: int


# After the number: "neue" or "weitere" at most, words with no number and no clause end, the
# particle ("hinzu", "dazu", or its participle "hinzugekommen") that ends the clause.
_AFTER = re.compile(
    r"(?:\s+(?:neue|weitere))?(?:\s+[^\W\d]+){0,5}?\s+(?P<p>(?:hinzu|dazu)(?:gekommen)?)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:und|sowie)\s)"
)
# Before the number: the participle or the particle fronted ("Hinzugekommen sind seither
# 14", "Neu dazugekommen sind elf", "Hinzu kamen im Mai zwei").
_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:hinzu|dazu)gekommen\s+(?:sind|waren|seien)|(?i:hinzu|dazu)\s+(?:kamen|kam"
    r"|kommen|kommt))\s+(?:[^\W\d]+\s+){0,4}$"
)
# The verb the particle belongs to: "kommen" ("kamen elf hinzu"), not "gehören elf dazu".
_COME = re.compile(r"(?<!\w)(?:kam|kamen|kommen|kommt|kämen)(?!\w)|gekommen")
# A bare number alone in its sentence: "Das sind rund 3.800.", "Dies waren zuletzt 115.", "Es
# waren im vergangenen Jahr knapp 2.000." ("das", "es" stand for the noun told before); adverbs,
# a date's words and a qualifier before it, the sentence's end right after it ("Das sind 20
# mehr als im Vorjahr" is a difference). BARE_WORDS: bycn.text.carried reads them too.
BARE_WORDS = r"(?:(?:[a-zäöüß]+\.?|Jahr|Vorjahr|Ende|Anfang|Mitte|(?:19|20)\d\d)\s+){0,4}"
_ALONE_BEFORE = re.compile(rf"(?<!\w)(?:Das|Dies|Es)\s+(?:sind|waren)\s+{BARE_WORDS}$")
#: ... or after a label and its colon that open the sentence ("Aktuell: 57.", "Die Antwort:
#: 38."): the lexicon's bare_labels, now_words and aspect_words (bycn.text.carried reads it).
ALONE_LABEL = (
    rf"(?:{alternation('bare_labels')}|{alternation('now_words')}|{alternation('aspect_words')})"
    rf":\s+{BARE_WORDS}"
)
_ALONE_OPENING = re.compile(rf"\s*{ALONE_LABEL}")
_ALONE_REACH = 48  # "Das waren im vergangenen Jahr knapp " is 36 characters
# "Die Zahl der belarussischen Studierenden in China wächst. Sie liegt jetzt bei rund 2.300.":
# "sie" is the number told in the sentence before, a verb of its level with it
# ("Sie beträgt 2.300", "Inzwischen liegt sie bei 2.300", "Sie ist auf 2.300 gestiegen", "Sie
# hat sich auf 2.300 erhöht"); not a change by a count ("Sie stieg um 300": no level).
_LEVEL_VERBS = (
    r"(?:liegt|lag|beträgt|betrug|beläuft|belief|erreicht|erreichte|ist|war|hat|hatte"
    r"|stieg|steigt|wuchs|wächst|kletterte|klettert|erhöhte|umfasst|umfasste)"
)
_ITS_LEVEL = re.compile(
    rf"\s*(?:Sie\s+{_LEVEL_VERBS}|[A-ZÄÖÜ][a-zäöüß]+(?:\s+[a-zäöüß]+){{0,2}}?\s+"
    rf"{_LEVEL_VERBS}\s+sie)\s+(?:(?!um\s)[a-zäöüß]+\.?\s+|(?:19|20)\d\d\s+){{0,4}}"
)
_LEVEL_END = re.compile(
    r"(?:\s+(?:gestiegen|gewachsen|angewachsen|geklettert|erhöht|vergrößert|gesunken|gefallen))?"
    r"\s*(?:[.!?]|$)"
)
# ... the sentence before naming a number ("Die Zahl der ...", "Die Anzahl ...", "Die
# Studierendenzahl ..."), in the same paragraph
_NUMBER_TOLD = re.compile(r"(?i:zahl)\b[^.!?\n]*[.!?]\s*$")
_TOLD_REACH = 300
#: Nothing after a number but its sentence's end (bycn.text.nouns reads it too).
SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")
# A bare number that ends its sentence after a verb of studying, the students left out
# ("Die Zahl der chinesischen Studenten wächst. Im Jahr 2024 studierten dort 2.200.",
# "Derzeit lernen an der Universität rund 2.200", "sind an der BSU 2.200 eingeschrieben"):
# the sentence opens with a date or a word of now, and only words of place, time or a
# qualifier stand between the verb and the number; no subject of its own.
_STUDY_VERBS = "|".join(
    sorted(w for w in LEXICON.present_verbs | LEXICON.past_verbs if w.startswith(("stud", "lern")))
)
_STUDY_BEFORE = re.compile(
    r"\s*(?:(?:[Ii]m\s+(?:Studien)?[Jj]ahre?\s+)?(?:19|20)\d\d(?:/(?:19|20)?\d\d)?"
    r"|[Ii]m\s+(?:vergangenen|laufenden|letzten|aktuellen)\s+(?:Studienjahr|Jahr|Semester)"
    rf"|{alternation('now_words')}|{alternation('aspect_words')})"
    rf"\s+(?:(?P<v>{_STUDY_VERBS})|sind|waren)"
    r"(?:\s+(?:dort|hier|derzeit|heute|aktuell|bereits|schon|noch|nun|inzwischen|mittlerweile"
    r"|(?:an|in|im|am|auf|bei|beim)\s+(?:der|dem|den)?\s*(?:[a-zäöüß]+\s+)?[\w-]+))*"
    r"(?:\s+[a-zäöüß]+){0,2}\s+"
)
# ... its end after "sind" or "waren": a participle of being enrolled
_ENROLLED_END = re.compile(r"\s+(?:eingeschrieben|immatrikuliert)\s*(?:[.!?]|$)")
_CLAUSE_MARK = re.compile(r"[,;:.!?]\s")
_REACH = 60  # the verb and the words before the number stand this close


# "Das Joint Institute zählt weitere 640.", "..., am Institut lernen noch einmal 640": a bare
# number after a word of more, its clause's end right after it, adds to the count before.
# After a verb of being, having or counting (the lexicon's present_verbs) or "es": not a
# number expected ("Bis Ende des Jahres erwarten wir weitere fünfzehn": new ones, no total).
_MORE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternation('present_verbs')}|es)\s+(?:[a-zäöüß]+\s+){{0,2}}?"
    r"(?:weitere|nochmals|noch\s+einmal|zusätzlich)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:[,;.!?]|$)")


def joins(body: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the number at ``body[start:end]`` (of the sentence ``body[lo:hi]``), with no
    noun after it, is the count of new ones a verb of joining tells."""
    if _BEFORE.search(body, max(lo, start - _REACH), start):
        return True
    after = _AFTER.match(body, end, hi)
    if after is None:
        return False
    if after.group("p").endswith("gekommen"):
        return True
    marks = list(_CLAUSE_MARK.finditer(body, max(lo, start - _REACH), start))
    return (
        _COME.search(body, marks[-1].end() if marks else max(lo, start - _REACH), after.start("p"))
        is not None
    )


def left_noun(sentence: _Sentence, start: int, end: int, counted: str, carried: str) -> str | None:
    """The noun the bare number at ``[start:end]`` of ``sentence`` counts, its noun left out:
    ``carried`` (the noun told in the sentences before) where the number makes its sentence
    alone after "Das sind", "Es waren" (:data:`_ALONE_BEFORE`: "Das sind rund 3.800.") or a
    label (:data:`ALONE_LABEL`: "Aktuell: 57.") and
    none is ``counted`` before it, or after a verb of studying (``_STUDY_BEFORE``: "Im Jahr
    2024 studierten dort 2.200."); where a verb of joining tells it (:func:`joins`),
    ``counted`` (the noun of the count before it in its sentence), else ``carried`` (the
    last count in its paragraph, as a count left out after adjectives takes it: "Im Park
    arbeiten 60 Firmen. 2019 kamen 27 neue hinzu."); else None."""
    if not (counted or carried):
        return None
    body, lo, hi = sentence.body, sentence.lo, sentence.hi
    if (
        not counted
        and (
            _ALONE_BEFORE.search(body, max(lo, start - _ALONE_REACH), start)
            or _ALONE_OPENING.fullmatch(body, lo, start)
        )
        and SENTENCE_END.match(body, end, hi)
    ):
        return carried
    if (
        not counted
        and _ITS_LEVEL.fullmatch(body, lo, start)
        and _LEVEL_END.match(body, end, hi)
        and _NUMBER_TOLD.search(body, max(0, lo - _TOLD_REACH), lo)
    ):
        return carried
    if _MORE_BEFORE.search(body, max(lo, start - 60), start) and _CLAUSE_END.match(body, end, hi):
        return counted or carried
    study = None if counted else _STUDY_BEFORE.fullmatch(body, lo, start)
    if study and (SENTENCE_END if study["v"] else _ENROLLED_END).match(body, end, hi):
        return carried
    if not joins(body, lo, hi, start, end):
        return None
    return counted or carried
