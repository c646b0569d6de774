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

A partner said without its name ("die Volksrepublik") is the one the text named before it:
:class:`NamedBefore` tells whether a text has named something before a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bycn.indicators.anaphora import Reporter
from bycn.indicators.model import Entity
from bycn.indicators.needles import SearchTest

__all__ = ["NamedBefore", "Site", "names_partner", "read_partner"]

#: Where a sentence stands among its document's sentences: (doc, index). Its one home
#: (:mod:`bycn.indicators.scopes`, which imports this module, gives it on).
Site = tuple[str, int]
#: Up to ``count`` sentences before the one at a site, nearest first, same article only.
Before = Callable[[Site, int], tuple[str, ...]]

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
    return {
        "partner": checker.regexes(f"{where}.names", value.get("names", [])),
        "partner_look_back": checker.look_back(where, value),
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


class NamedBefore:
    """Whether a text has named something before a sentence: in its article's title or in a
    sentence before it in its article, however far back.

    Each sentence is asked once per test (what was found is remembered per sentence until
    :meth:`forget`), so a text costs time linear in its length, however many figures ask.
    found: the test of a pattern list on a text (a remembering one, as
    :meth:`bycn.indicators.needles.Searches.found`).

    >>> texts = ["Das Gebiet Brest baut Kontakte aus.", "China ist der Partner.", "Er wuchs."]
    >>> before = lambda site, count: tuple(reversed(texts[max(site[1] - count, 0) : site[1]]))
    >>> named = NamedBefore(lambda test, text: test(text))
    >>> china = lambda text: "China" in text
    >>> [named.named(china, "", ("d", i), before) for i in range(3)]
    [False, False, True]
    >>> named.named(china, "Brest liefert nach China", ("d", 0), before)
    True
    """

    def __init__(self, found: Callable[[SearchTest, str], bool]) -> None:
        self._found = found
        self._named: dict[tuple[SearchTest, Site], bool] = {}

    def forget(self) -> None:
        """Forget what was found in the texts seen so far."""
        self._named.clear()

    def named(self, test: SearchTest, title: str, site: Site | None, before: Before) -> bool:
        """Whether ``test`` finds its pattern in ``title`` or a sentence before the one at
        ``site`` in its article (``before``: the sentences before one, nearest first)."""
        if title and self._found(test, title):
            return True
        if site is None:
            return False
        doc = site[0]
        known = self._named
        pending: list[tuple[Site, str]] = []  # sentences not asked yet, nearest first
        here = site
        while (test, here) not in known:
            previous = before(here, 1)
            if not previous:
                known[(test, here)] = False  # the first sentence of its article
                break
            pending.append((here, previous[0]))
            here = (doc, here[1] - 1)
        value = known[(test, here)]
        for at, text in reversed(pending):
            value = value or self._found(test, text)
            known[(test, at)] = value
        return known[(test, site)]
