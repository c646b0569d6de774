"""The literal text a regular expression cannot match without, read from its pattern.

Python's regex engine scans a text position by position for a pattern that starts with
``\\b`` or a character class, while ``in`` finds a plain string with a fast substring
search: :mod:`bycn.indicators.needles` tests the literals read here with ``in`` before it
lets the pattern search (``Handel`` of ``\\bHandel\\b``, ``Soll``/``soll`` of
``\\b[Ss]oll\\b``), so that most texts, which hold no match, cost no search.

The reading is conservative: what it does not understand (inline flags, most character
classes, backreferences ...) contributes no literal, and a pattern of which no literal
is known is searched as before.

>>> import re
>>> needles(re.compile(r"\\bHandel\\b"))
('Handel',)
>>> needles(re.compile(r"\\b(?:Holz|Milch)\\w*"))
('Holz', 'Milch')
>>> needles(re.compile(r"Ausfuhren? nach China"))
(' nach China',)
>>> needles(re.compile(r"(?i)handel")) is None, needles(re.compile(r"^(?:|Jobs)$")) is None
(True, True)
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["Reading", "literal", "needles", "reading"]

#: What a pattern is read as (:func:`reading`): the requirement every match meets (None if
#: none is known), the plain literal it is (if it is one), and a second requirement
#: (:func:`_second`).
Reading = tuple[tuple[str, ...] | None, str | None, tuple[str, ...] | None]
_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_CLASS_MOST = 3  # characters of a class at most, read as its spellings ([Ss], [.,;])
_SPELLINGS = 4  # spellings of a run at most (``[Dd]a[sß]``: four)


class _Unknown(Exception):
    """A construct whose literal content is not read (the pattern gets no pre-test)."""


class _Reader:
    """Reads a pattern's text: for each branch, the literals every match of it contains.

    A *requirement* is a tuple of strings one of which every match contains.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def alternatives(
        self,
    ) -> tuple[tuple[str, ...] | None, str | None, list[tuple[str, ...]] | None]:
        """The branches from here to the next unmatched ``)`` or the end: the best
        requirement that holds for every branch (None if some branch has none), the
        plain literal the branches are, if they are one plain literal, and all the
        requirements of a single branch (None for several)."""
        branches = [self.sequence()]
        while self.pos < len(self.text) and self.text[self.pos] == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            requirements, plain = branches[0]
            return _best(requirements), plain, requirements
        merged: list[str] = []
        for requirements, _ in branches:
            best = _best(requirements)
            if best is None:
                return None, None, None
            merged.extend(best)
        return _fewest(merged), None, None

    def sequence(self) -> tuple[list[tuple[str, ...]], str | None]:
        """One branch: its requirements, and its text if it is nothing but literals.

        A run of literal characters is a requirement; with a class of a few characters
        in it, its spellings are (``[Ss]oll``: ``Soll`` or ``soll``), and so is each
        stretch between its classes (``oll``): :func:`_best` chooses between one short
        string and several longer ones."""
        text = self.text
        requirements: list[tuple[str, ...]] = []
        spellings = [""]  # the run up to its last class, each way it is spelt
        stretch: list[str] = []  # the run's characters after that
        plain: list[str] | None = []
        while self.pos < len(text) and text[self.pos] not in "|)":
            chars, group = self.atom()
            low, repeated = self.quantifier()
            if chars is not None and not repeated:
                if len(chars) == 1:
                    stretch.append(chars)
                    if plain is not None:
                        plain.append(chars)
                    continue
                plain = None
                if len(spellings) * len(chars) > _SPELLINGS:
                    requirements += _run(spellings, stretch)
                    spellings, stretch = [""], []
                if stretch:
                    requirements.append(("".join(stretch),))
                spellings = [s + "".join(stretch) + c for s in spellings for c in chars]
                stretch = []
                continue
            plain = None
            requirements += _run(spellings, stretch)
            spellings, stretch = [""], []
            if group is not None and low > 0:
                requirements.append(group)
        requirements += _run(spellings, stretch)
        return requirements, "".join(plain) if plain else None

    def atom(self) -> tuple[str | None, tuple[str, ...] | None]:
        """The next atom: a literal character (or the few a class allows, one of which it
        matches), a group's requirement, or neither."""
        text, pos = self.text, self.pos
        char = text[pos]
        if char == "\\":
            escaped = text[pos + 1]
            if escaped in "xuUN" or escaped.isdigit():
                raise _Unknown(escaped)  # \x41, \u00e4, \N{...}, octal, backreferences
            self.pos = pos + 2
            # \b \w \d \n ...: a class, an assertion or a control character, no literal.
            return (None if escaped.isascii() and escaped.isalnum() else escaped), None
        if char == "[":
            self.pos = _class_end(text, pos)
            return _class_chars(text[pos + 1 : self.pos - 1]), None
        if char == "(":
            return None, self.group()
        if char in "*+?{":
            raise _Unknown(char)
        self.pos = pos + 1
        return (None if char in ".^$" else char), None

    def group(self) -> tuple[str, ...] | None:
        text, pos = self.text, self.pos
        if text.startswith(_LOOKAROUNDS, pos):
            self.pos = pos + (4 if text.startswith("(?<", pos) else 3)
            self.alternatives()  # zero width: what it looks at need not be in a match
            requirement = None
        else:
            if text.startswith("(?:", pos):
                self.pos = pos + 3
            elif text.startswith("(?P<", pos):
                self.pos = text.index(">", pos) + 1
            elif text.startswith("(?", pos):
                raise _Unknown(text[pos : pos + 3])  # flags, comments, conditionals
            else:
                self.pos = pos + 1
            requirement = self.alternatives()[0]
        if self.pos >= len(text) or text[self.pos] != ")":
            raise _Unknown("(")
        self.pos += 1
        return requirement

    def quantifier(self) -> tuple[int, bool]:
        """The least number of repeats of the atom just read, and whether it is quantified."""
        text, pos = self.text, self.pos
        if pos >= len(text) or text[pos] not in "*+?{":
            return 1, False
        if text[pos] == "{":
            m = _QUANTIFIER.match(text, pos)
            if m is None or (not m[1] and m[2] is None):
                raise _Unknown("{")  # a literal brace ('{', '{}'): not read
            low = int(m[1] or 0)
            self.pos = m.end()
        else:
            low = 1 if text[pos] == "+" else 0
            self.pos = pos + 1
        if self.pos < len(text) and text[self.pos] in "?+":
            self.pos += 1  # lazy or possessive: the same least number
        return low, True


