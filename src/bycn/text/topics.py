"""The topic of a sentence, by the ordered keyword rules in ``topics.yaml``.

>>> topic_of("Der Handelsumsatz betrug 1,2 Milliarden Dollar.")
'trade'
>>> topic_of("Ende 2021 waren im Park 85 Einwohner gemeldet.")
'park'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

__all__ = ["topic_of"]


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    import yaml

    data = yaml.safe_load(resources.files(__package__).joinpath("topics.yaml").read_text("utf-8"))
    return tuple(
        (rule["topic"], re.compile(r"(?<!\w)(?:" + "|".join(rule["words"]) + ")")) for rule in data
    )


@lru_cache(maxsize=256)
def topic_of(sentence: str, context: str = "") -> str:
    """The first topic whose words occur in ``sentence``, else in ``context``; else ``other``.

    Cached: every figure of a sentence asks with the same strings, so a sentence is
    searched once however many figures it holds (a flattened table is one sentence).
    """
    for text in (sentence, context):
        for topic, pattern in _rules():
            if pattern.search(text):
                return topic
    return "other"
