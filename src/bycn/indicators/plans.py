"""A plan's figures beside a fact in one sentence: the catalog's ``plan`` words.

A sentence may tell a fact and the plan it is measured against: "Die Exporte betrugen
$11,3 Mio. beim Jahressoll von $8,5 Mio." The plan's words before a figure in its clause
make that figure a target (the fact stays actual, as the sentence has no plan word of
its own); a plan of the year (``Jahressoll``) is the year's, whatever period the fact is
of; and a percent of the plan ("übertrafen 105 % ... beim Jahressoll", "der Plan wurde
zu 112 % erfüllt") is no growth: no point.

>>> from bycn.indicators.catalog import load_catalog
>>> plans = Plans(load_catalog())
>>> plans.target("und betrugen $11,3 Mio. beim Jahressoll von "), plans.target("betrugen ")
(True, False)
>>> plans.fact("Der Handel stieg auf 2,3 Mrd. Dollar"), plans.fact("soll auf 4 Mrd. steigen")
(True, False)
>>> plans.of_year("beim Jahressoll von "), year_of("2018-01/2018-09"), year_of("2017/2018")
(True, '2018', '2017/2018')
>>> text = "Die Zahl stieg auf 55 und kann bis Jahresende auf 60 steigen"
>>> plans.own_part(text, text.index("55"), 2), plans.own_part(text, text.index("60"), 2)
('Die Zahl stieg auf 55', ' und kann bis Jahresende auf 60 steigen')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bycn import periods
from bycn.indicators.anaphora import Reporter, read_regex_lists
from bycn.indicators.levels import Levels
from bycn.indicators.model import Catalog, PlanWords
from bycn.indicators.needles import SearchTest, optional_test
from bycn.indicators.scopes import FigureScope

__all__ = ["Plans", "read_plan", "year_of"]

_KEYS = {
    "before",
    "year",
    "fulfilment",
    "fact",
    "joined",
    "deadline",
    "year_end",
    "conditional",
    "subjunctive",
    "future",
}


def read_plan(checker: Reporter, value: Any) -> PlanWords:
    """The catalog's optional ``plan`` mapping (``before``, ``year``, ``fulfilment``,
    ``fact``, ``joined``, ``deadline``, ``year_end``, ``conditional``, ``subjunctive``,
    ``future``: regex lists), its problems told to ``checker``."""
    found = read_regex_lists(checker, "plan", value, _KEYS)
    return PlanWords(**found) if found is not None else PlanWords()


class Plans:
    """The tests of a catalog's :class:`~bycn.indicators.model.PlanWords` and of its
    ``undated_spans``."""

    def __init__(self, catalog: Catalog) -> None:
        words = catalog.plan
        self._before = optional_test(words.before)
        self._year = optional_test(words.year)
        self._fulfilment = optional_test(words.fulfilment)
        self._fact = optional_test(words.fact)
        self._joined = words.joined
        self._deadline = optional_test(words.deadline)
        self._year_end = words.year_end
        self._conditional = optional_test(words.conditional)
        self._subjunctive = optional_test(words.subjunctive)
        # (the last sentence asked about and whether it is conditional: asked once per
        # sentence, not once per figure, so a long sentence stays linear)
        self._conditional_seen: tuple[str, bool] = ("", False)
        self._future = words.future
        self._targets = optional_test(catalog.target)
        # The earlier and later levels of "von X auf Y" (their dates and status).
        self._levels = Levels(catalog)
        self._span = optional_test(catalog.undated_spans)

    def no_point(self, fig: FigureScope, is_change: Callable[[FigureScope, int], bool]) -> bool:
        """Whether a growth figure is no point whatever rule takes it: a percent of a plan
        fulfilled, not said as a change ("übertrafen 105 % ... beim Jahressoll"); or a
        change over a span of years the text gives no dates for and the figure has no date
        of its own ("im Fünfjahreszeitraum um das 13-fache"): its document's month is not
        its period. ``is_change(fig, clause_start)`` tells a change (``refer_back.change``).
        """
        start = fig.clause_start
        if self.hypothetical(fig, start):
            return True
        if start < 0 or fig.unit not in ("percent", "times"):
            return False
        change = fig.unit == "times" or is_change(fig, start)
        if not change:  # ... unless the plan is named right before it: the plan's value
            before = fig.before(start)
            return fig.unit == "percent" and self.fulfilment(fig.clause) and not self.target(before)
        return not fig.as_of and self._span is not None and self._span(fig.clause)

    def hypothetical(self, fig: FigureScope, start: int) -> bool:
        """Whether the figure tells what would be if a condition were met (the catalog's
        ``plan.conditional`` and ``plan.subjunctive``): "Würde sich der Trend fortsetzen,
        würde die Zahl ... um 12 % steigen" is no plan or goal (indicators.md) and no fact.
        ``start``: the figure's :attr:`~FigureScope.clause_start`.

        >>> from bycn.indicators.catalog import load_catalog
        >>> plans = Plans(load_catalog())
        >>> s = "Würde sich der Trend fortsetzen, würde die Zahl um 12 % steigen."
        >>> fig = FigureScope("", "", 1, 12.0, "percent", "", "exact", "", s, "", "", None,
        ...                   s[33:], s.index("12"), 4)
        >>> plans.hypothetical(fig, fig.clause_start)
        True
        >>> s = "Minsk erklärte, dass die Exporte um 12 % steigen würden."
        >>> fig = fig._replace(sentence=s, clause=s[16:], position=s.index("12"))
        >>> plans.hypothetical(fig, fig.clause_start)
        False
        """
        if self._subjunctive is None or self._conditional is None or start < 0:
            return False
        position = fig.position - start
        if not self._subjunctive(self.own_part(fig.clause, position, fig.length)):
            return False
        seen, conditional = self._conditional_seen
        if seen != fig.sentence or not seen:
            conditional = self._conditional(fig.sentence)
            self._conditional_seen = (fig.sentence, conditional)
        return conditional

    def target(self, before: str) -> bool:
        """Whether the clause up to a figure (``before``) names it a plan's."""
        return self._before is not None and self._before(before)

    def fact(self, clause: str, target: SearchTest | None = None) -> bool:
        """Whether a figure's clause tells a fact by its verb (in the past: ``stieg``) and
        has none of the ``target`` words, so that a plan in another clause of its sentence
        ("Der Handel stieg auf 2,3 Mrd. und soll bis 2020 auf 4 Mrd. wachsen") is not its
        own: the figure is actual."""
        if self._fact is None or not self._fact(clause):
            return False
        return target is None or not target(clause)

    def fact_of(self, fig: FigureScope, target: SearchTest | None = None) -> bool:
        """:meth:`fact` of the figure's part of its clause (:meth:`own_part`)."""
        position = fig.position - max(fig.clause_start, 0)
        return self.fact(self.own_part(fig.clause, position, fig.length), target)

    def own_part(self, clause: str, position: int, length: int) -> str:
        """The part of ``clause`` that holds the figure at ``position`` (of ``length``), cut
        where a plain "und" joins a second verb (the catalog's ``plan.joined``): the verb of
        each part tells whether its figures are a fact (:meth:`fact`)."""
        begin, end = 0, len(clause)
        for pattern in self._joined:
            for join in pattern.finditer(clause):
                if join.end() <= position:
                    begin = max(begin, join.start())
                elif join.start() >= position + length:
                    end = min(end, join.start())
        return clause[begin:end]

    def settle(
        self, fig: FigureScope, as_of: str, dated_by: str, status: str, written: Callable[[], str]
    ) -> tuple[str, str, str]:
        """A point's ``(as_of, dated_by, status)`` as the words of a change and of a plan
        around its figure have them, from those the figure's date and the matcher gave: X of
        "von X auf Y" is the level at the period's start, actual ("" where the sentence names
        none: no point), Y of a span of years the level at its end; a figure its sentence
        dates by a deadline (:meth:`due`) is a target; a plan of the whole year named before
        it (``Jahressoll``) is the year's. ``written()``: when its text was written, asked
        only of a figure with a deadline.
        """
        start = self._levels.start(fig.sentence, fig.position, fig.length)
        if start is not None:
            as_of, dated_by, status = start, "text", "actual"
        elif dated_by == "text":
            as_of = self._levels.end(fig.sentence, fig.position, as_of) or as_of
        if status == "actual" and dated_by == "text" and self.due(fig.sentence, as_of, written):
            status = "target"  # "vereinbarten, ... bis Ende 2022 ...", text of 2021
        elif status == "target" and dated_by == "text" and self.told_past(fig, as_of, written):
            status = "actual"  # "im Jahr 2023 ... erreichen wird", text of 2024
        if status == "target" and self.of_year(fig.before()):
            as_of = year_of(as_of)  # "beim Jahressoll von ...": the year's plan
        return as_of, dated_by, status

    def year_end(self, fig: FigureScope, as_of: str, dated_by: str, status: str) -> str:
        """The date of a flow's point its text dated ``as_of``: a plan of a year's December
        whose sentence names that year's end with no deadline's "bis" (the catalog's
        ``plan.year_end``: "Ende 2019 wollen wir den Export in Höhe von $25 Mio.
        erreichen") is the year's sum: the year. Any other keeps its date ("bis Ende 2022
        auf 100 Mio. Dollar steigern", a deadline, stays December's).

        >>> from bycn.indicators.catalog import load_catalog
        >>> plans = Plans(load_catalog())
        >>> s = "Ende 2019 wollen wir den Export in Höhe von 25 Mio. Dollar erreichen."
        >>> fig = FigureScope("", "", 1, 25e6, "USD", "", "exact", "", s, "", "", None, s, 44, 14)
        >>> plans.year_end(fig, "2019-12", "text", "target")
        '2019'
        >>> plans.year_end(fig._replace(sentence="Bis " + s), "2019-12", "text", "target")
        '2019-12'
        """
        if status == "actual" or dated_by != "text" or len(as_of) != 7 or not as_of.endswith("12"):
            return as_of
        for pattern in self._year_end:
            found = pattern.search(fig.sentence)
            if found is not None and (as_of[:4] in found[0] or not found["y"]):
                return as_of[:4]
        return as_of

    def due(self, sentence: str, as_of: str, written: Callable[[], str]) -> bool:
        """Whether a figure dated ``as_of`` by its ``sentence``, which names a deadline
        (``bis Ende 2022``), is a plan's: the date is after the date its text was
        ``written()`` (its source's or document's ``as_of``). A deadline passed when the text
        was written tells what was done by then: no plan.

        >>> from bycn.indicators.catalog import load_catalog
        >>> plans = Plans(load_catalog())
        >>> text = "Bis Ende 2022 wurden 700 Mio. Dollar investiert."
        >>> [plans.due(text, "2022-12", lambda: w) for w in ("2022-03", "2023-02", "2022")]
        [True, False, False]
        >>> plans.due("Im Jahr 2022 ...", "2022", lambda: "2021")
        False
        """
        if self._deadline is None or not self._deadline(sentence):
            return False
        due, now = periods.bounds(as_of), periods.bounds(written())
        return due is not None and now is not None and due[0] > now[1]

    def told_past(self, fig: FigureScope, as_of: str, written: Callable[[], str]) -> bool:
        """Whether a target by the future tense alone (the catalog's ``plan.future`` in the
        figure's part of its clause, no other target word there) is of a period, dated
        ``as_of`` by its text, that ended before its text was ``written()``: a fact.

        >>> from bycn.indicators.catalog import load_catalog
        >>> plans = Plans(load_catalog())
        >>> s = "Im Jahr 2023 wird der Handel 5 Milliarden Dollar erreichen."
        >>> fig = FigureScope("", "", 1, 5e9, "USD", "", "exact", "", s, "", "", None, s, 29, 20)
        >>> [plans.told_past(fig, "2023", lambda: w) for w in ("2024-08", "2023-05")]
        [True, False]
        """
        part = self.own_part(fig.clause, fig.position - max(fig.clause_start, 0), fig.length)
        for pattern in self._future:
            told = pattern.search(part)
            if told is not None:
                rest = part[: told.start()] + " " + part[told.end() :]
                break
        else:
            return False
        if self._targets is not None and self._targets(rest):
            return False
        ended, now = periods.bounds(as_of), periods.bounds(written())
        return ended is not None and now is not None and ended[1] < now[0]

    def of_year(self, before: str) -> bool:
        """Whether the plan named before the figure is the whole year's (``Jahressoll``)."""
        return self.target(before) and self._year is not None and self._year(before)

    def fulfilment(self, clause: str) -> bool:
        """Whether a percent's clause names a plan (the share of it fulfilled), unless the
        caller finds the percent said as a change."""
        return self._fulfilment is not None and self._fulfilment(clause)


def year_of(as_of: str) -> str:
    """The year of a period within one year; any other ``as_of`` as it is."""
    found = periods.bounds(as_of)
    if found is None or found[0][0] != found[1][0]:
        return as_of
    return periods.year(found[0][0])
