"""Reading an indicator's ``entity`` in the catalog: whose a point is, fixed or found.

:func:`read_entity_spec` builds the :class:`~bycn.indicators.model.EntitySpec` of an
indicator and tells its problems to the :class:`~bycn.indicators.checker.CatalogChecker`
that reads the catalog.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bycn.indicators.anaphora import Reporter
from bycn.indicators.model import Entity, EntitySpec

__all__ = ["read_entity_spec"]

_KEYS = {"fixed", "kind", "also", "anaphor", "topic_unless", "look_back", "default", "told_by"}


def read_entity_spec(
    checker: Reporter,
    where: str,
    raw: Any,
    names: Mapping[str, Entity],
    kinds: set[str],
    anaphors: Mapping[str, re.Pattern[str]],
) -> EntitySpec | None:
    """An indicator's ``entity``: a fixed entity, or a kind with how to find one (its
    anaphor, topic, look_back, default and tellers), its problems told to ``checker``; None
    where it is absent or no mapping."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        checker.problem(where, "expected a mapping {fixed: NAME} or {kind: KIND, ...}")
        return None
    checker.keys(where, raw, _KEYS)
    fixed, kind, default = raw.get("fixed"), raw.get("kind"), raw.get("default")
    if (fixed is None) == (kind is None):
        checker.problem(where, "give exactly one of 'fixed' and 'kind'")
    for key, ref in (("fixed", fixed), ("default", default)):
        if ref is not None and ref not in names:
            checker.problem(f"{where}.{key}", f"unknown entity {ref!r}")
    also = checker.strings(f"{where}.also", raw["also"]) if "also" in raw else ()
    for key, value in (("kind", kind), *((f"also[{i}]", k) for i, k in enumerate(also))):
        if value is not None and value not in kinds:
            checker.problem(
                f"{where}.{key}", f"no entity has kind {value!r} (kinds: {sorted(kinds)})"
            )
    if also and kind is None:
        checker.problem(f"{where}.also", "other kinds need a 'kind'")
    anaphor = None
    if "anaphor" in raw:
        # One home for each anaphor: the catalog's ``anaphors``, named here.
        anaphor = anaphors.get(raw["anaphor"]) if isinstance(raw["anaphor"], str) else None
        if anaphor is None:
            known = ", ".join(sorted(anaphors)) or "none"
            checker.problem(
                f"{where}.anaphor",
                f"{raw['anaphor']!r} names none of the catalog's anaphors (known: {known})",
            )
    topic_unless = None
    if "topic_unless" in raw:
        topic_unless = checker.regexes(f"{where}.topic_unless", raw["topic_unless"])
    told_by = checker.regexes(f"{where}.told_by", raw["told_by"]) if "told_by" in raw else None
    look_back = checker.look_back(where, raw)
    return EntitySpec(
        fixed=fixed,
        kind=kind,
        anaphor=anaphor,
        topic_unless=topic_unless,
        look_back=look_back,
        default=default,
        told_by=told_by,
        also=also,
    )
