"""The noun a bare number counts, named before it: a set named by a word of quantity.

A text names a set by a word of quantity and goes on with a bare number of it, the number
first and its verb right after: ``Umgekehrt zieht es immer mehr Belarussen ins Reich der
Mitte: Rund 2.200 studieren derzeit an chinesischen Universitäten`` counts Belarussen
(figures.md, "Spans": a count whose noun is left out takes the noun from the text before
it). The number opens its clause after a colon, or its sentence after the sentence that
names the set, in one paragraph; a present verb of the lexicon follows it. A number with a
noun of its own, or inside its clause, or with no verb after it, is left alone.

>>> body = "Immer mehr Belarussen zieht es nach China. Rund 2.200 studieren dort."
>>> set_before(body, 43, 48, 53)
'Belarussen'
>>> set_before("Viele Firmen kamen. Die Zahl 12 ist hoch.", 20, 29, 31) is None
True

A set is named by a verb of counting too (:data:`COUNTED`), or compared (:data:`MANY`);
not after a preposition ("an immer mehr Orten", "Es gibt in Minsk ..."):

>>> text = "Wir zählen gemeinsame Institute. Gemeinsame Labore gibt es. Es gibt in Minsk Firmen."
>>> [m.group("noun") or m.group("fronted") for m in COUNTED.finditer(text)]
['Institute', 'Labore']
>>> [m.group("noun") for m in MANY.finditer("Mehr Menschen als je zuvor, an immer mehr Orten")]
['Menschen']
"""

from __future__ import annotations

import re

from bycn.text.lexicon import LEXICON, alternation
from bycn.text.qualifiers import QUALIFIER_WORDS

__all__ = ["COUNTED", "DWELLING", "MANY", "PARAGRAPH_BREAK", "set_before"]

