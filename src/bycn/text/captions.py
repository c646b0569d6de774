"""A table's caption: what its figures are of, said once above it (figures.md: a table's
caption and headers say what a value in it is the value of).

The caption is the line above the table's header row (a blank line between or not), where
it is a title, not prose: ``## Ausfuhr nach China:``, ``Warenumsatz mit China, Mio. USD``;
where there is none, the title line right under the table (:func:`caption_below`).
A line of prose that introduces the table with its last sentence is captioned by that
sentence. A table that opens the text, under its title (which the text blanks: a document's
headline, :mod:`bycn.text.document`), with nothing between but blank lines or a short note
(``Quelle: Belstat, vorläufige Angaben.``), is captioned by the title.

>>> lines = ["Neue Zahlen. Exporte nach China:", "| A |"]
>>> caption(lambda n: lines[n - 1], 2)
'Exporte nach China'
>>> lines = ["    ", "", "Quelle: Belstat.", "", "| A |"]
>>> caption(lambda n: lines[n - 1], 5, "Handel mit China")
'Handel mit China'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bycn.text.lexicon import LEXICON, alternation
from bycn.text.units import NOTE_TAIL, ends_in_unit

__all__ = ["caption", "caption_below", "introduction"]

_CAPTION = 200  # a caption is a title: a longer line is prose
_NOTE_LENGTH = 100  # a note under a title is short: a longer line is the first paragraph
# A note: its source or its status as its label ("Quelle: Belstat.", "Stand: 1. Februar
# 2026.") or as its last part ("Nationales Statistikkomitee (Belstat), vorläufige Angaben.").
_NOTE = re.compile(
    rf"^{alternation('note_words')}\s*:|,\s*(?:[a-zäöü]\w*\s+)?{alternation('note_words')}\.$"
)
# A note set after a caption on its line, as a release sets its legend under a table
# ("Außenhandel mit China, kumuliert. Quelle: Belstat.", "...; Stand: 1. Oktober 2025",
# "... (Mio. US-Dollar). Vorläufige Angaben.").
_NOTE_AFTER = re.compile(NOTE_TAIL)
# A caption is a title: a finite verb makes the line prose ("Der Export stieg. Quelle: ...").
_FINITE = LEXICON.present_verbs | LEXICON.past_verbs | LEXICON.plan_verbs
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
# The end of a sentence inside a caption's line: a full stop after a word (not after a
# number's or an abbreviation's: "Jan.", "Mio.", "1."), before a capital.
# A caption's label before its title: "Tabelle:", "Tabelle 2:", "Tab. 1:", "Übersicht:".
_LABEL = re.compile(r"^(?:Tabelle|Tab\.|Übersicht|Grafik|Abbildung|Abb\.)[ \t]*\d*[ \t]*:[ \t]*")
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3}[.!?])\s+(?=[A-ZÄÖÜ])")


def caption(line: Callable[[int], str], header: int, title: str = "") -> str:
    """The caption of the table whose header row is at line ``header`` (``line(n)`` gives
    line ``n``, 1-based; ``title``: the text's, blanked in it): the line above it, without
    a heading's ``#`` and a closing colon, where it is a title, not prose (it ends in no
    full stop) nor a row; else ``title`` if the table opens the text; "" if none.

    >>> lines = ["Die Ausfuhr stieg.", "", "| A | B |"]
    >>> caption(lambda n: lines[n - 1], 3), caption(lambda n: lines[n - 1], 3, "Handel")
    ('', '')
    >>> lines = ["Quelle: Belstat.", "", "Die Ausfuhr stieg.", "", "| A | B |"]
    >>> caption(lambda n: lines[n - 1], 5, "Handel")
    ''
    """
    title = " ".join(title.lstrip("#").split())  # a headline's "#" is no word of it
    above = header - 1
    if above >= 1 and not line(above).strip():
        above -= 1
    if above < 1:
        return title
    text = line(above).strip()
    if not text:  # two blank lines or more
        return title if _opens(line, above) else ""
    if len(text) <= _NOTE_LENGTH and _NOTE.search(text) and _opens(line, above):
        return title  # a note under the title
    # (a title set in bold or italics is a title: "**Großer Stein in Zahlen (Mio. USD)**")
    text = text.lstrip("#").strip().strip("*_").rstrip().rstrip(":").rstrip()
    if not text or len(text) > _CAPTION or "|" in text or text[-1] in ".!?":
        return ""
    last = None
    for last in _SENTENCE_END.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    return " ".join(text[last.end() if last else 0 :].split())


def caption_below(line: Callable[[int], str], after: int, lines: int) -> str:
    """The caption set under a table whose last row is the line before ``after`` (of
    ``lines`` in all), as a statistics release may set it (``| ... |``, then ``Außenhandel
    der Republik Belarus mit der Volksrepublik China``): the line below it (one blank line
    between or none), where it is a title; not a heading nor a line ending in a colon (they
    open what follows), not a note (``Quelle: Belstat``), not the caption of a table that
    follows it; "" if none.

    >>> lines = ["| A |", "", "Handel mit China", "", "Der Handel wuchs."]
    >>> caption_below(lambda n: lines[n - 1], 2, 5)
    'Handel mit China'
    >>> lines = ["| A |", "", "Exporte nach Waren:", "", "| B |"]
    >>> caption_below(lambda n: lines[n - 1], 2, 5), caption_below(lambda n: lines[n - 1], 6, 5)
    ('', '')
    """
    if after <= lines and not line(after).strip():
        after += 1
    if after > lines:
        return ""
    # (a note after it on its line is none of it, nor a label before it: "Tabelle: ...")
    text = _LABEL.sub("", _before_note(line(after).strip()))
    if ends_in_unit(text):  # a title that ends in its unit, whatever its full stop
        text = text.rstrip(".").rstrip()
    if (
        not text
        or text[0] == "#"
        or text[-1] in ".!?:"
        or len(text) > _CAPTION
        or "|" in text
        or _NOTE.search(text)
    ):
        return ""
    follows = after + 1
    if follows <= lines and not line(follows).strip():
        follows += 1
    if follows <= lines and "|" in line(follows):
        return ""  # the caption of the table below it
    return " ".join(text.split())


def _before_note(text: str) -> str:
    """``text`` without the note set after its title on the same line (``Außenhandel mit
    China, kumuliert seit Jahresbeginn. Quelle: Belstat.`` is captioned ``Außenhandel mit
    China, kumuliert seit Jahresbeginn``); "" where what stands before the note is prose (a
    sentence of its own before it, or a finite verb); ``text`` itself where no note follows.

    >>> _before_note("Handel mit China. Quelle: Belstat.")
    'Handel mit China'
    >>> _before_note("Der Export stieg. Quelle: Belstat.")
    ''
    """
    note = _NOTE_AFTER.search(text)
    if note is None:
        return text
    title = text[: note.start()].rstrip(" .;")
    if _SENTENCE_END.search(title) or any(w in _FINITE for w in _WORD.findall(title)):
        return ""
    return title


def _opens(line: Callable[[int], str], below: int) -> bool:
    """Whether nothing but blank lines (a blanked title, dateline) stands above line
    ``below``."""
    return all(not line(at).strip() for at in range(1, below))


def introduction(line: Callable[[int], str], header: int) -> str:
    """The prose line right above the table whose header row is at line ``header`` (one
    blank line between or none), whatever its end: the paragraph that introduces the table
    (``Im Jahr 2025 entwickelte sich der Handel so.``, ``... wie folgt:``), which may name
    the year its rows' periods lie in; "" under a row or at the text's start.

    >>> lines = ["Die Zahlen des Jahres 2025 liegen vor.", "", "| A | B |"]
    >>> rows = ["| x |", "| A |"]
    >>> introduction(lambda n: lines[n - 1], 3), introduction(lambda n: rows[n - 1], 2)
    ('Die Zahlen des Jahres 2025 liegen vor.', '')
    """
    above = header - 1
    if above >= 1 and not line(above).strip():
        above -= 1
    text = " ".join(line(above).lstrip("#").split()) if above >= 1 else ""
    return "" if "|" in text else text
