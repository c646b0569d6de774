"""Where a figure may start in a sentence: numerals, number words and a few rare words.

The numerals and number words of a body are found once, in one regex pass each, and
each sentence takes its share by bisection; :mod:`bycn.text.quantities` reads a figure
at each trigger.

>>> body = "Es kamen 20 Gäste, zwölf Kinder und ein Dutzend Hunde, -5 Grad."
>>> [(body[t[0] : t[2].end()], t[1]) for t in find_triggers(body, 0, len(body))]
[('20', 3), ('zwölf', 4), ('ein Dutzend', 0), ('-5', 3)]
"""

from __future__ import annotations

import bisect
import re

from bycn.text.numbers import NUMBER_WORD

__all__ = ["DUTZEND", "EINS", "MULTIPLE", "NUMERAL", "WORD", "Trigger", "find_triggers"]

#: The kinds of trigger: "ein Dutzend", "zweifach", "eins", a numeral, a number word.
DUTZEND, MULTIPLE, EINS, NUMERAL, WORD = range(5)

# Digits first (the engine skips ahead to a digit fast); a sign before is read after.
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
_SIGNS = frozenset("-−+")
_EINS = re.compile(r"eins(?<![\w-]eins)(?![\w-])")  # led by its letters: the engine skips
_WORD_MULTIPLE = re.compile(r"(?<![\w-])(?P<w>[A-Za-zäöüß]+?)(?:fache[nrs]?|fach)(?!\w)")
_DUTZEND = re.compile(r"(?<![\w-])(?P<ein>[Ee]in(?:e[mns]?)?\s+)Dutzend(?!\w)")

#: (offset where the figure may start, kind, the match that found it)
Trigger = tuple[int, int, re.Match[str]]


# The last body scanned: (body, numeral starts, numerals, word starts, words, which rare
# triggers the body holds). Replaced whole, never changed in place, so a parse in another
# thread sees one consistent scan.
_SCANNED: list[tuple] = [(None, [], [], [], [], (False, False, False))]


def _scan(body: str) -> tuple:
    """Numerals and number words of the whole body, found once per body (by identity).

    A sentence takes its share by bisection: one regex pass over the text, not one
    per sentence.
    """
    scanned = _SCANNED[0]
    if scanned[0] is not body:
        numerals = list(_NUMERAL.finditer(body))
        words = list(NUMBER_WORD.finditer(body))
        rare = ("Dutzend" in body, "fach" in body, "eins" in body)
        starts = [m.start() for m in numerals]
        scanned = (body, starts, numerals, [m.start() for m in words], words, rare)
        _SCANNED[0] = scanned
    return scanned


def find_triggers(body: str, lo: int, hi: int) -> list[Trigger]:
    """Where a figure may start in the sentence ``body[lo:hi]``, in text order.

    A numeral's trigger starts at its sign, if one stands before it.
    """
    _, numeral_starts, numerals, word_starts, words, rare = _scan(body)
    first, last = bisect.bisect_left(numeral_starts, lo), bisect.bisect_left(numeral_starts, hi)
    triggers: list[Trigger] = []
    for m in numerals[first:last]:
        start = m.start()
        if m.end() > hi:  # runs past the sentence: read the sentence's part only
            m = _NUMERAL.match(body, start, hi)  # type: ignore[assignment]
            if m is None:
                continue
        triggers.append(
            (start - 1 if start > lo and body[start - 1] in _SIGNS else start, NUMERAL, m)
        )
    numbers = len(triggers)
    if words:
        first, last = bisect.bisect_left(word_starts, lo), bisect.bisect_left(word_starts, hi)
        triggers += [(m.start(), WORD, m) for m in words[first:last] if m.end() <= hi]
    # find(word, lo, hi) looks in body[lo:hi] without a copy of it.
    if rare[0] and body.find("Dutzend", lo, hi) >= 0:
        triggers += [(m.start(), DUTZEND, m) for m in _DUTZEND.finditer(body, lo, hi)]
    if rare[1] and body.find("fach", lo, hi) >= 0:
        triggers += [(m.start(), MULTIPLE, m) for m in _WORD_MULTIPLE.finditer(body, lo, hi)]
    if rare[2] and body.find("eins", lo, hi) >= 0:
        triggers += [(m.start(), EINS, m) for m in _EINS.finditer(body, lo, hi)]
    if len(triggers) > numbers:  # numerals alone come in text order
        triggers.sort(key=_offset)
    return triggers


def _offset(trigger: Trigger) -> int:
    return trigger[0]
