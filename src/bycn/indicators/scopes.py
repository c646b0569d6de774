"""What a catalog rule sees around a figure: its clause, its sentence, and the sentences
before it in the same article.

:func:`figure_scopes` turns figure rows into :class:`FigureScope` tuples (the figure's
position and clause in its sentence found once), and :class:`Contexts` finds the
sentences before a figure's. Both take tables as *columns*: a mapping from column
name to values, which a DataFrame is and so is a dict of lists (what a worker
process has of a document just parsed, before any DataFrame is built).

>>> import re
>>> figures = {"figure_id": ["d:1:5"], "doc": ["d"], "line": [1], "start": [5],
...     "text": ["85 Einwohner"], "value": [85.0], "unit": ["count"],
...     "item": ["Einwohner"], "qualifier": ["exact"], "article": [""],
...     "sentence": ["Der Park, der 85 Einwohner zählt."], "as_of": [""],
...     "source_url": [""], "source_year": [None]}
>>> [scope] = figure_scopes(figures, re.compile(","))
>>> scope.clause, scope.position, scope.length
('der 85 Einwohner zählt.', 14, 12)
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

from bycn.indicators.cells import Columns, cell_text, column, missing
from bycn.indicators.clauses import LONG_SENTENCE, Clauses, piece_texts
from bycn.indicators.introductions import introduction, joined
from bycn.indicators.partner import Site, names_partner
from bycn.text.lexicon import alternation, modern_names
from bycn.text.tables import reads_as_row

if TYPE_CHECKING:
    from bycn.indicators.model import Entity

__all__ = [
    "Contexts",
    "FigureScope",
    "Site",
    "figure_scopes",
]

# A sentence that only tells who told what the sentence before it did: a verb of saying,
# no digit ("Das teilte das Ministerium mit.", "Dies gab der Gouverneur bekannt."), or its
# source by "hervorgehen" or "So" ("Das geht aus Angaben des Zolls hervor.", "So der
# Vizeminister."); or only an addition to the count before, told in words ("Allein seit
# Jahresbeginn kamen elf hinzu.", "Zuletzt sind weitere dazugekommen."): what comes after it
# ("Bis Ende 2026 wollen wir die Marke von 220 überschreiten") goes on with that count.
_TOLD_ONLY = re.compile(
    rf"(?=.*(?<!\w){alternation('saying_verbs')}(?!\w)|.*\bgeht\b.*\bhervor\b|So\s+(?:der|die|das)\s"
    r"|.*\b(?:hinzu|dazu)(?:gekommen|kommen)?\b)"
    r"[^\d]*$",
    re.DOTALL,
)
#: A table as columns: ``columns["doc"]`` is the doc of every row, in row order (a
#: DataFrame, or a dict of lists).


class FigureScope(NamedTuple):
    """One figure with what the rules look at (a tuple: cheaper to build than a dataclass)."""

    figure_id: str
    doc: str
    line: int
    value: float
    unit: str
    item: str
    qualifier: str
    article: str
    sentence: str
    as_of: str
    source_url: str
    source_year: int | None
    clause: str
    position: int  # offset of the figure in its sentence (-1 if not found)
    length: int

    @property
    def clause_start(self) -> int:
        """Where the figure's clause starts in its sentence (-1 if it is not found)."""
        if self.position < 0 or not self.clause:
            return -1
        return self.sentence.rfind(self.clause, 0, self.position + len(self.clause))

    def clause_end(self, start: int | None = None) -> int | None:
        """Where the figure's clause ends in its sentence (None where it is not found);
        ``start``: its :attr:`clause_start`, where the caller has it at hand."""
        if start is None:
            start = self.clause_start
        return None if start < 0 else start + len(self.clause)

    def before(self, start: int | None = None) -> str:
        """The figure's clause up to the figure (all of the clause where the figure is not
        found); ``start``: its :attr:`clause_start`, where the caller has it at hand.

        >>> sentence = "Der Handel wuchs, er betrug 5 Mrd."
        >>> fig = FigureScope("", "", 1, 5.0, "USD", "", "exact", "", sentence, "", "", None,
        ...                   "er betrug 5 Mrd.", 28, 6)
        >>> fig.before(), fig.before(fig.clause_start)
        ('er betrug ', 'er betrug ')
        """
        if start is None:
            start = self.clause_start
        return self.clause if start < 0 else self.sentence[start : self.position]


