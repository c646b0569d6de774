"""The catalog's rules applied to one figure at a time: which indicator, entity and status.

A :class:`Matcher` is built once per catalog. Each rule's conditions are split by
what they look at: the figure's counted noun (``item``), its clause (``near``),
and its sentence with the sentences before it (``sentence``, ``context``). The
first kind is decided once per noun. The last kind is the same for every figure
of a sentence, so it is decided once per sentence and rule (after the figure's
own conditions, which reject most figures cheaply). A search in a sentence is
remembered by pattern list and text, as the figures of one sentence (and the
same sentence quoted twice) ask the same questions; a search in a clause is
not, as a clause is seldom asked about twice.

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
from typing import NamedTuple

from bycn.indicators.catalog import Catalog, Entity, EntitySpec, Indicator, Rule
from bycn.indicators.scopes import Contexts, FigureScope, Site

__all__ = ["Matcher"]

Patterns = tuple[re.Pattern[str], ...]


class _Compiled(NamedTuple):
    """A rule's conditions grouped by what they look at; ``index`` names it in caches."""

    index: int
    rule: Rule
    item: re.Pattern[str] | None
    not_item: Patterns
    clause: tuple[tuple[Patterns, bool], ...]  # (patterns, must match) on the clause
    sentence: tuple[tuple[Patterns, bool], ...]  # ... on the sentence
    context: Patterns  # one must match the sentence or one before it
    not_context: Patterns  # none may match there
    look_back: int


def _compile(index: int, rule: Rule) -> _Compiled:
    clause = tuple((p, want) for p, want in ((rule.near, True), (rule.not_near, False)) if p)
    sentence = tuple(
        (p, want) for p, want in ((rule.sentence, True), (rule.not_sentence, False)) if p
    )
    return _Compiled(
        index,
        rule,
        rule.item,
        rule.not_item,
        clause,
        sentence,
        rule.context,
        rule.not_context,
        rule.look_back,
    )


def _holds(checks: tuple[tuple[Patterns, bool], ...], text: str) -> bool:
    """Whether each list of patterns is found in ``text`` (or not) as it must be; not
    remembered, as a clause is seldom asked about twice."""
    for patterns, want in checks:
        found = False
        for pattern in patterns:
            if pattern.search(text):
                found = True
                break
        if found is not want:
            return False
    return True


