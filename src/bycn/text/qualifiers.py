"""Qualifiers of figures: words before them (``mehr als``) and verbs of exceeding.

>>> qualifier_before("Es waren mehr als ")
('more_than', 9)
>>> qualifier_before("hat sich fast um das "), qualifier_before("stieg mehr um ")
(('almost', 12), None)
>>> text = "Der Handel hat die Marke von 5 Mrd. Dollar überschritten."
>>> threshold_spans(text, 0, len(text), [(29, 42)])
[0]
>>> text = "Er erreichte 4 Mrd. Dollar und übertraf damit den Vorjahreswert um 12 Prozent."
>>> threshold_spans(text, 0, len(text), [(13, 26), (67, 78)])
[]
>>> text = "2017 überstieg der Handel mit China $3 Mrd., 2018 übertraf er mit $4 Mrd. das Ziel."
>>> threshold_spans(text, 0, len(text), [(36, 43), (67, 74)])
[0]
>>> text = "Wir erwarten, dass wir die Marke von 100 überschritten haben werden."
>>> threshold_spans(text, 0, len(text), [(37, 40)])
[0]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from bycn.text.lexicon import LEXICON

__all__ = ["QUALIFIER_WORDS", "governed_uber", "qualifier_before", "threshold_spans"]

#: The qualifiers' words as one alternation (longest first; a space any whitespace).
QUALIFIER_WORDS = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(LEXICON.qualifiers, key=len, reverse=True)
)

_QUALIFIER_BEFORE = re.compile(
    rf"(?<![\w.])(?P<q>{QUALIFIER_WORDS})\s+(?:um\s+)?(?:(?:das|die|den|dem)\s+)?$",
    re.IGNORECASE,
)
_EXCEED_VERB = re.compile(r"(?<!\w)(?:" + "|".join(sorted(LEXICON.exceed_verbs)) + r")(?!\w)")
_WINDOW = 30
_REACH = 60  # a threshold stands this close to its verb
# Between a verb and the threshold after it: "erstmals die Marke von", "damit das Ziel von".
_GAP_AFTER_VERB = re.compile(r"[^\d,;:.!?]*")
_YEAR = re.compile(r"\[?(?:19|20)\d{2}\]?")
# A margin ("um 3 Prozent") or a figure that did the passing ("mit 4 Mrd.") is no threshold.
# "mit" before a name is the subject's partner ("überstieg der Handel mit China $3 Mrd.").
_NOT_THRESHOLD = re.compile(r"(?<!\w)(?:um|und|sowie|aber|doch|mit(?!\s+[A-ZÄÖÜ]))(?!\w)")
# The verb closes its clause when the threshold stands before it: "hat 830 Mio. überschritten",
# also with two auxiliaries, the future perfect: "überschritten haben werden".
_CLAUSE_END = re.compile(
    r"\s*(?:(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|worden|sein)"
    r"\s*){0,2}(?:[.,;:!?)]|$)"
)


# A verb that governs "über" (lexicon: uber_verbs), as a word's first letters.
_UBER_VERB = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(LEXICON.uber_verbs, key=len, reverse=True)) + r")\w*",
    re.IGNORECASE,
)
# Between such a verb and its "über": the subject or an adverb ("verfügt die BSU nun über"),
# no clause end, no figure, no second verb's link.
_UBER_GAP = re.compile(r"(?:(?!\b(?:und|sowie|oder|aber|dass)\b)[^\d,;:.!?()])*", re.IGNORECASE)
# A preposition right before "über" makes it the qualifier: "sprach von über 500".
_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:von|mit|auf|um|bei|für|zu|bis)\s*$")
_UBER_REACH = 40


def governed_uber(body: str, lo: int, hi: int, uber: int, end: int) -> bool:
    """Whether the "über" at ``uber`` before a figure ending at ``end`` is the preposition
    a verb governs (``verfügt die BSU nun über 83 Abkommen``; at its clause's end: ``, die
    über 83 Abkommen verfügt``), not a qualifier (``beschäftigt über 500 Mitarbeiter``).

    >>> text = "Damit verfügt die BSU nun über 83 Abkommen."
    >>> governed_uber(text, 0, len(text), 26, 41)
    True
    >>> text = "Sie beschäftigt über 500 Mitarbeiter, die über 83 Abkommen verfügt."
    >>> governed_uber(text, 0, len(text), 16, 36), governed_uber(text, 0, len(text), 42, 57)
    (False, True)
    """
    before = body[max(lo, uber - _UBER_REACH) : uber]
    if _PREPOSITION_BEFORE.search(before):
        return False
    for verb in _UBER_VERB.finditer(before):
        if _UBER_GAP.fullmatch(before, verb.end()):
            return True
    after = body[end : min(hi, end + _UBER_REACH)]
    gap = _UBER_GAP.match(after)
    assert gap is not None  # the gap may be empty
    for verb in _UBER_VERB.finditer(after, 0, gap.end()):
        if _CLAUSE_END.match(after, verb.end()):
            return True
    return False


_SPACES = re.compile(r"\s+")
_LAST_WORDS = frozenset(q.split()[-1] for q in LEXICON.qualifiers)
_ARTICLES = frozenset(["das", "die", "den", "dem"])
_OPENERS = "([„‚\"'«»"


def qualifier_before(prefix: str) -> tuple[str, int] | None:
    """The qualifier ending ``prefix`` (the text before a figure) and its length."""
    words = prefix[-_WINDOW:].rsplit(None, 3)
    if len(words) >= 2 and words[-1] in _ARTICLES:
        words.pop()
    # "fast um das 1,5-fache": "um" after a qualifier of its list, as after none other.
    if len(words) >= 2 and words[-1] == "um" and words[-2].lower() in LEXICON.qualifiers_before_um:
        words.pop()
    # "(etwa 190 Mio. Dollar)", "„rund 20 Tonnen“": a bracket or quote may open the qualifier.
    if not words or words[-1].lstrip(_OPENERS).lower() not in _LAST_WORDS:
        return None
    match = _QUALIFIER_BEFORE.search(prefix[-_WINDOW:])
    if not match:
        return None
    written = _SPACES.sub(" ", match.group("q")).lower()
    return LEXICON.qualifiers[written], len(prefix[-_WINDOW:]) - match.start()


def threshold_spans(
    body: str, lo: int, hi: int, spans: Sequence[tuple[int, int, *tuple[object, ...]]]
) -> list[int]:
    """Indexes of the figures (``spans``, in text order) that are the threshold a verb passed.

    Each span's first two items are its start and end: a (start, end) pair, or a figure
    that starts with them (the grammar's ``Quantity``), passed without a copy.

    ``hat 830 Millionen Dollar überschritten`` and ``überschritt die Marke von 1 Mrd.``
    name the threshold; ``erreichte 4,1 Mrd. und übertraf damit den Vorjahreswert``, the
    margin ``übertraf ... um 12 Prozent`` and a figure that did the passing stay exact.
    """
    if not spans or body.find("übe", lo, hi) < 0:  # find: no copy of the sentence
        return []
    starts = [span[0] for span in spans]
    marked: list[int] = []
    for verb in _EXCEED_VERB.finditer(body, lo, hi):
        i = bisect.bisect_left(starts, verb.end())
        # The figure after the verb: the object, unless a margin or the passing figure.
        if i < len(spans) and spans[i][0] - verb.end() <= _REACH:
            gap = _YEAR.sub("", body[verb.end() : spans[i][0]])
            if _GAP_AFTER_VERB.fullmatch(gap) and not _NOT_THRESHOLD.search(gap):
                marked.append(i)
                continue
        # The figure before the verb: the object only where the verb ends its clause.
        j = i - 1
        if j >= 0 and verb.start() - spans[j][1] <= _REACH:
            gap = _YEAR.sub("", body[spans[j][1] : verb.start()])
            prefix = body[max(lo, spans[j][0] - 6) : spans[j][0]]
            if (
                _GAP_AFTER_VERB.fullmatch(gap)
                and not _NOT_THRESHOLD.search(gap)
                and not re.search(r"(?<!\w)um\s*$", prefix)
                and _CLAUSE_END.match(body, verb.end(), hi)
            ):
                marked.append(j)
    return sorted(set(marked))