def figure_scopes(figures: Columns, boundary: re.Pattern[str] | Clauses) -> list[FigureScope]:
    """The figures (in document, offset and id order), each with its position and clause
    in its sentence.

    The k-th figure (by offset) of a sentence whose text occurs several times in it is
    placed at the k-th occurrence.

    ``boundary``: the pattern of clause boundaries, or :class:`Clauses` of it that
    remember the boundaries of the sentences of earlier calls until they forget them.
    """
    ids, docs, lines, starts, texts, values, units, qualifiers = (
        column(figures, c)
        for c in ("figure_id", "doc", "line", "start", "text", "value", "unit", "qualifier")
    )
    # Whole columns at once (one comprehension each), not cell by cell.
    items, articles, sentences, as_ofs, urls, texts = (
        [v if isinstance(v, str) else "" for v in values]
        for values in (
            *(column(figures, c) for c in ("item", "article", "sentence", "as_of", "source_url")),
            texts,
        )
    )
    # The rules read the older names of Belarus's adjective in the form used now, at the same
    # offsets ("weißrussische Studenten"), as the sentences before them do (Contexts._add).
    sentences, texts = _modern(sentences), list(map(modern_names, texts))
    years = [
        v if v is None else None if missing(v) else int(v) for v in column(figures, "source_year")
    ]
    lines = [int(v) for v in lines]
    # (doc, start, id, row) tuples sort as the rows by (doc, start, id), ties in row order.
    order = [row[-1] for row in sorted(zip(docs, starts, ids, range(len(ids)), strict=True))]
    clauses = boundary if isinstance(boundary, Clauses) else Clauses(boundary)
    # Where the last occurrence of a text was found, so that the next one is searched
    # from there: linear in a sentence that repeats one figure text many times.
    seen: dict[tuple[str, str, str], int] = {}
    positions = [-1] * len(ids)
    found = sentences.copy()  # the clause of each figure; its sentence if it is not found
    read = sentences.copy()  # the sentence each figure reads: a piece of a long one
    for i in order:
        text = texts[i]
        if text:
            key = (docs[i], sentences[i], text)
            position = positions[i] = _next_find(sentences[i], text, seen.get(key))
            seen[key] = position
            if position >= 0:
                if len(sentences[i]) > LONG_SENTENCE:
                    shift, read[i] = clauses.piece(sentences[i], position, len(text))
                    position = positions[i] = position - shift
                found[i] = clauses.figure_clause(read[i], position, len(text))
    columns = (ids, docs, lines, values, units, items, qualifiers, articles, read)
    columns += (as_ofs, urls, years, found, positions, [len(t) for t in texts])
    if order != list(range(len(order))):
        columns = tuple([values[i] for i in order] for values in columns)
    # tuple.__new__ builds each FigureScope without the Python-level __new__ of a NamedTuple.
    return list(map(tuple.__new__, repeat(FigureScope), zip(*columns, strict=True)))


def _modern(sentences: list[str]) -> list[str]:
    """modern_names of each sentence, once per run of one sentence's figures (they stand
    together): a long sentence of many figures is read once, not once per figure."""
    found: list[str] = []
    last, folded = None, ""
    for sentence in sentences:
        if sentence is not last:
            last, folded = sentence, modern_names(sentence)
        found.append(folded)
    return found


def _next_find(haystack: str, needle: str, previous: int | None) -> int:
    """The occurrence of ``needle`` after ``previous`` (the first if None) that starts a
    word, not one inside another figure's number (``2-fache`` in ``1,2-fache``, after a
    letter, a digit, or a digit's decimal or thousands mark); the last one found again
    when there is no further one.

    >>> text = "um das 1,2-fache, um das 2-fache"
    >>> _next_find(text, "2-fache", None), text.index("um das 2") + 7
    (25, 25)
    """
    found = haystack.find(needle, 0 if previous is None else previous + 1)
    while found > 0 and (
        (before := haystack[found - 1]).isalnum()
        or (before in ",." and found > 1 and haystack[found - 2].isdigit())
    ):
        found = haystack.find(needle, found + 1)
    return found if found >= 0 else -1 if previous is None else previous


