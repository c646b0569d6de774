"""A sentence's dates, found once, and which of them a figure at an offset takes.

Split from ``figures.py``: the figure's context there asks these by offset.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from bycn.text.datepatterns import ADJACENT, CLAUSE_END
from bycn.text.dates import PART, DateMention
from bycn.text.lexicon import alternation
from bycn.text.plandates import PLAN_BEFORE
from bycn.text.tense import clause_around

__all__ = ["BASE_REACH", "SINCE_START", "SPAN_TO_NOW", "SentenceDates", "base_year", "last_date"]

# A clause ends as datepatterns.CLAUSE_END says, and for a date after a figure also at a plain
# "und" before a second finite verb of a level, a change or a plan ("stieg auf 55 und kann
# bis Jahresende auf 60 steigen": the year's end is the 60's date, not the 55's).
_CLAUSE_OR_VERB = re.compile(
    rf"{CLAUSE_END.pattern}|und(?<=\sund)\s+{alternation('pronoun_verbs')}(?!\w)"
)
# A value in brackets is of the year right before the bracket, a comparison's base ("was
# 2,8-mal so viel ist wie im Jahr 2020 (3,003 Mrd. US-Dollar)", "gegenüber 2020 (3 Mrd.)"), or
# of the year that labels it inside ("8,4 Mrd. Dollar (2020: 3 Mrd.)"); a few words (a
# qualifier, a currency sign) may stand between the bracket and the figure. Group 1 or 2:
# the year. Searched in the sentence up to the figure.
_BASE_YEAR = re.compile(
    r"(?:(?<!\w)(?:Jahr(?:es)?|wie|als|gegenüber|zu|zum|mit|von|im|in)\s+((?:19|20)\d\d)\s*\("
    r"|\(\s*(?:im\s+Jahr\s+)?((?:19|20)\d\d)\s*:)[^\d()]{0,12}$"
)
#: How far before a figure its bracket's year can stand ("gegenüber dem Jahr 2020 (" and
#: the dozen characters after it): the callers pass only that tail of the sentence, so that
#: a sentence of many figures costs time linear in its length.
BASE_REACH = 64
# ... and such a label dates no figure before its bracket: "(2020:" after the 8,4 Mrd.
_LABEL_OPENS = re.compile(r"\(\s*(?:im\s+Jahr\s+)?$")
_LABEL_ENDS = re.compile(r"\s*:")
# A bracket right after a figure that holds its date and words, no other number: the
# figure's gloss ("(2021, Anm. d. Red.)", "(Anm. d. Red.: 2021)", "(Stand 2021; Angaben des
# Ministeriums)"), its date the figure's, past the clause ends within it; not a span's start
# or end, nor a comparison's ("(seit der Gründung 2012)", "(bis 2030)", "(gegenüber 2020)").
_GLOSS_OPENS = re.compile(
    r"\s*\((?![^()\d]*(?<!\w)(?:[Ss]eit|[Vv]or|[Bb]is|[Aa]b|[Gg]egenüber|[Vv]ergleich)(?!\w))"
    r"[^()\d]{0,40}"
)
_GLOSS_CLOSES = re.compile(r"[^()\d]{0,40}\)")
# A bracket that pairs a value with its date, a figure's base after the figure: "65
# Unternehmen (55 - im Vorjahr)", "(im Vorjahr 55)", "(Vorjahr: 55 Firmen)", "(55 im
# Vorjahreszeitraum)", "(gegenüber 55 im Vorjahr)", "(Br9,4 Mio. - im Vorjahr)". The date
# is that value's alone, neither the figure's nor the sentences' after it. _PAIRED_OPENS: up
# to the date (searched in _WORDS_BEFORE characters); _PAIRED_CLOSES: from its end.
# Exactly one holds the value.
_PAIRED_VALUE = r"[^()\d]{0,16}\d[\d.,]*[^()\d]{0,24}?"
_PAIRED_OPENS = re.compile(rf"\(\s*(?P<num>{_PAIRED_VALUE}\s*[-–—:,]?\s*)?$")
_PAIRED_CLOSES = re.compile(rf"\s*:?\s*(?P<num>{_PAIRED_VALUE})?\s*\)")
#: A span of years that ends at the text's own time: "In den letzten 10 Jahren hat China ...
#: investiert", "im Laufe der vergangenen zwei Jahrzehnte" (the lexicon's span_to_now, the
#: count optional: "in den letzten Jahren"). A sum over it is a sum so far: its sentence
#: takes no date from the sentences before it (contextdates), nor its point from the facts
#: before it (bycn.indicators.dating).
SPAN_TO_NOW = re.compile(
    rf"(?<!\w){alternation('span_to_now')}\s+(?:\S+\s+)?(?:Jahren?|Jahrzehnten?)(?!\w)"
)
#: Since the start of what the text is about: "Seit der Gründung haben die Residenten ...
#: investiert", "seit Bestehen des Parks", "seit dem Start des Projekts" (the lexicon's
#: since_start); "Beginn" and "Start" with no period after them ("seit Beginn des Jahres",
#: "seit dem Start der Saison" are a period's start); no year after them ("seit der
#: Gründung 2012" is since that year). A sum since then is a sum so far, as over SPAN_TO_NOW.
SINCE_START = re.compile(
    rf"(?<!\w)[Ss]eit\s+(?:{alternation('since_start')})(?![\w-])(?!\s+(?:19|20)\d\d(?![\d.,]))"
    r"|(?<!\w)[Ss]eit\s+(?:dem\s+)?(?:Beginn|Start)(?![\w-])(?!\s+(?:19|20)\d\d(?![\d.,]))"
    r"(?!\s+(?:des|der|dieses|diese[rs]|im|von)\s+(?!(?:Projekts?|Projektes|Parks?|Industrieparks"
    r"|Zusammenarbeit|Kooperation|Tätigkeit|Arbeit|Betriebs|Programms)\b)[\w-]+)"
)
# A change since a year (a comparison's base: no date of the figure) runs up to the date its
# sentence names after it, past a clause end ("wuchsen seit 2015 um das Zehnfache: von $0,3
# bis auf $131 Mio. nach Ergebnissen des Jahres 2019").
_SINCE = re.compile(r"(?<!\w)[Ss]eit\s+(?:dem\s+Jahr(?:e)?\s+)?(?:19|20)\d\d(?!\d)")
# "140 Residenten sind registriert (Stand: Oktober 2023)": the date of the sentence's figures,
# behind a clause end.
_AS_OF_BEFORE = re.compile(r"(?<!\w)Stand\s*:?\s*(?:(?:am|vom|zum)\s+)?$")
# How far before a date the words that end right before it (``_AS_OF_BEFORE``,
# ``_LABEL_OPENS``, plandates.PLAN_BEFORE) can begin: only that much is searched, so that
# a sentence of many figures and dates costs time linear in its length.
_WORDS_BEFORE = 64


def base_year(before: str) -> str:
    """The year of a value in brackets after it (``_BASE_YEAR``), given its sentence up to
    the figure (its last :data:`BASE_REACH` characters are enough); "" where the figure
    stands in no such bracket.

    >>> base_year("..., was 2,8-mal so viel ist wie im Jahr 2020 ("), base_year("(2020: rund ")
    ('2020', '2020')
    >>> base_year("Im Jahr 2020 erreichte der Handel "), base_year("Strategie 2030 (")
    ('', '')
    """
    if "(" not in before:  # each match holds its bracket, and most figures follow none
        return ""
    found = _BASE_YEAR.search(before)
    return "" if found is None else found.group(1) or found.group(2)


def last_date(mentions: list[DateMention]) -> str:
    """The value of the last of ``mentions``, a sentence's dates that may date a figure after
    it; "" for none or a word of "now" (it dates its own clause's figures only)."""
    return mentions[-1].value if mentions and not mentions[-1].now else ""


# A relative clause after a comma: "..., die die Residenten 2025 hergestellt haben", "...,
# in denen 2025 gearbeitet wurde", "..., deren Wert 2025 ...".
_RELATIVE = re.compile(
    r",\s*(?:(?:in|mit|von|an|aus|bei|für|nach|über|unter|zu)\s+)?"
    r"(?:der|die|das|den|dem|denen|deren|dessen|welche[rsmn]?)\s"
)

# Where a relative clause ends: a clause's end, or a dash before an apposition ("..., die
# 2025 hergestellt haben – das 1,3-fache des Vorjahres").
_RELATIVE_END = re.compile(rf"{_CLAUSE_OR_VERB.pattern}|\s[–—-]\s")
_DIGIT = re.compile(r"\d")


class SentenceDates(NamedTuple):
    """A sentence's dates (left to right, never overlapping), found once.

    Each figure then finds its dates by bisection, so a long sentence costs time
    linear in its length, not in its length times its figures.
    """

    mentions: list[DateMention]
    starts: list[int]
    ends: list[int]
    text: str
    #: where the sentence's first change since a year (``_SINCE``) ends; -1: none
    since: int = -1

    @classmethod
    def of(cls, text: str, mentions: list[DateMention]) -> SentenceDates:
        if not mentions:
            return _NO_DATES  # most sentences: nothing to build
        since = _SINCE.search(text) if "eit" in text else None  # a cheap test first
        starts, ends = [m.start for m in mentions], [m.end for m in mentions]
        return cls(mentions, starts, ends, text, since.end() if since else -1)

    def before(self, offset: int) -> DateMention | None:
        """The last date that ends at or before ``offset``."""
        i = bisect.bisect_right(self.ends, offset) - 1
        return self.mentions[i] if i >= 0 else None

    def stated_after(self, end: int) -> DateMention | None:
        """The first date after the figure ending at ``end`` that states the date of the
        sentence's figures (``_AS_OF_BEFORE``: "Stand: Oktober 2023"), past a clause end."""
        for mention in self.mentions:
            if mention.start > end and _AS_OF_BEFORE.search(
                self.text, max(0, mention.start - _WORDS_BEFORE), mention.start
            ):
                return mention
        return None

    def since_end(self, offset: int) -> DateMention | None:
        """The first date after the figure at ``offset`` that is no plan's (``bis 2025``),
        where the sentence up to the figure says a change since a year (``_SINCE``) and
        names no date of its own before it; None otherwise."""
        if self.before(offset) is not None or not 0 <= self.since < offset:
            return None
        i = bisect.bisect_left(self.starts, offset)
        for mention in self.mentions[i:]:
            if not PLAN_BEFORE.search(
                self.text, max(0, mention.start - _WORDS_BEFORE), mention.start
            ):
                return mention
        return None

    def after_in_clause(self, end: int) -> DateMention | None:
        """The first date that starts at or after ``end`` with no clause end between."""
        i = bisect.bisect_left(self.starts, end)
        if i == len(self.mentions):
            return None
        first = self.mentions[i]
        opens = _LABEL_OPENS.search(self.text, max(0, first.start - _WORDS_BEFORE), first.start)
        if opens and _LABEL_ENDS.match(self.text, first.end):
            return None  # "(2020: 3 Mrd.)": the bracket's value's date
        if self._glosses(first, end):
            return first  # "1,2 Mrd. Dollar (Anm. d. Red.: 2021)": the figure's own gloss
        if self.paired(first) and self.text.find("(", end, first.start) >= 0:
            return None  # "65 Unternehmen (55 - im Vorjahr)": the bracket's value's date
        # Searched up to one character past the date's start: a comma right before it is
        # a clause end or not by the digit after it.
        boundary = _CLAUSE_OR_VERB.search(self.text, end, first.start + 1)
        while boundary is not None and self._aside(end, boundary.start()):
            boundary = _CLAUSE_OR_VERB.search(self.text, boundary.end(), first.start + 1)
        if boundary is None or boundary.start() >= first.start:
            return first
        return first if self._in_relative(end, boundary.start(), first.start) else None

    def right_after(self, mention: DateMention, end: int) -> bool:
        """Whether ``mention`` stands right after the figure ending at ``end`` (a few
        characters between: "um das 1,6-fache in den ersten fünf Monaten 2023") or in the
        figure's own gloss ("1,2 Mrd. Dollar (Stand 2021, Anm. d. Red.)"): its date, before
        any date the sentence names before it. Not after "und": a date that opens the next
        of two coordinated parts ("stieg 2023 um 12 Prozent und in den ersten neun Monaten
        2024 um 8 Prozent") is the figure's after it."""
        near = mention.start - end <= ADJACENT and "und" not in self.text[end : mention.start]
        return near or self._glosses(mention, end)

    def _glosses(self, mention: DateMention, end: int) -> bool:
        """Whether ``mention`` stands in a bracket right after the figure ending at ``end``
        with words and no other number (:data:`_GLOSS_OPENS`)."""
        return bool(
            _GLOSS_OPENS.fullmatch(self.text, end, mention.start)
            and _GLOSS_CLOSES.match(self.text, mention.end)
        )

    def paired(self, mention: DateMention) -> bool:
        """Whether ``mention`` stands in a bracket beside one value, whose date it is
        (:data:`_PAIRED_OPENS`): no date of a figure outside the bracket."""
        opens = _PAIRED_OPENS.search(
            self.text, max(0, mention.start - _WORDS_BEFORE), mention.start
        )
        closes = opens and _PAIRED_CLOSES.match(self.text, mention.end)
        return bool(closes and (opens["num"] is None) != (closes["num"] is None))

    def _aside(self, end: int, at: int) -> bool:
        """Whether the clause end at ``at`` closes a bracket that only puts a figure aside in
        the clause of the figure ending at ``end``: one opened after that figure ("mit
        einem Anstieg von 6% ($40 Mio.) in den ersten fünf Monaten": the 6%'s five months),
        or the figure's own bracket, closed right after it (the $40 Mio.'s too)."""
        if self.text[at] != ")":
            return False
        between = self.text[end:at]
        return not between.strip() or ("(" in between and not _DIGIT.search(between.split("(")[0]))

    def part(self, mention: DateMention) -> bool:
        """Whether ``mention`` is told as a part of a whole said before (:data:`PART` in its
        clause: "Allein im vierten Quartal wuchs die Produktion um 35 Prozent", "Im Dezember
        allein", "davon im Dezember"): a sub-period, which the sentences after it, still of
        the whole, do not take. A word of "now" ("von denen bereits") names no sub-period."""
        if mention.now:
            return False
        begin, end = clause_around(self.text, mention.start, mention.end)
        return PART.search(self.text, begin, end) is not None

    def _in_relative(self, end: int, comma: int, start: int) -> bool:
        """Whether the date at ``start`` stands in a relative clause that opens at the
        ``comma`` ending the figure's clause (which ends at ``end``) and holds no figure but
        the date: the clause says what the figure's noun is of. "Auf 1,9 Mrd. Rubel beläuft
        sich der Wert der Waren, die die Residenten im Jahr 2025 hergestellt haben – das
        1,3-fache des Vorjahres" is of 2025; "410 Mio. Dollar, die 2024 noch 320 Mio. ...",
        "..., die aus China kommen, 2025 ..." and "..., die seit 2015 ..." (a start, no
        date) are not so dated.
        """
        text = self.text
        opener = _RELATIVE.match(text, comma)
        if opener is None or opener.end() > start:
            return False
        close = _RELATIVE_END.search(text, opener.end())
        stop = close.start() if close is not None else len(text)
        date = self.mentions[bisect.bisect_left(self.starts, start)]
        return stop > start and not _DIGIT.search(f"{text[end:start]} {text[date.end : stop]}")


_NO_DATES = SentenceDates([], [], [], "")  # shared, never changed
