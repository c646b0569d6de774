"""Interviews: an answer refers to the question before it.

"**Wie viele chinesische Studierende lernen derzeit in Belarus?**" / "„Derzeit sind es rund
12 Tausend.“": the question, a paragraph of its own, names what the answer's count counts,
as a sentence before it in its paragraph would (:func:`question_before`); a bare number that
opens the answer ("„Rund 3.000, vor allem in Peking.“") refers back to it as "Es sind"
does (:func:`answers`). :mod:`bycn.indicators.referback` asks. In an answer the
interviewee speaks for the institution the text is about ("– Mit chinesischen Universitäten
haben wir 54 Vereinbarungen unterschrieben"), as the question addresses it ("an Ihrer
Universität"): :func:`spoken_for` tells :mod:`bycn.indicators.placing` so.

>>> from bycn.indicators.scopes import Contexts
>>> texts = ["**Wie viele Belarussen studieren in China?**", "„Rund 3.000.“"]
>>> sentences = {"doc": ["d", "d"], "sentence_id": [1, 2], "article": ["", ""],
...     "text": texts, "first_line": [1, 3], "last_line": [1, 3]}
>>> question_before(("d", 1), Contexts({"doc": []}, sentences))
('d', 0)
"""

from __future__ import annotations

import re

from bycn.indicators.scopes import Contexts, FigureScope, Site
from bycn.text.nouns import ANSWER_LABEL, QUESTION_END

__all__ = ["answers", "first_person", "question_before", "spoken_for"]

#: All that may stand before a figure that opens an answer: an interview's dash or who
#: answers with a colon ("– 1.240", "Antwort: Rund 1.240"), a quotation mark, a qualifier.
_ANSWER_OPENING = re.compile(rf"^{ANSWER_LABEL}[„“\"»]?\s*(?:[A-Za-zäöü]+(?:\s+als)?\s+)?$")
#: How many sentences before an interviewee's words their question may stand (an answer of
#: a few paragraphs).
INTERVIEW_REACH = 12
#: The interviewee in an answer or its question: the first person plural ("wir", "bei uns",
#: "unsere Partner") or the formal address after a sentence's first word ("haben Sie",
#: "Ihre Hochschule"; at a sentence's start "Sie", "Ihre" may be the third person).
_FIRST_PERSON = r"\b(?:[Ww]ir|[Uu]ns(?:er(?:e[mnrs]?)?)?)\b"
_INTERVIEWEE = re.compile(rf"{_FIRST_PERSON}|(?<=\w\s)(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)\b")
_SPEAKER = re.compile(_FIRST_PERSON)


def question_before(site: Site | None, contexts: Contexts) -> Site | None:
    """The sentence before the paragraph of the one at ``site`` when it is a question in
    the same article: an interview's answer refers to its question ("**Wie viele
    chinesische Studierende lernen derzeit in Belarus?**" / "„Derzeit sind es rund 12
    Tausend."), as a sentence in its paragraph would. None otherwise."""
    if site is None:
        return None
    first = site[1] - contexts.opening(site)
    if first == 0:
        return None
    before = (site[0], first - 1)
    if contexts.article_at(before) != contexts.article_at(site):
        return None
    return before if QUESTION_END.search(contexts.text_at(before)) else None


def answers(fig: FigureScope, contexts: Contexts) -> bool:
    """Whether the figure opens the first sentence of a paragraph that answers the
    question before it (a quotation mark and a qualifier before it at most: "„Rund 3.000,
    vor allem in Peking.“", after the answer's dash or who answers: "– 1.240", "Antwort:
    Rund 1.240", whose colon ends a clause): it refers back to what the question asks for."""
    if fig.clause_start < 0 or not _ANSWER_OPENING.match(fig.before(0)):
        return False
    site = contexts.site(fig)
    return site is not None and not contexts.opening(site) and bool(question_before(site, contexts))


def spoken_for(fig: FigureScope, site: Site | None, contexts: Contexts) -> bool:
    """Whether the figure's clause speaks of the interviewee ("haben wir 54 Vereinbarungen
    unterschrieben", "bei uns", "Wie viele Abkommen haben Sie ...?") in an interview: a
    question stands before it in its article, within :data:`INTERVIEW_REACH` sentences (an
    answer may run on over paragraphs; "Frage: ...? Antwort: ..." in one). Then the entity
    the figure is of is the one the interview is about (its lead names it), not the country
    the first person might be in a minister's speech: a plain "wir" in a report is no
    interviewee's."""
    if site is None or not _INTERVIEWEE.search(fig.clause):
        return False
    return any(QUESTION_END.search(text) for text in contexts.before(site, INTERVIEW_REACH))


def first_person(text: str) -> bool:
    """Whether ``text`` (a figure's clause) speaks in the first person plural ("wir", "bei
    uns", "unsere Partner"): who tells it speaks for what they head.

    >>> first_person("„Wir haben 97 Abkommen"), first_person("Die BSU hat 97 Abkommen")
    (True, False)
    """
    return _SPEAKER.search(text) is not None
