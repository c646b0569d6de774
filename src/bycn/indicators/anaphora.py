"""The catalog's anaphors: what refers back to an entity named before (``des Gebiets``).

Each is defined once, under a name, with examples it must match and counter-examples it
must not; an indicator's ``entity.anaphor`` names one. :func:`read_anaphors` reads and
checks the definitions, :func:`check_unnamed` that none takes a named entity for an
anaphor. Both report to a :class:`~bycn.indicators.checker.CatalogChecker`.

>>> from bycn.indicators.checker import CatalogChecker
>>> checker = CatalogChecker()
>>> found = read_anaphors(checker, {"region": {"pattern": "der Region", "examples": ["im Gebiet"]}})
>>> sorted(found), [str(p) for p in checker.problems]
(['region'], ["anaphors.region.examples: 'im Gebiet' does not match the pattern"])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from bycn.indicators.model import Entity, Indicator

__all__ = ["check_unnamed", "read_anaphors", "read_regex_lists"]

_KEYS = {"pattern", "examples", "counter_examples"}


class Reporter(Protocol):
    """What is used of :class:`bycn.indicators.checker.CatalogChecker` (which imports this
    module, so it is not imported here)."""

    def problem(self, where: str, message: str) -> None: ...

    def keys(
        self, where: str, value: Mapping[str, Any], allowed: set[str], required: Iterable[str] = ()
    ) -> None: ...

    def regex(self, where: str, value: Any) -> re.Pattern[str] | None: ...

    def regexes(self, where: str, value: Any) -> tuple[re.Pattern[str], ...]: ...

    def strings(self, where: str, value: Any) -> tuple[str, ...]: ...

    def look_back(self, where: str, raw: dict[str, Any]) -> int: ...


def read_regex_lists(
    checker: Reporter, where: str, value: Any, keys: set[str]
) -> dict[str, tuple[re.Pattern[str], ...]] | None:
    """The optional mapping ``where`` of regex lists under ``keys`` (each key a list, none
    required), its problems told to ``checker``; None where it is absent or no mapping."""
    if value is None:
        return None
    if not isinstance(value, dict):
        example = ", ".join(f"{key}: [...]" for key in sorted(keys)[:2])
        checker.problem(where, f"expected a mapping {{{example}}}")
        return None
    checker.keys(where, value, keys)
    return {key: checker.regexes(f"{where}.{key}", value.get(key, [])) for key in keys}


def read_anaphors(checker: Reporter, value: Any) -> dict[str, re.Pattern[str]]:
    """The optional ``anaphors`` mapping: name -> {pattern, examples, counter_examples};
    every example must match its pattern, no counter-example may."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        checker.problem("anaphors", "expected a mapping NAME: {pattern: ..., examples: [...]}")
        return {}
    found: dict[str, re.Pattern[str]] = {}
    for name, raw in value.items():
        where = f"anaphors.{name}"
        if not isinstance(raw, dict):
            checker.problem(where, "expected a mapping {pattern: ..., examples: [...]}")
            continue
        checker.keys(where, raw, _KEYS, required=("pattern", "examples"))
        pattern = checker.regex(f"{where}.pattern", raw.get("pattern"))
        if pattern is None:
            continue
        for text in checker.strings(f"{where}.examples", raw.get("examples")):
            if not pattern.search(text):
                checker.problem(f"{where}.examples", f"{text!r} does not match the pattern")
        counter = raw.get("counter_examples", [])
        for text in checker.strings(f"{where}.counter_examples", counter):
            if pattern.search(text):
                checker.problem(f"{where}.counter_examples", f"{text!r} matches the pattern")
        found[str(name)] = pattern
    return found


def check_unnamed(
    checker: Reporter,
    raw: Any,
    anaphors: Mapping[str, re.Pattern[str]],
    indicators: Iterable[Indicator],
    entities: Iterable[Entity],
) -> None:
    """An anaphor is never a named one: no example that ends in a noun (a capitalised
    word: "des Gebiets") may match with a name of the indicator's kind after it ("des
    Gebiets Gomel"; a proper name, capitalised: not "belarussische Hauptstadt")."""
    if not isinstance(raw, dict):
        return
    by_pattern = {pattern: name for name, pattern in anaphors.items()}
    pairs = {
        (by_pattern[i.entity.anaphor], i.entity.kind)
        for i in indicators
        if i.entity.anaphor in by_pattern and i.entity.kind is not None
    }
    entities = tuple(entities)
    for name, kind in sorted(pairs):
        examples = raw[name].get("examples") or []
        nouns = [
            e for e in examples if isinstance(e, str) and e.split() and e.split()[-1][0].isupper()
        ]
        for entity in (e for e in entities if e.kind == kind):
            for example in nouns:
                for alias in (n for n in entity.names if n[:1].isupper()):
                    if anaphors[name].search(f"{example} {alias}"):
                        checker.problem(
                            f"anaphors.{name}",
                            f"{example + ' ' + alias!r} names {entity.name!r}, "
                            "but the pattern takes it for an anaphor",
                        )
                        break