def _class_end(text: str, pos: int) -> int:
    """The position after the character class that starts at ``pos``."""
    i = pos + 1
    if i < len(text) and text[i] == "^":
        i += 1
    if i < len(text) and text[i] == "]":
        i += 1  # a ']' first in a class is a literal
    while i < len(text) and text[i] != "]":
        i += 2 if text[i] == "\\" else 1
    if i >= len(text):
        raise _Unknown("[")
    return i + 1


def _class_chars(body: str) -> str | None:
    """The characters a class (its ``body`` between the brackets) matches, if it is a few
    plain ones (``[Ss]``); None for any other (a range, a negation, an escape ...)."""
    chars = "".join(dict.fromkeys(body))
    if not 0 < len(chars) <= _CLASS_MOST or any(c in "^-\\[]" for c in chars):
        return None
    return chars


def _run(spellings: list[str], stretch: list[str]) -> list[tuple[str, ...]]:
    """The requirements of a run of literals that ends: its spellings up to its last
    class with the ``stretch`` after it, and that stretch alone (none for an empty run)."""
    tail = "".join(stretch)
    if len(spellings) == 1:
        return [(spellings[0] + tail,)] if spellings[0] or tail else []
    found = [tuple(s + tail for s in spellings)]
    return [*found, (tail,)] if tail else found


