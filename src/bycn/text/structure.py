"""The text's structure: articles, footnote blocks, body text, sentences.

A source text extracted from a PDF mixes body text with footnote blocks,
page numbers and debris. :func:`parse_structure` tells them apart and keeps
one invariant that everything downstream relies on: :attr:`Structure.body`
is the source text with every non-body character blanked to a space, so an
offset into the body is an offset into the source.

>>> text = (' Titel\\n \\nDer Park hat 85 Einwohner"1 .\\n' + ' ' * 20 + '\\n'
...         '1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\\n')
>>> s = parse_structure(text)
>>> [a.title for a in s.articles], [f.url for f in s.footnotes]
(['Titel'], ['https://x.by/a'])
>>> s.body.split()
['Der', 'Park', 'hat', '85', 'Einwohner"', '.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

import pandas as pd

from bycn.schema import ARTICLES, FOOTNOTES, SENTENCES, table
from bycn.text.markers import Marker, find_markers
from bycn.text.sentences import Sentence, fold, split_sentences

__all__ = [
    "Article",
    "Footnote",
    "Marker",
    "Sentence",
    "Structure",
    "fold",
    "parse_structure",
]


@dataclass(frozen=True)
class Article:
    """An article: its number (from 1), title, line range and date (YYYY)."""

    number: int
    title: str
    first_line: int
    last_line: int
    date: str


@dataclass(frozen=True)
class Footnote:
    """A footnote of a footnote block; ``url`` has its wrapped lines joined."""

    number: int
    title: str
    year: int | None
    url: str
    article: int
    first_line: int
    last_line: int


_SEPARATOR = re.compile(r"^ {10,}$")
_SHORT_BLANK = re.compile(r"^ {1,5}$")
_FOOTNOTE_START = re.compile(r"^ ?(\d{1,3}) +(\S.*)$")
_PAGE_NUMBER = re.compile(r"^ ?\d{1,3} *$")
_URL_FRAGMENT = re.compile(r"^\S+$")
_FOOTNOTE_HINT = re.compile(r"\[Elektronische|URL:|\. - |/ [A-ZÄÖÜ]\.")
_DEBRIS = re.compile(r"xml-ph-[\w.@-]*|\ufffd")
_YEAR_IN_FOOTNOTE = re.compile(r"(?:\.\s*-\s*|,\s*|\[Elektronische \w+\]\s*-\s*)((?:19|20)\d{2})\b")
_ANY_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_BRACKET_YEAR = re.compile(r"\[((?:19|20)\d{2})\]")


@dataclass(frozen=True)
class Structure:
    """A source text split into its parts; see the module docstring for ``body``."""

    doc: str
    text: str
    body: str
    articles: tuple[Article, ...]
    footnotes: tuple[Footnote, ...]
    markers: tuple[Marker, ...]
    sentences: tuple[Sentence, ...]
    line_starts: tuple[int, ...]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def column_of(self, offset: int) -> int:
        """1-based column of a character offset."""
        return offset - self.line_starts[self.line_of(offset) - 1] + 1

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of the sentences, for bisection."""
        return [s.start for s in self.sentences]

    @cached_property
    def _article_first_lines(self) -> list[int]:
        return [a.first_line for a in self.articles]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset``, if any."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _openings(self) -> list[int]:
        """The index of the first sentence of each sentence's paragraph: found once, as a
        walk back from each sentence took a paragraph of n sentences n * n / 2 steps."""
        openings: list[int] = []
        for i, sentence in enumerate(self.sentences):
            same = i > 0 and self.sentences[i - 1].paragraph == sentence.paragraph
            openings.append(openings[-1] if same else i)
        return openings

    def paragraph_opening(self, sentence: Sentence) -> Sentence:
        """The first sentence of the paragraph of ``sentence`` (itself if it opens one)."""
        return self.sentences[self._openings[sentence.number - 1]]

    def article_at(self, offset: int) -> Article | None:
        """The article that holds ``offset``, if any."""
        line = self.line_of(offset)
        i = bisect.bisect_right(self._article_first_lines, line) - 1
        if i >= 0 and line <= self.articles[i].last_line:
            return self.articles[i]
        return None

    def articles_table(self) -> pd.DataFrame:
        rows = [
            {
                "doc": self.doc,
                "article": a.number,
                "title": a.title,
                "first_line": a.first_line,
                "last_line": a.last_line,
                "date": a.date,
            }
            for a in self.articles
        ]
        return table(rows, ARTICLES)

    def footnotes_table(self) -> pd.DataFrame:
        rows = [
            {
                "doc": self.doc,
                "number": f.number,
                "title": f.title,
                "year": f.year,
                "url": f.url,
                "article": f.article,
                "first_line": f.first_line,
                "last_line": f.last_line,
            }
            for f in self.footnotes
        ]
        return table(rows, FOOTNOTES)

    def sentences_table(self) -> pd.DataFrame:
        rows = [
            {
                "doc": self.doc,
                "sentence_id": s.number,
                "article": s.article,
                "text": s.text,
                "first_line": s.first_line,
                "last_line": s.last_line,
            }
            for s in self.sentences
        ]
        return table(rows, SENTENCES)