class Matcher:
    """Applies the catalog's indicators, in order, to one figure at a time."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._found: dict[tuple[int, str], bool] = {}
        self._verdicts: dict[tuple[str, Site | None], dict[int, bool]] = {}
        self._items: dict[str, frozenset[int]] = {}
        self._by_unit: dict[str, list[tuple[Indicator, list[_Compiled]]]] = {}
        self._mentions: dict[str, list[tuple[int, int, Entity]]] = {}
        compiled: dict[int, _Compiled] = {}
        for indicator in catalog.indicators:
            for rule in indicator.rules:
                compiled[id(rule)] = _compile(len(compiled), rule)
        self._compiled = compiled
        names = sorted(
            ((name, e) for e in catalog.entities for name in e.names),
            key=lambda pair: -len(pair[0]),
        )
        self._entity_of = {name: e for name, e in names}
        alternation = "|".join(re.escape(name) for name, _ in names)
        self._names = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if names else None

    def match(self, fig: FigureScope, contexts: Contexts) -> tuple[Indicator, str, str] | None:
        """The first indicator (in catalog order) one of whose rules takes the figure and
        that can place it, with the entity and status of the point; None if none can."""
        candidates = self._by_unit.get(fig.unit)
        if candidates is None:
            candidates = self._candidates(fig.unit)
        if not candidates:
            return None
        takes = self._items.get(fig.item)
        if takes is None:
            takes = self._items[fig.item] = self._taking(fig.item)
        verdicts = None
        for indicator, rules in candidates:
            for rule in rules:
                if rule.index not in takes:
                    continue
                if rule.clause and not _holds(rule.clause, fig.clause):
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
                if not passed:
                    continue
                entity = self._entity(indicator.entity, fig, site, contexts)
                if entity is None:
                    break  # this indicator cannot place the figure; try the next one
                return indicator, entity, self._status(indicator, rule.rule, fig)
        return None

    def _taking(self, item: str) -> frozenset[int]:
        """The rules whose conditions on the counted noun ``item`` it meets: found once per
        noun (a corpus counts the same few nouns again and again)."""
        return frozenset(
            rule.index
            for rule in self._compiled.values()
            if (rule.item is None or rule.item.search(item))
            and not any(p.search(item) for p in rule.not_item)
        )

    def _candidates(self, unit: str) -> list[tuple[Indicator, list[_Compiled]]]:
        """The indicators (in order) and their rules that take ``unit``; once per unit."""
        found = []
        for indicator in self.catalog.indicators:
            if unit in indicator.units:
                rules = [self._compiled[id(r)] for r in indicator.rules if unit in r.units]
                found.append((indicator, rules))
        self._by_unit[unit] = found
        return found

    def _all(self, checks: tuple[tuple[Patterns, bool], ...], text: str) -> bool:
        """Whether each list of patterns is found in ``text`` (or not) as it must be;
        remembered."""
        return all(self._any(patterns, text) is want for patterns, want in checks)

    def _sentence_passes(
        self, rule: _Compiled, sentence: str, site: Site | None, contexts: Contexts
    ) -> bool:
        """The rule's conditions on the sentence and the sentences before it."""
        if not self._all(rule.sentence, sentence):
            return False
        if rule.context or rule.not_context:
            texts = (sentence, *contexts.before(site, rule.look_back))
            if rule.context and not any(self._any(rule.context, t) for t in texts):
                return False
            if rule.not_context and any(self._any(rule.not_context, t) for t in texts):
                return False
        return True

    def _any(self, patterns: Patterns, text: str) -> bool:
        """Whether one of ``patterns`` is found in ``text``; remembered."""
        key = (id(patterns), text)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = any(p.search(text) for p in patterns)
        return found

    def _entity(
        self, spec: EntitySpec, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> str | None:
        if spec.fixed is not None:
            return spec.fixed
        found = self._subject(fig, spec.kind) or self._nearest(
            fig.sentence, spec.kind, fig.position, fig.length
        )
        if found is None and spec.anaphor is not None and spec.anaphor.search(fig.sentence):
            for text in contexts.before(site, spec.look_back):
                found = self._nearest(text, spec.kind, len(text), 0)
                if found is not None:
                    break
        return found if found is not None else spec.default

    def _subject(self, fig: FigureScope, kind: str | None) -> str | None:
        """The entity of ``kind`` named last before the figure in its own clause.

        It is the clause's subject: in "Das Gebiet Grodno steigerte seine Lieferungen um 12
        Prozent, das Gebiet Mogiljow um 8 Prozent" 12 is Grodno's, though Mogiljow is nearer.
        """
        if fig.position < 0 or not fig.clause:
            return None
        clause_start = fig.sentence.rfind(fig.clause, 0, fig.position + len(fig.clause))
        if clause_start < 0:
            return None
        before = [
            (end, entity.name)
            for start, end, entity in self._mentions_in(fig.sentence)
            if entity.kind == kind and clause_start <= start and end <= fig.position
        ]
        return max(before)[1] if before else None

    def _mentions_in(self, text: str) -> list[tuple[int, int, Entity]]:
        """The entity names in ``text``: found once for all the figures of a sentence."""
        mentions = self._mentions.get(text)
        if mentions is None:
            found = self._names.finditer(text) if self._names is not None else ()
            mentions = self._mentions[text] = [
                (m.start(), m.end(), self._entity_of[m[0]]) for m in found
            ]
        return mentions

    def _nearest(self, text: str, kind: str | None, position: int, length: int) -> str | None:
        """The entity of ``kind`` named in ``text`` nearest the span at ``position``."""
        mentions = self._mentions_in(text)
        best: tuple[int, int, str] | None = None
        anchor = max(position, 0)
        for start, end, entity in mentions:
            if entity.kind != kind:
                continue
            key = (anchor - end, 0) if end <= anchor else (max(start - (anchor + length), 0), 1)
            if best is None or key < best[:2]:
                best = (*key, entity.name)
        return best[2] if best is not None else None

    def _status(self, indicator: Indicator, rule: Rule, fig: FigureScope) -> str:
        if rule.status is not None:
            return rule.status
        if indicator.status != "auto":
            return indicator.status
        words = indicator.target if indicator.target is not None else self.catalog.target
        return "target" if words and self._any(words, fig.sentence) else "actual"
