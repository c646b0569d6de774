"""The closed word lists of the figure grammar, loaded once from ``lexicon.yaml``.

>>> "Jahrestag" in LEXICON.occasion_nouns and "Platz" in LEXICON.rank_nouns
True
>>> LEXICON.qualifiers["knapp"]
'almost'
>>> is_occasion("Handelsmesse"), is_occasion("Bewohner")
(True, False)
>>> import re
>>> bool(re.fullmatch(alternation("saying_verbs"), "hieß  es"))
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from bycn.yamlfiles import safe_load

__all__ = [
    "LEXICON",
    "WORD_LISTS",
    "Lexicon",
    "alternation",
    "by_first_character",
    "expand",
    "is_occasion",
    "modern_names",
]


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
    older_names: MappingProxyType[str, str]
    qualifiers_before_um: frozenset[str]
    exceed_verbs: frozenset[str]
    uber_verbs: frozenset[str]
    abbreviations: frozenset[str]
    multiword_nouns: frozenset[str]
    number_nouns: frozenset[str]
    place_articles: frozenset[str]
    saying_verbs: frozenset[str]
    pronoun_verbs: frozenset[str]
    level_infinitives: frozenset[str]
    present_verbs: frozenset[str]
    have_auxiliaries: frozenset[str]
    be_auxiliaries: frozenset[str]
    change_participles: frozenset[str]
    past_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    plan_participles: frozenset[str]
    now_words: frozenset[str]
    aspect_words: frozenset[str]
    span_to_now: frozenset[str]
    since_start: frozenset[str]
    cumulative_words: frozenset[str]
    whole_flow_nouns: frozenset[str]
    other_countries: frozenset[str]
    other_blocs: frozenset[str]
    other_regions: frozenset[str]
    chinese_provinces: frozenset[str]
    goods_nouns: frozenset[str]
    non_food_goods: frozenset[str]
    company_heads: frozenset[str]
    mission_heads: frozenset[str]
    note_words: frozenset[str]
    ordinal_possessives: frozenset[str]
    part_words: frozenset[str]
    many_words: frozenset[str]
    counting_verbs: frozenset[str]
    bare_labels: frozenset[str]
    aim_verbs: frozenset[str]
    head_titles: frozenset[str]
    national_speakers: frozenset[str]


#: The lists of ``lexicon.yaml`` that are mappings, not word lists.
_MAPPINGS = ("qualifiers", "older_names")


def _load() -> Lexicon:
    text = resources.files(__package__).joinpath("lexicon.yaml").read_text("utf-8")
    data = safe_load(text)
    fields: dict[str, Any] = {
        key: MappingProxyType(dict(value)) if key in _MAPPINGS else frozenset(value)
        for key, value in data.items()
    }
    return Lexicon(**fields)


LEXICON = _load()
_OCCASION_SUFFIXES = tuple(w.lower() for w in LEXICON.occasion_nouns if len(w) >= 5)


def is_occasion(noun: str) -> bool:
    """An anniversary, edition or count of times, or a compound ending in one."""
    return noun in LEXICON.occasion_nouns or noun.lower().endswith(_OCCASION_SUFFIXES)


#: The names of the lexicon's word lists (every list but the mappings, ``qualifiers`` ...).
WORD_LISTS = tuple(name for name, words in vars(LEXICON).items() if isinstance(words, frozenset))


_OLDER = re.compile("|".join(sorted(LEXICON.older_names, key=lambda w: (-len(w), w))))
#: What every older name holds (a text without it needs no search).
_OLDER_PART = "eißruss"


def modern_names(text: str) -> str:
    """``text`` with the older names of Belarus's people and adjective (the lexicon's
    ``older_names``: ``weißrussisch``, ``Weißrussen``) in the form used now, at the same
    offsets, so that a rule written with ``belarussisch`` reads a text of either name.

    >>> modern_names("mehr als 500 weißrussische Studenten")
    'mehr als 500 belarussische Studenten'
    >>> modern_names("Weißrussland")
    'Weißrussland'
    """
    if _OLDER_PART not in text:
        return text
    return _OLDER.sub(lambda m: LEXICON.older_names[m.group()], text)


@cache  # the catalog names a list many times: its trie is built once
def alternation(name: str) -> str:
    """The words of the lexicon's list ``name`` as one regex group that matches any of them:
    the longest first, each escaped, a space matching any run of whitespace ("hieß es").

    >>> alternation("place_articles")
    '(?:Den)'
    >>> alternation("verbs")
    Traceback (most recent call last):
    ...
    KeyError: "no word list 'verbs' in the lexicon"
    """
    if name not in WORD_LISTS:
        raise KeyError(f"no word list {name!r} in the lexicon")
    # Sorted, so that the pattern's text is the same in every process (a set's order is not).
    words = sorted(getattr(LEXICON, name), key=lambda w: (-len(w), w))
    groups = by_first_character(words, _escape_spaced)
    return "(?:{})".format("|".join(first + rest for first, rest in groups.items()))


def _escape_spaced(char: str) -> str:
    """A character of a listed word as a regex: a space matches any run of whitespace."""
    return r"\s+" if char == " " else re.escape(char)


def by_first_character(
    words: Iterable[str], escape: Callable[[str], str] = re.escape
) -> dict[str, str]:
    r"""The words grouped by their first character: each (escaped) with the pattern of
    what follows it in the words of its group. ``|``-joined, the groups match what
    ``(?:word|word|...)`` with the words longest first matches, trying the same words in
    the same order at each place, found faster.

    Python's regex engine tries an alternation's branches one by one at each place of a
    text: a hundred country names are a hundred tries where most sentences name none.
    Grouped, only the branch of the place's character is entered, and within it the
    words share their beginnings (a trie): a place is read once for all the words that
    begin alike. Two words both match at one place only when one begins the other, and
    a longer continuation is tried before the word ends (greedy ``?``): the longest
    first, as in the plain alternation.

    >>> by_first_character(["Minsk", "Minsker Gebiet", "Minsks", "Brest"])
    {'M': 'insk(?:er\\ Gebiet|s)?', 'B': 'rest'}
    """
    groups: dict[str, dict[str, Any]] = {}
    for word in words:
        node = groups.setdefault(word[:1], {})
        for char in word[1:]:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return {escape(first): _trie(rests, escape) for first, rests in groups.items()}


def _trie(node: dict[str, Any], escape: Callable[[str], str]) -> str:
    """The pattern of the words in a trie node: each continuation, then (optionally) none."""
    parts = [escape(char) + _trie(child, escape) for char, child in node.items() if char]
    if not parts:
        return ""
    if len(parts) > 1:
        body = f"(?:{'|'.join(parts)})"
        return body + "?" if "" in node else body
    return f"(?:{parts[0]})?" if "" in node else parts[0]


# A word list named in a regex of a data file ("{lexicon:saying_verbs}"), read in its place.
_NAMED_LIST = re.compile(r"\{lexicon:(\w*)\}")


def expand(pattern: str) -> str:
    r"""``pattern`` with each word list it names as ``{lexicon:NAME}`` in its place (as
    :func:`alternation`); a KeyError that says which names are no list, and which are.

    >>> expand(r"(?<!\w){lexicon:place_articles}\s")
    '(?<!\\w)(?:Den)\\s'
    >>> expand("{lexicon:verbs}")
    Traceback (most recent call last):
    ...
    KeyError: 'no word list of the lexicon: verbs (known: not_adjectives, ...)'
    """
    unknown = [m[1] for m in _NAMED_LIST.finditer(pattern) if m[1] not in WORD_LISTS]
    if unknown:
        known = ", ".join(WORD_LISTS)
        raise KeyError(f"no word list of the lexicon: {', '.join(unknown)} (known: {known})")
    return _NAMED_LIST.sub(lambda m: alternation(m[1]), pattern)