def _fewest(found: list[str]) -> tuple[str, ...]:
    """The strings of ``found`` that contain no other one (a text that holds one that
    does holds the other too), each once, in their order."""
    unique = dict.fromkeys(found)
    return tuple(n for n in unique if not any(o != n and o in n for o in unique))


def _best(requirements: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most selective requirement: one without a string of one or two characters
    (a space, a letter, "an" or "er" is in almost every text: ``(?:Das|Dies) (?:sind|ist)``
    is tested for ``Das``/``Dies``, not for the space; ``\\b(?:strebt|peilt)\\b.*?\\ban\\b``
    for the verbs, not for ``an``), then one without a string of three (a word's end
    or middle as often as not: ``oll`` of ``\\b[Ss]oll\\b`` is in every "Dollar", so it
    is tested for ``Soll``/``soll``), then fewest alternatives, then longest shortest one.

    >>> _best([(" ",), ("Das", "Dies")]), _best([("Handel",), ("Das", "Dies")])
    (('Das', 'Dies'), ('Handel',))
    >>> _best([("an",), ("strebt", "peilt")]), _best([("Soll", "soll"), ("oll",)])
    (('strebt', 'peilt'), ('Soll', 'soll'))
    """
    if not requirements:
        return None
    return min(requirements, key=_selectivity)


def _second(
    requirements: list[tuple[str, ...]], best: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    """The next best requirement after ``best``, looked for only in a text that holds
    ``best``, before the search: a pattern's words may be common (``\\b(?:für|in|auf)\\s+
    (?:den|die|das)\\s+[^()]{1,40}\\(``) where a character it needs is not (``(``). None
    if there is none but one a text that holds ``best`` holds too (``is`` of ``[Bb]is``),
    a letter, a digit or a space (in almost every text).

    >>> _second([("den", "die", "das"), ("(",), (" ",)], ("den", "die", "das"))
    ('(',)
    >>> _second([("Handel",), ("n",)], ("Handel",)), _second([("bis",), ("is",)], ("bis",))
    (None, None)
    """
    for second in sorted(requirements, key=_selectivity):
        if second is best or (best and all(any(n in b for n in second) for b in best)):
            continue
        return None if any(_everywhere(n) for n in second) else second
    return None


def _everywhere(needle: str) -> bool:
    """Whether a needle is in almost every text: a letter, a digit or a space."""
    return len(needle) == 1 and (needle.isalnum() or needle.isspace())


def _selectivity(requirement: tuple[str, ...]) -> tuple[bool, bool, int, int]:
    """What :func:`_best` ranks a requirement by (the least first)."""
    shortest = min(map(len, requirement))
    return shortest < 3, shortest < 4, len(requirement), -shortest


@cache  # a pattern is read once (figure_scopes asks for the boundary's of each document)
def reading(pattern: re.Pattern[str]) -> Reading:
    """What ``pattern`` is read as (:data:`Reading`); nothing known of one with flags."""
    if pattern.flags != re.UNICODE or not isinstance(pattern.pattern, str):
        return None, None, None  # a flag (case, verbose ...) changes what a literal matches
    reader = _Reader(pattern.pattern)
    try:
        best, plain, requirements = reader.alternatives()
    except (_Unknown, IndexError, ValueError):
        return None, None, None
    if reader.pos != len(pattern.pattern):
        return None, None, None
    return best, plain, _second(requirements, best) if requirements else None


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains; None if none is known."""
    return reading(pattern)[0]


def literal(pattern: re.Pattern[str]) -> str | None:
    """The text ``pattern`` matches if it is one plain literal (no class, anchor, quantifier).

    >>> literal(re.compile("Handelsumsatz")), literal(re.compile(r"\\bHandel"))
    ('Handelsumsatz', None)
    """
    return reading(pattern)[1]
