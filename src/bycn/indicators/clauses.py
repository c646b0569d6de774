r"""The clauses of a sentence: where a figure's clause begins and ends, by the catalog's
boundary pattern (``clause_boundary``), the boundaries of each sentence found once.

>>> import re
>>> clauses = Clauses(re.compile(r",(?!\d)"))
>>> clauses.clause("Der Handel stieg, der Export auf 1,5 Mrd.", 22, 6)
'der Export auf 1,5 Mrd.'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from bycn.indicators.literals import needles
from bycn.text.lexicon import alternation
from bycn.text.sentences import list_heading

__all__ = ["LONG_SENTENCE", "Clauses", "Piece", "piece_texts", "sentence_pieces"]

#: A sentence longer than this many characters is no sentence of prose but a list or a
#: flattened table (the longest of every corpus we have, real texts among them, has 752):
#: its figures read it in pieces (:func:`sentence_pieces`), so that the rules that read a
#: figure's sentence cost its length, not its length squared.
LONG_SENTENCE = 2000
#: How long a piece's own words are at most, and the sentence's opening before them.
_PIECE = 500
_OPENING = 200
#: What joins the opening to a piece's words: an omission, a clause boundary.
_OMITTED = " <...> "


class Piece(NamedTuple):
    """A piece of a long sentence, as its figures read it."""

    start: int  # where its own words start in the sentence
    end: int  # and end
    text: str  # what its figures read: the sentence's opening, an omission, its own words
    shift: int  # a figure at ``position`` in the sentence is at ``position - shift`` here


@lru_cache(maxsize=16)
def sentence_pieces(sentence: str) -> tuple[Piece, ...]:
    """The pieces the figures of ``sentence`` read: the sentence itself if it is no longer
    than :data:`LONG_SENTENCE`; else its words cut after the last space within every 500
    characters, each after the sentence's opening (what the list or table is of: "Die
    Exporte nach China umfassten ..."). The same text objects each time: what is
    remembered of a piece's text serves all its figures.

    >>> [piece.start for piece in sentence_pieces("1,2 Mrd. Dollar, " * 200)]
    [0, 497, 995, 1488, 1981, 2474, 2967]
    >>> sentence_pieces("Exporte nach China: " + "Holz 5 Mio., " * 200)[1].text[:40]
    'Exporte nach China: Holz 5 Mio., Holz 5 '
    >>> sentence_pieces("Der Handel wuchs.")
    (Piece(start=0, end=17, text='Der Handel wuchs.', shift=0),)
    """
    if len(sentence) <= LONG_SENTENCE:
        return (Piece(0, len(sentence), sentence, 0),)
    cut = sentence.rfind(" ", 1, _OPENING)
    opening = sentence[: cut if cut > 0 else _OPENING] + _OMITTED
    pieces = []
    start = 0
    while start < len(sentence):
        end = start + _PIECE
        if end < len(sentence):
            cut = sentence.rfind(" ", start + 1, end)
            end = cut + 1 if cut > start else end
        else:
            end = len(sentence)
        if start:
            pieces.append(Piece(start, end, opening + sentence[start:end], start - len(opening)))
        else:
            pieces.append(Piece(0, end, sentence[:end], 0))
        start = end
    return tuple(pieces)


def piece_texts(sentence: str) -> Iterable[str]:
    """The texts of the pieces of ``sentence`` (:func:`sentence_pieces`), each once (a
    list repeats its pieces): the sentence itself, for all but a long one, without the
    pieces built (a document's every sentence is asked, most of them short).

    >>> piece_texts("Der Handel wuchs.")
    ('Der Handel wuchs.',)
    >>> long = "1,2 Mrd. Dollar, " * 200  # 7 pieces, of 4 texts
    >>> list(piece_texts(long)) == list(dict.fromkeys(p.text for p in sentence_pieces(long)))
    True
    >>> len(piece_texts(long))
    4
    """
    if len(sentence) <= LONG_SENTENCE:
        return (sentence,)
    return dict.fromkeys(piece.text for piece in sentence_pieces(sentence))


#: A comment set between two commas inside a clause: who told it (", so der Minister,", ",
#: laut BelTA,", ", wie das Ministerium mitteilte,", ", wie es hieß,") or what a name is
#: called (", wie das Projekt im Englischen genannt wird,"). The clause runs on past it:
#: "Chinesische Investoren haben, wie BelTA berichtet, 1,6 Mrd. Dollar investiert" is one
#: clause to the figure. A consecutive "so dass" is none.
_INSERTED = re.compile(
    r"(?:so\s+(?!dass\b|daß\b|weit\b|viel\b)(?:(?:der|die|das)\s+(?:[\w.-]+\s+){0,3}?)?[A-ZÄÖÜ][\w.-]*"
    r"(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}"
    r"|laut\s+[^,;:]{1,60}"
    rf"|wie\s+[^,;:]{{1,80}}?\s(?:{alternation('saying_verbs')}|genannt\s+(?:wird|werden)"
    r"|bezeichnet\s+(?:wird|werden)|heißt|es\s+hieß))"
)
#: How long such a comment is at most (a longer one is searched no further).
_INSERTED_LONGEST = 100
#: A relative clause set between two commas after its noun, the clause running on with its
#: finite verb right after it: "Die Zahl der chinesischen Studierenden, die derzeit bei rund
#: 11.000 liegt, soll bis 2030 auf 15.000 steigen" is one clause to the figure (the noun
#: before the relative clause is the verb's subject): a verb of change or level, or an
#: auxiliary. Not a clause of its own after it (", und ...", ", sagte er", ", der Export").
_RELATIVE = re.compile(r"(?:der|die|das|welche[rs]?)\s+[^,;:]{1,90}?\s[a-zäöüß]+")
#: ... its noun the subject, opened by its article: not the object of a preposition ("Von den
#: Investitionen, die die Residenten zugesagt haben, sind 1,3 Mrd. Dollar umgesetzt": the
#: relative clause's words are not the figure's).
_SUBJECT = re.compile(r"\s*(?:[Dd]er|[Dd]ie|[Dd]as)\s")
_VERB_NEXT = re.compile(
    r"\s*(?:soll|sollen|wird|werden|hat|haben|ist|sind|war|waren|stieg|stiegen|lag|lagen|"
    r"liegt|liegen|wuchs|wuchsen|erreichte|erreichten|beträgt|betrug|belief|beliefen|sank|sanken|dürfte|dürften|könnte|könnten)\b"
)
#: A list item's label before its colon (``- Exporte der Residenten: 212 Mio. US-Dollar``,
#: ``• Herkunftsländer der Investoren: 16``, ``3) neu registrierte Residenten: 18``, a label
#: set in bold, ``**Industrieproduktion:** das 1,6-fache``): the value after the colon counts
#: what the label names, so the colon opens no clause of its own. Prose before a colon
#: (``Der Minister sagte: ...``) opens with no list's mark.
_LABEL = re.compile(r"\s*(?:(?:[-–—•*·]|\d{1,2}[.)])\s+(?:\*\*)?|\*\*)[^:;*]{1,60}")


class Clauses:
    """The clauses of sentences, split by the catalog's boundary pattern.

    The boundaries of a sentence are found once, for all its figures; a figure's clause
    is found among them by bisection, not by a scan of the sentence per figure.
    """

    def __init__(self, boundary: re.Pattern[str]) -> None:
        self.boundary = boundary
        # A boundary lies in the text it matches, so a window of a sentence that holds none
        # of the literals every boundary holds has no boundary (no scan needed).
        self.needles = needles(boundary)
        self.bounds: dict[str, tuple[list[int], list[int]]] = {}

    def forget(self) -> None:
        """Forget the boundaries found so far (the sentences of the next document seldom
        recur)."""
        self.bounds.clear()

    def clause(self, sentence: str, position: int, length: int) -> str:
        """The clause of ``sentence`` around ``[position:position + length]``."""
        start = self.start(sentence, position)
        return sentence[start : self._end(sentence, position + length)].strip()

    def _end(self, sentence: str, after: int) -> int:
        """Where the clause of ``sentence`` that runs to ``after`` ends: the first boundary
        that starts at or after it, else the sentence's end."""
        starts = self._bounds(sentence)[0]
        j = bisect.bisect_left(starts, after)
        return starts[j] if j < len(starts) else len(sentence)

    def figure_clause(self, sentence: str, position: int, length: int) -> str:
        r""":meth:`clause`, run back over a comment set between two commas right before the
        figure (``_INSERTED``): what the clause said before the comment is the figure's too.

        >>> clauses = Clauses(re.compile(r",(?!\d)"))
        >>> text = "Chinesische Investoren haben, wie BelTA berichtet, 1,6 Mrd. investiert"
        >>> clauses.figure_clause(text, text.index("1,6"), 8)
        'Chinesische Investoren haben, wie BelTA berichtet, 1,6 Mrd. investiert'
        >>> text = "Der Handel wuchs, sagte er, und lag bei 1,6 Mrd."
        >>> clauses.figure_clause(text, text.index("1,6"), 8)
        'und lag bei 1,6 Mrd.'
        """
        clause = self.clause(sentence, position, length)
        starts, ends = self._bounds(sentence)
        j = bisect.bisect_right(ends, position) - 1  # the boundary that opens the clause
        if j < 1 or starts[j] - ends[j - 1] > _INSERTED_LONGEST:
            return clause
        if sentence[starts[j]] != "," or sentence[starts[j - 1]] != ",":
            return clause
        comment = sentence[ends[j - 1] : starts[j]].strip()
        begin = ends[j - 2] if j >= 2 else 0
        if not _INSERTED.fullmatch(comment) and not (
            _RELATIVE.fullmatch(comment)
            and _VERB_NEXT.match(sentence, ends[j])
            and _SUBJECT.match(sentence, begin)
        ):
            return clause
        return sentence[begin : self._end(sentence, position + length)].strip()

    def piece(self, sentence: str, position: int, length: int) -> tuple[int, str]:
        """What a figure at ``position`` of ``sentence`` reads, the text of its piece
        (:func:`sentence_pieces`), and the shift of its position into it; run on to the
        figure's end where the figure spans a cut.

        >>> clauses = Clauses(re.compile(","))
        >>> shift, text = clauses.piece("5 % und " * 400, 1000, 3)
        >>> text[1000 - shift : 1003 - shift], text[:9]
        ('5 %', '5 % und 5')
        """
        pieces = sentence_pieces(sentence)
        piece = pieces[bisect.bisect_right(pieces, position, key=lambda p: p.start) - 1]
        if position + length > piece.end:
            return piece.shift, piece.text + sentence[piece.end : position + length]
        return piece.shift, piece.text

    def start(self, sentence: str, position: int) -> int:
        r"""Where the clause of ``sentence`` that holds ``position`` starts: the end of the
        last boundary that ends at or before it (0 if there is none). A boundary is
        found in the whole sentence, so its lookahead may see the figure: ``und`` before
        a number parts two figures' clauses, and the comma of ``1,5`` is none.

        >>> clauses = Clauses(re.compile(r",(?!\d)|\sund\s"))
        >>> text = "Der Handel stieg, sagte er, und in Minsk 1,5"
        >>> text[clauses.start(text, text.index("Minsk")) :]
        'in Minsk 1,5'
        >>> text[clauses.start(text, text.index("5")) :]
        'in Minsk 1,5'
        """
        starts, ends = self._bounds(sentence)
        i = bisect.bisect_right(ends, position)
        if (
            i == 1
            and sentence[starts[0]] == ":"
            and _LABEL.fullmatch(sentence, list_heading(sentence), starts[0])
        ):
            # a list item's label and its value: one clause (after the list's heading, when
            # the item is its first: "Das Jahr 2025 - Export der Residenten: 392 Mio.")
            return 0
        return ends[i - 1] if i else 0

    def _bounds(self, sentence: str) -> tuple[list[int], list[int]]:
        """The starts and ends of the boundaries in the whole ``sentence``, found once."""
        bounds = self.bounds.get(sentence)
        if bounds is None:
            # Most sentences with figures are new to the matcher; a third of them hold no
            # boundary's literal, so no boundary (the same test as for a window in start).
            matches = list(self.boundary.finditer(sentence)) if self._may_hold(sentence) else []
            bounds = self.bounds[sentence] = (
                [m.start() for m in matches],
                [m.end() for m in matches],
            )
        return bounds

    def _may_hold(self, text: str) -> bool:
        if self.needles is None:
            return True
        for needle in self.needles:  # noqa: SIM110 (a loop: cheaper than any() here)
            if needle in text:
                return True
        return False
