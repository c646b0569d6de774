"""The catalog's rules applied to one figure at a time: which indicator, entity and status.

A :class:`Matcher` is built once per catalog. Each rule's conditions are split by
what they look at: the figure's counted noun (``item``), its clause (``near``),
and its sentence with the sentences before it (``sentence``, ``context``). The
first kind is decided once per noun. The last kind is the same for every figure
of a sentence, so it is decided once per sentence and rule (after the figure's
own conditions, which reject most figures cheaply). A search in a sentence is
remembered by pattern list and text, as the figures of one sentence (and the
same sentence quoted twice) ask the same questions, until :meth:`Matcher.forget`
(once per set of tables: sentences of other documents seldom recur); a search in a
clause is not remembered, as a clause is seldom asked about twice. Whose a point is
(its entity) a :class:`~bycn.indicators.placing.Placer` finds, for the first indicator
one of whose rules takes the figure.

>>> from bycn.indicators.catalog import load_catalog
>>> from bycn.indicators.scopes import Contexts, figure_scopes
>>> figures = {"figure_id": ["d:1:14"], "doc": ["d"], "line": [1], "start": [14],
...     "text": ["107 Einwohner"], "value": [107.0], "unit": ["count"],
...     "item": ["Einwohner"], "qualifier": ["exact"], "article": [""],
...     "sentence": ["Der Park zählt 107 Einwohner."], "as_of": [""],
...     "source_url": [""], "source_year": [None]}
>>> catalog = load_catalog()
>>> [fig] = figure_scopes(figures, catalog.clause_boundary)
>>> indicator, entity, status = Matcher(catalog).match(fig, Contexts(figures, None))
>>> indicator.id, entity, status
('park.residents', 'Great Stone', 'actual')
"""

from __future__ import annotations

import re
from itertools import count
from typing import NamedTuple

from bycn.indicators.catalog import Catalog, Indicator, Rule
from bycn.indicators.mentions import SHARED
from bycn.indicators.model import Entity
from bycn.indicators.needles import Searches, SearchTest
from bycn.indicators.partner import NamedBefore
from bycn.indicators.placing import Placer
from bycn.indicators.plans import Plans
from bycn.indicators.questions import question_before
from bycn.indicators.referback import Carried, ReferBacks, carried_entities
from bycn.indicators.rivals import rival_named
from bycn.indicators.scopes import Clauses, Contexts, FigureScope, Site

__all__ = ["Matcher"]

#: What :meth:`Matcher._own` finds for a figure two coordinated names share ("die Gebiete
#: Brest und Gomel"): no point, nor one referring back.
_NOBODY: tuple[Indicator, str, str] = (None, SHARED, SHARED)  # type: ignore[assignment]


#: A figure said of each of the names listed before it ("um jeweils mehr als 20 Prozent",
#: "für je 5 Mio. Dollar"): a few words between "jeweils" and the figure ("jeweils Waren für
#: rund"), a qualifier at most after "je".
#: (not "je nach", by; nor across a clause's comma)
_EACH_REACH = 60  # characters before the figure it is sought in: a bounded search
_EACH = re.compile(r"\bjeweils\s+[^,;:]{0,40}$|\bje\s+(?!nach\b)(?:\w+\s+){0,2}$")


#: How much of the sentence before a rule's ``not_after`` reads (its end).
_AFTER = 300


class _Compiled(NamedTuple):
    """A rule's conditions grouped by what they look at; ``index`` names it in caches.

    Each list of patterns is one test (:func:`~bycn.indicators.needles.any_test`), the
    same object for equal lists, so that what is remembered of one rule's list serves
    every rule that has the same list.
    """

    index: int
    rule: Rule
    clause: SearchTest | None  # near and not_near, on the clause
    before: SearchTest | None  # before and not_before, on the clause up to the figure
    sentence: tuple[tuple[SearchTest, bool], ...]  # (test, must match) on the sentence
    context: SearchTest | None  # must match the sentence or one before it
    paragraph: tuple[SearchTest, ...]  # one must match a sentence of the paragraph
    topic: SearchTest | None  # must match the title or a sentence before, in the article
    not_context: SearchTest | None  # must match none of them
    not_after: SearchTest | None  # must not match the sentence before + "\n" + the sentence
    look_back: int


def _clause_test(near: SearchTest | None, not_near: SearchTest | None) -> SearchTest | None:
    """One test of a rule's conditions on the clause; None if it has none."""
    if near is not None and not_near is not None:
        return lambda text: near(text) and not not_near(text)
    if not_near is not None:
        return lambda text: not not_near(text)
    return near


