"""What a pronoun that refers back names when the sentence before it holds no figure.

"Der Handel zwischen China und Belarus entwickle sich stabil, sagte der Handelsrat. Im
ersten Halbjahr 2025 habe er 5,2 Milliarden US-Dollar betragen.": "er" is the subject of
the sentence before, the noun phrase that opens it, when its article agrees with the
pronoun ("Der" and "er", "Die" and "sie", "Das" and "es"). Only that subject is read with
the figure, not the whole sentence: "Der Minister sprach über den negativen Saldo im Handel
mit China. Er beträgt ..." is the minister's "er" by the agreement alone, and the trade
named later in that sentence tells nothing of it. A count reads the whole sentence before
when that names what it counts (its ``item``): :meth:`bycn.indicators.referback.ReferBacks.
told_before` asks.

>>> subject_told("Der Handel zwischen China und Belarus entwickle sich stabil.", "habe er ")
'Der Handel zwischen China und Belarus'
>>> subject_told("Der Minister sprach über den Saldo im Handel mit China.", "Er beträgt ")
'Der Minister'
>>> subject_told("Die Exporte stiegen.", "habe er ") is None
True
"""

from __future__ import annotations

import re

from bycn.indicators.scopes import FigureScope

__all__ = ["subject_told", "told_of"]

#: The article that opens a sentence's subject, by the pronoun that refers to it.
_ARTICLES = {"er": "Der", "sie": "Die", "es": "Das"}

#: A pronoun in the clause before the figure (the catalog's refer_back openers found one).
_PRONOUN = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Ee]s)\b")

#: The noun phrase that opens a sentence: its article, adjectives, its noun, and what hangs
#: on the noun by a preposition or a genitive ("zwischen China und Belarus", "des Landes",
#: "mit der Volksrepublik"), up to the first word that is none of these (its verb).
_PHRASE = (
    r"\s+(?:[a-zäöüß][\w-]*\s+)*?[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:(?:zwischen|mit|von|vom|des|der|nach|aus|und|dem|den)\s+)+"
    r"(?:[a-zäöüß][\w-]*\s+)*?[A-ZÄÖÜ][\w-]*)*"
)
_SUBJECT = re.compile(rf"^(?:Der|Die|Das){_PHRASE}")

#: ... or, the verb put second ("Besonders stark wuchsen im vergangenen Jahr die Importe von
#: Agrar- und Lebensmittelprodukten aus Belarus."), the first noun phrase of the sentence's
#: first clause, if its article is one of the nominative's: only where no article opens the
#: sentence, and only the first (an object after it is no subject: "Im Mai sprach der
#: Minister über die Exporte." gives "der Minister", which "sie" does not agree with).
_AFTER_VERB_REACH = 200  # characters of the sentence it is sought in: a bounded search
_SUBJECT_AFTER_VERB = re.compile(rf"^[^,;:.]*?\b(?P<phrase>(?:der|die|das|den|dem|des){_PHRASE})")


def subject_told(told: str, before: str) -> str | None:
    """The subject that opens the sentence ``told`` when its article agrees with the
    pronoun of ``before`` (the figure's clause up to the figure); None if there is no
    pronoun, no such subject, or they do not agree."""
    pronoun = _PRONOUN.search(before)
    if pronoun is None:
        return None
    subject = _SUBJECT.match(told.lstrip())
    if subject is None:
        after = _SUBJECT_AFTER_VERB.match(told.lstrip()[:_AFTER_VERB_REACH])
        subject = None if after is None else after.group("phrase")
    else:
        subject = subject.group()
    article = _ARTICLES[pronoun.group().lower()]
    return (
        subject if subject is not None and subject.capitalize().startswith(article + " ") else None
    )


def told_of(fig: FigureScope, told: str, start: int) -> str | None:
    """What of the sentence ``told`` before it a figure whose clause (from ``start``) refers
    back reads with its own: all of it for a count that names what it counts, the subject
    its pronoun agrees with for any other figure; None if neither."""
    if fig.unit == "count":
        return told if fig.item in told else None
    return subject_told(told, fig.before(start))