# --- line classification -------------------------------------------------------------

_BODY, _BLANK, _SEP, _FOOT, _TITLE, _PAGE = range(6)
_MAX_GAP = 5


def _classify(
    lines: Sequence[str],
) -> tuple[list[int], list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Classify each line; return kinds, footnote line ranges and article title ranges.

    Footnote numbers run in sequence through the document, which is what tells a
    footnote line (``15 Title...``) from body text that starts with a number.
    """
    n = len(lines)
    kinds = [_BODY] * n
    footnotes: list[tuple[int, int, int]] = []  # (number, first index, last index)
    titles: list[tuple[int, int]] = []
    expected = 1
    in_block = False
    last_content = n - 1
    while last_content >= 0 and not lines[last_content].strip():
        last_content -= 1

    def next_nonblank_is_short_blank(i: int) -> int | None:
        for j in range(i + 1, min(i + 4, n)):
            if _SHORT_BLANK.match(lines[j]):
                return j
        return None

    def title_end(i: int) -> int | None:
        """Index of the short blank line closing a title that starts at ``i``."""
        if not lines[i].startswith(" ") or not lines[i].strip():
            return None
        j = next_nonblank_is_short_blank(i)
        if j is None:
            return None
        if any(lines[k].strip() and not _is_title_text(lines[k]) for k in range(i, j)):
            return None
        return j

    i = 0
    while i < n:
        line = lines[i]
        if not line.strip():
            kinds[i] = _SEP if _SEPARATOR.match(line) else _BLANK
            if kinds[i] == _SEP:
                in_block = True
            i += 1
            continue
        starts_title = i == 0 or in_block or kinds[i - 1] == _BLANK
        if (
            starts_title
            and (end := title_end(i)) is not None
            and (i == 0 or in_block or _after_footnotes(kinds, i))
        ):
            for k in range(i, end + 1):
                kinds[k] = _TITLE if lines[k].strip() else _BLANK
            titles.append((i, end))
            in_block = False
            i = end + 1
            continue
        # A footnote's number and a page number open the line (after at most one space):
        # a line whose first two characters are no digits is neither, without a regex.
        numbered = line[0].isdigit() or line[1:2].isdigit()
        start = _FOOTNOTE_START.match(line) if numbered else None
        number = int(start.group(1)) if start else 0
        # The extraction loses a footnote now and then: allow a small gap in the numbering.
        if start and (
            (in_block and expected <= number <= expected + _MAX_GAP)
            or (expected <= number <= expected + _MAX_GAP and _looks_like_footnote(lines, i))
            or (number == 1 and expected > 1 and _looks_like_footnote(lines, i))
        ):
            footnotes.append((number, i, i))
            kinds[i] = _FOOT
            expected = number + 1
            in_block = True
            i += 1
            continue
        if numbered and _PAGE_NUMBER.match(line) and _isolated(lines, i):
            kinds[i] = _PAGE
            i += 1
            continue
        if (
            in_block
            and footnotes
            and not line.startswith(" ")
            and (
                _URL_FRAGMENT.match(line.strip())
                or (i + 1 < n and lines[i + 1].strip())
                or i == last_content  # the file ends with the block: its last line is in it
            )
        ):
            number, first, _ = footnotes[-1]
            footnotes[-1] = (number, first, i)
            kinds[i] = _FOOT
            i += 1
            continue
        in_block = False
        kinds[i] = _BODY
        i += 1
    return kinds, footnotes, titles


def _is_title_text(line: str) -> bool:
    text = line.strip()
    return bool(text) and not text.endswith((".", ",", ":", ";")) and len(text) < 90


def _after_footnotes(kinds: list[int], i: int) -> bool:
    for k in range(i - 1, -1, -1):
        if kinds[k] in (_BLANK, _SEP, _PAGE):
            continue
        return kinds[k] == _FOOT
    return True


def _looks_like_footnote(lines: Sequence[str], i: int) -> bool:
    """A numbered line outside a block starts one if it reads like a source reference."""
    window = " ".join(lines[i : i + 3])
    return bool(_FOOTNOTE_HINT.search(window)) and (
        i + 1 >= len(lines) or bool(lines[i + 1].strip())
    )


def _isolated(lines: Sequence[str], i: int) -> bool:
    before = i == 0 or not lines[i - 1].strip()
    after = (
        i + 1 >= len(lines) or not lines[i + 1].strip() or bool(_SHORT_BLANK.match(lines[i + 1]))
    )
    return before and after


# --- parsing -------------------------------------------------------------------------


def parse_structure(text: str, doc: str = "text") -> Structure:
    """Split ``text`` into articles, footnotes, markers, sentences and the body mask."""
    lines = text.split("\n")
    # Each line starts after the previous one and its newline: running sums of len + 1.
    line_starts = list(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))
    kinds, footnote_ranges, title_ranges = _classify(lines)

    body = "\n".join(
        [
            line if kind == _BODY else " " * len(line)
            for line, kind in zip(lines, kinds, strict=True)
        ]
    )
    if "xml-ph-" in body or "\ufffd" in body:
        body = _DEBRIS.sub(lambda m: " " * len(m.group()), body)

    article_bounds = _article_bounds(title_ranges, lines)
    if not article_bounds and text.strip():
        article_bounds = [(0, "", len(lines) - 1)]

    article_starts = [first for first, _, _ in article_bounds]

    def article_of_line(index: int) -> int:
        return max(bisect.bisect_right(article_starts, index), 1)

    footnotes = tuple(
        _parse_footnote(number, lines[first : last + 1], article_of_line(first), first, last)
        for number, first, last in footnote_ranges
    )
    markers = find_markers(body, footnotes, line_starts)
    if markers:
        pieces, position = [], 0
        for marker in sorted(markers, key=lambda m: m.start):
            pieces += [body[position : marker.start], " " * (marker.end - marker.start)]
            position = marker.end
        body = "".join([*pieces, body[position:]])

    footnote_years: dict[int, list[int]] = {}
    for f in footnotes:
        if f.year:
            footnote_years.setdefault(f.article, []).append(f.year)
    articles = []
    for k, (first, title, last) in enumerate(article_bounds, start=1):
        years = list(footnote_years.get(k, []))
        span = body[line_starts[first] : line_starts[last] + len(lines[last])]
        years += [int(y) for y in _BRACKET_YEAR.findall(span)]
        articles.append(Article(k, title, first + 1, last + 1, str(max(years)) if years else ""))

    sentences = split_sentences(
        body, lines, [kind == _BODY for kind in kinds], line_starts, article_starts
    )
    return Structure(
        doc=doc,
        text=text,
        body=body,
        articles=tuple(articles),
        footnotes=footnotes,
        markers=markers,
        sentences=sentences,
        line_starts=tuple(line_starts),
    )


def _article_bounds(
    title_ranges: list[tuple[int, int]], lines: Sequence[str]
) -> list[tuple[int, str, int]]:
    bounds = []
    for k, (first, end) in enumerate(title_ranges):
        last = title_ranges[k + 1][0] - 1 if k + 1 < len(title_ranges) else len(lines) - 1
        while last > first and not lines[last].strip():
            last -= 1
        title = fold(" ".join(lines[first:end]))
        bounds.append((first, title, last))
    return bounds


def _parse_footnote(
    number: int, lines: Sequence[str], article: int, first: int, last: int
) -> Footnote:
    raw = [line.strip() for line in lines]
    raw[0] = _FOOTNOTE_START.match(lines[0]).group(2).strip()  # type: ignore[union-attr]
    text = " ".join(raw)
    url = ""
    if "URL:" in text:
        head, _, tail = text.partition("URL:")
        # URLs wrap after a hyphen or slash: join the pieces without spaces.
        url = re.sub(r"\s+", "", tail).rstrip(".")
        text = head
    match = _YEAR_IN_FOOTNOTE.search(text)
    year = int(match.group(1)) if match else None
    if year is None:
        years = _ANY_YEAR.findall(text)
        year = int(years[-1]) if years else None
    title = re.split(r"\s*\[Elektronische|\s/\s|\.\s+-\s", text, maxsplit=1)[0]
    title = _DEBRIS.sub("", fold(title)).strip(" .-")
    return Footnote(number, title, year, url, article, first + 1, last + 1)
