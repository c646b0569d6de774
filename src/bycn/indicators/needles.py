"""Literal text a regular expression cannot match without: a cheap test before its search.

A catalog pattern such as ``\\bHandel\\b`` or ``[Ee]xport`` is searched in many clauses
and sentences, and most do not hold it. Python's regex engine scans a text position by
position for a pattern that starts with ``\\b`` or a character class, while ``in`` finds
a plain string with a fast substring search. :func:`search_test` tests the literal text
every match must contain (``Handel``, ``xport``: :mod:`bycn.indicators.literals` reads
it) with ``in`` first; the unchanged pattern decides only when the text holds it, so the
answer is the same.

>>> import re
>>> found = search_test(re.compile(r"[Ee]xport"))
>>> found("Die Exporte stiegen"), found("Die Importe stiegen")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bycn.indicators.literals import reading
from bycn.text.lexicon import by_first_character

__all__ = [
    "SearchTest",
    "Searches",
    "any_test",
    "names_pattern",
    "optional_test",
    "search_test",
]

#: Whether a text holds a match of the pattern (the same answer as ``pattern.search``).
SearchTest = Callable[[str], bool]


def _search(pattern: re.Pattern[str], second: tuple[str, ...] | None) -> Callable[[str], object]:
    """``pattern.search``, for a text that holds a needle of the pattern; with its
    ``second`` requirement (:func:`~bycn.indicators.literals.reading`) looked for first."""
    search = pattern.search
    if second is None:
        return search

    def searched(text: str) -> object:
        for needle in second:
            if needle in text:
                return search(text)
        return None

    return searched


def search_test(pattern: re.Pattern[str]) -> SearchTest:
    """A test equal to ``bool(pattern.search(text))``, cheaper for most texts."""
    required, plain, second = reading(pattern)
    search = _search(pattern, second)
    if plain is not None:
        return lambda text: plain in text
    if required is None:
        return lambda text: search(text) is not None
    if len(required) == 1:
        [needle] = required
        return lambda text: needle in text and search(text) is not None

    def test(text: str) -> bool:
        for needle in required:
            if needle in text:
                return search(text) is not None
        return False

    return test


def optional_test(patterns: Sequence[re.Pattern[str]]) -> SearchTest | None:
    """:func:`any_test` of ``patterns``; None for no patterns (a catalog's optional list).

    >>> optional_test([]) is None, optional_test([re.compile("plan")])("Jahresplan")
    (True, True)
    """
    return any_test(patterns) if patterns else None


# A pattern with no literal to test first, shared by many rules ("a clause of another country
# that names neither China nor Belarus", in 23 rules' lists), is searched for each of them in
# the same clause, one after another: its last answer serves the rules after the first.
_LAST_ANSWERED: dict[re.Pattern[str], Callable[[str], object]] = {}


def _last_answered(pattern: re.Pattern[str]) -> Callable[[str], object]:
    """``pattern.search``, which answers again for the text it was last asked of without
    searching it again (one search shared by every test of the pattern).

    >>> search = _last_answered(re.compile(r"^(?=.*\\bRussland\\b)"))
    >>> search is _last_answered(re.compile(r"^(?=.*\\bRussland\\b)"))
    True
    >>> [bool(search(t)) for t in ("Russland kam auf 30", "Handel", "Russland kam auf 30")]
    [True, False, True]
    """
    found = _LAST_ANSWERED.get(pattern)
    if found is not None:
        return found
    last: list = [None, None]  # the text, and what the search found in it

    def search(text: str) -> object:
        if text is not last[0] and text != last[0]:
            last[0], last[1] = text, pattern.search(text)
        return last[1]

    _LAST_ANSWERED[pattern] = search
    return search


def any_test(patterns: Sequence[re.Pattern[str]]) -> SearchTest:
    """One test equal to ``any(p.search(text) for p in patterns)``: the plain literals are
    looked for first, then the patterns whose literals the text holds, then the rest.

    >>> found = any_test([re.compile("Handelsumsatz"), re.compile(r"\\bHandel\\b")])
    >>> found("Der Handel wuchs"), found("Der Handelsumsatz wuchs"), found("Die Handelsbilanz")
    (True, True, False)
    """
    plains: list[str] = []
    # (needle, search) for each needle of a pattern: a text that holds a needle of
    # several patterns is searched for each of them, seldom one pattern twice.
    guarded: list[tuple[str, Callable[[str], object]]] = []
    bare: list[Callable[[str], object]] = []
    for pattern in patterns:
        required, plain, second = reading(pattern)
        if plain is not None:
            plains.append(plain)
        elif required is not None:
            search = _search(pattern, second)
            guarded.extend((needle, search) for needle in required)
        else:
            bare.append(_last_answered(pattern))
    if not guarded and not bare:
        if len(plains) == 1:
            [plain] = plains
            return lambda text: plain in text

        def among(text: str) -> bool:
            # Loops, not any() over a generator: this runs for every clause.
            for plain in plains:  # noqa: SIM110
                if plain in text:
                    return True
            return False

        return among

    def test(text: str) -> bool:
        for plain in plains:
            if plain in text:
                return True
        for needle, search in guarded:
            if needle in text and search(text) is not None:
                return True
        for search in bare:  # noqa: SIM110
            if search(text) is not None:
                return True
        return False

    return test


class Searches:
    """The tests of pattern lists, one per distinct list (:meth:`test`), and what each
    found in a text, remembered until :meth:`forget` (:meth:`found`): the rules that ask
    the same question of the same sentence share one search.

    >>> searches = Searches()
    >>> handel = searches.test([re.compile(r"\\bHandel\\b")])
    >>> handel is searches.test([re.compile(r"\\bHandel\\b")]), searches.test([]) is None
    (True, True)
    >>> searches.found(handel, "Der Handel wuchs"), searches.found(handel, "Die Importe")
    (True, False)
    """

    def __init__(self) -> None:
        self._tests: dict[tuple[tuple[str, int], ...], SearchTest] = {}
        self._found: dict[tuple[SearchTest, str], bool] = {}

    def forget(self) -> None:
        """Forget what was found in texts; keep the tests."""
        self._found.clear()

    def test(self, patterns: Sequence[re.Pattern[str]]) -> SearchTest | None:
        """The :func:`any_test` of a list of patterns (None for an empty list), the same
        object for equal lists, so that what it found serves every list equal to it."""
        if not patterns:
            return None
        key = tuple((p.pattern, p.flags) for p in patterns)
        found = self._tests.get(key)
        if found is None:
            found = self._tests[key] = any_test(patterns)
        return found

    def found(self, test: SearchTest, text: str) -> bool:
        """Whether ``test`` finds one of its patterns in ``text``; remembered."""
        key = (test, text)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = test(text)
        return found


def names_pattern(names: list[str]) -> re.Pattern[str] | None:
    """A pattern that finds the ``names`` as whole words, the longest of two that start at
    one place first: the same matches as ``(?<!\\w)(?:name|name|...)(?!\\w)`` with the
    names longest first, found faster.

    The names are grouped by their first character, each group a trie
    (:func:`~bycn.text.lexicon.by_first_character`, as the lexicon's word lists are),
    and as every alternative starts with a plain character the engine skips places no
    name can start at. ``(?<!\\wX)`` after a name's first character ``X`` asks what
    ``(?<!\\w)`` before it would.

    >>> names = names_pattern(["Gebiet Minsk", "Minsk", "Brest"])
    >>> [m[0] for m in names.finditer("Im Gebiet Minsk, in Minsker Betrieben und Brest")]
    ['Gebiet Minsk', 'Brest']
    >>> print(names_pattern(["Minsk", "Minsker Gebiet", "Minsks"]).pattern)
    (?:M(?<!\\wM)insk(?:er\\ Gebiet|s)?)(?!\\w)
    """
    groups = by_first_character(names)
    if not groups:
        return None
    alternatives = (f"{first}(?<!\\w{first}){rest}" for first, rest in groups.items())
    return re.compile(f"(?:{'|'.join(alternatives)})(?!\\w)")
