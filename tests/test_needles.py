"""The cheap tests before the catalog's searches give the searches' own answers.

``indicators.literals`` reads the literal text every match of a pattern holds, ``needles`` looks
for it with ``in`` before the pattern is searched; ``needles.names_pattern`` groups the
entity names by first character, as ``lexicon.alternation`` groups a word list's words;
the catalog's clause boundary tries its comma first.
Each must answer exactly as the plain search does, on any text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bycn.indicators.catalog import load_catalog
from bycn.indicators.literals import literal, needles
from bycn.indicators.needles import any_test, names_pattern, search_test
from bycn.indicators.scopes import Clauses
from bycn.text.lexicon import LEXICON, WORD_LISTS, alternation

CATALOG = load_catalog()


def _catalog_patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    lists = ("near", "sentence", "context", "not_item", "not_near", "not_sentence", "not_context")
    for indicator in CATALOG.indicators:
        entity = indicator.entity
        patterns = [*(indicator.target or ()), entity.anaphor, *(entity.topic_unless or ())]
        for rule in indicator.rules:
            patterns += [rule.item, *(p for name in lists for p in getattr(rule, name))]
        for p in patterns:
            if p is not None:
                found[(p.pattern, p.flags)] = p
    refer_back = CATALOG.refer_back
    for p in (*CATALOG.target, *refer_back.openers, *refer_back.change, *refer_back.appositions):
        found[(p.pattern, p.flags)] = p
    return list(found.values())


PATTERNS = _catalog_patterns()
# Texts built from pieces of the catalog's own words, so that near misses are frequent.
PIECES = sorted(
    {w for p in PATTERNS for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", p.pattern)}
    | {" ", ",", "-", "1,5", "20", "Die ", "Der ", "\n", "ß"}
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=30)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bHandel\b", ("Handel",)),
        (r"[Ee]xport", ("xport",)),
        (r"Ausfuhren? nach China", (" nach China",)),
        (r"\b(?:Holz|Milch)\w*", ("Holz", "Milch")),
        (r"Great Stone|Großen? Steins?|Großer Stein", ("Great Stone", " Stein")),
        (r"(?:Studenten|Studierende\w*) aus China", (" aus China",)),
        (r"a(?=bc)d", ("a",)),  # what a lookahead looks at is no needle
        (r"x{2}yz", ("yz",)),
        (r"(?:ab)+c", ("ab",)),
        (r"(?:ab)*c", ("c",)),
        (r"\.\.\.", None),  # plain: its literal decides alone
        # A class of a few characters gives each spelling, where the text without it is
        # short ("oll" is in every "Dollar"); a longer one stays, a range gives none.
        (r"\b[Ss]oll(?:te|ten)\b", ("Soll", "soll")),
        (r"\b[Bb]is (?:20\d\d)\b", ("Bis ", "bis ")),
        (r"[Dd]a[sß]\b", ("Das", "Daß", "das", "daß")),
        (r"[Ww]irtschaftszone", ("irtschaftszone",)),
        (r"[a-z]oll", ("oll",)),
        (r"[^S]oll", ("oll",)),
        (r"[\w]oll", ("oll",)),
        (r"[Ss]?oll", ("oll",)),
    ],
)
def test_needles_are_text_every_match_holds(pattern: str, expected: tuple[str, ...]) -> None:
    compiled = re.compile(pattern)
    if expected is None:
        assert literal(compiled) == "..."
    else:
        assert needles(compiled) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)handel",
        r"^(?:|Jobs)$",
        r"a|\w+",
        r"(?P<x>a)(?P=x)",
        r"(a)b\1",
        r"a{}",
        r"(?x) a b",
        r"\d+",
        r"\x41bc",
        r"\u00e4bc",
        r"\N{LATIN SMALL LETTER A WITH DIAERESIS}bc",
        r"\101bc",
    ],
)
def test_what_is_not_read_gets_no_needle(pattern: str) -> None:
    assert needles(re.compile(pattern)) is None
    assert literal(re.compile(pattern)) is None


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_each_catalog_pattern_answers_as_its_search(text: str) -> None:
    for pattern in PATTERNS:
        assert search_test(pattern)(text) is (pattern.search(text) is not None), pattern


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_each_catalog_list_answers_as_its_searches(text: str) -> None:
    for indicator in CATALOG.indicators:
        for rule in indicator.rules:
            for patterns in (rule.near, rule.not_near, rule.sentence, rule.context):
                if patterns:
                    expected = any(p.search(text) for p in patterns)
                    assert any_test(patterns)(text) is expected, patterns


# Spellings of classes, and second requirements (a pattern searched only where its text
# holds one string of each of two requirements): each must answer as the search.
READ_TWICE = [
    r"\b[Ss]oll(?:en)?\b",
    r"\b[Ss]oll\w* [Dd]ollar",
    r"\b(?:für|in|auf)\s+(?:den|die|das)\s+[^()]{1,40}\(\s*\d+\s*%\)",
    r"[Ee]xport\w* nach [Cc]hina",
    r"\b[Bb]is (?:20\d\d)\b",
    r"[Dd]a[sß] [.,;]",
    r"(?<=[Ss])oll\(",
    r"[Ss][Oo][Ll][Ll]",
]
PIECES_TWICE = [
    *("Soll", "soll", "oll", "Dollar", "SOLL", "en", "Export", "export", "China", "china"),
    *("für", "auf", "den", "das", "(", ")", "5", " %", "%", " nach ", "Bis", "bis", "2025"),
    *("Das", "daß", "dass", " ", ".", ",", ";", "x"),
]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES_TWICE), max_size=10))
def test_spellings_and_second_requirements_answer_as_the_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern in map(re.compile, READ_TWICE):
        expected = pattern.search(text) is not None
        assert search_test(pattern)(text) is expected, (pattern, text)
        assert any_test([pattern])(text) is expected, (pattern, text)


def _names() -> list[str]:
    # As the matcher gives them: the names and the phrases that hide a name (not_names).
    names = [n for e in CATALOG.entities for n in (*e.names, *e.not_names)]
    return sorted(names, key=lambda n: -len(n))


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from([*_names(), " ", "x", "-", "er", ",", "Gebiet ", "Minsker "]),
        max_size=10,
    )
)
def test_grouped_names_find_what_the_plain_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    names = _names()
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)")
    grouped = names_pattern(names)
    assert grouped is not None
    assert [(m.span(), m[0]) for m in grouped.finditer(text)] == [
        (m.span(), m[0]) for m in plain.finditer(text)
    ]


def _plain_alternation(name: str) -> str:
    # The lexicon's alternation as first written: every word a branch, the longest first.
    words = sorted(getattr(LEXICON, name), key=lambda w: (-len(w), w))
    return "(?:{})".format("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words))


# A word, one it begins ("Vereinigte" in "Vereinigtes Königreich") and what follows it
# decide which branch a grouped alternation takes: the patterns look after the words too.
_AROUND = ("{}", r"\b{}\b", r"{}s\b", r"\b{}s? (?:\w+ )?Export", r"(?:\w+\s+){{0,2}}{}\b")


@pytest.mark.parametrize("name", WORD_LISTS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_grouped_word_lists_find_what_the_plain_alternation_finds(name: str, data) -> None:
    words = sorted(getattr(LEXICON, name))
    pieces = [*words, *(w[: len(w) // 2] for w in words), " ", "  ", "s", "x", "\n", " Export"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))
    for around in _AROUND:
        grouped = re.compile(around.format(alternation(name)))
        plain = re.compile(around.format(_plain_alternation(name)))
        assert [(m.span(), m[0]) for m in grouped.finditer(text)] == [
            (m.span(), m[0]) for m in plain.finditer(text)
        ], (around, text)


# The catalog's boundary as first written (its comma branches rewritten since, for speed),
# with the branch added later: "und" before a figure after a word parts two figures.
ORIGINAL_BOUNDARY = re.compile(
    r"(?<!\d),|,(?!\d)|;|:|<\.\.\.>|\sund\s(?=(?:der|des|die|dem|den)\s)"
    r"|(?<![\d\s])\sund\s(?=(?:(?:etwa|rund|fast|knapp|gut|über|mehr als|weitere)\s+)?\d)"
)


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(["1", ",", "a", " ", "und", "der", ";", "<...>", "5,"])),
    cut=st.tuples(st.integers(0, 40), st.integers(0, 40)),
)
@example(pieces=[" ", "und", " ", "1"], cut=(0, 0))
@example(pieces=["a", " ", "und", " ", "1"], cut=(0, 6))
def test_the_catalog_boundary_splits_as_before(pieces: list[str], cut: tuple[int, int]) -> None:
    # The same spans in any window (figure_scopes scans windows that end at a figure).
    text = "".join(pieces)
    lo, hi = sorted(cut)
    boundary = CATALOG.clause_boundary
    for args in ((), (lo, hi)):
        assert [m.span() for m in boundary.finditer(text, *args)] == [
            m.span() for m in ORIGINAL_BOUNDARY.finditer(text, *args)
        ]


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(["1", ",", "a", " ", "und", "der", ";", ":", "<...>", "5,", "Export"])
    ),
    at=st.tuples(st.integers(0, 60), st.integers(0, 12)),
)
def test_clauses_with_pretests_are_the_clauses_of_plain_scans(
    pieces: list[str], at: tuple[int, int]
) -> None:
    # The literals' pre-tests (of a whole sentence, of a window before a figure) change
    # no clause: the same clauses as scans of every sentence and window.
    sentence = "".join(pieces)
    position, length = min(at[0], len(sentence)), at[1]
    length = min(length, len(sentence) - position)
    tested, plain = Clauses(CATALOG.clause_boundary), Clauses(CATALOG.clause_boundary)
    plain.needles = None
    for clauses in (tested, plain):  # twice: the boundaries remembered answer alike
        clauses.clause(sentence, 0, 0)
    assert tested.clause(sentence, position, length) == plain.clause(sentence, position, length)
