"""Body sentences: where a sentence of the body mask ends.

A full stop ends a sentence unless it closes an abbreviation (``Mio.``, ``bzw.``),
an ordinal (``der 85. Einwohner``, ``an 2. Stelle``) or a date (``30. Januar``).
A scale abbreviation before a capitalised function word does end one
(``... auf 2,5 Mrd. Auf Russland entfielen ...``). Each row of a markdown
table is a sentence and a paragraph of its own (its rule line is none): a
row's values are read with that row, never with the next.

>>> body = "Es kamen 5 Mio. Gäste. Auf Platz 2. Stelle? Nein. Der 85. Einwohner kam."
>>> [s.text for s in split_sentences(body, [body], [True], [0], [0])]
['Es kamen 5 Mio. Gäste.', 'Auf Platz 2. Stelle?', 'Nein.', 'Der 85. Einwohner kam.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from bycn.text.lexicon import LEXICON, alternation, is_occasion
from bycn.text.tables import is_table_row, is_table_rule, pipeless_rows
from bycn.text.units import currency_before
from bycn.vocabulary import MONTHS

__all__ = ["Sentence", "fold", "is_heading", "is_item", "list_heading", "split_sentences"]

# Sentence ends: . ! ? (optionally closed by quotes) before whitespace and a capital
# or an opening quote. Abbreviations, ordinals and dates are vetoed in _is_sentence_end.
_SCALE_ABBREVIATIONS = frozenset(["mio", "mrd", "tsd", "bio"])
# A point after more letters than the longest abbreviation has ends a sentence for sure
# (_is_sentence_end could veto no such end), as do ! ? and …: the regex marks these
# ends (group "sure"), and only the others are asked about one by one.
_LONGEST = max(map(len, LEXICON.abbreviations | _SCALE_ABBREVIATIONS))
# Opened by one character of the set, not a repeat of it, so the engine skips ahead to one.
_END_REST = (
    rf"(?P<sure>(?<=[^\W\d_]{{{_LONGEST + 1}}}\.)|(?<=[!?…]))?"
    r"[.!?…]*[\"”“')\]*_]*(?=\s+(?:<\.\.\.>\s+)?[\"„“(*_]*[A-ZÄÖÜ0-9])"
)
_SENTENCE_END = re.compile(f"[.!?…]{_END_REST}")
# The same ends in a text without ! ? …, where only a point can open one: opened by one
# literal character, the engine skips ahead to it about twice as fast as to one of a set.
_POINT_END = re.compile(rf"\.{_END_REST}")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_PARAGRAPH_END = frozenset('.!?:"”“*')
_NEXT_WORD = re.compile(r"\s*[\"„“(]?([\w-]+)")
_AMOUNT_AND_SCALE = re.compile(r"\d[\d.,]*\s+\S+$")  # "972 Mio" (before its point)
_ORDINAL_CONTEXT = re.compile(
    rf"\b(?:der|die|das|den|dem|des|als|zum|zur|am|im|vom|{alternation('ordinal_possessives')})\s+$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Collapse runs of whitespace to single spaces and strip the ends."""
    return " ".join(text.split())


class Sentence(NamedTuple):
    """A body sentence at ``[start:end]`` of the source; ``text`` is whitespace-folded.

    A named tuple: made for every sentence, it is built faster than a frozen dataclass.
    """

    number: int
    article: int
    paragraph: int
    start: int
    end: int
    first_line: int
    last_line: int
    text: str


_new_tuple = tuple.__new__


