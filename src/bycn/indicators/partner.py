"""What a point of an entity must name: its partner (China, for the Belarus-China pair).

A point of the country pair is a figure of Belarus's ties with China (indicators.md), so
China is named in the figure's sentence, in the few sentences before it, or in its
article's lead (the text's topic). The entity's ``partner`` in the catalog says how:
``names`` (regexes, one must be found), ``look_back`` (how many sentences before the
figure's count) and ``not_in`` (stretches where a name does not count: China as one of a
list of destinations, when the figure is a total of all).

>>> import re
>>> from bycn.indicators.model import Entity
>>> pair = Entity("Belarus-China", "country_pair", (), partner=(re.compile("China"),),
...     partner_not_in=(re.compile(r"\\w+, \\w+ und \\w+"),))
>>> names_partner(pair, ["Die Exporte nach China stiegen um 20 Prozent."])
True
>>> names_partner(pair, ["Käse ging nach Japan, China und Malaysia."])
False
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bycn.indicators.anaphora import Reporter
from bycn.indicators.model import Entity

__all__ = ["names_partner", "read_partner"]

_KEYS = {"names", "look_back", "not_in"}


def read_partner(checker: Reporter, where: str, value: Any) -> dict[str, Any]:
    """An entity's optional ``partner`` mapping as :class:`Entity` keyword arguments, its
    problems told to ``checker``."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        checker.problem(where, "expected a mapping {names: [...], look_back: N, not_in: [...]}")
        return {}
    checker.keys(where, value, _KEYS, required=("names",))
    reach = value.get("look_back", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        checker.problem(f"{where}.look_back", f"expected a whole number >= 0, got {reach!r}")
        reach = 0
    return {
        "partner": checker.regexes(f"{where}.names", value.get("names", [])),
        "partner_look_back": reach,
        "partner_not_in": checker.regexes(f"{where}.not_in", value.get("not_in", [])),
    }


def names_partner(entity: Entity, texts: Iterable[str]) -> bool:
    """Whether one of ``texts`` names the entity's partner outside its ``not_in``
    stretches (always, for an entity without a partner)."""
    if not entity.partner:
        return True
    for text in texts:
        for pattern in entity.partner_not_in:
            text = pattern.sub(" ", text)
        if any(p.search(text) for p in entity.partner):
            return True
    return False