_ADJECTIVES = r"(?:[a-zäöüß][\w-]*(?:e|en|er)\s+)*"
_PREPOSITIONS = sorted({*LEXICON.name_prepositions, "im", "am", "vom", "zum"})
# Nominative only: not after a preposition ("an immer mehr Hochschulen" names no set), one
# look-behind per length of the lexicon's name_prepositions (a look-behind has one width).
_NO_PREPOSITION_BEFORE = "".join(
    rf"(?<!\b(?:{'|'.join(w for w in _PREPOSITIONS if len(w) == n)})\s)"
    for n in sorted({len(w) for w in _PREPOSITIONS})
)
#: "immer mehr Belarussen", "mehr und mehr junge Chinesen", "viele Studierende", "zahlreiche
#: Firmen": a word of quantity (lexicon many_words), adjectives, the plural noun it names (a
#: capitalised word); or "mehr" compared ("mehr Menschen als je zuvor", "mehr Residenten
#: denn je"). bycn.text.carried reads it too ("Das sind rund 3.800.").
MANY = re.compile(
    rf"(?<![\w-]){_NO_PREPOSITION_BEFORE}(?:(?i:{alternation('many_words')})"
    rf"|[Mm]ehr(?=\s+{_ADJECTIVES}[A-ZÄÖÜ][\w-]*\s+(?:als|denn)\b))\s+"
    rf"{_ADJECTIVES}(?P<noun>[A-ZÄÖÜ][\w-]*[\w])"
)
# Lower-case words between a verb of counting and its noun: adverbs and adjectives, no
# preposition ("Es gibt in Minsk ..." names a place, not a set).
_NOT_PREPOSITION = rf"(?!(?:{'|'.join(_PREPOSITIONS)})\s)"
#: A set counted by a verb without a number (lexicon counting_verbs), its plural noun after
#: it ("Wir zählen gemeinsame Institute, Labore und Zentren", "Es gibt inzwischen gemeinsame
#: Labore") or fronted before it ("Gemeinsame Labore gibt es an vielen Hochschulen"): what a
#: bare number right after it counts (bycn.text.carried).
COUNTED = re.compile(
    rf"(?<![\w-])(?:{alternation('counting_verbs')})\s+(?:{_NOT_PREPOSITION}[a-zäöüß][\w-]*\s+){{0,3}}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[\w])"
    # fronted after its adjective: not "Heute gibt es", "Inzwischen gibt es"
    rf"|(?<=[a-zäöüß]{{3}}e\s|[a-zäöüß]{{2}}e[nr]\s)(?P<fronted>[A-ZÄÖÜ][\w-]*[\w])\s+(?:gibt|gab)\s+es(?![\w-])"
)
#: A set present somewhere, named by its plural subject with no article nor number after a
#: verb of studying, working or living ("An der Universität lernen derzeit Studierende aus
#: der Volksrepublik", "Dort studieren heute junge Chinesen", "In den Werken arbeiten
#: inzwischen Fachkräfte aus China"; also "sind ... eingeschrieben"), or before it, opening
#: its sentence ("Studierende aus China lernen derzeit dort"): what a bare number alone
#: right after it counts ("Das sind rund 380.": bycn.text.carried).
_DWELL_VERBS = "|".join(
    sorted(
        w
        for w in LEXICON.present_verbs | LEXICON.past_verbs
        if w.startswith(("stud", "lern", "arbeit", "leb", "wohn"))
    )
)
# (nor a pronoun, the subject of a question: "Mit welchen Partnern arbeiten Sie zusammen?")
_NO_PRONOUN = r"(?!(?:Sie|Er|Es|Wir|Ihr|Ich|Du|Man)\b)"
_NO_ARTICLE = r"(?!(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\s)"
DWELLING = re.compile(
    rf"(?<![\w-])(?:{_DWELL_VERBS}|(?:sind|waren)(?=[^.!?]*\b(?:eingeschrieben|immatrikuliert)\b))"
    rf"\s+(?:{_NOT_PREPOSITION}{_NO_ARTICLE}[a-zäöüß][\w-]*\s+){{0,3}}{_NO_PRONOUN}(?P<noun>[A-ZÄÖÜ][\w-]*[\w])"
    rf"|(?:^|(?<=[.!?]\s))(?:[A-ZÄÖÜ][a-zäöüß]*e[nr]?\s+)?(?P<fronted>[A-ZÄÖÜ][\w-]*[\w])"
    rf"(?:\s+aus\s+(?:der\s+|dem\s+)?[A-ZÄÖÜ][\w-]*)?(?=\s+(?:{_DWELL_VERBS})(?![\w-]))"
)
# The number opens its clause: after a colon or at its sentence's start, a quotation mark
# and a qualifier before it at most ("...: Rund 2.200", "„Mehr als 11.000").
_OPENS = re.compile(rf"(?:^|:)\s*[„“\"»]?\s*(?:(?i:{QUALIFIER_WORDS})\s+)?$")
_VERB_AFTER = re.compile(rf"\s+{alternation('present_verbs')}(?!\w)")
#: A blank line: a paragraph ends there (bycn.text.carried reads it too).
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_REACH = 300  # the set named before: so far back at most, a bounded window
_NEAR = 40  # a colon, a quotation mark and a qualifier stand this close before the number


def set_before(body: str, lo: int, start: int, end: int) -> str | None:
    """The noun a word of quantity names before the bare number at ``body[start:end]`` of
    the sentence ``body[lo:...]``, when the number opens its clause and a present verb
    follows it: in its sentence before a colon, else in the text before its sentence
    (within ``_REACH`` characters, its paragraph); the nearest one. None otherwise."""
    # (bounded windows, so that a long sentence is read in linear time)
    near = max(lo, start - _NEAR)
    opens = _OPENS.search(body[near:start])
    if opens is None or not _VERB_AFTER.match(body, end):
        return None
    if opens.group() and opens.group()[0] == ":":  # the set named before it, in the sentence
        colon = near + opens.start()
        window = body[max(lo, colon - _REACH) : colon]
    elif near > lo:
        return None  # the number stands inside its sentence, after no colon
    else:
        window = body[max(0, lo - _REACH) : lo]
        breaks = list(PARAGRAPH_BREAK.finditer(window))
        window = window[breaks[-1].end() :] if breaks else window
    named = list(MANY.finditer(window))
    if not named:
        return None
    noun = named[-1].group("noun")
    return None if noun in LEXICON.function_words else noun
