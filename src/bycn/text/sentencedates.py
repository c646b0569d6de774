"""A sentence's dates, found once, and which of them a figure at an offset takes.

Split from ``figures.py``: the figure's context there asks these by offset.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from bycn.text.datepatterns import CLAUSE_END, PLAN_BEFORE
from bycn.text.dates import DateMention
from bycn.text.lexicon import alternation

__all__ = ["SentenceDates", "base_year"]

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
# ... and such a label dates no figure before its bracket: "(2020:" after the 8,4 Mrd.
_LABEL_OPENS = re.compile(r"\(\s*(?:im\s+Jahr\s+)?$")
_LABEL_ENDS = re.compile(r"\s*:")
# A change since a year (a comparison's base: no date of the figure) runs up to the date its
# sentence names after it, past a clause end ("wuchsen seit 2015 um das Zehnfache: von $0,3
# bis auf $131 Mio. nach Ergebnissen des Jahres 2019").
_SINCE = re.compile(r"(?<!\w)[Ss]eit\s+(?:dem\s+Jahr(?:e)?\s+)?(?:19|20)\d\d(?!\d)")


def base_year(before: str) -> str:
    """The year of a value in brackets after it (``_BASE_YEAR``), given its sentence up to
    the figure; "" where the figure stands in no such bracket.

    >>> base_year("..., was 2,8-mal so viel ist wie im Jahr 2020 ("), base_year("(2020: rund ")
    ('2020', '2020')
    >>> base_year("Im Jahr 2020 erreichte der Handel "), base_year("Strategie 2030 (")
    ('', '')
    """
    found = _BASE_YEAR.search(before)
    return "" if found is None else found.group(1) or found.group(2)


class SentenceDates(NamedTuple):
    """A sentence's dates (left to right, never overlapping), found once.

    Each figure then finds its dates by bisection, so a long sentence costs time
    linear in its length, not in its length times its figures.
    """

    mentions: list[DateMention]
    starts: list[int]
    ends: list[int]
    text: str

    @classmethod
    def of(cls, text: str, mentions: list[DateMention]) -> SentenceDates:
        if not mentions:
            return _NO_DATES  # most sentences: nothing to build
        return cls(mentions, [m.start for m in mentions], [m.end for m in mentions], text)

    def before(self, offset: int) -> DateMention | None:
        """The last date that ends at or before ``offset``."""
        i = bisect.bisect_right(self.ends, offset) - 1
        return self.mentions[i] if i >= 0 else None

    def since_end(self, offset: int) -> DateMention | None:
        """The first date after the figure at ``offset`` that is no plan's (``bis 2025``),
        where the sentence up to the figure says a change since a year (``_SINCE``) and
        names no date of its own before it; None otherwise."""
        if self.before(offset) is not None or not _SINCE.search(self.text, 0, offset):
            return None
        i = bisect.bisect_left(self.starts, offset)
        for mention in self.mentions[i:]:
            if not PLAN_BEFORE.search(self.text, 0, mention.start):
                return mention
        return None

    def after_in_clause(self, end: int) -> DateMention | None:
        """The first date that starts at or after ``end`` with no clause end between."""
        i = bisect.bisect_left(self.starts, end)
        if i == len(self.mentions):
            return None
        first = self.mentions[i]
        if _LABEL_OPENS.search(self.text, 0, first.start) and _LABEL_ENDS.match(
            self.text, first.end
        ):
            return None  # "(2020: 3 Mrd.)": the bracket's value's date
        # Searched up to one character past the date's start: a comma right before it is
        # a clause end or not by the digit after it.
        boundary = _CLAUSE_OR_VERB.search(self.text, end, first.start + 1)
        return first if boundary is None or boundary.start() >= first.start else None


_NO_DATES = SentenceDates([], [], [], "")  # shared, never changed
