"""Where a figure may start: numerals, number words and a few rarer word forms.

The figure grammar (:mod:`bycn.text.quantities`) reads a sentence from each
trigger in turn. The whole body is scanned once; each sentence takes its share.

>>> body = "Es kamen 20 Gäste, ein Dutzend Firmen und eine Million Besucher."
>>> [(body[offset:].split()[0], kind) for offset, kind, _ in find_triggers(body, 0, len(body))]
[('20', 3), ('ein', 0), ('eine', 5)]
>>> NUMERAL, DOZEN, ONE_SCALE
(3, 0, 5)
"""

from __future__ import annotations

import bisect
import re

from bycn.text.numbers import NUMBER_WORD

__all__ = [
    "DOZEN",
    "EINS",
    "NUMERAL",
    "ONE_SCALE",
    "WORD",
    "WORD_MULTIPLE",
    "Trigger",
    "find_triggers",
]

#: Kinds of trigger (plain ints: compared for every number read).
DOZEN, WORD_MULTIPLE, EINS, NUMERAL, WORD, ONE_SCALE = range(6)

# Digits first (the engine skips ahead to a digit fast); a sign before is read after.
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
_SIGNS = frozenset("-−+")
_EINS = re.compile(r"(?<![\w-])eins(?![\w-])")
# "um das Dreifache", "auf das Doppelte" (twofold).
_WORD_MULTIPLE = re.compile(
    r"(?<![\w-])(?:(?P<w>[A-Za-zäöüß]+?)(?:fache[nrs]?|fach)|(?P<double>Doppelte[nrs]?))(?!\w)"
)
_DUTZEND = re.compile(r"(?<![\w-])(?P<ein>[Ee]in(?:e[mns]?)?\s+)Dutzend(?!\w)")
# "eine Milliarde Dollar", "einer Million Menschen": before a scale word the article is one.
_ONE_SCALE = re.compile(r"(?<![\w-])[Ee]ine[mr]?(?=\s+(?:Million|Milliarde|Billion)(?!\w))")

#: (offset where the figure may start, kind of trigger, the match).
Trigger = tuple[int, int, re.Match[str]]


# The last body scanned: (body, numeral starts, numerals, word starts, words, which rare
# triggers the body holds). Replaced whole, never changed in place, so a parse in another
# thread sees one consistent scan.
_SCANNED: list[tuple] = [(None, [], [], [], [], (False, False, False, False))]


def _scan(body: str) -> tuple:
    """Numerals and number words of the whole body, found once per body (by identity).

    A sentence takes its share by bisection: one regex pass over the text, not one
    per sentence.
    """
    scanned = _SCANNED[0]
    if scanned[0] is not body:
        numerals = list(_NUMERAL.finditer(body))
        words = list(NUMBER_WORD.finditer(body))
        multiple = "fach" in body or "Doppelte" in body
        rare = ("Dutzend" in body, multiple, "eins" in body, "illi" in body)
        starts = [m.start() for m in numerals]
        scanned = (body, starts, numerals, [m.start() for m in words], words, rare)
        _SCANNED[0] = scanned
    return scanned


def find_triggers(body: str, lo: int, hi: int) -> list[Trigger]:
    """Where a figure may start, in text order: (offset, kind of trigger, match)."""
    _, numeral_starts, numerals, word_starts, words, rare = _scan(body)
    first, last = bisect.bisect_left(numeral_starts, lo), bisect.bisect_left(numeral_starts, hi)
    triggers: list[Trigger] = []
    for m in numerals[first:last]:
        start = m.start()
        if m.end() > hi:  # runs past the sentence: read the sentence's part only
            m = _NUMERAL.match(body, start, hi)  # type: ignore[assignment]
            if m is None:
                continue
        signed = start > lo and body[start - 1] in _SIGNS
        triggers.append((start - 1 if signed else start, NUMERAL, m))
    if words:
        first, last = bisect.bisect_left(word_starts, lo), bisect.bisect_left(word_starts, hi)
        triggers += [(m.start(), WORD, m) for m in words[first:last] if m.end() <= hi]
    if any(rare):  # a sentence is sliced only when the body holds a rare trigger at all
        text = body[lo:hi]
        if rare[0] and "Dutzend" in text:
            triggers += [(m.start(), DOZEN, m) for m in _DUTZEND.finditer(body, lo, hi)]
        if rare[1] and ("fach" in text or "Doppelte" in text):
            multiples = _WORD_MULTIPLE.finditer(body, lo, hi)
            triggers += [(m.start(), WORD_MULTIPLE, m) for m in multiples]
        if rare[2] and "eins" in text:
            triggers += [(m.start(), EINS, m) for m in _EINS.finditer(body, lo, hi)]
        if rare[3] and "illi" in text:
            triggers += [(m.start(), ONE_SCALE, m) for m in _ONE_SCALE.finditer(body, lo, hi)]
    triggers.sort(key=lambda t: t[0])
    return triggers
