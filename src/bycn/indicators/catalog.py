"""The indicator catalog: curated knowledge as data (YAML), checked when loaded.

The catalog declares the *entities* the briefings talk about (the park, the
country pair, Belarusian regions and universities, each with the names the
texts use for it) and the *indicators* (``park.residents``,
``trade.turnover`` ...): what each means, which units it accepts, and the
declarative rules that recognise a figure as one of its values.  The rules
are read by :mod:`bycn.indicators.series`; nothing here looks at a text.

Loading validates the whole file against its schema and reports every
problem at once in one :class:`~bycn.exceptions.CatalogError` (unknown or
missing keys, bad regular expressions, unknown units, duplicate ids, entity
references that name no entity), each problem naming where it is.

>>> from bycn.indicators.catalog import load_catalog
>>> catalog = load_catalog()
>>> catalog.indicator("park.residents").units
('count', 'ordinal')
>>> "Minsk" in catalog.entity_names("region")
True

The file format (``catalog.yaml`` beside this module)::

    version: 1
    clause_boundary: <regex>        # splits a sentence into clauses (scope "near")
    target: [<regex>, ...]          # sentence words that make a point a plan/goal
    entities:
      - name: Great Stone           # the name series and briefings show
        kind: park                  # park | country_pair | region | institution | ...
        aliases: [Veliky Kamen, ...]  # names as written in the texts (exact, case-sensitive)
        label: {en: ..., de: ...}   # optional: the name briefings show in each language
        note: ...                   # optional, for reviewers
    indicators:
      - id: park.residents          # group.name; the group is park, trade or edu
        label: {en: ..., de: ...}
        meaning: ...
        units: [count, ordinal]     # canonical units (see bycn.vocabulary.UNITS)
        measure: stock              # stock (a level at a date) | flow (a sum over a period)
        entity: {fixed: Great Stone}            # or {kind: region, default: ..., ...}
        status: auto                # auto (target words decide) | actual | target
        target: [<regex>, ...]      # optional: replaces the catalog-wide target words
        rules:                      # a figure is a point if ANY rule matches
          - units: [count]          # required: the figure's unit is one of these
            item: <regex>           # the figure's counted noun (count/ordinal)
            near: [<regex>, ...]    # one must match the figure's clause
            sentence: [...]         # one must match the figure's sentence
            context: [...]          # one must match the sentence or the look_back before it
            look_back: 2            # sentences before the figure's that "context" sees
            status: actual          # optional: every point of this rule has this status
            not_item / not_near / not_sentence / not_context: [...]   # none may match

Regexes are Python ``re`` syntax, searched case-sensitively unless they
start with ``(?i)``.  Indicators are tried in file order and the first whose
rules match wins, so a specific indicator (``trade.regional``) stands before
a general one (``trade.turnover``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from bycn.exceptions import CatalogError, Problem
from bycn.vocabulary import GROUPS, LANGUAGES, MEASURES, UNITS

__all__ = [
    "Catalog",
    "Entity",
    "EntitySpec",
    "Indicator",
    "Rule",
    "default_catalog_path",
    "load_catalog",
    "parse_catalog",
]

#: Default clause boundaries: a comma that is not a decimal comma, ``;``, ``:``, a dash
#: between spaces, and ``und`` before an article (coordinated noun phrases).
DEFAULT_CLAUSE_BOUNDARY = r"(?<!\d),|,(?!\d)|;|:|\s[-–]\s|\sund\s(?=(?:der|des|die|dem|den)\s)"

_ID = re.compile(r"^[a-z]+\.[a-z_]+$")
_TOP_KEYS = {"version", "clause_boundary", "target", "entities", "indicators"}
_ENTITY_KEYS = {"name", "kind", "aliases", "note", "label"}
_INDICATOR_KEYS = {
    "id",
    "label",
    "meaning",
    "units",
    "measure",
    "entity",
    "status",
    "target",
    "rules",
}
_ENTITY_SPEC_KEYS = {"fixed", "kind", "anaphor", "look_back", "default"}
_PATTERN_LISTS = (
    "near",
    "sentence",
    "context",
    "not_item",
    "not_near",
    "not_sentence",
    "not_context",
)
_RULE_KEYS = {"units", "item", "look_back", "status", *_PATTERN_LISTS}
_STATUSES = ("auto", "actual", "target")


@dataclass(frozen=True)
class Entity:
    """Something a series point is about.

    name: the canonical name shown in series and briefings (``Great Stone``).
    kind: ``park``, ``country_pair``, ``region``, ``institution`` ...
    aliases: the names as the texts write them, matched exactly (case-sensitive, whole words).
    note: a remark for reviewers.
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    note: str = ""
    labels: Mapping[str, str] = field(default_factory=dict, compare=False)

    def label(self, language: str = "en") -> str:
        """The name a briefing in ``language`` shows (``label`` in the YAML), else ``name``."""
        return self.labels.get(language) or self.name

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class EntitySpec:
    """How an indicator finds the entity of a point.

    fixed: always this entity (``Great Stone``).
    kind: else the entity of this kind named in the sentence (nearest to the figure).
    anaphor: when the sentence names none but matches this regex (``dieser Region``),
        look at the ``look_back`` sentences before it, nearest first.
    look_back: how many sentences an anaphor may reach back.
    default: the entity when none is found; without it the figure is no point.
    """

    fixed: str | None = None
    kind: str | None = None
    anaphor: re.Pattern[str] | None = None
    look_back: int = 0
    default: str | None = None


