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
clause is not remembered, as a clause is seldom asked about twice.

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

from bycn.indicators.catalog import Catalog, EntitySpec, Indicator, Rule
from bycn.indicators.mentions import SHARED, Mentions
from bycn.indicators.needles import SearchTest, any_test, search_test
from bycn.indicators.plans import Plans
from bycn.indicators.referback import ReferBacks
from bycn.indicators.scopes import Clauses, Contexts, FigureScope, Site

__all__ = ["Matcher"]

Patterns = tuple[re.Pattern[str], ...]

#: The "entity" of a figure that two coordinated names share ("die Gebiete Brest und Gomel").
_SHARED = SHARED
#: What :meth:`Matcher._own` finds for a figure two names share: no point, nor one referring back.
_NOBODY: tuple[Indicator, str, str] = (None, _SHARED, _SHARED)  # type: ignore[assignment]


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
    not_context: SearchTest | None  # must match none of them
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
        #: The catalog's clause boundaries, remembered per sentence until :meth:`forget`.
        self.clauses = Clauses(catalog.clause_boundary)
        self._found: dict[tuple[SearchTest, str], bool] = {}
        self._verdicts: dict[tuple[str, Site | None], dict[int, bool]] = {}
        self._plans: dict[
            tuple[str, str], list[tuple[Indicator, SearchTest | None, _Compiled]]
        ] = {}
        self._lists: dict[tuple[tuple[str, int], ...], SearchTest] = {}
        self._clause_tests: dict[tuple[SearchTest | None, SearchTest | None], SearchTest] = {}
        #: The points found so far, what a figure that refers back may continue.
        self._back = ReferBacks(catalog.refer_back)
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
        # One test per catalog anaphor, shared by its indicators and by ``not_named``: what
        # it found in a text is remembered once (:meth:`_any`).
        tests = {id(p): search_test(p) for p in catalog.anaphors.values()}
        self._kind_anaphor = {name: tests[id(p)] for name, p in catalog.anaphors.items()}
        self._anaphor = {
            id(i): tests.get(id(i.entity.anaphor)) or search_test(i.entity.anaphor)
            for i in catalog.indicators
            if i.entity.anaphor is not None
        }
        self._topic = {
            id(i.entity): self._test(i.entity.topic_unless)
            for i in catalog.indicators
            if i.entity.topic_unless
        }
        #: The entities named in texts, remembered per text until :meth:`forget`.
        self.mentions = Mentions(catalog)

    def forget(self) -> None:
        """Forget what was found in texts (searches, verdicts, entity names, clause
        boundaries); keep the compiled rules and the plans per unit and noun.

        Called for each set of tables :func:`~bycn.indicators.series.series_rows` is given:
        the figures of one sentence share what is remembered, while the sentences of other
        documents seldom recur, and memories kept for every document cost more (a growing
        heap the garbage collector walks) than the few searches they would save.
        """
        self._found.clear()
        self._verdicts.clear()
        self.mentions.forget()
        self._back.forget()
        self.clauses.forget()

    def _test(self, patterns: Patterns) -> SearchTest | None:
        """The test of a list of patterns (None for an empty list), one per distinct list."""
        if not patterns:
            return None
        key = tuple((p.pattern, p.flags) for p in patterns)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = any_test(patterns)
        return found

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
            self._test(rule.not_context),
            rule.look_back,
        )

    def match(self, fig: FigureScope, contexts: Contexts) -> tuple[Indicator, str, str] | None:
        """The first indicator (in catalog order) one of whose rules takes the figure and
        that can place it, with the entity and status of the point; else, if its clause
        refers back, what it continues (:mod:`bycn.indicators.referback`: figures are to be
        asked about in their document's order); None if neither."""
        if self.plans.no_point(fig, self._back.is_change):
            self._back.saw(fig, None)
            return None  # a plan's share fulfilled, a change over undated years
        found = self._own(fig, contexts)
        if found is None and self._back.active:
            found = self._back.refer(fig, contexts, self._own, self._status)
        if found is _NOBODY:
            self._back.saw(fig, None)
            return None  # a figure shared by two entities is no one's, nor a total
        if found is not None:
            self._back.record(contexts.site(fig), found[0], found[1], fig)
        self._back.saw(fig, found)
        return found

    def _own(self, fig: FigureScope, contexts: Contexts) -> tuple[Indicator, str, str] | None:
        """The first indicator whose rules take the figure and that can place it; None if
        none, :data:`_NOBODY` if that indicator finds the figure shared by two entities."""
        key = (fig.unit, fig.item)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._plan(*key)
        clause_text = fig.clause
        verdicts = None
        unplaced = None  # an indicator that cannot place the figure: its other rules need not try
        asked, answer = None, False  # the last clause test asked, and its answer
        for indicator, clause, rule in plan:
            if indicator is unplaced:
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
                verdicts = self._verdicts.get((fig.sentence, site))
                if verdicts is None:
                    verdicts = self._verdicts[(fig.sentence, site)] = {}
            passed = verdicts.get(rule.index)
            if passed is None:
                passed = verdicts[rule.index] = self._sentence_passes(
                    rule, fig.sentence, site, contexts
                )
            if not passed or (rule.rule.not_named and self._names_kinds(fig, rule.rule.not_named)):
                continue
            entity = self._entity(indicator, fig, site, contexts)
            if entity is _SHARED:
                return _NOBODY  # no one entity's value, nor a total
            # unplaced, or a point of the pair that names no China: try the next indicator
            if entity is None or not contexts.names(self.catalog.entity(entity), fig, site):
                unplaced = indicator
                continue
            return indicator, entity, self._status(indicator, rule.rule, fig)
        return None

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
        self, rule: _Compiled, sentence: str, site: Site | None, contexts: Contexts
    ) -> bool:
        """The rule's conditions on the sentence and the sentences before it."""
        for test, want in rule.sentence:
            if self._any(test, sentence) is not want:
                return False
        if rule.paragraph and not self._in_paragraph(rule.paragraph, sentence, site, contexts):
            return False
        if rule.context is not None or rule.not_context is not None:
            texts = (sentence, *contexts.before(site, rule.look_back))
            if rule.context is not None and not any(self._any(rule.context, t) for t in texts):
                return False
            if rule.not_context is not None and any(self._any(rule.not_context, t) for t in texts):
                return False
        return True

    def _in_paragraph(
        self, tests: tuple[SearchTest, ...], sentence: str, site: Site | None, contexts: Contexts
    ) -> bool:
        """Whether one of ``tests`` finds its pattern in the sentence or its paragraph."""
        texts = contexts.paragraph(site) or (sentence,)
        for test in tests:
            for text in texts:
                if self._any(test, text):
                    return True
        return False

    def _any(self, test: SearchTest, text: str) -> bool:
        """Whether one of the patterns of ``test`` is found in ``text``; remembered."""
        key = (test, text)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = test(text)
        return found

    def _entity(
        self, indicator: Indicator, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> str | None:
        """The entity of the point, found in this order: named in the figure's clause; else,
        if that clause refers back ("Betriebe der Region"), named in the sentences before;
        else named in the clauses before it (nearest the figure); else, if the sentence
        refers back, named before it; else, if the sentence up to the figure's clause speaks
        of no one and the indicator follows topics, the entity of the nearest sentence
        before it that speaks of someone (none if that is another entity or the country),
        in its paragraph or among the ``look_back`` sentences before it;
        else, unless the sentence so far speaks of the country, named in a clause after
        the figure's, but not as the place where it was told; else the indicator's default.

        A name in a later clause comes last: it is where or by whom a figure was said more
        often than what it is about. In "Derzeit sind 434 Betriebe der Region akkreditiert,
        sagte er am Rande des Forums in Minsk" the region is the one named before (an
        anaphor); in "Für Lieferungen nach China sind 66 Betriebe zugelassen, hieß es bei
        einem Treffen in Minsk" it is the paragraph's region (its topic), not the city.
        """
        spec = indicator.entity
        if spec.fixed is not None:
            return spec.fixed
        found = self._in_clause(fig, spec.kind)
        if found is _SHARED:
            return found
        anaphor = self._anaphor.get(id(indicator))
        if found is None and anaphor is not None and fig.clause and anaphor(fig.clause):
            found = self._named_before(spec, site, contexts)
        limit = self._clause_end(fig)
        if found is None:
            found = self.mentions.nearest(fig.sentence, spec.kind, fig.position, fig.length, limit)
        if found is None and anaphor is not None and self._any(anaphor, fig.sentence):
            found = self._named_before(spec, site, contexts)
        if (
            found is None
            and spec.topic_unless is not None
            and self._topical(spec, fig.sentence, limit)
        ):
            reach = max(spec.look_back, contexts.opening(site))
            for back, text in enumerate(contexts.before(site, reach), 1):
                found = self.mentions.nearest(text, spec.kind, len(text), 0)
                if found is None and anaphor is not None and site and self._any(anaphor, text):
                    # "Die Effizienz in der Region stieg.": it speaks of the region named
                    # before it
                    found = self._named_before(spec, (site[0], site[1] - back), contexts)
                    break
                if found is not None or not self._topical(spec, text):
                    break  # the nearest sentence that speaks of something is the topic
        if found is None and limit is not None and not self._national(spec, fig, limit):
            found = self._named_after(fig, spec.kind, limit)
        return found if found is not None else spec.default

    def _national(self, spec: EntitySpec, fig: FigureScope, limit: int) -> bool:
        """Whether the sentence up to the end of the figure's clause speaks of the country
        (``spec.topic_unless``: "Der Handel zwischen Belarus und China stieg ..."): then a
        place named in a later clause is not what the figure is about."""
        words = self._topic.get(id(spec))
        return words is not None and self._any(words, fig.sentence[:limit])

    def _named_after(self, fig: FigureScope, kind: str | None, limit: int) -> str | None:
        """The entity of ``kind`` named nearest the figure in a clause after its own, unless
        that name is only the place where the figure was told (the catalog's ``told_at``:
        "..., sagte der Minister am Dienstag in Minsk")."""
        found = self.mentions.nearest(fig.sentence, kind, fig.position, fig.length)
        told = self.catalog.told_at
        if found is None or found is _SHARED or told is None:
            return found
        sentence = fig.sentence
        for start, _, name in self.mentions.of_kind(sentence, kind):
            if start >= limit and name == found:
                # the words of the name's clause before it (after the figure's clause)
                begin = max(limit, self.clauses.start(sentence, start))
                return None if told.search(sentence, begin, start) else found
        return found

    def _topical(self, spec: EntitySpec, text: str, limit: int | None = None) -> bool:
        """Whether ``text`` (up to ``limit``) names no entity of any kind and has none of
        the words of ``spec.topic_unless`` (it speaks of no one: it continues the text's
        topic)."""
        if any(limit is None or end <= limit for _, end, _ in self.mentions.in_text(text)):
            return False
        words = self._topic.get(id(spec))
        return words is None or not self._any(words, text)

    def _names_kinds(self, fig: FigureScope, kinds: tuple[str, ...]) -> bool:
        """Whether an entity of one of ``kinds`` is named, or referred to by the catalog's
        anaphor of that name ("des Gebiets"), in the figure's sentence up to the end of its
        clause (all of it if the clause is not found)."""
        limit = self._clause_end(fig)
        if any(
            limit is None or end <= limit
            for kind in kinds
            for _, end, _ in self.mentions.of_kind(fig.sentence, kind)
        ):
            return True
        head = fig.sentence if limit is None else fig.sentence[:limit]
        return any(self._kind_anaphor[kind](head) for kind in kinds if kind in self._kind_anaphor)

    def _clause_end(self, fig: FigureScope) -> int | None:
        """Where the figure's clause ends in its sentence; None if it is not found."""
        start = fig.clause_start
        return None if start < 0 else start + len(fig.clause)

    def _named_before(self, spec: EntitySpec, site: Site | None, contexts: Contexts) -> str | None:
        """The entity of ``spec.kind`` named last in the nearest sentence before the
        figure's that names one (what an anaphor refers to): in its paragraph, however far
        back, else among the ``spec.look_back`` sentences before it."""
        reach = max(spec.look_back, contexts.opening(site))
        for text in contexts.before(site, reach):
            found = self.mentions.nearest(text, spec.kind, len(text), 0)
            if found is not None:
                return found
        return None

    def _in_clause(self, fig: FigureScope, kind: str | None) -> str | None:
        """The entity of ``kind`` named last before the figure in its own clause, else the
        one named first after it in the clause.

        The one before is the clause's subject: in "Das Gebiet Grodno steigerte seine
        Lieferungen um 12 Prozent, das Gebiet Mogiljow um 8 Prozent" 12 is Grodno's, though
        Mogiljow is nearer.
        """
        mentions = self.mentions.of_kind(fig.sentence, kind)
        clause_start = fig.clause_start if mentions else -1
        if clause_start < 0:
            return None
        clause_end = clause_start + len(fig.clause)
        found = None
        last: tuple[int, int, str] | None = None  # the mention taken last before the figure
        for mention in mentions:  # in order, so the last one taken ends last
            start, end, name = mention
            if end > fig.position:
                if found is None and start >= fig.position + fig.length and end <= clause_end:
                    return name
                if start >= fig.position:
                    break
                continue
            if start >= clause_start:
                if last is not None and self.mentions.coordinated(fig.sentence, last, mention):
                    return _SHARED
                found, last = name, mention
        return found

    def plan_year(self, fig: FigureScope) -> bool:
        """Whether the figure is a plan of the whole year named before it (``Jahressoll``)."""
        return self.plans.of_year(fig.before())

    def _status(self, indicator: Indicator, rule: Rule | None, fig: FigureScope) -> str:
        if rule is not None and rule.status is not None:
            return rule.status
        if indicator.status != "auto":
            return indicator.status
        if self.plans.target(fig.before()):
            return "target"  # "... betrugen 11,3 Mio. beim Jahressoll von 8,5 Mio."
        words = self._target[id(indicator)]
        said = words is not None and self._any(words, fig.sentence)
        return "target" if said and not self.plans.fact(fig.clause, words) else "actual"