def split_sentences(
    body: str,
    lines: Sequence[str],
    is_body: Sequence[bool],
    line_starts: Sequence[int],
    article_starts: Sequence[int],
) -> tuple[Sentence, ...]:
    """The sentences of the body mask ``body``; ``is_body`` marks its body lines.

    ``article_starts``: the first line (0-based) of each article, in order; lines
    before the first article are of article 1.
    """
    body_lines = [i for i, body_line in enumerate(is_body) if body_line]
    contents: list[tuple[int, str]] = []  # each non-blank body line, right-stripped
    widths: list[int] = []
    for i in body_lines:
        line = lines[i]
        content = body[line_starts[i] : line_starts[i] + len(line)].rstrip()
        if content:
            contents.append((i, content))
            widths.append(len(line.rstrip()))
    if not contents:
        return ()
    rows = _table_rows(body, contents, line_starts) if "|" in body else set()
    # Each row of a table is cut from what comes before and after it, and each cut is a
    # paragraph's end: each row is a sentence and a paragraph of its own.
    row_spans = [
        (line_starts[i], line_starts[i] + len(content))
        for k, (i, content) in enumerate(contents)
        if k in rows
    ]
    # Each item of a bullet list is a statement of its own: a sentence and a paragraph.
    paragraph_ends: set[int] = {cut for span in row_spans for cut in span}
    items = set(_item_starts(contents, line_starts))
    paragraph_ends.update(items)
    paragraph_ends.update(_list_heading_cuts(contents, line_starts))
    if rows:  # a table's rows say nothing of how the text's lines end
        kept = [k for k in range(len(contents)) if k not in rows]
        contents, widths = [contents[k] for k in kept], [widths[k] for k in kept]
    widths.sort()
    short = 0.8 * widths[int(len(widths) * 0.75)] if widths else 0
    open_ends = 0
    for i, content in contents:
        # (a list's item ends with no full stop and is no line cut mid-sentence)
        if content[-1] not in _PARAGRAPH_END and line_starts[i] not in items:
            open_ends += 1
        elif len(content) < short:
            paragraph_ends.add(line_starts[i] + len(content))
    # A text whose lines end where its sentences do holds a paragraph per line or per
    # block (news texts, web pages): there a blank line ends a paragraph. In a hard-wrapped
    # text (lines cut mid-sentence, perhaps double-spaced) blank lines say nothing.
    if open_ends <= len(contents) // 2:
        # Only blank lines between the two body lines: a footnote block or a page's head
        # between them is no paragraph's end (the sentence may run on after it).
        paragraph_ends.update(
            line_starts[i] + len(content)
            for (i, content), (j, _) in pairwise(contents)
            if j > i + 1 and not any(map(str.strip, lines[i + 1 : j]))
        )

    sentences: list[Sentence] = []
    paragraph = 1
    ends = sorted(paragraph_ends)
    line_of = bisect.bisect_right
    ends_pattern = _SENTENCE_END if "!" in body or "?" in body or "…" in body else _POINT_END
    for article, article_start, article_end in _article_spans(
        body_lines, line_starts, lines, article_starts
    ):
        start = article_start
        cuts = [
            m.end()
            for m in ends_pattern.finditer(body, article_start, article_end)
            if m.lastindex or _is_sentence_end(body, m.start(), m.end())  # lastindex: sure
        ]
        if row_spans:  # no sentence ends within a table's row
            cuts = [cut for cut in cuts if not _within(row_spans, cut)]
        cuts += ends[
            bisect.bisect_left(ends, article_start) : bisect.bisect_left(ends, article_end)
        ]
        for cut in [*sorted(set(cuts)), article_end]:
            segment = body[start:cut]
            words = segment.split()
            if words and not (row_spans and is_table_rule(segment)):  # not blank, no rule
                # Where its first word starts and its last ends: only blanks before and after
                # (most cuts follow an end mark, which ends the sentence).
                s = start + segment.find(words[0])
                if segment[-1].isspace():
                    e = start + segment.rfind(words[-1]) + len(words[-1])
                else:
                    e = cut
                # number, article, paragraph, start, end, first and last line, folded text
                # (tuple.__new__ makes the named tuple without its Python-level __new__.)
                sentences.append(
                    _new_tuple(
                        Sentence,
                        (
                            len(sentences) + 1,
                            article,
                            paragraph,
                            s,
                            e,
                            line_of(line_starts, s),
                            line_of(line_starts, e - 1),
                            " ".join(words),
                        ),
                    )
                )
            if cut in paragraph_ends:
                paragraph += 1
            start = cut
        paragraph += 1
    return tuple(sentences)


def _table_rows(body: str, contents: list[tuple[int, str]], line_starts: Sequence[int]) -> set[int]:
    """The indexes in ``contents`` (line index, text) of the lines that are table rows,
    with outer bars or without (:func:`~bycn.text.tables.pipeless_rows`)."""
    pipeless = pipeless_rows(body)
    return {
        k
        for k, (i, content) in enumerate(contents)
        if is_table_row(content) or line_starts[i] in pipeless
    }


