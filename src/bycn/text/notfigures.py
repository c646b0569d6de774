"""Spans of a sentence that hold numbers but no figure: dates, times, datelines.

News texts open with datelines and timestamps (``MINSK, 12. März 2020, 09:15
(BelTA) –``, ``2018-11-03 10:42``); none of their numbers is a figure
(figures.md, "Not figures"). The grammar skips every number that starts in one
of these spans.

>>> text = "BREST, 3. Juli (BelTA) – um 16:38 am 2018-11-03, seit 06 August 2019: 5 Züge"
>>> [text[s:e] for s, e in not_figure_spans(text, 0, len(text))]
['3. Juli', '16:38', '2018-11-03', '06 August 2019']
>>> text = "| 1. Quartal 2025 | 602,5 |, 2. Halbjahr, 1.–3. Quartal, 2. Hj., 3. Platz, 4. Forum"
>>> [text[s:e] for s, e in not_figure_spans(text, 0, len(text))]
['1. Quartal', '2. Halbjahr', '1.–3. Quartal', '2. Hj.']
>>> text = "| Vorjahr = 100 | 2024 =100 |"
>>> [text[s:e] for s, e in not_figure_spans(text, 0, len(text))]
['100', '100']
"""

from __future__ import annotations

import re

from bycn.text.lexicon import LEXICON
from bycn.text.nouns import counted_noun, is_time_noun
from bycn.text.units import currency_before, read_unit
from bycn.vocabulary import MONTHS, SHORT_MONTHS

__all__ = [
    "capitals",
    "counted_year",
    "hyphenated_before",
    "label_before",
    "last_word",
    "name_after_preposition",
    "name_before",
    "not_figure_at",
    "not_figure_spans",
    "opens_emphasis",
    "word_before",
]

_MONTH = "|".join(MONTHS)
_SHORT_MONTH = "|".join(SHORT_MONTHS)
_SPANS = re.compile(
    # ISO dates and timestamps: 2018-11-03, 2018-11-03T10:42
    r"(?<![\d.,])\d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2})?)?(?!\d|,\d)"
    # dotted dates: 12.04.2021, 12.04.
    r"|(?<![\d.,])\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d|,\d)"
    # times: 16:38, 09:15:02, 10.30 Uhr, 9 Uhr
    r"|(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?!\d|[,:]\d)"
    r"|(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s*Uhr(?!\w)"
    # day and month, with or without the point, with an optional year: 3. Juli, 06 August 2019
    rf"|(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\.?\s*(?:{_MONTH}|(?:{_SHORT_MONTH})\.)(?!\w)"
    r"(?:\s+\d{4}(?!\d))?"
    # the ordinal of a quarter or half year, a table's row label too: 1. Quartal, 2. Halbjahr,
    # 1.–3. Quartal, 2. Hj.
    r"|(?<![\d.,])[1-4]\.(?:\s*[–-]\s*[1-4]\.)?\s*(?:Quartal|Halbjahr|(?:Jahres)?[Hh]älfte|Hj\.)"
    # the base of an index, an index column's header: Vorjahr = 100, (2024 = 100)
    r"|(?:(?<==)|(?<==\s))100(?!\d|[.,]\d)"
)


