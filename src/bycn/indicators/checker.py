"""Checking the catalog file while building its objects, collecting every problem.

>>> from bycn.indicators.checker import CatalogChecker
>>> checker = CatalogChecker()
>>> checker.catalog({"entities": [], "indicators": [{"id": "x"}]}, None) is None
True
>>> [str(p) for p in checker.problems][:2]
["catalog: missing 'clause_boundary'", \
"indicators[x]: id must be <group>.<name> with group one of ('park', 'trade', 'edu')"]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from bycn.exceptions import Problem
from bycn.indicators.anaphora import check_unnamed, read_anaphors
from bycn.indicators.entityspecs import read_entity_spec
from bycn.indicators.levels import read_earlier_level
from bycn.indicators.model import Catalog, Entity, Indicator, ReferBack, Rule
from bycn.indicators.partner import read_partner
from bycn.indicators.plans import read_plan
from bycn.indicators.rivals import read_rivals
from bycn.text.lexicon import expand
from bycn.vocabulary import GROUPS, LANGUAGES, MEASURES, STATUSES, UNITS

__all__ = ["CatalogChecker"]

_ID = re.compile(r"^[a-z]+\.[a-z_]+$")
_TOP_KEYS = {
    "version",
    "clause_boundary",
    "coordination",
    "told_at",
    "target",
    "refer_back",
    "plan",
    "undated_spans",
    "earlier_level",
    "anaphors",
    "entities",
    "indicators",
}
_REFER_BACK_KEYS = set(ReferBack.__dataclass_fields__)
_ENTITY_KEYS = {
    "name",
    "kind",
    "label",
    "subject",
    "aliases",
    "not_names",
    "not_referred_as",
    "note",
    "partner",
    "rivals",
}
_INDICATOR_KEYS = {
    "id",
    "label",
    "meaning",
    "units",
    "measure",
    "entity",
    "status",
    "target",
    "not_after",
    "rules",
}
_PATTERN_LISTS = (
    "near",
    "sentence",
    "context",
    "paragraph",
    "topic",
    "not_item",
    "not_near",
    "not_sentence",
    "not_context",
    "not_after",
    "before",
    "not_before",
)
_RULE_KEYS = {"units", "item", "look_back", "status", "not_named", *_PATTERN_LISTS}
_STATUSES = ("auto", *STATUSES)


class CatalogChecker:
    """Collects every problem while building; never stops at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def keys(
        self, where: str, value: Mapping[str, Any], allowed: set[str], required: Iterable[str] = ()
    ) -> None:
        for key in sorted(set(value) - allowed, key=str):
            self.problem(where, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        for key in required:
            if key not in value or value[key] is None:
                self.problem(where, f"missing {key!r}")

    def regex(self, where: str, value: Any) -> re.Pattern[str] | None:
        if not isinstance(value, str) or not value:
            self.problem(where, f"expected a regular expression, got {value!r}")
            return None
        try:
            return re.compile(expand(value))  # a word list of the lexicon named in it
        except KeyError as err:
            self.problem(where, f"{value!r} names {err.args[0]}")
            return None
        except re.error as err:
            self.problem(where, f"bad regular expression {value!r}: {err}")
            return None

    def regexes(self, where: str, value: Any) -> tuple[re.Pattern[str], ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problem(where, f"expected a list of regular expressions, got {value!r}")
            return ()
        # A list may hold another list (a YAML alias: [*shared, 'one more']), read in place.
        value = [v for item in value for v in (item if isinstance(item, list) else [item])]
        compiled = [self.regex(f"{where}[{i}]", v) for i, v in enumerate(value)]
        return tuple(p for p in compiled if p is not None)

    def strings(self, where: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.problem(where, f"expected a list of non-empty strings, got {value!r}")
            return ()
        return tuple(value)

    def units(self, where: str, value: Any) -> tuple[str, ...]:
        units = self.strings(where, value)
        for unit in units:
            if unit not in UNITS:
                self.problem(where, f"unknown unit {unit!r} (known: {', '.join(UNITS)})")
        if not units and isinstance(value, list):
            self.problem(where, "names no unit")
        return units

    def catalog(self, data: Any, path: Path | None) -> Catalog | None:
        if not isinstance(data, dict):
            self.problem("catalog", f"expected a mapping at the top, got {type(data).__name__}")
            return None
        # The clause boundary has one home, the catalog that uses it: no default here.
        required = ("clause_boundary", "entities", "indicators")
        self.keys("catalog", data, _TOP_KEYS, required=required)
        if data.get("version", 1) != 1:
            self.problem("version", f"unsupported version {data.get('version')!r} (expected 1)")
        boundary = None
        if data.get("clause_boundary") is not None:
            boundary = self.regex("clause_boundary", data["clause_boundary"])
        coordination = None
        if data.get("coordination") is not None:
            coordination = self.regex("coordination", data["coordination"])
        told_at = None
        if data.get("told_at") is not None:
            told_at = self.regex("told_at", data["told_at"])
        target = self.regexes("target", data.get("target", []))
        refer_back = self.refer_back(data.get("refer_back"))
        plan = read_plan(self, data.get("plan"))
        spans = self.regexes("undated_spans", data.get("undated_spans", []))
        earlier_level = read_earlier_level(self, data.get("earlier_level"))
        anaphors = read_anaphors(self, data.get("anaphors"))
        entities = self.entities(data.get("entities"))
        names = {e.name: e for e in entities}
        kinds = {e.kind for e in entities}
        indicators = self.indicators(data.get("indicators"), names, kinds, anaphors)
        check_unnamed(self, data.get("anaphors"), anaphors, indicators, entities)
        if self.problems or boundary is None:
            return None
        return Catalog(
            entities=entities,
            indicators=indicators,
            target=target,
            clause_boundary=boundary,
            coordination=coordination,
            told_at=told_at,
            path=path,
            refer_back=refer_back,
            plan=plan,
            undated_spans=spans,
            earlier_level=earlier_level,
            anaphors=anaphors,
        )

    def refer_back(self, value: Any) -> ReferBack:
        """The optional ``refer_back`` mapping: ``openers``, ``change``, ``appositions``,
        ``added``, ``year_before``, ``difference``, ``base_year``: regex lists."""
        if value is None:
            return ReferBack()
        if not isinstance(value, dict):
            self.problem("refer_back", "expected a mapping {openers: [...], change: [...]}")
            return ReferBack()
        self.keys("refer_back", value, _REFER_BACK_KEYS, required=("openers",))
        lists = {
            key: self.regexes(f"refer_back.{key}", value.get(key, [])) for key in _REFER_BACK_KEYS
        }
        return ReferBack(**lists)

    def entities(self, value: Any) -> tuple[Entity, ...]:
        if not isinstance(value, list):
            if value is not None:
                self.problem("entities", "expected a list of entities")
            return ()
        entities: list[Entity] = []
        seen: dict[str, str] = {}
        for i, raw in enumerate(value):
            where = f"entities[{i}]"
            if not isinstance(raw, dict):
                self.problem(where, "expected a mapping")
                continue
            if isinstance(raw.get("name"), str):
                where = f"entities[{raw['name']}]"
            self.keys(where, raw, _ENTITY_KEYS, required=("name", "kind"))
            name, kind = raw.get("name"), raw.get("kind")
            if not isinstance(name, str) or not isinstance(kind, str):
                continue
            aliases = self.strings(f"{where}.aliases", raw.get("aliases", []))
            for alias in (name, *aliases):
                owner = seen.get(alias)
                if owner is not None and owner != name:
                    self.problem(where, f"name {alias!r} is already used by entity {owner!r}")
                elif owner == name and alias != name:
                    self.problem(where, f"alias {alias!r} given twice")
                seen[alias] = name
            if any(e.name == name for e in entities):
                self.problem(where, f"duplicate entity name {name!r}")
            not_names = self.not_names(f"{where}.not_names", raw, (name, *aliases))
            labels = self.labels(f"{where}.label", raw.get("label"))
            subjects = self.labels(f"{where}.subject", raw.get("subject"))
            entities.append(
                Entity(
                    name,
                    kind,
                    aliases,
                    str(raw.get("note", "")),
                    label_en=labels.get("en", ""),
                    label_de=labels.get("de", ""),
                    subject_en=subjects.get("en", ""),
                    subject_de=subjects.get("de", ""),
                    not_names=not_names,
                    not_referred_as=self.strings(
                        f"{where}.not_referred_as", raw.get("not_referred_as", [])
                    ),
                    **read_partner(self, f"{where}.partner", raw.get("partner")),
                    **read_rivals(self, f"{where}.rivals", raw.get("rivals")),
                )
            )
        for entity in entities:
            for phrase in entity.not_names:
                owner = seen.get(phrase)
                if owner is not None and owner != entity.name:
                    self.problem(
                        f"entities[{entity.name}].not_names",
                        f"{phrase!r} is a name of entity {owner!r}",
                    )
        return tuple(entities)

    def not_names(
        self, where: str, raw: Mapping[str, Any], names: tuple[str, ...]
    ) -> tuple[str, ...]:
        """``not_names``: phrases that hold one of the entity's names as a whole word but
        name something else (``chinesische Hauptstadt``)."""
        if "not_names" not in raw:
            return ()
        phrases = self.strings(where, raw["not_names"])
        for phrase in phrases:
            if phrase in names:
                self.problem(where, f"{phrase!r} is one of the entity's own names")
            elif not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", phrase) for n in names):
                self.problem(where, f"{phrase!r} holds none of the entity's names")
        return phrases

    def labels(self, where: str, label: Any) -> dict[str, str]:
        """An optional ``{en: ..., de: ...}`` mapping, each language a non-empty text."""
        if label is None:
            return {}
        if not isinstance(label, dict):
            self.problem(where, "expected a mapping {en: ..., de: ...}")
            return {}
        self.keys(where, label, set(LANGUAGES), required=LANGUAGES)
        labels = {k: v for k, v in label.items() if isinstance(v, str) and v.strip()}
        for key in sorted(set(label) & set(LANGUAGES) - set(labels)):
            self.problem(f"{where}.{key}", "expected a non-empty text")
        return labels

    def indicators(
        self,
        value: Any,
        names: Mapping[str, Entity],
        kinds: set[str],
        anaphors: Mapping[str, re.Pattern[str]] | None = None,
    ) -> tuple[Indicator, ...]:
        if not isinstance(value, list):
            if value is not None:
                self.problem("indicators", "expected a list of indicators")
            return ()
        indicators: list[Indicator] = []
        seen: set[str] = set()
        for i, raw in enumerate(value):
            where = f"indicators[{i}]"
            if not isinstance(raw, dict):
                self.problem(where, "expected a mapping")
                continue
            ident = raw.get("id")
            if isinstance(ident, str):
                where = f"indicators[{ident}]"
                if not _ID.match(ident) or ident.split(".")[0] not in GROUPS:
                    self.problem(where, f"id must be <group>.<name> with group one of {GROUPS}")
                if ident in seen:
                    self.problem(where, f"duplicate indicator id {ident!r}")
                seen.add(ident)
            self.keys(
                where,
                raw,
                _INDICATOR_KEYS,
                required=("id", "label", "meaning", "units", "entity", "rules"),
            )
            indicator = self.indicator(where, raw, names, kinds, anaphors or {})
            if indicator is not None:
                indicators.append(indicator)
        return tuple(indicators)

    def indicator(
        self,
        where: str,
        raw: Mapping[str, Any],
        names: Mapping[str, Entity],
        kinds: set[str],
        anaphors: Mapping[str, re.Pattern[str]],
    ) -> Indicator | None:
        label = raw.get("label")
        labels = {}
        if isinstance(label, dict):
            self.keys(f"{where}.label", label, set(LANGUAGES), required=LANGUAGES)
            labels = {k: v for k, v in label.items() if isinstance(v, str)}
        elif label is not None:
            self.problem(f"{where}.label", "expected a mapping {en: ..., de: ...}")
        meaning = raw.get("meaning")
        if meaning is not None and not (isinstance(meaning, str) and meaning.strip()):
            self.problem(f"{where}.meaning", "expected a non-empty text")
        units = self.units(f"{where}.units", raw.get("units")) if "units" in raw else ()
        entity = read_entity_spec(
            self, f"{where}.entity", raw.get("entity"), names, kinds, anaphors
        )
        measure = raw.get("measure", "flow")
        if measure not in MEASURES:
            self.problem(f"{where}.measure", f"{measure!r} is not one of {MEASURES}")
        status = raw.get("status", "auto")
        if status not in _STATUSES:
            self.problem(f"{where}.status", f"{status!r} is not one of {_STATUSES}")
        target = self.regexes(f"{where}.target", raw["target"]) if "target" in raw else None
        rules_raw = raw.get("rules")
        rules: list[Rule] = []
        if isinstance(rules_raw, list) and rules_raw:
            for j, rule_raw in enumerate(rules_raw):
                rule = self.rule(f"{where}.rules[{j}]", rule_raw, units, kinds)
                if rule is not None:
                    rules.append(rule)
        elif rules_raw is not None:
            self.problem(f"{where}.rules", "expected a non-empty list of rules")
        if "not_after" in raw:  # (what none of its rules may take: each rule's own, added)
            after = self.regexes(f"{where}.not_after", raw["not_after"])
            rules = [replace(rule, not_after=rule.not_after + after) for rule in rules]
        if not isinstance(raw.get("id"), str) or entity is None:
            return None
        return Indicator(
            id=raw["id"],
            label_en=labels.get("en", ""),
            label_de=labels.get("de", ""),
            meaning=str(meaning or ""),
            units=units,
            entity=entity,
            rules=tuple(rules),
            status=status if status in _STATUSES else "auto",
            target=target,
            measure=measure if measure in MEASURES else "flow",
        )

    def look_back(self, where: str, raw: dict[str, Any]) -> int:
        """``look_back``: how many sentences before the figure's a rule may read (default 0)."""
        look_back = raw.get("look_back", 0)
        if not isinstance(look_back, int) or isinstance(look_back, bool) or look_back < 0:
            self.problem(f"{where}.look_back", f"expected a whole number >= 0, got {look_back!r}")
            return 0
        return look_back

    def rule(
        self, where: str, raw: Any, indicator_units: tuple[str, ...], kinds: set[str]
    ) -> Rule | None:
        if not isinstance(raw, dict):
            self.problem(where, "expected a mapping")
            return None
        self.keys(where, raw, _RULE_KEYS, required=("units",))
        units = self.units(f"{where}.units", raw["units"]) if "units" in raw else ()
        for unit in units:
            if unit in UNITS and indicator_units and unit not in indicator_units:
                self.problem(f"{where}.units", f"unit {unit!r} is not among the indicator's units")
        item = self.regex(f"{where}.item", raw["item"]) if "item" in raw else None
        look_back = self.look_back(where, raw)
        status = raw.get("status")
        if status is not None and status not in ("actual", "target"):
            self.problem(f"{where}.status", f"{status!r} is not one of ('actual', 'target')")
            status = None
        lists = {
            key: self.regexes(f"{where}.{key}", raw[key]) for key in _PATTERN_LISTS if key in raw
        }
        not_named: tuple[str, ...] = ()
        if "not_named" in raw:
            not_named = self.strings(f"{where}.not_named", raw["not_named"])
            for kind in not_named:
                if kind not in kinds:
                    self.problem(
                        f"{where}.not_named",
                        f"no entity has kind {kind!r} (kinds: {sorted(kinds)})",
                    )
        return Rule(
            units=units, item=item, look_back=look_back, status=status, not_named=not_named, **lists
        )