# A list's item: a line opened by a hyphen, an asterisk or a bullet and a space, or by its
# number ("1. neu registrierte Residenten: 18", "2) Exporte: ..."; not a date, "1. Januar").
_ITEM = re.compile(rf"[ \t]*(?:[-*•·]|\d{{1,2}}(?:\.(?!\s*(?:{'|'.join(MONTHS)})\b)|\)))[ \t]+\S")


def is_item(text: str) -> bool:
    """Whether ``text`` (a line, or a sentence) opens a bullet list's item.

    >>> is_item("- In China sind 1.650 Studierende eingeschrieben."), is_item("-5 % zum Vorjahr")
    (True, False)
    """
    return _ITEM.match(text) is not None


def _item_starts(contents: list[tuple[int, str]], line_starts: Sequence[int]) -> list[int]:
    """Where each item of a bullet list starts (``- Handel: ... 7,7 Mrd. US-Dollar.``, ``-
    Industriepark: 158 Residenten``): a line opened by a bullet, after a line that ends a
    sentence or introduces the list (``.``, ``:``, ``;``, ``!``, ``?``) or another item; not
    a dash that goes on a line cut mid-sentence (``stieg\n- so das Amt - um 5 %``), a blank
    line between or not (a hard-wrapped text may be double-spaced)."""
    starts = []
    for k, (i, content) in enumerate(contents):
        if not _ITEM.match(content):
            continue
        previous = contents[k - 1][1] if k else "."
        if previous[-1] in ".:;!?" or _ITEM.match(previous):
            starts.append(line_starts[i])
    return starts


#: How long a list's heading between two lists is at most ("Das Jahr 2025", "Stand: 1. Juli
#: 2026", "Ergebnisse des ersten Halbjahres").
_HEADING_LONGEST = 60


#: A list's heading that opens its first item's sentence (:func:`_list_heading_cuts`: "Das
#: Jahr 2025 - Export: 392 Mio. US-Dollar"): a short text with no end mark of its own, then
#: the item's bullet, as :data:`_ITEM` has it (a hyphen within a word is none:
#: "Belarus-China-Forum 2025"; a dash is none: a table's row is read as "Tabelle 1.
#: Warenverkehr – Januar – 161,2").
_BULLETS = "\\-–—•*·"
_GLUED_HEADING = re.compile(
    rf"[^\s{_BULLETS}](?:[^{_BULLETS}\n]|(?<=\w)-(?=\w)){{0,{_HEADING_LONGEST - 2}}}"
    rf"[^\s.:;!?,{_BULLETS}]\s+"
    rf"(?=[-*•·][ \t]+\S)"
)


def is_heading(text: str) -> bool:
    """Whether ``text`` (a line, or a sentence) is shaped as a list's heading: short, with
    no end mark, no item ("Das Jahr 2025", "Ergebnisse (Stand: 1. Juli 2026)").

    >>> is_heading("Das Jahr 2025"), is_heading("Die Zahlen folgen."), is_heading("- Export: 5")
    (True, False, False)
    """
    return 0 < len(text) <= _HEADING_LONGEST and text[-1] not in ".:;!?," and not is_item(text)


def list_heading(text: str) -> int:
    """The length of the list's heading that opens the sentence ``text`` before its first
    item's bullet ("Das Jahr 2025 - Industrieproduktion: 1,1 Mrd. Rubel", as
    :func:`_list_heading_cuts` leaves it); 0 if it opens with none. The heading is the
    list's: its date dates the items below it, its words are no item's label.

    >>> text = "Das Jahr 2025 - Industrieproduktion: 1,1 Mrd. Rubel"
    >>> text[: list_heading(text)], list_heading("- Export: 392 Mio. US-Dollar")
    ('Das Jahr 2025 ', 0)
    >>> list_heading("Der Handel wuchs. - Export: 392 Mio."), list_heading("Export-Bilanz - 1 Mio.")
    (0, 14)
    """
    found = _GLUED_HEADING.match(text)
    return found.end() if found else 0


