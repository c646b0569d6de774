"""The topic of a sentence, by the ordered keyword rules in ``topics.yaml``.

>>> topic_of("Der Handelsumsatz betrug 1,2 Milliarden Dollar.")
'trade'
>>> topic_of("Ende 2021 waren im Park 85 Einwohner gemeldet.")
'park'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

__all__ = ["topic_of"]


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """Each rule's topic, its pattern, and the pattern's words without the word-start test.

    The words alone find a superset of the pattern's matches, and, opening with letters,
    let the regex engine skip ahead to a possible first letter: most rules find nothing
    in most sentences, and the full pattern runs only where its words occur. A rule with
    a word that opens otherwise (a lookbehind, a group) has no such shortcut: None.
    """
    from bycn.yamlfiles import safe_load

    text = resources.files(__package__).joinpath("topics.yaml").read_text("utf-8")
    data = safe_load(text)
    return tuple(
        (
            rule["topic"],
            re.compile(r"(?<!\w)(?:" + "|".join(rule["words"]) + ")"),
            _words_first(rule["words"]),
        )
        for rule in data
    )


# A lookbehind that opens a word ("(?<!Millionen )Einwohner"): without it the word finds
# a superset of its matches, and opens with a letter again.
_LEADING_LOOKBEHIND = re.compile(r"^\(\?<[!=][^()]*\)")


def _words_first(words: list[str]) -> re.Pattern[str] | None:
    """The rule's words as one regex that finds at least every match of the rule, each
    word opening with a letter or digit (what lets the engine skip ahead); None if a
    word opens otherwise.

    >>> _words_first(["Park", "(?<!Millionen )Einwohner"]).pattern
    'Park|Einwohner'
    """
    bare = [_LEADING_LOOKBEHIND.sub("", word) for word in words]
    return re.compile("|".join(bare)) if all(word[:1].isalnum() for word in bare) else None


def topic_of(sentence: str, context: str | Callable[[], str] = "") -> str:
    """The first topic whose words occur in ``sentence``, else in ``context``; else ``other``.

    ``context`` may be given as a function that makes it: called only if ``sentence``
    names no topic, as most do.

    >>> topic_of("Es kamen 20 Gäste.", lambda: "Der Park wächst. Es kamen 20 Gäste.")
    'park'
    """
    found = _topic(sentence)
    if found:
        return found
    return _topic(context if isinstance(context, str) else context()) or "other"


@lru_cache(maxsize=256)
def _topic(text: str) -> str:
    """The first topic whose words occur in ``text``; else "".

    Cached: every figure of a sentence asks with the same sentence, and every sentence of
    a paragraph with the same paragraph, so each is searched once however many figures
    it holds (a flattened table is one sentence).
    """
    for topic, pattern, words in _rules():
        if words is None:
            if pattern.search(text):
                return topic
            continue
        first = words.search(text)
        # The rule matches nowhere before its first word: search on from there (the
        # pattern's lookbehinds still see the text before), not from the start again.
        if first is not None and pattern.search(text, first.start()):
            return topic
    return ""