def not_figure_spans(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The date, time and dateline spans in ``body[lo:hi]``, in text order."""
    return [m.span() for m in _SPANS.finditer(body, lo, hi)]


def not_figure_at(body: str, digit: int, hi: int) -> int:
    """The end of the date, time or dateline span that starts at the digit at ``digit``,
    or -1. The grammar asks at each number it reads: cheaper than a search of the text.
    """
    match = _SPANS.match(body, digit, hi)
    return match.end() if match else -1


def hyphenated_before(before: str) -> bool:
    """Whether ``before``, the text before a number, ends with a letter and a hyphen: the
    number is part of a word (``COVID-19``). The regex ``[^\\W\\d]-$``, read from the end.

    >>> hyphenated_before("COVID-"), hyphenated_before("Nr. 5-"), hyphenated_before("Ost-\\n")
    (True, False, True)
    """
    if before.endswith("\n"):
        before = before[:-1]  # as $ matches before a final newline
    letter = before[-2:-1]
    return before[-1:] == "-" and (letter.isalnum() or letter == "_") and not letter.isdecimal()


# Markdown's emphasis opened just before a number, after a space, a bar or a bracket
# ("| **2.099,8** |", "__+12,3__"), not glued to a word.
_EMPHASIS_OPENS = re.compile(r"(?:^|[\s|(\[])(?:\*\*|__|\*|_)$")


def opens_emphasis(before: str) -> bool:
    """Whether ``before``, the text before a number, ends by opening Markdown's emphasis:
    the number is a cell's or a word's set in bold or italics, its sign its own.

    >>> opens_emphasis("| **"), opens_emphasis(" _"), opens_emphasis("Wert_"), opens_emphasis("a*")
    (True, True, False, False)
    """
    return _EMPHASIS_OPENS.search(before) is not None


def word_before(before: str) -> bool:
    """Whether ``before``, the text before a number, ends in a word the number is part of:
    a letter, a digit, a name's underscore (``Wert_2``; not an emphasis's, ``_2,5_``) or a
    word's hyphen (``COVID-19``: :func:`hyphenated_before`). A currency's sign or code
    glued to the digits is no word but the amount's own, as BelTA writes the rouble
    (``Br126,2 Mio.``, ``BYN57,8``): :func:`~bycn.text.units.currency_before` reads it.

    >>> word_before("Wert_"), word_before("| _"), word_before("COVID-"), word_before("um ")
    (True, False, True, False)
    >>> word_before("auf Br"), word_before("von BYN"), word_before("Abbr"), word_before("MBr")
    (False, False, True, True)
    """
    last = before[-1:]
    if last.isalpha() and currency_before(before) is not None:
        return False
    underscore = last == "_" and not opens_emphasis(before)
    return last.isalnum() or underscore or hyphenated_before(before)


_IDENTIFIER_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:"
    + "|".join(re.escape(w) for w in sorted(LEXICON.identifier_words, key=len, reverse=True))
    + r")|\b[A-ZÄÖÜ]{2,}[\w-]*)\s*$"
)


def label_before(body: str, before: str, last: str, digits: str, end: int, stop: int) -> bool:
    """Whether the number ``digits`` (ending at ``end``) is a label's, by ``before``, the
    text before it, whose last word is ``last``: after ``Nr.``, ``Kapitel``, or a word
    in capitals that is no name the number is a figure of (see :func:`name_before`).

    A label's number takes no scale, no money and no per cent: after a label word that is
    also a common noun (``nach Angaben der chinesischen Seite 9,2 Mrd. US-Dollar``, ``im
    zweiten Teil 40 Prozent``) such a number is the figure of the clause.

    >>> label_before("Nr. 9", "Nr. ", "Nr.", "9", 5, 5)
    True
    >>> text = "der Seite 9,2 Mrd. US-Dollar"
    >>> label_before(text, "der Seite ", "Seite", "9,2", 13, len(text))
    False
    """
    if last in LEXICON.identifier_words:
        return (
            _IDENTIFIER_BEFORE.search(before) is not None
            and currency_before(before) is None
            and not _measured(body, before, end, stop)
        )
    return (
        capitals(last) >= 2
        and _IDENTIFIER_BEFORE.search(before) is not None
        and currency_before(before) is None
        and not name_before(body, before, digits, end, stop)
    )


def _measured(body: str, before: str, end: int, stop: int) -> bool:
    """Whether the number ending at ``end`` takes a scale, money or a per cent after it."""
    reading = read_unit(body, end, stop, before=before)
    return reading.scaled or reading.kind in _MEASURED


_MEASURED = frozenset({"amount", "share"})


def name_after_preposition(before: str) -> bool:
    """Whether the word that ends ``before`` follows a preposition and ``der`` (or
    ``zur``): a name in a phrase of its own (``an der BNTU``, ``zur BSU``), not a
    model's name set beside its noun (``der Traktor BELARUS``, ``mit dem MAZ``).

    >>> name_after_preposition("Derzeit sind an der BNTU "), name_after_preposition("zur BSU ")
    (True, True)
    >>> name_after_preposition("der Traktor BELARUS "), name_after_preposition("mit dem MAZ ")
    (False, False)
    """
    words = [w.lower() for w in before.split()[-3:-1]]  # the two words before the name
    if words[-1:] == ["zur"]:
        return True
    return len(words) == 2 and words[1] == "der" and words[0] in LEXICON.name_prepositions


def name_before(body: str, before: str, digits: str, end: int, stop: int) -> bool:
    """Whether the word in capitals that ends ``before`` is a name the number ``digits``
    (ending at ``end``; ``stop``: how far its unit or noun may reach) is a figure of
    (``an der BNTU 1.150 Studierende``, ``die EAEU 15 Prozent``), not a label the number
    is part of (``MAZ 5440``, ``BELARUS 3523``).

    A label is never written with a thousands point or a decimal comma, never takes a
    unit or a scale, and after a preposition the name is a phrase of its own: a counted
    noun after the number is what it counts.

    >>> text = "an der BSU 840 Studierende, der MAZ 5440 Lastwagen"
    >>> name_before(text, "an der BSU ", "840", 14, 50)
    True
    >>> name_before(text, "der MAZ ", "5440", 40, 50)
    False
    """
    if "." in digits or "," in digits:
        return True
    reading = read_unit(body, end, stop, before=before)
    if (reading.unit and reading.kind != "multiple") or reading.scaled:
        return True
    named = name_after_preposition(before) or name_after_verb(before)
    return named and counted_noun(body, end, stop) is not None


def name_after_verb(before: str) -> bool:
    """Whether the word that ends ``before`` follows a finite verb and ``die``: a subject
    put after its verb (``Heute hat die BSU``, ``Derzeit zählt die BNTU``, ``hatte die
    NAN``), a university or academy (feminine), not a model's name beside its noun (``der
    Traktor BELARUS``, masculine, nor ``die MAZ`` with no verb before it).

    >>> name_after_verb("Heute hat die BSU "), name_after_verb("Derzeit zählt die BNTU ")
    (True, True)
    >>> name_after_verb("ist der MAZ "), name_after_verb("Modelle wie die MAZ ")
    (False, False)
    """
    words = before.split()[-3:-1]  # the two words before the name
    return (
        len(words) == 2
        and words[1] == "die"
        and words[0] in LEXICON.present_verbs | LEXICON.past_verbs
    )


def capitals(word: str) -> int:
    """How many upper-case letters ``word`` has: an identifier (``EAEU``, ``ZT``) has two.

    >>> capitals("EAEU-"), capitals("Werk"), capitals("werk")
    (4, 1, 0)
    """
    return 0 if word.islower() else sum(map(str.isupper, word))


# The words of time a year's digits stand after ("im Jahr 2000", "seit 2000", "Ende 2000",
# "Mai 2000", "2000 und 2001", "1999–2000"): no count, whatever follows.
_TIME_BEFORE = re.compile(
    r"(?:(?<!\w)(?:[Ii]m|[Ii]n|[Ss]eit|[Bb]is|[Aa]b|[Vv]on|[Vv]or|[Nn]ach|[Zz]wischen|[Uu]m|[Ff]ür"
    rf"|[Ee]nde|[Aa]nfang|[Mm]itte|[Bb]eginn|Jahre?s?|und|oder|{_MONTH})|[\d–/-])\s*$"
)


# An article of a singular noun before a year's digits ("der 2000 gegründete Park", "dem",
# "des", "den", "ein", "eine"), and "die" before an adjective of a singular noun ("die 2000
# gegründete Universität"; "die 2000 chinesischen Studenten" count them): the year of what
# the noun names.
_SINGULAR_BEFORE = re.compile(r"(?<!\w)(?:[Dd](?:er|as|em|es|en)|[Ee]ine?[mnrs]?)\s*$")
_DIE_BEFORE = re.compile(r"(?<!\w)[Dd]ie\s*$")
_SINGULAR_ADJECTIVE = re.compile(r"\s+[a-zäöüß][\w-]*e(?!\w)")


def counted_year(text: str, start: int, end: int) -> bool:
    """Whether the year's digits at ``text[start:end]`` count the noun after them, no year: a
    round hundred before a plural noun (its adjectives too) and after no word of time ("An
    den Hochschulen studieren 2000 chinesische Studenten", "1800 Studierende aus China");
    "im Jahr 2000", "seit 2000", "die 2000 gegründete Universität", "2022 Waren im Wert von
    ..." (no round hundred) stay years.

    >>> s = "Es studieren 2000 chinesische Studenten, seit 2000 Studenten aus China."
    >>> counted_year(s, 13, 17), counted_year(s, 46, 50)
    (True, False)
    """
    digits = text[start:end]
    if len(digits) != 4 or not digits.isdigit() or not digits.endswith("00"):
        return False
    before = text[max(0, start - 12) : start]
    if _TIME_BEFORE.search(before) or _SINGULAR_BEFORE.search(before):
        return False
    if _DIE_BEFORE.search(before) and _SINGULAR_ADJECTIVE.match(text, end):
        return False
    noun = counted_noun(text, end, min(len(text), end + 80))
    return noun is not None and not is_time_noun(noun[0])


def last_word(before: str) -> str:
    """The word right before a number: a cheap test before the regexes that need it
    (:func:`label_before` takes it).

    >>> last_word("sagte er am 3."[:-2]), last_word("(Nr. ")
    ('am', 'Nr.')
    """
    words = before.rsplit(None, 1)
    return words[-1].lstrip('("„[') if words else ""