@dataclass(frozen=True)
class Rule:
    """One way a figure is recognised as a value of an indicator; every condition must hold.

    units: the figure's unit is one of these.
    item: regex the figure's ``item`` must match (counts and ordinals).
    near / sentence / context: at least one regex of each given list matches the figure's
        clause / sentence / sentence or the ``look_back`` sentences before it.
    not_item / not_near / not_sentence / not_context: no regex of the list matches there.
    status: ``actual`` or ``target`` for every point this rule finds (overrides the
        indicator's status; "der 89. Bewohner ... plant" is a registration, not a plan).
    """

    units: tuple[str, ...]
    item: re.Pattern[str] | None = None
    near: tuple[re.Pattern[str], ...] = ()
    sentence: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    look_back: int = 0
    not_item: tuple[re.Pattern[str], ...] = ()
    not_near: tuple[re.Pattern[str], ...] = ()
    not_sentence: tuple[re.Pattern[str], ...] = ()
    not_context: tuple[re.Pattern[str], ...] = ()
    status: str | None = None


@dataclass(frozen=True)
class Indicator:
    """One indicator of the catalog (see indicators.md for the list).

    measure: ``stock`` for a level at a date (residents, agreements): values for the
        same month contradict each other and any two values can be compared;
        ``flow`` for a sum over a period (turnover, exports): only values for the same
        period contradict each other or can be compared.
    """

    id: str
    label_en: str
    label_de: str
    meaning: str
    units: tuple[str, ...]
    entity: EntitySpec
    rules: tuple[Rule, ...]
    status: str = "auto"
    target: tuple[re.Pattern[str], ...] | None = None
    measure: str = "flow"

    @property
    def group(self) -> str:
        """``park``, ``trade`` or ``edu``: the part of the id before the dot."""
        return self.id.split(".", 1)[0]

    def label(self, language: str = "en") -> str:
        """The indicator's label in ``language`` (``en`` or ``de``)."""
        return self.label_de if language == "de" else self.label_en


@dataclass(frozen=True)
class Catalog:
    """The loaded catalog: entities, indicators and the catalog-wide status words."""

    entities: tuple[Entity, ...]
    indicators: tuple[Indicator, ...]
    target: tuple[re.Pattern[str], ...]
    clause_boundary: re.Pattern[str]
    path: Path | None = None
    _by_id: Mapping[str, Indicator] = field(default_factory=dict, repr=False, compare=False)
    _by_name: Mapping[str, Entity] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {i.id: i for i in self.indicators})
        object.__setattr__(self, "_by_name", {e.name: e for e in self.entities})

    @property
    def ids(self) -> tuple[str, ...]:
        """Every indicator id, in file order."""
        return tuple(i.id for i in self.indicators)

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id; :class:`CatalogError` naming the known ids otherwise."""
        try:
            return self._by_id[indicator_id]
        except KeyError:
            known = ", ".join(self.ids)
            raise CatalogError(
                [Problem(f"indicator {indicator_id!r}", f"not in the catalog; known: {known}")],
                str(self.path or "catalog"),
            ) from None

    def entity(self, name: str) -> Entity:
        """The entity with this canonical name."""
        return self._by_name[name]

    def entity_names(self, kind: str) -> tuple[str, ...]:
        """Canonical names of every entity of ``kind``, in file order.

        >>> load_catalog().entity_names("park")
        ('Great Stone',)
        """
        return tuple(e.name for e in self.entities if e.kind == kind)


def default_catalog_path() -> Path:
    """The shipped catalog, ``catalog.yaml`` beside this module (package data)."""
    return Path(str(resources.files(__package__).joinpath("catalog.yaml")))


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Read and validate the catalog at ``path`` (default: the shipped one).

    Raises :class:`CatalogError` listing every problem found.
    """
    import yaml

    path = Path(path) if path is not None else default_catalog_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogError([Problem("", f"cannot read the catalog: {err}")], str(path)) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        what = f"not valid YAML: {err}".replace("\n", " ")
        raise CatalogError([Problem("", what)], str(path)) from None
    return parse_catalog(data, path=path)