class Contexts:
    """The sentences before a figure's sentence, in the same article, nearest first.

    sentences: the sentences table's columns (``doc``, ``sentence_id``, ``article``,
        ``text``, ``first_line``, ``last_line``); None (or empty) to know only the
        figures' own sentences, from ``figures``.

    An article's title (its headline) is each of its figures' own ``article``.
    """

    def __init__(self, figures: Columns, sentences: Columns | None) -> None:
        # Per doc: ordered list of (article key, text, first_line, last_line).
        self._order: dict[str, list[tuple[str, str, int, int]]] = {}
        self._index: dict[tuple[str, str], list[int]] = {}
        self._before: dict[tuple[Site, int], tuple[str, ...]] = {}
        self._paragraphs: dict[Site, tuple[str, ...]] = {}
        self._firsts: dict[Site, int] = {}  # the first sentence of each one's paragraph
        self._tables: dict[Site, tuple[str, ...]] = {}  # the table above each one's paragraph
        self._articles: dict[tuple[str, str], int] = {}  # the first sentence of each article
        self._last: tuple[FigureScope | None, Site | None] = (None, None)
        if sentences is not None and len(sentences["doc"]):
            names = ("doc", "sentence_id", "article", "text", "first_line", "last_line")
            docs, ids, articles, texts, firsts, lasts = (column(sentences, c) for c in names)
            # (doc, id, row) tuples sort as the rows by (doc, id), ties in row order.
            for doc, _, i in sorted(zip(docs, ids, range(len(docs)), strict=True)):
                self._add(doc, str(articles[i]), cell_text(texts[i]), int(firsts[i]), lasts[i])
        else:
            self._from_figures(figures)

    def _from_figures(self, figures: Columns) -> None:
        """The figures' own sentences (all that is known without a sentences table), each
        with the lines of its first and last figure, in the order of their first lines."""
        spans: dict[tuple[str, str, str], list[int]] = {}
        names = ("doc", "article", "sentence", "line")
        for doc, article, sentence, line in zip(*(column(figures, c) for c in names), strict=True):
            if missing(article):
                continue  # as pandas' groupby drops a missing key
            span = spans.setdefault((doc, article, cell_text(sentence)), [line, line])
            span[0], span[1] = min(span[0], line), max(span[1], line)
        ordered = sorted(spans.items(), key=lambda pair: pair[1][0])
        firsts = sorted(ordered, key=lambda pair: pair[0][0])  # stable: by doc, then line
        for (doc, article, sentence), (first, last) in firsts:
            self._add(doc, cell_text(article), sentence, int(first), int(last))

    def _add(self, doc: str, article: str, text: str, first: int, last: int) -> None:
        text = modern_names(text)  # as the figures' own sentences (figure_scopes)
        entries = self._order.setdefault(doc, [])
        self._articles.setdefault((doc, article), len(entries))
        # The sentence itself, or the pieces its figures read.
        for piece in piece_texts(text):
            self._index.setdefault((doc, piece), []).append(len(entries))
        entries.append((article, text, first, int(last)))

    def site(self, fig: FigureScope) -> Site | None:
        """Where the figure's sentence stands in its document; None when it is not known.

        The matcher asks about one figure several times in a row (its rules, the point it
        becomes): the last answer is kept for the same figure object."""
        if fig is self._last[0]:
            return self._last[1]
        found = self._site(fig)
        self._last = (fig, found)
        return found

    def seat(self, fig: FigureScope, site: Site | None) -> None:
        """Take ``fig`` (read with the sentence before its own) as standing at ``site``."""
        self._last = (fig, site)

    def _site(self, fig: FigureScope) -> Site | None:
        entries = self._order.get(fig.doc, [])
        candidates = self._index.get((fig.doc, fig.sentence), [])
        if not candidates:
            # Texts folded differently: fall back to the sentence the figure's line is in.
            candidates = [i for i, e in enumerate(entries) if e[2] <= fig.line <= e[3]][:1]
        if not candidates:
            return None
        if len(candidates) == 1:
            return fig.doc, candidates[0]
        here = min(
            candidates,
            key=lambda i: (
                not entries[i][2] <= fig.line <= entries[i][3],
                abs(entries[i][2] - fig.line),
            ),
        )
        return fig.doc, here

    def previous(self, site: Site | None) -> Site | None:
        """The sentence just before the one at ``site`` when it stands in the same article
        and paragraph (no blank line between them); None otherwise."""
        if site is None or site[1] == 0:
            return None
        entries = self._order[site[0]]
        if not joined(entries[site[1] - 1], entries[site[1]]):
            return None
        return site[0], site[1] - 1

    def previous_told(self, site: Site | None, across: bool = False) -> Site | None:
        """The sentence before the one at ``site`` in its paragraph (:meth:`previous`),
        passing over one that only tells who told it, with a verb of saying and no figure
        ("Rund 420 Mio. Dollar ... Das teilte das Wirtschaftsministerium am Dienstag mit. Im
        Vorjahreszeitraum waren es 350 Mio. Dollar gewesen": the 350 Mio. continue the 420).
        ``across``: for a clause that opens its sentence, whose sentence opens a paragraph,
        the last sentence of the paragraph before (not for a relative clause on a noun of
        its own sentence: "Chinas Ausfuhren nach Belarus, die um 11 Prozent zunahmen").
        """
        previous = self.previous(site) or (self._paragraph_before(site) if across else None)
        if previous is None or not _TOLD_ONLY.match(self.text_at(previous)):
            return previous
        return self.previous(previous) or previous

    def _paragraph_before(self, site: Site | None) -> Site | None:
        """The last sentence of the paragraph before the one that the sentence at ``site``
        opens, in its article: what a pronoun opening a paragraph refers back to ("...
        Davon entfielen 190 Mio. auf Direktinvestitionen.", a blank line, "Gegenüber dem
        Vorjahreszeitraum bedeutet das ein Plus von 11 Prozent"), as agencies set each
        sentence or two as a paragraph; None at its article's start."""
        if site is None or site[1] == 0:
            return None
        entries = self._order[site[0]]
        return (site[0], site[1] - 1) if entries[site[1] - 1][0] == entries[site[1]][0] else None

    def paragraph(self, site: Site | None) -> tuple[str, ...]:
        """The sentences of the paragraph of the one at ``site`` (same article, no blank
        line between), in order, itself among them; found once per paragraph."""
        if site is None:
            return ()
        found = self._paragraphs.get(site)
        if found is None:
            entries = self._order[site[0]]
            first = last = site[1]
            while first > 0 and joined(entries[first - 1], entries[first]):
                first -= 1
            while last + 1 < len(entries) and joined(entries[last], entries[last + 1]):
                last += 1
            found = tuple(e[1] for e in entries[first : last + 1])
            if reads_as_row(entries[site[1]][1]):
                found = (*introduction(entries, first), *found)
            for i in range(first, last + 1):
                self._paragraphs[(site[0], i)] = found
                self._firsts[(site[0], i)] = first
        return found

    def opening(self, site: Site | None) -> int:
        """How many sentences stand before the one at ``site`` in its paragraph (how far
        back a rule that reads the paragraph must look)."""
        if site is None:
            return 0
        return site[1] - self._first(site)

    def _first(self, site: Site) -> int:
        """The index of the first sentence of the paragraph of the one at ``site``; found
        once per paragraph, with :meth:`paragraph`."""
        first = self._firsts.get(site)
        if first is None:
            self.paragraph(site)
            first = self._firsts[site]
        return first

    def lead(self, fig: FigureScope, site: Site | None) -> tuple[str, ...]:
        """The title and first sentence of the figure's article, its sentence at ``site``
        (a news text's headline and lead, which tell its topic), where known and not the
        sentence itself."""
        title = (fig.article,) if fig.article else ()
        if site is None:
            return title
        first = self._articles[(site[0], self._order[site[0]][site[1]][0])]
        return title if first == site[1] else (*title, self._order[site[0]][first][1])

    def names(self, entity: Entity, fig: FigureScope, site: Site | None) -> bool:
        """Whether a point of ``entity`` of the figure (its sentence at ``site``) names the
        entity's partner (``Entity.partner``; always, for an entity without one): in the
        sentence, the ``partner_look_back`` sentences before it, or its article's lead; not
        within a stretch of ``partner_not_in``."""
        if not entity.partner:
            return True
        texts = (fig.sentence, *self.before(site, entity.partner_look_back), *self.lead(fig, site))
        return names_partner(entity, (*texts, *self.table_before(site)))

    def table_before(self, site: Site | None) -> tuple[str, ...]:
        """The caption (or introduction) of the table whose rows end just above the paragraph
        of the prose sentence at ``site``: that paragraph goes on about the table ("Gegenüber
        dem Vorjahr gingen die Ausfuhren um 2,1 % zurück" under "Tabelle 1. Warenhandel von
        Belarus mit China"); () where no table stands there. Found once per sentence (the
        walk up a table's rows is as long as the table)."""
        if site is None:
            return ()
        found = self._tables.get(site)
        if found is None:
            entries = self._order[site[0]]
            row = self._first(site) - 1
            if (
                row < 0
                or entries[row][0] != entries[site[1]][0]
                or reads_as_row(entries[site[1]][1])
            ):
                found = ()
            else:
                found = introduction(entries, row) if reads_as_row(entries[row][1]) else ()
            self._tables[site] = found
        return found

    def text_at(self, site: Site) -> str:
        """The text of the sentence at ``site``."""
        return self._order[site[0]][site[1]][1]

    def article_at(self, site: Site) -> str:
        """The article (its key) the sentence at ``site`` stands in."""
        return self._order[site[0]][site[1]][0]

    def before(self, site: Site | None, count: int) -> tuple[str, ...]:
        """Up to ``count`` sentences before the one at ``site``, nearest first, same
        article only; found once for all the figures (and rules) that ask."""
        if count <= 0 or site is None:
            return ()
        key = (site, count)
        found = self._before.get(key)
        if found is None:
            entries = self._order[site[0]]
            article = entries[site[1]][0]
            texts = []
            first = site[1] - 1
            if reads_as_row(entries[site[1]][1]):
                # A row is a sentence of its own, read with its caption and headers (the
                # figure's sentence): the rows above it are other values' (not what it is of).
                while (
                    first >= 0 and entries[first][0] == article and reads_as_row(entries[first][1])
                ):
                    first -= 1
            for i in range(first, -1, -1):
                if entries[i][0] != article or len(texts) == count:
                    break
                texts.append(entries[i][1])
            found = self._before[key] = tuple(texts)
        return found