def _list_heading_cuts(contents: list[tuple[int, str]], line_starts: Sequence[int]) -> list[int]:
    """Where an item ends before the heading of the next list: a short line with no end
    mark, set apart by blank lines, between an item and the next list's first item
    (``- 4.100 Arbeitsplätze\n\nDas Jahr 2025\n\n- Export: 392 Mio. US-Dollar``). The
    heading opens the next list's first item, as a list's heading does; the item before it
    ends there (its figures are no figures of the heading's year). Not a line that goes on
    an item cut mid-sentence, with no blank line around it."""
    cuts = []
    for (i, before), (j, heading), (k, after) in zip(
        contents, contents[1:], contents[2:], strict=False
    ):
        if (
            j > i + 1
            and k > j + 1
            and is_heading(heading)
            and _ITEM.match(before)
            and _ITEM.match(after)
        ):
            cuts.append(line_starts[j])
    return cuts


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies strictly inside one of ``spans`` (sorted, disjoint)."""
    i = bisect.bisect_right(spans, (offset, offset)) - 1
    return i >= 0 and spans[i][0] < offset < spans[i][1]


def _article_spans(
    body_lines: Sequence[int],
    line_starts: Sequence[int],
    lines: Sequence[str],
    article_starts: Sequence[int],
) -> list[tuple[int, int, int]]:
    """(article, start, end) of the body lines (indices, in order) of each article.

    Articles are runs of lines, so every line of a run, and every sentence in it, is of
    the run's article.
    """
    spans: list[tuple[int, int, int]] = []
    for k in range(1, max(len(article_starts), 1) + 1):
        # Article k's lines: from its first line (article 1: from the text's) to the next's.
        low = bisect.bisect_left(body_lines, article_starts[k - 1]) if k > 1 else 0
        high = (
            bisect.bisect_left(body_lines, article_starts[k])
            if k < len(article_starts)
            else len(body_lines)
        )
        if low < high:
            last = body_lines[high - 1]
            spans.append((k, line_starts[body_lines[low]], line_starts[last] + len(lines[last])))
    return spans


def _is_sentence_end(body: str, start: int, end: int) -> bool:
    """Veto ends after abbreviations, ordinals (``der 85. Einwohner``) and dates."""
    if body[start] != ".":
        return True
    window = body[max(0, start - 30) : start]
    if not window or window[-1].isspace():
        return True
    token = window.rsplit(None, 1)[-1].lstrip('"„“([')
    abbreviation = token.lower().rstrip(".")
    ordinal = token.isdigit() and len(token) <= 3
    if abbreviation not in _SCALE_ABBREVIATIONS and not ordinal:
        # The next word matters only after a scale or a number: most ends are neither.
        return not (abbreviation in LEXICON.abbreviations or _initials(token))
    following = _NEXT_WORD.match(body, end, end + 40)
    next_word = following.group(1) if following else ""
    if abbreviation in _SCALE_ABBREVIATIONS and following and following[0].lstrip()[:1] == "(":
        return False  # "auf Br57,8 Mio. (Wachstum um 2,7%).": the amount's gloss, not a sentence
    if abbreviation in _SCALE_ABBREVIATIONS and next_word in LEXICON.function_words:
        return True  # "... auf 2,5 Mrd. Auf Russland entfielen ..."
    if abbreviation in _SCALE_ABBREVIATIONS and next_word[:1].isupper():
        # "... überstiegen $972 Mio. Belarus liefert ...": a sign before the number made the
        # amount whole, so a capital after its scale opens a sentence (measured on real
        # agency texts: 10 of 11 such capitals did; "$70 Mio. Auslandsinvestitionen" not).
        amount = _AMOUNT_AND_SCALE.search(window)
        if amount and currency_before(window[: amount.start()]):
            return True
    if abbreviation in LEXICON.abbreviations or _initials(token):
        return False
    if ordinal:
        if next_word.partition("-")[0] in MONTHS:
            return False
        # "der 85. Einwohner", "an 2. Stelle", "zum 5. Mal": an ordinal, not an end.
        if next_word in LEXICON.rank_nouns or is_occasion(next_word):
            return False
        if _ORDINAL_CONTEXT.search(body, max(0, start - 30), start - len(token)):
            return False
    return True


def _initials(token: str) -> bool:
    """``U.S.``, ``E.U``, ``A. Lukaschenko``, ``z. B.``: a lone letter or initials."""
    if len(token) == 1:
        return token.isalpha()
    return "." in token and _INITIALS.fullmatch(token) is not None
