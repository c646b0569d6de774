"""German number grammar: numerals, number words, scale words and units.

>>> parse_numeral("730,6"), parse_numeral("8.000"), parse_numeral("-65,2")
(730.6, 8000.0, -65.2)
>>> parse_number_word("dreitausend"), parse_number_word("anderthalb"), parse_number_word("zweite")
(3000.0, 1.5, None)
>>> SCALES["mrd."]
1000000000.0
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "CURRENCIES",
    "MEASURES",
    "NUMBER_WORD",
    "NUMBER_WORD_LETTERS",
    "SCALES",
    "apply_scale",
    "is_numeral",
    "parse_number_word",
    "parse_numeral",
    "whole_count",
]

SCALES: dict[str, float] = {
    "tausend": 1e3,
    "tsd.": 1e3,
    "tsd": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
    "bio.": 1e12,
    "dutzend": 12.0,
}

# Written form (regex) -> canonical unit; longest forms first so "US-Dollar" wins over "Dollar".
CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"US-Dollar|US-\$|US\$|Dollar|USD|\$", "USD"),
    (r"(?:[Bb]elarussische[nr]?|[Ww]eißrussische[nr]?)\s+Rubel|Rubel|BYN|Br\.?(?!\w)", "BYN"),
    (r"(?:[Cc]hinesische[nr]?\s+)?Yuan|CNY|RMB|Renminbi", "CNY"),
    (r"Euro|EUR|€", "EUR"),
)
MEASURES: tuple[tuple[str, str], ...] = (
    (r"Tonnen\s+pro\s+Monat|t/Monat", "t/month"),
    (r"Kilometer\s+pro\s+Stunde|km/h", "km/h"),
    (r"Hektar|ha(?!\w)", "ha"),
    (r"Quadratmeter[n]?|m2|m²", "m2"),
    (r"Tonnen|t(?![\w/])", "t"),
    (r"Kilometer[n]?|km(?![\w/])", "km"),
    (r"Kilogramm|kg(?!\w)", "kg"),
    (r"Pferdestärken|PS(?!\w)", "hp"),
)

_UNITS = {
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_TEENS = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}

# Words built only from number morphemes; the first may be capitalised (sentence start).
_MORPHEMES = (
    "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|sech|sieb|zwanzig|dreißig"
    "|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|und|hundert|tausend|halb"
)
_CAPITALISED = "|".join(m.capitalize() for m in _MORPHEMES.split("|") if m != "und")
_INITIALS = "".join(sorted({m[0] for m in _MORPHEMES.split("|")} | {"a"}))
# The articles "ein", "eine" ... and "und", "halb" alone are no number words: skip them here.
NUMBER_WORD = re.compile(
    rf"\b(?=[{_INITIALS}{_INITIALS.upper()}])(?<![\w-])"
    r"(?!(?:[Ee]in|[Uu]nd|[Hh]alb|[Ee]inhalb)(?![\w-]))"
    rf"(?:[Aa]nderthalb|(?:{_CAPITALISED}|{_MORPHEMES})(?:{_MORPHEMES})*)(?![\w-])"
)

#: The letters a number word is made of, in either case: a number word is a run of these.
NUMBER_WORD_LETTERS = frozenset(_MORPHEMES.replace("|", "") + "anderthalb") | frozenset(
    _MORPHEMES.replace("|", "").upper() + "A"
)

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")


def is_numeral(text: str) -> bool:
    """Whether ``text`` (without a sign) is a German numeral: ``8.000``, ``730,6``.

    ``1,2,4`` (a chemical name), ``2020,2021`` and ``3.5`` are not.

    >>> is_numeral("8.000"), is_numeral("1,2,4"), is_numeral("3.5")
    (True, False, False)
    """
    return bool(_PLAIN.fullmatch(text) or _GROUPED.fullmatch(text))


def parse_numeral(text: str) -> float:
    """Parse a German numeral: ``.`` groups thousands, ``,`` is the decimal mark.

    A leading sign (``-``, ``−`` or ``+``) gives the sign. Raises ValueError if
    ``text`` is not a numeral; check with :func:`is_numeral` first.
    """
    text = text.strip()
    sign = -1.0 if text[:1] in ("-", "−") else 1.0
    digits = text.lstrip("-−+").strip()
    if not is_numeral(digits):
        raise ValueError(f"not a German numeral: {text!r}")
    return sign * float(digits.replace(".", "").replace(",", "."))


def parse_number_word(word: str) -> float | None:
    """The value of a German cardinal number word, or None if it is not one.

    ``ein``/``eine`` (the article) and ordinals (``zweite``) are not number words.
    """
    w = word.lower()
    if w in ("ein", "eins", "und", "halb", "einhalb"):
        return None
    if w == "anderthalb":
        return 1.5
    if w.endswith("einhalb"):
        base = _cardinal(w[: -len("einhalb")])
        return None if base is None else base + 0.5
    value = _cardinal(w)
    return None if value is None else float(value)


def whole_count(written: str) -> int | None:
    """A whole count written in digits or as a word (``3``, ``drei``, ``Drei``), or None.

    >>> whole_count("12"), whole_count("Drei"), whole_count("anderthalb"), whole_count("Jahr")
    (12, 3, None, None)
    """
    count = int(written) if written.isdigit() else parse_number_word(written)
    return int(count) if count and count == int(count) else None


def _cardinal(w: str) -> int | None:
    if "tausend" in w:
        left, _, right = w.partition("tausend")
        high = _below_thousand(left) if left else 1
        low = _below_thousand(right) if right else 0
        return None if high is None or low is None else high * 1000 + low
    return _below_thousand(w)


def _below_thousand(w: str) -> int | None:
    if "hundert" in w:
        left, _, right = w.partition("hundert")
        high = _UNITS.get(left) if left else 1
        low = _below_hundred(right) if right else 0
        return None if high is None or low is None else high * 100 + low
    return _below_hundred(w)


def _below_hundred(w: str) -> int | None:
    for table in (_UNITS, _TEENS, _TENS):
        if w in table:
            return table[w]
    if "und" in w:
        unit, _, ten = w.partition("und")
        if unit in _UNITS and ten in _TENS:
            return _UNITS[unit] + _TENS[ten]
    return None


def apply_scale(value: float, factor: float) -> float:
    """``value`` times a scale word's ``factor``, as the text wrote it.

    32.7 * 1e9 is 32700000000.000004 in binary floating point; the text meant 32.7e9.

    >>> apply_scale(32.7, 1e9), 32.7 * 1e9
    (32700000000.0, 32700000000.000004)
    """
    if factor == 1.0:
        return value
    written = repr(value)
    if factor in _POWERS and "e" not in written:  # exact as the Decimal product, and faster
        return float(f"{written}e{_POWERS[factor]}")
    return float(Decimal(written) * Decimal(repr(factor)))


_POWERS = {10.0**k: k for k in range(1, 16)}
