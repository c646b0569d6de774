"""Body sentences: where a sentence of the body mask ends.

A full stop ends a sentence unless it closes an abbreviation (``Mio.``, ``bzw.``),
an ordinal (``der 85. Einwohner``, ``an 2. Stelle``) or a date (``30. Januar``).
A scale abbreviation before a capitalised function word does end one
(``... auf 2,5 Mrd. Auf Russland entfielen ...``).

>>> body = "Es kamen 5 Mio. Gäste. Auf Platz 2. Stelle? Nein. Der 85. Einwohner kam."
>>> [s.text for s in split_sentences(body, [body], [True], [0], lambda i: 1)]
['Es kamen 5 Mio. Gäste.', 'Auf Platz 2. Stelle?', 'Nein.', 'Der 85. Einwohner kam.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import NamedTuple

from bycn.text.lexicon import LEXICON, is_occasion
from bycn.vocabulary import MONTHS

__all__ = ["Sentence", "fold", "split_sentences"]

# Sentence ends: . ! ? (optionally closed by quotes) before whitespace and a capital
# or an opening quote. Abbreviations, ordinals and dates are vetoed in _is_sentence_end.
_SCALE_ABBREVIATIONS = frozenset(["mio", "mrd", "tsd", "bio"])
# A point after more letters than the longest abbreviation has ends a sentence for sure
# (_is_sentence_end could veto no such end), as do ! ? and …: the regex marks these
# ends (group "sure"), and only the others are asked about one by one.
_LONGEST = max(map(len, LEXICON.abbreviations | _SCALE_ABBREVIATIONS))
# Opened by one character of the set, not a repeat of it, so the engine skips ahead to one.
_SENTENCE_END = re.compile(
    rf"[.!?…](?P<sure>(?<=[^\W\d_]{{{_LONGEST + 1}}}\.)|(?<=[!?…]))?"
    r"[.!?…]*[\"”“')\]]*(?=\s+(?:<\.\.\.>\s+)?[\"„“(]?[A-ZÄÖÜ0-9])"
)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_PARAGRAPH_END = frozenset('.!?:"”')
_NEXT_WORD = re.compile(r"\s*[\"„“(]?([\w-]+)")
_ORDINAL_CONTEXT = re.compile(
    r"\b(?:der|die|das|den|dem|des|als|zum|zur|am|im|vom)\s+$",
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


def split_sentences(
    body: str,
    lines: Sequence[str],
    is_body: Sequence[bool],
    line_starts: Sequence[int],
    article_of_line: Callable[[int], int],
) -> tuple[Sentence, ...]:
    """The sentences of the body mask ``body``; ``is_body`` marks its body lines."""
    contents: list[tuple[int, str]] = []  # each non-blank body line, right-stripped
    for i, line in enumerate(lines):
        if is_body[i]:
            content = body[line_starts[i] : line_starts[i] + len(line)].rstrip()
            if content:
                contents.append((i, content))
    if not contents:
        return ()
    widths = sorted(len(lines[i].rstrip()) for i, _ in contents)
    full = widths[int(len(widths) * 0.75)]
    paragraph_ends = {
        line_starts[i] + len(content)
        for i, content in contents
        if len(content) < 0.8 * full and content[-1] in _PARAGRAPH_END
    }
    # A text whose lines end where its sentences do holds a paragraph per line or per
    # block (news texts, web pages): there a blank line ends a paragraph. In a hard-wrapped
    # text (lines cut mid-sentence, perhaps double-spaced) blank lines say nothing.
    open_ends = sum(content[-1] not in _PARAGRAPH_END for _, content in contents)
    if open_ends <= len(contents) // 2:
        # Only blank lines between the two body lines: a footnote block or a page's head
        # between them is no paragraph's end (the sentence may run on after it).
        paragraph_ends.update(
            line_starts[i] + len(content)
            for (i, content), (j, _) in pairwise(contents)
            if j > i + 1 and all(not lines[k].strip() for k in range(i + 1, j))
        )

    sentences: list[Sentence] = []
    paragraph = 1
    ends = sorted(paragraph_ends)
    spans = _article_spans(is_body, line_starts, lines, article_of_line)
    for article, article_start, article_end in spans:
        start = article_start
        cuts = [
            m.end()
            for m in _SENTENCE_END.finditer(body, article_start, article_end)
            if m.lastindex or _is_sentence_end(body, m.start(), m.end())  # lastindex: sure
        ]
        cuts += ends[
            bisect.bisect_left(ends, article_start) : bisect.bisect_left(ends, article_end)
        ]
        for cut in [*sorted(set(cuts)), article_end]:
            segment = body[start:cut]
            if segment and not segment.isspace():  # segment.strip(), without a copy
                lead = len(segment) - len(segment.lstrip())
                s, e = start + lead, start + len(segment.rstrip())
                # number, article, paragraph, start, end, first and last line, folded text
                sentences.append(
                    Sentence(
                        len(sentences) + 1,
                        article,
                        paragraph,
                        s,
                        e,
                        bisect.bisect_right(line_starts, s),
                        bisect.bisect_right(line_starts, e - 1),
                        " ".join(segment.split()),
                    )
                )
            if cut in paragraph_ends:
                paragraph += 1
            start = cut
        paragraph += 1
    return tuple(sentences)


def _article_spans(
    is_body: Sequence[bool],
    line_starts: Sequence[int],
    lines: Sequence[str],
    article_of_line: Callable[[int], int],
) -> list[tuple[int, int, int]]:
    """(article, start, end) of each run of body lines of one article.

    Articles are runs of lines, so every line of a run, and every sentence in it, is of
    the run's article.
    """
    spans: list[tuple[int, int, int]] = []
    current: list[int] | None = None
    for i, body_line in enumerate(is_body):
        if not body_line:
            continue
        k = article_of_line(i)
        end = line_starts[i] + len(lines[i])
        if current is None or current[0] != k:
            if current is not None:
                spans.append((current[0], current[1], current[2]))
            current = [k, line_starts[i], end]
        else:
            current[2] = end
    if current is not None:
        spans.append((current[0], current[1], current[2]))
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
    if abbreviation in _SCALE_ABBREVIATIONS and next_word in LEXICON.function_words:
        return True  # "... auf 2,5 Mrd. Auf Russland entfielen ..."
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
