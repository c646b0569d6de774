"""Words of "now" in a text: the lexicon's now_words and aspect_words, found fast.

Split from ``datepatterns.py`` (its size): the date patterns' "now" family is found by
these words, and :mod:`bycn.text.dates` reads their matches.

>>> [m[0] for m in now_matches("Heute und bisher")]
['Heute', 'bisher']
"""

from __future__ import annotations

import re

from bycn.text.lexicon import LEXICON

__all__ = ["ASPECT", "NOW_TAILS", "NOW_WORDS", "now_matches"]

# Words of "now" (the lexicon's now_words and aspect_words): a figure they stand with is the
# state at the text's own time (see dates.find_dates for when one is no date). Those that
# name the present ("heute", "derzeit", "die heutigen") are a date of the text, as relative
# periods are; those that say how far a state got by then ("bisher", "bereits",
# "inzwischen": ASPECT) name no time, and their figure takes its source's or document's date
# (indicators.md: "bereits 830 Millionen Dollar überschritten" is as of its source).
ASPECT = LEXICON.aspect_words
NOW_WORDS: tuple[str, ...] = (*sorted(LEXICON.now_words), *sorted(ASPECT))


def _tail(word: str) -> str:
    """What a text holds where it holds the word of "now" ``word``: its letters after the
    first where the word is listed in both cases ("Derzeit", "derzeit": "erzeit"), else the
    word itself ("nun", whose "un" most texts hold, in "und")."""
    return word[1:] if word[0].swapcase() + word[1:] in NOW_WORDS else word


# Words of "now" open with common small letters (the scan would try most positions):
# each is looked for as a string instead, by its tail.
NOW_TAILS = tuple(dict.fromkeys(map(_tail, NOW_WORDS)))
# Each word of "now" by its tail, as patterns led by a literal (the engine searches one
# fast, but tries an alternation of these words at most positions of a sentence).
_NOW_BY_TAIL = {
    tail: tuple(re.compile(re.escape(w) + r"(?!\w)") for w in NOW_WORDS if _tail(w) == tail)
    for tail in NOW_TAILS
}


def now_matches(text: str) -> list[re.Match[str]]:
    """The words of "now" in ``text``, as the "now" pattern finds them (a word that does
    not open a word included), in text order.

    >>> [m[0] for m in now_matches("Derzeit, bisher und heute; Leute jederzeit")]
    ['Derzeit', 'bisher', 'heute', 'derzeit']
    """
    found = [
        match
        for tail in NOW_TAILS
        if tail in text
        for pattern in _NOW_BY_TAIL[tail]
        for match in pattern.finditer(text)
    ]
    return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found
