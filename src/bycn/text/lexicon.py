"""The closed word lists of the figure grammar, loaded once from ``lexicon.yaml``.

>>> "Jahrestag" in LEXICON.occasion_nouns and "Platz" in LEXICON.rank_nouns
True
>>> LEXICON.qualifiers["knapp"]
'almost'
>>> is_occasion("Handelsmesse"), is_occasion("Bewohner")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from bycn.yamlfiles import safe_load

__all__ = ["LEXICON", "Lexicon", "is_occasion"]


@dataclass(frozen=True)
class Lexicon:
    """Each field is one list of ``lexicon.yaml``; see the comments there."""

    not_adjectives: frozenset[str]
    function_words: frozenset[str]
    time_nouns: frozenset[str]
    times_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    rank_nouns: frozenset[str]
    name_prepositions: frozenset[str]
    identifier_words: frozenset[str]
    qualifiers: MappingProxyType[str, str]
    qualifiers_before_um: frozenset[str]
    exceed_verbs: frozenset[str]
    uber_verbs: frozenset[str]
    abbreviations: frozenset[str]
    multiword_nouns: frozenset[str]
    place_articles: frozenset[str]
    saying_verbs: frozenset[str]


def _load() -> Lexicon:
    text = resources.files(__package__).joinpath("lexicon.yaml").read_text("utf-8")
    data = safe_load(text)
    return Lexicon(
        **{
            key: MappingProxyType(dict(value)) if key == "qualifiers" else frozenset(value)
            for key, value in data.items()
        }
    )


LEXICON = _load()
_OCCASION_SUFFIXES = tuple(w.lower() for w in LEXICON.occasion_nouns if len(w) >= 5)


def is_occasion(noun: str) -> bool:
    """An anniversary, edition or count of times, or a compound ending in one."""
    return noun in LEXICON.occasion_nouns or noun.lower().endswith(_OCCASION_SUFFIXES)
