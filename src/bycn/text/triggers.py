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

from bycn.text.numbers import NUMBER_WORD, NUMBER_WORD_LETTERS

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

# A sign before the digits is read after. The pattern opens with one digit, not \d+: the
# engine skips ahead to a character of a set only when the pattern's first item is that set
# (a repeat is no set), else it tries the whole pattern at every character of the body.
_NUMERAL = re.compile(r"\d\d*(?:[.,]\d+)*")
_LATIN_NUMERAL = re.compile(r"[0-9][0-9]*(?:[.,][0-9]+)*")
_SIGNS = frozenset("-−+")
_EINS = re.compile(r"eins(?<![\w-]eins)(?![\w-])")  # led by its letters: the engine skips
# "um das Dreifache", "auf das Doppelte" (twofold).
_WORD_MULTIPLE = re.compile(
    r"(?<![\w-])(?:(?P<w>[A-Za-zäöüß]+?)(?:fache[nrs]?|fach)|(?P<double>Doppelte[nrs]?))(?!\w)"
)
_DUTZEND = re.compile(r"(?<![\w-])(?P<ein>[Ee]in(?:e[mns]?)?\s+)Dutzend(?!\w)")
# "eine Milliarde Dollar", "einer Million Menschen": before a scale word the article is one;
# "eine halbe Milliarde Dollar", "einer halben Million" half of one (the match holds "halbe").
# Led by its letters (the engine skips ahead to an E or e); then the character before the
# word is tested, as (?<![\w-]) before it would.
# Two patterns, one a case, each led by a literal: the engine searches "eine" fast, but tries
# a pattern led by a set ("Eine|eine") at every "e" of the sentence.
_ONE_SCALES = tuple(
    re.compile(
        rf"{article}(?<![\w-].{{4}})[mr]?(?P<half>\s+halben?)?(?=\s+(?:Million|Milliarde|Billion)(?!\w))"
    )
    for article in ("eine", "Eine")
)

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
        try:
            latin = body.encode("latin-1")  # a copy of the bytes if every character is Latin-1
        except UnicodeEncodeError:
            latin = body.encode("latin-1", "replace")
            numerals = list(_NUMERAL.finditer(body))
        else:
            # Of the Latin-1 characters, \d matches 0-9 alone: the engine tests those faster.
            numerals = list(_LATIN_NUMERAL.finditer(body))
        words = _number_words(body, latin)
        multiple = "fach" in body or "Doppelte" in body
        rare = ("Dutzend" in body, multiple, "eins" in body, "illi" in body)
        starts = [m.start() for m in numerals]
        scanned = (body, starts, numerals, [m.start() for m in words], words, rare)
        _SCANNED[0] = scanned
    return scanned


# A number word worth 1.5 or more (the grammar reads no other: Sentence.quantities drops
# "einundein" and the like) holds one of these, lower-cased (tests/test_numbers.py checks).
_WORTH = tuple(
    w.encode("latin-1")
    for w in [
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sech",
        "sieb",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "zwanzig",
        "hundert",
        "tausend",
        "anderthalb",
        "einhalb",
    ]
)


def _number_words(body: str, latin: bytes) -> list[re.Match[str]]:
    """The number words of ``body`` worth 1.5 or more, as ``NUMBER_WORD.finditer`` finds them.

    NUMBER_WORD tried at each of the body's characters costs more than the rest of the
    scan; a search for the few strings every such word holds costs a tenth of that.
    A number word is a whole word (no letter, digit or hyphen on either side), so the
    word around a hit is the one place a match can start, and matches never overlap.

    >>> text = "Zweihundert Jahre, ein Jahrhundert, 12 (drei)"
    >>> [m.group() for m in _number_words(text, text.encode("latin-1"))]
    ['Zweihundert', 'drei']
    """
    # ``latin``: the body encoded, one byte a character (others "?"), so offsets are the
    # body's; bytes.lower changes only A-Z, the initials of number words.
    low = latin.lower()
    starts = set()
    for worth in _WORTH:
        hit = low.find(worth)
        while hit >= 0:
            start = hit
            while start and body[start - 1] in NUMBER_WORD_LETTERS:
                start -= 1
            starts.add(start)
            hit = low.find(worth, hit + 1)
    found = [NUMBER_WORD.match(body, start) for start in sorted(starts)]
    return [m for m in found if m is not None]


def find_triggers(body: str, lo: int, hi: int) -> list[Trigger]:
    """Where a figure may start, in text order: (offset, kind of trigger, match)."""
    _, numeral_starts, numerals, word_starts, words, rare = _scan(body)
    first, last = bisect.bisect_left(numeral_starts, lo), bisect.bisect_left(numeral_starts, hi)
    triggers: list[Trigger] = []
    for m in numerals[first:last]:
        start = m.start()
        if m.end() > hi:  # runs past the sentence: read the sentence's part only
            cut = _NUMERAL.match(body, start, hi)
            if cut is None:
                continue
            m = cut
        signed = start > lo and body[start - 1] in _SIGNS
        triggers.append((start - 1 if signed else start, NUMERAL, m))
    numbers = len(triggers)
    if words:
        first, last = bisect.bisect_left(word_starts, lo), bisect.bisect_left(word_starts, hi)
        triggers += [(m.start(), WORD, m) for m in words[first:last] if m.end() <= hi]
    # find(word, lo, hi) looks in body[lo:hi] without a copy of it.
    if rare[0] and body.find("Dutzend", lo, hi) >= 0:
        triggers += [(m.start(), DOZEN, m) for m in _DUTZEND.finditer(body, lo, hi)]
    if rare[1] and (body.find("fach", lo, hi) >= 0 or body.find("Doppelte", lo, hi) >= 0):
        multiples = _WORD_MULTIPLE.finditer(body, lo, hi)
        triggers += [(m.start(), WORD_MULTIPLE, m) for m in multiples]
    if rare[2] and body.find("eins", lo, hi) >= 0:
        triggers += [(m.start(), EINS, m) for m in _EINS.finditer(body, lo, hi)]
    if rare[3] and body.find("illi", lo, hi) >= 0:
        for pattern in _ONE_SCALES:
            triggers += [(m.start(), ONE_SCALE, m) for m in pattern.finditer(body, lo, hi)]
    if len(triggers) > numbers:  # numerals alone come in text order
        triggers.sort(key=_offset)
    return triggers


def _offset(trigger: Trigger) -> int:
    return trigger[0]