def parse_catalog(data: Any, path: Path | None = None) -> Catalog:
    """Validate already-parsed YAML ``data`` and build the :class:`Catalog`.

    >>> parse_catalog({"indicators": [{"id": "x"}]})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    bycn.exceptions.CatalogError: catalog: 7 problems: ...
    """
    checker = _Checker()
    catalog = checker.catalog(data, path)
    if checker.problems:
        raise CatalogError(checker.problems, str(path) if path is not None else "catalog")
    assert catalog is not None
    return catalog


class _Checker:
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
            return re.compile(value)
        except re.error as err:
            self.problem(where, f"bad regular expression {value!r}: {err}")
            return None

    def regexes(self, where: str, value: Any) -> tuple[re.Pattern[str], ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problem(where, f"expected a list of regular expressions, got {value!r}")
            return ()
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
        self.keys("catalog", data, _TOP_KEYS, required=("entities", "indicators"))
        if data.get("version", 1) != 1:
            self.problem("version", f"unsupported version {data.get('version')!r} (expected 1)")
        boundary = self.regex(
            "clause_boundary", data.get("clause_boundary", DEFAULT_CLAUSE_BOUNDARY)
        )
        target = self.regexes("target", data.get("target", []))
        entities = self.entities(data.get("entities"))
        names = {e.name: e for e in entities}
        kinds = {e.kind for e in entities}
        indicators = self.indicators(data.get("indicators"), names, kinds)
        if self.problems or boundary is None:
            return None
        return Catalog(
            entities=entities,
            indicators=indicators,
            target=target,
            clause_boundary=boundary,
            path=path,
        )

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
            labels = raw.get("label") or {}
            if not isinstance(labels, dict) or not set(labels) <= set(LANGUAGES):
                self.problem(f"{where}.label", f"expected a mapping of {', '.join(LANGUAGES)}")
                labels = {}
            labels = {k: str(v) for k, v in labels.items()}
            entities.append(Entity(name, kind, aliases, str(raw.get("note", "")), labels))
        return tuple(entities)

    def indicators(
        self, value: Any, names: Mapping[str, Entity], kinds: set[str]
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
            indicator = self.indicator(where, raw, names, kinds)
            if indicator is not None:
                indicators.append(indicator)
        return tuple(indicators)

    def indicator(
        self, where: str, raw: Mapping[str, Any], names: Mapping[str, Entity], kinds: set[str]
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
        entity = self.entity_spec(f"{where}.entity", raw.get("entity"), names, kinds)
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
                rule = self.rule(f"{where}.rules[{j}]", rule_raw, units)
                if rule is not None:
                    rules.append(rule)
        elif rules_raw is not None:
            self.problem(f"{where}.rules", "expected a non-empty list of rules")
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

    def entity_spec(
        self, where: str, raw: Any, names: Mapping[str, Entity], kinds: set[str]
    ) -> EntitySpec | None:
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.problem(where, "expected a mapping {fixed: NAME} or {kind: KIND, ...}")
            return None
        self.keys(where, raw, _ENTITY_SPEC_KEYS)
        fixed, kind, default = raw.get("fixed"), raw.get("kind"), raw.get("default")
        if (fixed is None) == (kind is None):
            self.problem(where, "give exactly one of 'fixed' and 'kind'")
        for key, ref in (("fixed", fixed), ("default", default)):
            if ref is not None and ref not in names:
                self.problem(f"{where}.{key}", f"unknown entity {ref!r}")
        if kind is not None and kind not in kinds:
            self.problem(f"{where}.kind", f"no entity has kind {kind!r} (kinds: {sorted(kinds)})")
        anaphor = self.regex(f"{where}.anaphor", raw["anaphor"]) if "anaphor" in raw else None
        look_back = self.look_back(where, raw)
        return EntitySpec(
            fixed=fixed, kind=kind, anaphor=anaphor, look_back=look_back, default=default
        )

    def look_back(self, where: str, raw: dict[str, Any]) -> int:
        """``look_back``: how many sentences before the figure's a rule may read (default 0)."""
        look_back = raw.get("look_back", 0)
        if not isinstance(look_back, int) or isinstance(look_back, bool) or look_back < 0:
            self.problem(f"{where}.look_back", f"expected a whole number >= 0, got {look_back!r}")
            return 0
        return look_back

    def rule(self, where: str, raw: Any, indicator_units: tuple[str, ...]) -> Rule | None:
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
        return Rule(units=units, item=item, look_back=look_back, status=status, **lists)