class Matcher:
    """Applies the catalog's indicators, in order, to one figure at a time."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        #: The other entities the figure :meth:`match` just placed is said of, each the
        #: same value ("die Gebiete Gomel und Grodno ... um jeweils 20 Prozent"): a point
        #: of each.
        self.shared: tuple[str, ...] = ()
        #: The catalog's clause boundaries, remembered per sentence until :meth:`forget`.
        self.clauses = Clauses(catalog.clause_boundary)
        #: The tests of the rules' pattern lists and what they found in texts.
        self.searches = Searches()
        self._test = self.searches.test
        self._any = self.searches.found
        self._verdicts: dict[tuple[str, Site | None], dict[int, bool]] = {}
        #: The same, with a rule's ``context`` met by what the sentence before carries over.
        self._carried_verdicts: dict[tuple[str, Site | None], dict[int, bool]] = {}
        self._plans: dict[
            tuple[str, str], list[tuple[Indicator, SearchTest | None, _Compiled]]
        ] = {}
        self._clause_tests: dict[tuple[SearchTest | None, SearchTest | None], SearchTest] = {}
        #: The points found so far, what a figure that refers back may continue.
        self._back = ReferBacks(catalog.refer_back, carried_entities(catalog), self.clauses.start)
        self.plans = Plans(catalog)
        index = count()
        self._rules = [
            (indicator, [self._compile(next(index), rule) for rule in indicator.rules])
            for indicator in catalog.indicators
        ]
        self._target = {
            id(i): self._test(catalog.target if i.target is None else i.target)
            for i in catalog.indicators
        }
        #: Whose a point is, from the entities named in texts (remembered per text).
        self.placer = Placer(catalog, self.clauses, self.searches)
        #: What a text named before a sentence (a rule's ``topic``), remembered per text.
        self._named = NamedBefore(self._any)

    def forget(self) -> None:
        """Forget what was found in texts (searches, verdicts, entity names, clause
        boundaries); keep the compiled rules and the plans per unit and noun.

        Called for each set of tables :func:`~bycn.indicators.series.series_rows` is given:
        the figures of one sentence share what is remembered, while the sentences of other
        documents seldom recur, and memories kept for every document cost more (a growing
        heap the garbage collector walks) than the few searches they would save.
        """
        self.searches.forget()
        self._verdicts.clear()
        self._carried_verdicts.clear()
        self.placer.forget()
        self._named.forget()
        self._back.forget()
        self.clauses.forget()

    def _clause_test(
        self, near: SearchTest | None, not_near: SearchTest | None
    ) -> SearchTest | None:
        """The test of a rule's ``near`` and ``not_near``, one per distinct pair: rules with
        the same conditions on the clause (one indicator's several rules) share it, and
        :meth:`_own` asks it once for them all."""
        if not_near is None:
            return near
        found = self._clause_tests.get((near, not_near))
        if found is None:
            found = self._clause_tests[(near, not_near)] = _clause_test(near, not_near)
        return found

    def _compile(self, index: int, rule: Rule) -> _Compiled:
        sentence = ((self._test(rule.sentence), True), (self._test(rule.not_sentence), False))
        return _Compiled(
            index,
            rule,
            self._clause_test(self._test(rule.near), self._test(rule.not_near)),
            _clause_test(self._test(rule.before), self._test(rule.not_before)),
            tuple((test, want) for test, want in sentence if test is not None),
            self._test(rule.context),
            # One test per pattern, each tried on the whole paragraph before the next: the
            # first (the commonest words, as the catalog orders them) mostly decides.
            tuple(self._test((p,)) for p in rule.paragraph),
            self._test(rule.topic),
            self._test(rule.not_context),
            self._test(rule.not_after),
            rule.look_back,
        )

    def match(self, fig: FigureScope, contexts: Contexts) -> tuple[Indicator, str, str] | None:
        """The first indicator (in catalog order) one of whose rules takes the figure and
        that can place it, with the entity and status of the point; else, if its clause
        refers back, what it continues (:mod:`bycn.indicators.referback`: figures are to be
        asked about in their document's order); None if neither."""
        self.shared = ()
        if self.plans.no_point(fig, self._back.is_change) or self._back.is_difference(fig):
            self._back.saw(fig, None)
            return None  # a plan's share fulfilled, a change over undated years, a difference
        found = self._own(fig, contexts)
        shared = self.shared  # (its own only: none where it refers back)
        if found is None and self._back.active:
            found = self._back.refer(fig, contexts, self._own, self._status)
            if found is not None and found is not _NOBODY:
                found = self._continued(fig, found, contexts)
        self.shared = shared
        if found is _NOBODY:
            self._back.saw(fig, None)
            return None  # a figure shared by two entities is no one's, nor a total
        if found is not None:
            site = contexts.site(fig)
            self._back.record(site, found[0], found[1], fig)
            self.placer.placed(site, found[1])
        self._back.saw(fig, found)
        return found

    def _each(self, indicator: Indicator, fig: FigureScope) -> tuple[str, ...]:
        """The entities named as a list before a figure said of each of them ("jeweils",
        "je" right before it in its clause); empty if it is not."""
        before = fig.before()
        if not _EACH.search(before, max(0, len(before) - _EACH_REACH)):
            return ()
        kind = indicator.entity.places
        return tuple(self.placer.mentions.listed_before(fig.sentence, kind, fig.position))

    def dated(self, fig: FigureScope, as_of: str, dated_by: str, status: str) -> tuple[str, str]:
        """The date of the point :meth:`match` just found for the figure, from the one its
        text, source or document gives and its status (:meth:`ReferBacks.dated`: a level
        a year before the fact it continues); remembered for the figures after it."""
        return self._back.dated(fig, as_of, dated_by, status)

    def _continued(
        self, fig: FigureScope, found: tuple[Indicator, str, str], contexts: Contexts
    ) -> tuple[Indicator, str, str] | None:
        """A point the figure continues, its entity the country's where its clause speaks
        of the country (:meth:`~bycn.indicators.placing.Placer.continued`); None if that
        indicator has no such default, or the point names no partner it must."""
        indicator, entity, status = found
        placed = self.placer.continued(indicator, entity, fig)
        if placed == entity:
            return found
        if placed is None or not contexts.names(
            self.catalog.entity(placed), fig, contexts.site(fig)
        ):
            return None
        return indicator, placed, status

    def _own(
        self, fig: FigureScope, contexts: Contexts, carried: Carried | None = None
    ) -> tuple[Indicator, str, str] | None:
        """The first indicator whose rules take the figure and that can place it; None if
        none, :data:`_NOBODY` if that indicator finds the figure shared by two entities.
        With ``carried`` (a group and entity the sentence before holds a point of), only
        that group's indicators placing the figure with that entity, their rules'
        ``context`` met by it (:meth:`ReferBacks.carried`)."""
        key = (fig.unit, fig.item)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._plan(*key)
        clause_text = fig.clause
        verdicts = None
        unplaced = None  # an indicator that cannot place the figure: its other rules need not try
        asked, answer = None, False  # the last clause test asked, and its answer
        for indicator, clause, rule in plan:
            if indicator is unplaced or (carried is not None and indicator.group != carried[0]):
                continue
            if clause is not None:
                if clause is not asked:
                    asked, answer = clause, clause(clause_text)
                if not answer:
                    continue
            if rule.before is not None and not rule.before(fig.before()):
                continue
            if verdicts is None:  # only for a figure some rule's own conditions take
                site = contexts.site(fig)
                cache = self._verdicts if carried is None else self._carried_verdicts
                verdicts = cache.get((fig.sentence, site))
                if verdicts is None:
                    verdicts = cache[(fig.sentence, site)] = {}
            passed = verdicts.get(rule.index)
            if passed is None:
                passed = verdicts[rule.index] = self._sentence_passes(
                    rule, fig, site, contexts, carried is not None
                )
            not_named = rule.rule.not_named
            if not passed or (not_named and self.placer.names_kinds(fig, not_named)):
                continue
            entity = self.placer.entity(indicator, fig, site, contexts)
            if entity is SHARED:
                # no one entity's value, nor a total; but each one's, said so ("steigerten
                # die Gebiete Gomel und Grodno ihre Lieferungen um jeweils 20 Prozent")
                self.shared = self._each(indicator, fig)
                if not self.shared:
                    return _NOBODY
                entity, self.shared = self.shared[0], self.shared[1:]
            # unplaced, a point of the pair that names no China, or of a park whose figure is
            # another park's: try the next indicator
            if entity is None or not contexts.names(self.catalog.entity(entity), fig, site):
                unplaced = indicator
                continue
            if self._rival(self.catalog.entity(entity), fig, site, contexts):
                unplaced = indicator
                continue
            if carried is not None and entity != carried[1]:
                unplaced = indicator
                continue
            return indicator, entity, self._status(indicator, rule.rule, fig)
        return None

    @staticmethod
    def _rival(entity: Entity, fig: FigureScope, site: Site | None, contexts: Contexts) -> bool:
        """Whether the park named nearest to the figure is another than ``entity``
        (:func:`~bycn.indicators.rivals.rival_named`); looked for only for a point found."""
        if not entity.rivals:
            return False
        start = fig.clause_start
        end = fig.clause_end(start)
        span = None if end is None else (start, end)
        before = contexts.before(site, entity.rivals_look_back)
        return rival_named(entity, fig.sentence, span, before, contexts.lead(fig, site))

    def _plan(self, unit: str, item: str) -> list[tuple[Indicator, SearchTest | None, _Compiled]]:
        """The rules (in order, each with its indicator and its test of the clause) whose
        conditions on the unit and the counted noun ``item`` a figure meets: found once per
        unit and noun (a corpus counts the same few nouns again and again)."""
        return [
            (indicator, rule.clause, rule)
            for indicator, rules in self._rules
            if unit in indicator.units
            for rule in rules
            if unit in rule.rule.units
            and (rule.rule.item is None or rule.rule.item.search(item))
            and not any(p.search(item) for p in rule.rule.not_item)
        ]

    def _sentence_passes(
        self,
        rule: _Compiled,
        fig: FigureScope,
        site: Site | None,
        contexts: Contexts,
        carried: bool = False,
    ) -> bool:
        """The rule's conditions on the sentence and the sentences before it; with
        ``carried``, its ``context`` is met (by what the sentence before carries over)."""
        sentence = fig.sentence
        for test, want in rule.sentence:
            if self._any(test, sentence) is not want:
                return False
        if rule.paragraph and not self._in_paragraph(rule.paragraph, sentence, site, contexts):
            return False
        if rule.topic is not None and not self._named.named(
            rule.topic, fig.article, site, contexts.before
        ):
            return False
        if rule.context is not None or rule.not_context is not None:
            # (and the caption of a table right above the sentence's paragraph, which goes on
            # about it: "Gegenüber dem Vorjahreszeitraum wuchs die Produktion damit um 27,2
            # Prozent" under "Kennzahlen der Residenten (Mio. US-Dollar)" and its rows)
            texts = (sentence, *contexts.before(site, rule.look_back), *contexts.table_before(site))
            context = None if carried else rule.context
            if (
                context is not None
                and not any(self._any(context, t) for t in texts)
                and not self._interviewed(context, fig, site, contexts)
            ):
                return False
            if rule.not_context is not None and any(self._any(rule.not_context, t) for t in texts):
                return False
        if rule.not_after is not None:
            # the end of the sentence before only: a bounded search, however long it is
            previous = contexts.before(site, 1)
            if previous and self._any(rule.not_after, f"{previous[0][-_AFTER:]}\n{sentence}"):
                return False
        return True

    def _interviewed(
        self, context: SearchTest, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> bool:
        """Whether the figure stands in an interview's answer (a question is the paragraph
        before its own) and ``context`` finds its pattern in what the interview named before
        it, however far back: its title, lead, questions and answers. An answer speaks of
        what the interview is about, its question often by a pronoun only ("Frage: Und wie
        viel Geld steckt dahinter? / Antwort: Die angemeldeten Investitionen summieren sich
        auf 1,62 Milliarden Dollar." after "Wie viele Residenten hat der Park heute?")."""
        if site is None or question_before(site, contexts) is None:
            return False
        return self._named.named(context, fig.article, site, contexts.before)

    def _in_paragraph(
        self, tests: tuple[SearchTest, ...], sentence: str, site: Site | None, contexts: Contexts
    ) -> bool:
        """Whether one of ``tests`` finds its pattern in the sentence or its paragraph; in
        an interview, the question the paragraph answers is of it ("**Wie viele Residenten
        hat der Park heute?**" / "Im Moment sind es 176. Sie kommen aus 17 Staaten.")."""
        texts = contexts.paragraph(site) or (sentence,)
        question = question_before(site, contexts)
        if question is not None:
            texts = (contexts.text_at(question), *texts)
        for test in tests:
            for text in texts:
                if self._any(test, text):
                    return True
        return False

    def _status(self, indicator: Indicator, rule: Rule | None, fig: FigureScope) -> str:
        if rule is not None and rule.status is not None:
            return rule.status
        if indicator.status != "auto":
            return indicator.status
        if self.plans.target(fig.before()):
            return "target"  # "... betrugen 11,3 Mio. beim Jahressoll von 8,5 Mio."
        words = self._target[id(indicator)]
        said = words is not None and self._any(words, fig.sentence)
        return "target" if said and not self.plans.fact_of(fig, words) else "actual"
