"""A bare number of new ones told by a verb of joining: ``Im ersten Halbjahr kamen elf
hinzu``, ``Seit Jahresbeginn sind elf dazugekommen``, ``Elf kamen allein im Mai dazu``,
``Hinzugekommen sind seither 14``. Its noun is left out: the number counts the noun counted
before it in its sentence (figures.md, "Spans"; :meth:`bycn.text.nouns.SentenceNouns.antecedent`),
or the noun counted in the sentences before where its sentence opens with a part of that set
(``Heute sind es 196 Unternehmen. Allein seit Jahresbeginn kamen elf hinzu``). A count of an
earlier sentence alone is none (``Im Park arbeiten 60 Firmen. 2019 kamen 27 neue hinzu.``).

>>> text = "Im ersten Halbjahr kamen elf hinzu."
>>> joins(text, 0, len(text), 25, 28)
True
>>> text = "Dazu gehören elf, zwei kamen hinzu."
>>> joins(text, 0, len(text), 13, 16), joins(text, 0, len(text), 18, 22)
(False, True)
"""

from __future__ import annotations

import re
from typing import Protocol

from bycn.text.lexicon import alternation

__all__ = ["joined_noun", "joins"]


class _Sentence(Protocol):
    """A sentence ``body[lo:hi]`` (bycn.text.nouns.SentenceNouns)."""

    body: str
    lo: int
    hi: int


# After the number: "neue" or "weitere" at most, words with no number and no clause end, the
# particle ("hinzu", "dazu", or its participle "hinzugekommen") that ends the clause.
_AFTER = re.compile(
    r"(?:\s+(?:neue|weitere))?(?:\s+[^\W\d]+){0,5}?\s+(?P<p>(?:hinzu|dazu)(?:gekommen)?)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:und|sowie)\s)"
)
# Before the number: the participle or the particle fronted ("Hinzugekommen sind seither
# 14", "Neu dazugekommen sind elf", "Hinzu kamen im Mai zwei").
_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:hinzu|dazu)gekommen\s+(?:sind|waren|seien)|(?i:hinzu|dazu)\s+(?:kamen|kam"
    r"|kommen|kommt))\s+(?:[^\W\d]+\s+){0,4}$"
)
# The verb the particle belongs to: "kommen" ("kamen elf hinzu"), not "gehören elf dazu".
_COME = re.compile(r"(?<!\w)(?:kam|kamen|kommen|kommt|kämen)(?!\w)|gekommen")
# A sentence that opens with a part of the set counted before ("Allein seit Jahresbeginn ...").
_PART_FIRST = re.compile(rf"\W*{alternation('part_words')}(?!\w)")
_CLAUSE_MARK = re.compile(r"[,;:.!?]\s")
_REACH = 60  # the verb and the words before the number stand this close


def joins(body: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the number at ``body[start:end]`` (of the sentence ``body[lo:hi]``), with no
    noun after it, is the count of new ones a verb of joining tells."""
    if _BEFORE.search(body, max(lo, start - _REACH), start):
        return True
    after = _AFTER.match(body, end, hi)
    if after is None:
        return False
    if after.group("p").endswith("gekommen"):
        return True
    marks = list(_CLAUSE_MARK.finditer(body, max(lo, start - _REACH), start))
    return (
        _COME.search(body, marks[-1].end() if marks else max(lo, start - _REACH), after.start("p"))
        is not None
    )


def joined_noun(
    sentence: _Sentence, start: int, end: int, counted: str, carried: str
) -> str | None:
    """The noun the joined number at ``[start:end]`` of ``sentence`` counts (:func:`joins`):
    ``counted``, the noun of the count before it in its sentence; else ``carried``, the
    noun counted in the sentences before, where the sentence opens with a part word
    (lexicon part_words); else None."""
    if not (counted or carried) or not joins(sentence.body, sentence.lo, sentence.hi, start, end):
        return None
    if counted:
        return counted
    return carried if _PART_FIRST.match(sentence.body, sentence.lo) else None
