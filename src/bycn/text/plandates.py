"""The words before a year that make it a plan's date, not a fact's: one home of the rule.

>>> bool(PLAN_BEFORE.search("Das Ziel bis Ende ")), bool(PLAN_BEFORE.search("Im Jahr "))
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["PLAN_BEFORE"]

# A plan's year: "bis 2025", "bis Ende 2030", "ab dem Jahr 2026", "für 2025", "Strategie
# 2030": the words before a date that make it a plan's (a deadline, a start, a plan's
# period or name). The one home of this rule; how it is used differs by what is known:
# - a news text's own year (datelines.read_head), still unknown, is the latest year it
#   names that follows none of these words: the words alone decide;
# - a figure (figures: a sentence's dates for the figures of the sentences after it) is
#   dated by such a date unless the date lies after the text's own: "bis Anfang 2022
#   wurden 718 Mio. Dollar investiert" in a text of May 2022 is a fact's date.
PLAN_BEFORE = re.compile(
    r"(?<!\w)(?:[Bb]is|[Aa]b|[Ff]ür|[Ss]pätestens|Strategie|Programm|Agenda)\s+"
    r"(?:(?:zum|dem|des|Ende|Anfang|Mitte)\s+)*(?:Jahr(?:e|es)?\s+)?$"
)
