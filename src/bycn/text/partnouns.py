"""The noun of a count that names none right after it: the whole it is a part of (``20
der 30 Firmen`` counts Firmen) or the one left out after its adjectives (``2019 kamen 27
neue hinzu``: the noun of the count before).
"""

from __future__ import annotations

import re

from bycn.text.lexicon import LEXICON
from bycn.text.nouns import counted_noun

__all__ = ["left_out_noun", "partitive_noun"]


# "20 der 30 Firmen", "drei von fünf Projekten": a part of a counted whole.
_PARTITIVE = re.compile(
    r"\s+(?:der|von)\s+(?:den\s+)?(?:(?:\d[\d.]*|[a-zäöüß]+)\s+){0,2}?(?=[A-ZÄÖÜ])"
)


def partitive_noun(rest: str, pos: int = 0, stop: int | None = None) -> str | None:
    """The noun of the whole a number is a part of: ``20 der 30 Firmen`` counts Firmen.

    The number's span stays bare: the whole may be a figure of its own. The noun may
    be one of time (``2 der 10 Jahre``): the caller decides.

    >>> partitive_noun(" der 30 chinesischen Firmen"), partitive_noun(" von ihnen")
    ('Firmen', None)
    """
    stop = len(rest) if stop is None else stop
    match = _PARTITIVE.match(rest, pos, stop)
    if match is None:
        return None
    noun = counted_noun(rest, match.end() - 1, stop)
    return None if noun is None else noun[0]


# "2019 kamen 27 neue hinzu", "davon sollen 12 weitere folgen": one or two adjectives in "-e"
# after the number and no noun (the clause ends, or a verb or particle follows): the noun is
# left out, as the one counted before. A word in "-en" may be a verb ("90 folgen"): no sign.
_LEFT_OUT = re.compile(
    r"\s+(?P<adjs>[a-zäöüß][\w-]*e(?:\s+[a-zäöüß][\w-]*e)?)(?=\s*(?:[,.;:!?)]|$)|\s+[a-zäöüß])"
)


def left_out_noun(rest: str, pos: int = 0, stop: int | None = None) -> bool:
    """Whether the number that ends at ``pos`` is followed by adjectives and no noun: the
    noun is left out (``2019 kamen 27 neue hinzu``), and the number counts the noun of
    the count before it. Words that are no adjectives (``27 sowie``, ``heute``) are none.

    >>> left_out_noun(" neue hinzu."), left_out_noun(" neue Firmen"), left_out_noun(" heute")
    (True, False, False)
    """
    match = _LEFT_OUT.match(rest, pos, len(rest) if stop is None else stop)
    if match is None:
        return False
    return not any(
        word in LEXICON.not_adjectives or word.capitalize() in LEXICON.function_words
        for word in match.group("adjs").split()
    )
