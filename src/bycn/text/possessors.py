"""The noun that a number of "their number" counts when no count came before it, or a
relative's ("deren Zahl") always: the subject its sentence named (figures.md: "Where the
noun stands apart or is left out (`Die Zahl der Bewohner ... auf 90`, `von denen 10`), the
span is the bare number and `item` is the noun it counts, taken from the text before it").

"Es wurden gemeinsame Strukturen in Bildung und Forschung geschaffen, ihre Zahl ist ... von
9 auf 20 gestiegen": ``ihre`` is the structures', the noun before it that no preposition,
conjunction or genitive article governs (not ``Forschung`` after ``und``, nor ``Bildung``
after ``in``). A relative ``deren Zahl`` relates to the noun before its comma, which need
not be the noun counted before it: ``rund 10.500 Chinesen, ein Drittel aller ausländischen
Studierenden, deren Zahl bei etwa 32.000 liegt`` counts Studierenden, all foreign students;
``Programme mit China, deren Zahl`` the programmes.

The noun a bare number is raised to by a verb of growth after it is found here too
(:func:`raised_noun`).
"""

from __future__ import annotations

import re

from bycn.text.lexicon import LEXICON
from bycn.text.qualifiers import QUALIFIER_WORDS

__all__ = ["possessor", "possessor_before", "raised_noun"]

_WORDS = re.compile(r"[\w-]+|[^\w\s]")
# "ihre Zahl", "deren Anzahl", "die Zahl" at the end of the text before the number.
_THEIR = re.compile(r"(?:[Ii]hre|[Dd]eren|[Ss]eine|[Dd]essen|[Dd]iese|[Dd]ie)\s+\S+\s*$")
#: Words that govern a noun after them, so that it is no subject: prepositions, the
#: conjunctions that join it to a noun before, the genitive articles ("die Labore der
#: Universität").
_GOVERNORS = frozenset(
    {*LEXICON.name_prepositions, "im", "am", "vom", "zum", "und", "oder", "sowie", "der", "des"}
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: How far before "ihre Zahl" the noun it refers to is looked for: a long sentence costs its
#: length, not its length squared.
_REACH = 240

# "Im Jahr 2026 sollen die Programme auf mindestens 200 ausgebaut werden", "will die
# Universität ihre Partnerschaften bis 2027 auf 150 erhöhen", "Die Labore sollen auf 30
# wachsen": the noun raised to a bare number, its verb of growth right after the number.
_RAISED_BEFORE = re.compile(
    r"(?<!\w)(?:[Dd]ie|[Ii]hre|[Ss]eine|[Uu]nsere|[Dd]eren|[Dd]iese)\s+(?:[a-zäöüß][\w-]*\s+)?"
    # (not a sum's noun: "Die Exporte sollen auf 800 steigen" counts no exports)
    r"(?!(?:Ex|Im)porte\b|Ausfuhren\b|Einfuhren\b|Investitionen\b|Einnahmen\b|Umsätze\b)"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[\w])\s+(?:(?:[a-zäöüß][\w-]*|(?:19|20)\d\d)\s+){0,4}?auf\s+"
    rf"(?:(?:{QUALIFIER_WORDS})\s+)?$"
)
_RAISED_AFTER = re.compile(
    r"\s+(?:ausgebaut|erhöht|gesteigert|aufgestockt|erweitert|vergrößert|ausbauen|erhöhen"
    r"|steigern|aufstocken|erweitern|vergrößern|steigen|wachsen|anwachsen|ansteigen|gestiegen"
    r"|gewachsen|angewachsen|angestiegen)(?!\w)"
)


def possessor(before: str) -> str | None:
    """The noun that ``before`` (its sentence up to and with ``ihre Zahl``) names as what
    its number counts: the last noun of the clauses before the possessive's that no word of
    ``_GOVERNORS`` governs (with its adjectives between), not a word of time; None if there
    is none.

    >>> possessor("Es wurden gemeinsame Strukturen in Bildung und Forschung geschaffen, ihre Zahl")
    'Strukturen'
    >>> possessor("Die Labore der Universität wachsen, ihre Zahl")
    'Labore'
    >>> possessor("In den letzten Jahren ist ihre Zahl") is None
    True
    >>> possessor("Bald kann diese Anzahl") is None
    True
    """
    found = _THEIR.search(before)
    words = _WORDS.findall(before[: found.start()] if found else before)
    # The possessive opens a clause after the one that names the noun: a comma or semicolon
    # stands between them ("Der Park wächst. Bald kann diese Anzahl ..." names none).
    marks = [k for k, word in enumerate(words) if word in (",", ";")]
    if not marks:
        return None
    for k in range(marks[-1] - 1, -1, -1):
        noun = words[k]
        if not noun[0].isupper() or noun in LEXICON.function_words:
            continue
        if noun in LEXICON.time_nouns:
            continue
        j = k - 1
        while j >= 0 and _adjective(words[j]):
            j -= 1
        if j < 0 or words[j].lower() not in _GOVERNORS:
            return noun
    return None


def _adjective(word: str) -> bool:
    """A word that may stand between a noun and its article: an inflected adjective."""
    return (
        word[0].islower()
        and word.endswith(_ADJECTIVE_ENDINGS)
        and word not in LEXICON.not_adjectives
        and word.lower() not in _GOVERNORS
    )


def possessor_before(body: str, lo: int, end: int) -> str | None:
    """:func:`possessor` of ``body[lo:end]`` (a sentence from ``lo``), its last 240
    characters at most."""
    return possessor(body[max(lo, end - _REACH) : end])


def raised_noun(body: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The noun raised to the bare number at ``[start:end]`` of the sentence ``body[lo:hi]``
    by a verb of growth after it (``sollen die Programme auf mindestens 200 ausgebaut
    werden``), named within 100 characters before it; else None.

    >>> text = "Die Labore sollen auf 30 wachsen."
    >>> raised_noun(text, 0, len(text), 22, 24)
    'Labore'
    """
    if not _RAISED_AFTER.match(body, end, hi):
        return None
    found = _RAISED_BEFORE.search(body, max(lo, start - 100), start)
    return found.group("noun") if found else None
