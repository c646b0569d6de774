"""The two levels of a change said "von X auf Y": the catalog's ``earlier_level`` words.

X is the level the change started from, not a level at the figure's date: in "stieg 2018
von 300 auf 500" 300 is no level of 2018, in "will die Exporte von $0,5 auf 5 Mrd. bis
2025 vergrößern" $0,5 is no target of 2025. X is a point only where the text names the
period's start ("von 2018 bis 2022 von X auf Y", "seit 2015"): that year's, a fact;
else it is no point. Y, of a period from one year to another the text names, is the
level at its end (2022), not of the whole span.

>>> from bycn.indicators.catalog import load_catalog
>>> levels = Levels(load_catalog())
>>> text = "Der Handel stieg 2018 von 300 auf 500 Mio. Dollar."
>>> levels.start(text, text.index("300"), 3), levels.start(text, text.index("500"), 12)
('', None)
>>> text = "Von 2018 bis 2022 stieg der Handel von 2,5 auf 5 Mrd. Dollar."
>>> levels.start(text, text.index("2,5"), 3), levels.end(text, text.index("5 Mrd"), "2018/2022")
('2018', '2022')
"""

from __future__ import annotations

import re
from typing import Any

from bycn.indicators.anaphora import Reporter, read_regex_lists
from bycn.indicators.model import Catalog, EarlierLevel
from bycn.indicators.needles import optional_test

__all__ = ["Levels", "read_earlier_level"]

_KEYS = {"before", "after", "later", "period"}
_REACH = 80  # characters before or after a figure its words of a change are sought in


def read_earlier_level(checker: Reporter, value: Any) -> EarlierLevel:
    """The catalog's optional ``earlier_level`` mapping (``before``, ``after``, ``later``,
    ``period``: regex lists), its problems told to ``checker``."""
    found = read_regex_lists(checker, "earlier_level", value, _KEYS)
    if found is None:
        return EarlierLevel()
    for pattern in found["period"]:
        if "start" not in pattern.groupindex:
            checker.problem("earlier_level.period", f"{pattern.pattern!r} has no group 'start'")
    return EarlierLevel(**found)


class Levels:
    """The tests of a catalog's :class:`~bycn.indicators.model.EarlierLevel`."""

    def __init__(self, catalog: Catalog) -> None:
        self.words = words = catalog.earlier_level
        # each list as one test, its literals ("von", "auf") looked for first
        self._before = optional_test(words.before)
        self._after = optional_test(words.after)
        self._later = optional_test(words.later)

    def start(self, sentence: str, position: int, length: int) -> str | None:
        """None where the figure at ``position`` of ``sentence`` is no earlier level; else
        the year of the period's start the sentence names ("von 2018 bis 2022", "seit
        2015"), or "" where it names none (the figure is then no point)."""
        if self._before is None or self._after is None or position <= 0:
            return None
        # Windows of the words next to the figure, not the sentence's head and tail: a
        # long sentence of many figures costs time linear in its length.
        if not self._before(sentence[max(0, position - _REACH) : position]):
            return None
        end = position + length
        if not self._after(sentence[end : end + _REACH]):
            return None
        period = self._period(sentence, position)
        return period.group("start") if period is not None else ""

    def end(self, sentence: str, position: int, as_of: str) -> str | None:
        """The year a later level (Y of "von X auf Y") is of where its date is the span
        the sentence names from one year to another (``as_of`` "2018/2022": 2022); else
        None (its date stays)."""
        if self._later is None or "/" not in as_of:
            return None
        if not self._later(sentence[max(0, position - _REACH) : position]):
            return None
        period = self._period(sentence, position)
        if period is None or "end" not in period.re.groupindex or not period.group("end"):
            return None
        start, end = period.group("start"), period.group("end")
        return end if as_of == f"{start}/{end}" else None

    def _period(self, sentence: str, position: int) -> re.Match[str] | None:
        """The last period start the sentence names before the figure."""
        found = None
        for pattern in self.words.period:
            for match in pattern.finditer(sentence, 0, position):
                if found is None or match.start() > found.start():
                    found = match
        return found
