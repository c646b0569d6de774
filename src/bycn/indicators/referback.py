"""Sentences that refer back: a figure no rule takes continues the point before it.

``Das sind 18,4 Prozent mehr als im gleichen Zeitraum des Vorjahres``, ``Im vergangenen
Jahr waren es rund 15.400``, ``Bis 2025 soll er auf 6 Mrd. US-Dollar wachsen``: a clause
whose subject is a pronoun (the catalog's ``refer_back.openers``, searched in the
figure's clause up to the figure) names no indicator of its own. Its figure is read with
the clauses before it in its own sentence (``Der Handel ist gesunken: Im vergangenen
Jahr betrug er ...``), else it continues the nearest point of the sentence before it in
the same paragraph whose indicator holds a figure of its kind (:func:`continues`).
A growth tacked on after a comma (``... 217 Millionen Dollar in das Land, 28 Prozent mehr
als ein Jahr zuvor``: the catalog's ``refer_back.appositions``) is the growth of the point
just before it in its sentence (:meth:`ReferBacks.apposition`). An amount added
(``Im Januar 2024 kamen weitere 19,8 Millionen Dollar hinzu``: the catalog's
``refer_back.added``) continues a flow's point as the flow of its own, other period; a
level said a year before (``Vor einem Jahr waren es 4.540``: ``refer_back.year_before``)
is dated a year before the point it continues (:meth:`ReferBacks.dated`). A sentence
right after one that holds a point of the park goes on about the park: a rule of the
park's whose own words take a figure needs no mention of the park in its reach
(:meth:`ReferBacks.carried`).
:class:`~bycn.indicators.matcher.Matcher` asks; this module remembers the points found
(and their dates, once settled) and decides what a figure may continue.

>>> from bycn.indicators.catalog import load_catalog
>>> from bycn.indicators.scopes import FigureScope
>>> sentence = "Das sind 18,4 Prozent mehr als im Vorjahr."
>>> fig = FigureScope("d:2:9", "d", 2, 18.4, "percent", "", "exact", "", sentence, "", "",
...                   None, sentence, 9, 12)
>>> back = ReferBacks(load_catalog().refer_back)
>>> back.clause_start(fig), back.is_change(fig, 0)
(0, True)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bycn import periods
from bycn.indicators.continuing import continues
from bycn.indicators.coordinated import joined_clause
from bycn.indicators.model import Catalog, Indicator, ReferBack, Rule
from bycn.indicators.needles import optional_test
from bycn.indicators.pronouns import told_of
from bycn.indicators.questions import answers, question_before
from bycn.indicators.scopes import Contexts, FigureScope, Site
from bycn.text.numbers import whole_count
from bycn.vocabulary import GROWTH_UNITS, MONEY_UNITS

__all__ = ["Carried", "ReferBacks", "carried_entities", "continues"]


@dataclass(slots=True)
class Earlier:
    """A point as a later figure may continue it; its date (``as_of``) and whether it is
    a fact (``actual``) are known once the series has settled them
    (:meth:`ReferBacks.dated`): "" and False until then."""

    indicator: Indicator
    entity: str
    unit: str
    item: str
    as_of: str = ""
    actual: bool = False


#: A point found: (indicator, entity, status).
Found = tuple[Indicator, str, str]
#: The figure asked about last: its document, sentence, end in the sentence, and its point.
Last = tuple[str, str, int, Earlier | None]
#: A figure and the point it continues, with where its clause starts (-1: an apposition).
Continued = tuple[FigureScope, Earlier, int]
#: What a sentence is about, by a point it holds: the indicator's group and the entity.
Carried = tuple[str, str]


class Own(Protocol):
    """The matcher's own rules on a figure (with a :data:`Carried`: that group's rules,
    their ``context`` met, placing the figure with that entity)."""

    def __call__(
        self, fig: FigureScope, contexts: Contexts, carried: Carried | None = None
    ) -> Found | None: ...


#: The matcher's status words on a point.
Status = Callable[[Indicator, Rule | None, FigureScope], str]


def carried_entities(catalog: Catalog) -> frozenset[str]:
    """The entities a sentence after a point of theirs goes on about
    (:meth:`ReferBacks.carried`): each an indicator's fixed entity that needs no partner
    named (the park), whose rules' ``context`` is how a text names it. Not an entity of
    a pair (Belarus-China), whose rules' context names the partner or the goods
    (``China``, ``Lebensmittel``), which a sentence must name within reach of its own;
    nor one named in each sentence (a region).

    >>> from bycn.indicators.catalog import load_catalog
    >>> sorted(carried_entities(load_catalog()))
    ['Great Stone']
    """
    fixed = {i.entity.fixed for i in catalog.indicators if i.entity.fixed is not None}
    return frozenset(name for name in fixed if not catalog.entity(name).partner)


class ReferBacks:
    """The catalog's ``refer_back`` words, and the points found so far per sentence (until
    :meth:`forget`: once per set of tables, as the matcher forgets)."""

    def __init__(
        self,
        words: ReferBack,
        carried: frozenset[str] = frozenset(),
        clause_start: Callable[[str, int], int] | None = None,
    ) -> None:
        """words: the catalog's ``refer_back``; carried: the :func:`carried_entities`;
        clause_start: where the clause of a sentence that holds a position starts (the
        matcher's :meth:`~bycn.indicators.scopes.Clauses.start`), for :meth:`coordinated`."""
        self._carried = carried
        self._clause_start = clause_start
        self._words = words
        self._openers = optional_test(words.openers)
        self._change = optional_test(words.change)
        self._appositions = optional_test(words.appositions)
        self._added = optional_test(words.added)
        self._year_before = optional_test(words.year_before)
        self._difference = optional_test(words.difference)
        self._base_year = optional_test(words.base_year)
        self._parts = optional_test(words.parts) or (lambda text: False)
        self._active = any(
            t is not None for t in (self._openers, self._added, self._appositions, self._base_year)
        )
        self._points: dict[Site, list[Earlier]] = {}
        self._last: Last | None = None
        self._continued: Continued | None = None
        self._recorded: tuple[FigureScope, Earlier] | None = None

    @property
    def active(self) -> bool:
        """Whether the catalog declares openers, added amounts or appositions (without
        them nothing refers back)."""
        return self._active

    def forget(self) -> None:
        self._points.clear()
        self._last = None
        self._continued = None
        self._recorded = None

    def refer(self, fig: FigureScope, contexts: Contexts, own: Own, status: Status) -> Found | None:
        """What a figure whose clause refers back continues: what ``own`` (the catalog's
        rules) finds with its sentence's clauses before it read as its clause, else the
        :meth:`earlier` point it continues, with the status ``status`` reads in its own
        sentence (``Bis 2025 soll er ...`` is a target); None if neither.
        ``figure_id`` and ``line`` stay the figure's own. A growth said as an
        :meth:`apposition` continues the amount before it first. A figure whose clause
        does not refer back, or continues no point, may go on about the :meth:`carried` of
        the sentence before it."""
        self._continued = None
        found = self.apposition(fig, status) or self.base_value(fig, contexts, status)
        if found is not None:
            return found
        start, added = self.clause_start(fig), False
        if start is None and answers(fig, contexts):
            start = 0  # "„Rund 3.000, vor allem in Peking.“" after its question
        if start is None:
            start = fig.clause_start
            if start < 0 or not self.is_added(fig, start):
                found = self.coordinated(fig, start, contexts, own)
                return found if found is not None else self.carried(fig, contexts, own)
            added = True
        elif start > 0:
            found = own(fig._replace(clause=fig.sentence[: start + len(fig.clause)]), contexts)
            if found is not None:
                return found
        earlier = self.earlier(fig, start, contexts, added)
        if earlier is None:
            found = None if added else self.told_before(fig, start, contexts, own, status)
            return found if found is not None else self.carried(fig, contexts, own)
        self._continued = (fig, earlier, start)
        return earlier.indicator, earlier.entity, status(earlier.indicator, None, fig)

    def coordinated(
        self, fig: FigureScope, start: int, contexts: Contexts, own: Own
    ) -> Found | None:
        """What ``own`` finds for a figure whose clause (from ``start``) is the second of two
        subjects joined by "und" that share its predicate, read with the first
        (:func:`~bycn.indicators.coordinated.joined_clause`: "der Export der Waren und der
        Gehälter der Beschäftigten um das 1,1fache gestiegen"); None if there is none."""
        end = fig.clause_end(start)
        if self._clause_start is None or end is None:
            return None
        joined = joined_clause(fig.sentence, start, end, self._clause_start)
        return None if joined is None else own(fig._replace(clause=joined), contexts)

    def told_before(
        self, fig: FigureScope, start: int, contexts: Contexts, own: Own, status: Status
    ) -> Found | None:
        """What ``own`` finds for a count whose clause refers back (from ``start``) to the
        sentence before it in its paragraph, when that sentence holds no point and names
        what it counts (its ``item``): it tells what is counted and gives no figure of it
        ("In den letzten fünf Jahren hat sich die Zahl der Studierenden aus China, die in
        Belarus studieren, verdreifacht. Heute sind es bereits über 12.000."). The figure
        is read with that sentence before its own as its sentence, up to its clause's end
        as its clause; its status is read in its own sentence (a plan told before is not
        its own). An amount or a growth reads only the subject that opens that sentence,
        its article agreeing with the pronoun (:func:`~bycn.indicators.pronouns.told_of`:
        not "Er beträgt 2,6 Mrd." after "Der Minister sprach über den Saldo im Handel mit
        China"). None if nothing takes it."""
        if fig.unit == "count" and not fig.item:
            return None
        site = contexts.site(fig)
        previous = contexts.previous(site)
        if previous is None or told_of(fig, contexts.text_at(previous), start) is None:
            # an interview's answer: its question, if no sentence of the answer holds a point
            question = question_before(site, contexts)
            if question is not None and not any(
                self._points.get((question[0], i)) for i in range(question[1] + 1, site[1])
            ):
                previous = question
        if previous is None or self._points.get(previous):
            return None
        told = told_of(fig, contexts.text_at(previous), start)
        if told is None:
            return None
        shift = len(told) + 1
        sentence = f"{told} {fig.sentence}"
        joined = fig._replace(
            sentence=sentence,
            clause=sentence[: shift + start + len(fig.clause)],
            position=fig.position + shift,
        )
        contexts.seat(joined, site)
        found = own(joined, contexts)
        contexts.seat(fig, site)
        if found is None or found[0] is None:  # none, or no one's (two names share it)
            return None
        return found[0], found[1], status(found[0], None, fig)

    def carried(self, fig: FigureScope, contexts: Contexts, own: Own) -> Found | None:
        """What ``own`` finds for a figure whose clause does not refer back, with the
        group and entity of the sentence before it in its paragraph carried over: a
        sentence that holds a point of a group's indicator and a :func:`carried_entities`
        entity goes on about them ("Die angekündigten Investitionen [of the park]
        summieren sich auf 1,4 Mrd. Dollar. Tatsächlich investiert wurden bislang rund
        620 Millionen Dollar"): a rule of that group whose own words take the figure needs
        no ``context`` of its own, when it places the figure with that entity (its
        ``not_context``, its sentence's and clause's words still hold). Nearest point
        first; None if none is found."""
        if not self._carried:
            return None
        previous = contexts.previous(contexts.site(fig))
        points = self._points.get(previous) if previous is not None else None
        if not points:
            return None
        tried: set[Carried] = set()
        for point in reversed(points):
            subject = (point.indicator.group, point.entity)
            if subject in tried or point.entity not in self._carried:
                continue
            tried.add(subject)
            found = own(fig, contexts, subject)
            if found is not None:
                return found
        return None

    def record(
        self, site: Site | None, indicator: Indicator, entity: str, fig: FigureScope
    ) -> None:
        """Remember a point of the sentence at ``site`` (figures come in document order)."""
        self._recorded = None
        if site is not None:
            point = Earlier(indicator, entity, fig.unit, fig.item)
            self._points.setdefault(site, []).append(point)
            self._recorded = (fig, point)

    def dated(self, fig: FigureScope, as_of: str, dated_by: str, status: str) -> tuple[str, str]:
        """The date of the point the figure just asked about makes, given the one it has
        by its text, source or document (``as_of``, ``dated_by``) and its ``status``: a
        level said a year before the fact it continues (``Vor einem Jahr waren es
        4.540``, a level, not a change; not a year before a plan's date) is of the period
        a year before that point's (``2018/2019`` before ``2019/2020``), dated by the
        text; any other keeps its date. The point is remembered with the date returned
        and its status, for the figures after it."""
        continued = self._continued
        if continued is not None and continued[0] is fig and self._year_before is not None:
            point, start = continued[1], continued[2]
            if (
                point.as_of
                and point.actual
                and start >= 0
                and not self.is_change(fig, start)
                and self._year_before(fig.clause)
            ):
                years = self.years_before(fig.clause)
                if years:
                    as_of, dated_by = periods.years_back(point.as_of, years), "text"
        if self._recorded is not None and self._recorded[0] is fig:
            self._recorded[1].as_of = as_of
            self._recorded[1].actual = status == "actual"
        return as_of, dated_by

    def years_before(self, clause: str) -> int | None:
        """How many years before the point it continues a clause's level is (the
        catalog's ``refer_back.year_before``: its group ``n``, a count in digits or a
        word, or one year where it has none); None where it says none.

        >>> from bycn.indicators.catalog import load_catalog
        >>> back = ReferBacks(load_catalog().refer_back)
        >>> back.years_before("Vor einem Jahr waren es"), back.years_before("Drei Jahre zuvor")
        (1, 3)
        """
        for pattern in self._words.year_before:
            found = pattern.search(clause)
            if found is None:
                continue
            written = found.groupdict().get("n")
            return whole_count(written) if written else 1
        return None

    def saw(self, fig: FigureScope, found: Found | None) -> None:
        """Remember the figure asked about last and its point (None if it is none): a
        growth after it in its sentence may be its :meth:`apposition`."""
        if self._appositions is not None:
            point = None
            if found is not None:
                recorded = self._recorded
                point = (
                    recorded[1]
                    if recorded is not None and recorded[0] is fig
                    else Earlier(found[0], found[1], fig.unit, fig.item)
                )
            end = fig.position + fig.length if fig.position >= 0 else -1  # -1: not found
            self._last = (fig.doc, fig.sentence, end, point)

    def apposition(self, fig: FigureScope, status: Status) -> Found | None:
        """What a growth figure continues when its clause is an apposition (the catalog's
        ``refer_back.appositions`` before it) to the clause before, and the figure just
        before it in its sentence, in an earlier clause, is a point of an amount: that
        point's indicator and entity. None otherwise: after a figure that is no point
        (``Die Importe ... 3 Mrd. Dollar, 10 Prozent mehr``) the growth is no one's."""
        last = self._last
        if last is None or self._appositions is None or fig.unit not in GROWTH_UNITS:
            return None
        doc, sentence, end, point = last
        start = fig.clause_start
        if point is None or doc != fig.doc or sentence != fig.sentence or not 0 < end <= start:
            return None
        if not self._appositions(fig.before(start)):
            return None
        if not continues(fig, self.is_change(fig, start), point.indicator, point.unit, point.item):
            return None
        self._continued = (fig, point, -1)
        return point.indicator, point.entity, status(point.indicator, None, fig)

    def base_value(self, fig: FigureScope, contexts: Contexts, status: Status) -> Found | None:
        """What an amount or count in brackets after its base year (the catalog's
        ``refer_back.base_year``, searched in its sentence up to it: ``2,8-mal so viel wie
        im Jahr 2020 (3,003 Mrd. Dollar)``, ``(2020: 3 Mrd.)``) continues: the nearest point
        before it in its sentence of its kind, a level (its date is the base year's, as the
        text dates the figure). None otherwise."""
        if self._base_year is None or fig.position < 0 or fig.unit in GROWTH_UNITS:
            return None
        if not self._base_year(fig.sentence[: fig.position]):
            return None
        site = contexts.site(fig)
        for point in reversed(self._points.get(site, []) if site is not None else []):
            if continues(fig, False, point.indicator, point.unit, point.item):
                self._continued = (fig, point, -1)
                return point.indicator, point.entity, status(point.indicator, None, fig)
        return None

    def clause_start(self, fig: FigureScope) -> int | None:
        """Where the figure's clause starts in its sentence when that clause refers back
        (an opener before the figure); None when it does not (a clause that says an
        amount :meth:`is_added` refers back too: :meth:`refer` asks)."""
        if self._openers is None:
            return None
        start = fig.clause_start
        if start < 0 or not self._openers(fig.before(start)):
            return None
        return start

    def is_added(self, fig: FigureScope, start: int) -> bool:
        """Whether the figure's clause (from ``start``) says it as an amount added to the
        one before: the catalog's ``refer_back.added`` words, the figure marked ``#``."""
        return self._added is not None and self._added(self._marked(fig, start))

    def is_difference(self, fig: FigureScope) -> bool:
        """Whether the figure is an amount of money said as a difference (the catalog's
        ``refer_back.difference``, the figure marked ``#``): no level and no growth, no
        point ("Der Handel stieg um 500 Mio. Dollar").

        >>> from bycn.indicators.catalog import load_catalog
        >>> back = ReferBacks(load_catalog().refer_back)
        >>> s = "Der Handel stieg um 500 Mio. Dollar auf 5 Mrd. Dollar."
        >>> def fig(text):
        ...     at = s.index(text)
        ...     return FigureScope("", "", 1, 1.0, "USD", "", "exact", "", s, "", "", None,
        ...                        s, at, len(text))
        >>> back.is_difference(fig("500 Mio. Dollar")), back.is_difference(fig("5 Mrd. Dollar"))
        (True, False)
        """
        if self._difference is None or fig.unit not in MONEY_UNITS:
            return False
        start = fig.clause_start
        return start >= 0 and self._difference(self._marked(fig, start))

    def is_change(self, fig: FigureScope, start: int) -> bool:
        """Whether the figure's clause (from ``start``) says it as a change: the catalog's
        ``refer_back.change`` words, the figure's own text marked ``#``."""
        return self._change is not None and self._change(self._marked(fig, start))

    @staticmethod
    def _marked(fig: FigureScope, start: int) -> str:
        """The figure's clause from ``start``, the figure's own text replaced by ``#``."""
        end = start + len(fig.clause)
        after = fig.position + fig.length
        return f"{fig.before(start)}#{fig.sentence[after:end]}"

    def earlier(
        self, fig: FigureScope, start: int, contexts: Contexts, added: bool = False
    ) -> Earlier | None:
        """The nearest point of the sentence before the figure's, in its paragraph, that
        the figure can continue; None if there is none. An amount :meth:`is_added`
        (``added``) continues only a flow's point of another date than its own (the flow of its own
        period: "2023 ... 214 Mio. Dollar. Im Januar 2024 kamen weitere 19,8 Mio.
        hinzu"), not a stock's (what is added to a level is no level) nor one of the
        same period (a part added to it)."""
        previous = contexts.previous_told(contexts.site(fig), across=start <= 0)
        points = self._points.get(previous, []) if previous is not None else []
        # a share of the point before it ("davon 40 Prozent"): the text goes on past it
        if not points and previous is not None and self._parts(contexts.text_at(previous)):
            previous = contexts.previous_told(previous)
            points = self._points.get(previous, []) if previous is not None else []
        change = self.is_change(fig, start)
        for point in reversed(points):
            if added and (
                point.indicator.measure != "flow"
                or not (fig.as_of and point.as_of)
                or fig.as_of == point.as_of
            ):
                continue
            if continues(fig, change, point.indicator, point.unit, point.item):
                return point
        return None
