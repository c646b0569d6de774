"""The count a bare number carries from the sentences before it: ``6.000 Visa ... Im
Vorjahr waren es 4.500`` counts Visa (bycn.text.quantities reads the sentences of a body in
order and notes each one's last count here).
"""

from __future__ import annotations

import re

from bycn.text.joining import ALONE_LABEL, BARE_WORDS
from bycn.text.lexicon import alternation
from bycn.text.nouns import QUESTION_END, is_time_noun, named_numbers
from bycn.text.paragraphcurrency import currency_since
from bycn.text.setnouns import COUNTED, DWELLING, MANY, PARAGRAPH_BREAK

__all__ = ["carried_count", "remember_count", "told_before"]

# The last count of the sentences read so far: (body, where its sentence ends, noun).
# "6.000 Visa ... Im Vorjahr waren es 4.500" counts Visa. Replaced whole, never changed
# in place; it holds only while the sentences of one body are read in order.
_CARRIED: list[tuple] = [(None, -1, "")]
# A paragraph that opens with a part of the set counted (the lexicon's part_words), or with
# the place first: "An der BSU allein sind es 2.300".
_PART_OPENING = re.compile(
    rf"\s*(?:{alternation('part_words')}|(?:An\s+(?:der|dem)|Am)\s+(?:[\w-]+\s+){{1,5}}?allein)\b"
)


# A count said as where the counted come from ("152 Residenten aus 16 Ländern", "Studierende
# aus 30 Provinzen"): it tells of the count before it, which is what the sentence counts.
_ORIGIN = re.compile(r"(?<![\w-])aus\s+$")


def remember_count(body: str, sentence_end: int, counts: list[tuple[int, str]]) -> None:
    """Note the noun of the last count of a sentence that ends at ``sentence_end``, of its
    ``counts`` (each its span's start and its noun; at least one), passing over a count of
    where the ones before it come from: "Im Moment sind es 152 Residenten aus 16 Ländern.
    Allein in diesem Jahr sind 19 neue hinzugekommen" counts Residenten.

    >>> body = "Es sind 152 Residenten aus 16 Ländern. Dazu kamen 19 neue."
    >>> remember_count(body, 38, [(8, "Residenten"), (27, "Ländern")])
    >>> carried_count(body, 39)
    'Residenten'
    """
    heads = [noun for at, noun in counts if not _ORIGIN.search(body, max(0, at - 8), at)]
    _CARRIED[0] = (body, sentence_end, heads[-1] if heads else counts[-1][1])


def carried_count(body: str, offset: int, scaled: bool = False) -> str:
    """The noun of the last count before ``offset`` in its paragraph, if remembered, unless
    a ``Zahl der X`` is named after it; else the noun of the last ``Zahl der X`` before it
    there (``Die Zahl der Firmen im Park wächst. Heute sind es 99.``: the number told last
    is what ``es`` counts, not the ``fünf Treffen`` of a sentence before it).

    >>> body = "Die Zahl der Firmen im Park wächst.  Heute sind es 99."
    >>> carried_count(body, 36), carried_count("Der Park wächst. Heute sind es 99.", 17)
    ('Firmen', '')

    A ``scaled`` number (``1,3 Mrd.``) counts nothing carried past an amount of money told
    after the count (``142 Residenten ... 2,1 Mrd. Dollar. Davon wurden 1,3 Mrd.
    umgesetzt``): it is that amount's currency's (bycn.text.quantities).
    """
    carried_body, end, noun = _CARRIED[0]
    if scaled and carried_body is body and currency_since(body, end, offset):
        return ""
    # "... mehr als 11.000 junge Menschen.\n\nAllein an der BSU sind es rund 2.300.": a
    # paragraph that opens with a part of the set counted ("Allein", "Davon") counts it too.
    crossed = len(PARAGRAPH_BREAK.findall(body, end, offset)) if carried_body is body else 2
    if end <= offset and (crossed == 0 or (crossed == 1 and _PART_OPENING.match(body, offset))):
        named = named_numbers(body, max(end, offset - 2000), offset)
        # "Wir zählen gemeinsame Institute ... an 50 Hochschulen. Es sind 42.": the set the
        # sentence before counts without a number, not the count of where it is
        return named[-1].group("noun") if named else told_before(body, offset) or noun
    breaks = list(PARAGRAPH_BREAK.finditer(body, max(0, offset - 2000), offset))
    start = breaks[-1].end() if breaks else max(0, offset - 2000)
    if breaks and QUESTION_END.search(body, max(0, breaks[-1].start() - 8), breaks[-1].start()):
        # An interview's answer refers to the question, a paragraph of its own before it
        # ("**Wie viele chinesische Studierende lernen derzeit in Belarus?**"): its count too.
        start = breaks[-2].end() if len(breaks) > 1 else max(0, offset - 2000)
        if carried_body is body and start <= end <= offset:
            named = named_numbers(body, max(end, start), offset)
            return named[-1].group("noun") if named else noun
    named = [m.group("noun") for m in named_numbers(body, start, offset)]
    return named[-1] if named else told_before(body, offset)


# A sentence that is a bare number alone, with its noun left out: "Das sind rund 3.800.",
# "Es sind inzwischen 115.", "Dies waren zuletzt elf.", "Inzwischen sind es 61.", "Im Mai
# waren es 120.", "Aktuell: 57." (adverbs, a date and a qualifier before it: joining.BARE_WORDS;
# a label: joining.ALONE_LABEL).
_BARE_NUMBER = re.compile(
    r"\s*(?:(?:(?:Das|Dies|Es)\s+(?:sind|waren)|[A-ZÄÖÜ][a-zäöüß]*(?:\s+\w+){0,2}?\s+(?:sind|waren)\s+es)"
    rf"\s+{BARE_WORDS}|{ALONE_LABEL})(?:[\d.,]*\d|[a-zäöüß]+)\s*[.!]"
)
# Where the sentence before begins, and how far back it is sought.
_SENTENCE_BREAK = re.compile(r"[.!?:]\s")
_BACK = 400


def told_before(body: str, offset: int) -> str:
    """The noun the sentence right before ``offset`` tells is many (setnouns.MANY:
    ``Immer mehr chinesische Studierende kommen nach Minsk``), where the sentence at
    ``offset`` is a bare number alone (``Das sind rund 3.800.``), in the same paragraph;
    else "". The count it gives has no noun of its own: it counts that one.

    >>> told_before("Im Park sind immer mehr Residenten registriert. Es sind inzwischen 115.", 48)
    'Residenten'
    >>> told_before("Immer mehr Residenten. Es sind 115 Firmen.", 23)
    ''
    """
    if not _BARE_NUMBER.match(body, offset):
        return ""
    window = body[max(0, offset - _BACK) : offset]
    told = window.rstrip()
    if PARAGRAPH_BREAK.search(window, len(told)) or not told.endswith((".", "!")):
        return ""
    breaks = list(_SENTENCE_BREAK.finditer(told, 0, len(told) - 1))
    lo = breaks[-1].end() if breaks else 0
    found = sorted(
        (*MANY.finditer(told, lo), *COUNTED.finditer(told, lo), *DWELLING.finditer(told, lo)),
        key=lambda m: m.start(),
    )
    noun = (found[-1].group("noun") or found[-1].group("fronted")) if found else ""
    # a plural, a noun a count counts ("-e", "-en", "-er", "-n", "-s"), and none of time
    plural = noun.endswith(("e", "n", "r", "s"))
    return noun if plural and not is_time_noun(noun) else ""
