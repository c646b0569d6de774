"""Noun phrases around numbers: the noun a count counts, or the one it refers back to.

``80 belarussischen Projekten`` counts ``Projekten``; in ``die Zahl der in
Belarus registrierten Firmen betrug 51.000`` the bare number counts ``Firmen``.
A :class:`SentenceNouns` indexes one sentence once, so that finding the noun a
number refers back to costs a bisection, not a scan of the text before it.

>>> counted_noun(" belarussische Unternehmen sind")
('Unternehmen', 26)
>>> nouns = SentenceNouns("Die Zahl der in Belarus registrierten Firmen betrug 51.000", 0, 57)
>>> nouns.antecedent(51)
'Firmen'
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from bycn.text.joining import SENTENCE_END, left_noun
from bycn.text.lexicon import LEXICON, alternation
from bycn.text.possessors import possessor_before, raised_noun
from bycn.text.qualifiers import QUALIFIER_WORDS
from bycn.text.setnouns import set_before
from bycn.vocabulary import MONTHS

__all__ = [
    "ANSWER_LABEL",
    "QUESTION_END",
    "SentenceNouns",
    "counted_in",
    "counted_noun",
    "is_time_noun",
    "named_numbers",
    "opening_noun",
]

_ADJECTIVE = r"[a-zäöüß][\w-]*(?:e|en|er|es|em)"
_MULTIWORD = "|".join(
    re.escape(n).replace(r"\ ", r"\s+")
    for n in sorted(LEXICON.multiword_nouns, key=len, reverse=True)
)
_NOUN_PHRASE = re.compile(
    # A phrase before a participle first: "20 mit chinesischem Kapital gegründete Firmen".
    rf"(?P<adjs>(?:\s+(?:in|aus|mit)\s+(?:{_ADJECTIVE}\s+)?[A-ZÄÖÜ][\w-]*(?=\s+{_ADJECTIVE}\s)"
    # An adverb before an adjective ("20 neu gegründete Firmen"), not a preposition: "davon
    # 60 mit chinesischen Partnern" counts what "davon" refers to, not the partners.
    rf"|\s+(?:(?!(?:in|aus|mit)\s)[a-zäöüß]+\s+(?={_ADJECTIVE}\s))?{_ADJECTIVE}"
    r"(?:,|\s+und|\s+oder|\s+sowie)?)*)"
    rf"\s+(?P<noun>(?:{_MULTIWORD})(?!\w)|[A-ZÄÖÜ][\w]*(?:-\s+und\s+[A-ZÄÖÜ][\w]*)?[\w-]*[\w])"
)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß][\w-]*")
_MONTH_OR_TIME = re.compile(rf"(?:{'|'.join(MONTHS)})$")
# "die Zahl der [in Belarus registrierten] Firmen": the counted noun after "Zahl der",
# "Zahl ihrer [chinesischen] Studierenden" or, with no article, "Zahl chinesischer Gäste".
_NUMBER_NOUN = "|".join(sorted(LEXICON.number_nouns, key=len, reverse=True))
_ANTECEDENT = re.compile(
    rf"(?:{_NUMBER_NOUN})\s+"
    r"(?:(?:der|an|von|ihrer|seiner|unserer|eurer|deren|dessen|dieser|aller|solcher)\s+"
    r"|(?=[a-zäöüß][\w-]*er\s+[A-ZÄÖÜ]))"
    # a place of one or more names, quoted or not: "der im Industriepark „Great Stone“
    # ansässigen Unternehmen" counts Unternehmen; so does a participle's phrase of purpose
    # or partner, with its article ("der für Lieferungen nach China akkreditierten
    # Unternehmen", "der von der chinesischen Zollbehörde zugelassenen Betriebe")
    r"(?:(?:(?:in|aus|im|am|an|auf|für|nach|mit|von|vom|zur|zum|bei|beim)\s+"
    r"(?:(?:der|den|dem|die|das|des)\s+)?(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[„\"]?[A-ZÄÖÜ][\w-]*[“\"]?)*"
    r"|[a-zäöüß][\w-]*)\s+){0,5}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*[\w])"
)
# "Die Besucherzahl stieg auf 5.000", "die Studierendenzahl": a compound of a noun and
# "zahl" names the number of that noun (its first part in "-er" or "-en", as the nouns a
# count counts end: not "Rekordzahl", "Mehrzahl", "Kennzahl", "Jahreszahl").
_COMPOUND_NUMBER = re.compile(
    r"(?<![\w-])(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,}(?:er|en))(?:an)?zahl(?:en)?(?![\w-])"
)
# "Bis 2026 soll ihre Zahl auf 2.000 steigen", "kann diese Anzahl auf 60 steigen", and "die
# Zahl" with no noun after it ("Bis 2027 will die Universität die Zahl auf 600 erhöhen"; not
# "die Zahl der Firmen", "die Zahl chinesischer Gäste"): the number of the noun counted before.
_NUMBER_OF = "|".join(sorted(w for w in LEXICON.number_nouns if w.lower().endswith("zahl")))
_THEIR_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?:[Ii]hre|[Dd]eren|[Ss]eine|[Dd]essen|[Dd]iese)\s+(?:{_NUMBER_OF}|zahl)\b"
    rf"|[Dd]ie\s+(?:{_NUMBER_OF})\b(?!\s+(?:(?:der|des|von|an|aus|ihrer|seiner|unserer|dieser"
    r"|aller|solcher)\b|[a-zäöüß][\w-]*er\s+[A-ZÄÖÜ]|[A-ZÄÖÜ])))"
)
# A question that asks for the number of a noun: "Wie viele chinesische Studierende lernen
# derzeit in Belarus?" names what its answer's bare number counts ("Derzeit sind es rund
# 12.000"), as "die Zahl der" does.
_HOW_MANY = re.compile(rf"(?<!\w)[Ww]ie\s+viele\s+(?:{_ADJECTIVE}\s+)*(?P<noun>[A-ZÄÖÜ][\w-]*[\w])")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*[\w]")
# A fronted participle is capitalised but no noun ("Realisiert sind davon 1,3 Mrd.",
# "Umgesetzt wurden davon ...", "Getätigt ...", "Investiert ..."): -iert, or ge- and -t.
_PARTICIPLE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*iert|Ge[a-zäöüß]+t|[A-ZÄÖÜ][a-zäöüß]*ge[a-zäöüß]+t")
_ELIDED_BEFORE = re.compile(
    r"(?:[Vv]on\s+denen|[Vv]on\s+ihnen|[Dd]avon|[Dd]arunter|[Uu]nter\s+ihnen)\s+(?:\w+\s+){0,2}$"
)
_ELIDED_AFTER = re.compile(r"\s+(?:davon|von\s+ihnen|von\s+denen)(?!\w)")
# "(2019: 1.800, 2020: rund 400)", "2015/2016 - 722": a value after a colon, or after a year
# (an academic year) and a dash, a qualifier between or not: one of a list of values of
# the noun counted before.
_AFTER_COLON = re.compile(
    rf"(?::|(?<![\d.,/])(?:19|20)\d\d(?:/(?:19|20)?\d\d)?\s*[-–—])\s*(?:(?i:{QUALIFIER_WORDS})\s+)?$"
)
# "- Herkunftsländer der Investoren: 16", "• neu registrierte Residenten: 18": a list item's
# label, its value after the colon; the value counts the label's head noun.
_LIST_ITEM = re.compile(
    rf"\s*(?:[-–—•*·]|\d{{1,2}}[.)])\s+(?P<label>[^:;,.!?]{{1,60}}):\s*(?:(?i:{QUALIFIER_WORDS})\s+)?"
)
# "es sind 90", "sollen es fünf sein", "Es sind rund 12.000": "es" is the noun counted before.
_ES_BEFORE = re.compile(r"(?<!\w)[Ee]s\s+(?:[a-zäöüß]+\.?\s+){0,2}$")
# "sind es rund", "waren es schon mehr als", "es sind derzeit": a count with its noun left
# out, after a colon or semicolon of its sentence the noun the sentence opens with.
_CLAUSE_COLON = re.compile(r"[:;]\s")
_COPULA_ES = re.compile(
    r"(?<!\w)(?:(?:sind|waren|seien|wären)\s+es|[Ee]s\s+(?:sind|waren))\s+"
    r"(?:(?!(?:der|die|das|den|dem|des|ein|eine|einer|eines)\s)[a-zäöüß]+\.?\s+){0,3}$"
)
# "Bis 2027 wollen wir 60 erreichen", "wir streben 60 an", "Unser Ziel sind 60", "Das Ziel
# für 2030 liegt bei 250", "Der Zielwert beträgt 250": a plan's bare
# number, its clause ending in one verb or particle after it, counts the noun counted before;
# so does a threshold's ("wollen wir die Marke von 220 überschreiten", "die Schwelle von",
# "die Grenze von", "die Hürde von").
_AIM = alternation("aim_verbs")
_PLAN_BEFORE = re.compile(
    rf"(?<!\w)(?:{_AIM}\s+wir|[Ww]ir\s+{_AIM}|Ziel(?:wert|marke)?(?:\s+(?:für|bis)\s+(?:Ende\s+)?(?:19|20)\d\d)?"
    r"\s+(?:sind|ist|wären|bleiben|liegt|lag|beträgt|lautet))"
    r"(?:\s+(?:[a-zäöüß]+\.?|Ende|Anfang|Mitte|(?:19|20)\d\d))*"
    r"(?:\s+(?:die|eine)\s+(?:Marke|Schwelle|Grenze|Hürde)\s+von)?\s+$"
)
_PLAN_AFTER = re.compile(r"(?:\s+[a-zäöüß]+)?\s*(?:[.!;“”\"]|$)")
# The count before its "sind es" ("Chinesische Studierende sind in Minsk kaum noch zu
# übersehen: Gut 19 Tsd. sind es inzwischen landesweit"), and a part of it in a clause of its
# own that leaves out the verb, its place first after "allein" or "davon" (", allein an der
# Belarussischen Staatlichen Universität knapp 3.000."): after a colon, the noun the sentence
# opens with, as "sind es rund 1.600" after one counts it.
_ES_AFTER = re.compile(r"\s+(?:sind|waren|seien)\s+es\b")
_GAPPED_PART = re.compile(
    r",\s+(?:allein|davon|darunter)\s+(?:an|in|am|im|bei|auf)\s+[^,;:.!?\d]{1,80}?"
    rf"\s+(?:(?i:{QUALIFIER_WORDS})\s+)?$"
)
# "Auf 41 bezifferte der Rektor die Zahl der gemeinsamen Labore", "Mit 41 gab er die Zahl der
# Labore an": a number fronted with its preposition, its noun after it ("die Zahl der").
_FRONTED_NUMBER = re.compile(rf"[„“\"»]?(?:[Aa]uf|[Mm]it)\s+(?:(?:{QUALIFIER_WORDS})\s+)?$")
_CLAUSE_END = re.compile(r"[,;:.!?]")
_WINDOW = 48  # "davon" and its two words, or a colon, stand this close before the number
#: What may open an interview's answer before all else: its dash ("– 1.240, und es werden
#: mehr") or who answers, named with a colon ("Antwort: Rund 1.240.", "**Iwanow:** 1.240").
ANSWER_LABEL = r"(?:[–—-]\s+|(?:\*\*)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?:(?:\*\*)?\s+)?"
# What opens an answer before its bare number: "„Rund 3.000, vor allem in Peking.“".
_ANSWER_OPENING = re.compile(rf"{ANSWER_LABEL}[„“\"»]?\s*(?:(?i:{QUALIFIER_WORDS})\s+)?$")
# A question's end, with the emphasis, quotes and blank lines after it ("?**", "?“").
QUESTION_END = re.compile(r"\?[*_“”\"»«\s]*$")
# The noun phrase a sentence opens with: "Chinesische Studenten belegen ...", "Gemeinsame
# Bildungsprogramme gibt es ...", "Studierende aus China ..." (a capitalised adjective first),
# after who answers too ("Antwort: Gemeinsame Bildungsprogramme zählen wir mehr als 70.").
# A word that may qualify an opening noun, no preposition nor article ("Herkunftsländer der
# Investoren" opens with "Herkunftsländer"); an adverb before an adjective ("neu registrierte").
_NO_LINK = r"(?!(?:mit|bei|vo[nr]|aus|auf|für|nach|zu[mr]?|über|unter|seit|d(?:e[rnms]|ie|as))\s)"
_OPENING = re.compile(  # "Immer mehr Studierende ..." opens with its noun too
    rf"\s*{ANSWER_LABEL}(?:(?:Die|Den|Der|Diese|Solche|Immer\s+mehr|Mehr)\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]*(?:e|en|er)\s+"
    rf"|{_NO_LINK}[a-zäöüß]{{3,}}\s+(?={_ADJECTIVE}\s))?(?:{_NO_LINK}{_ADJECTIVE}\s+)*"
    # (a compound's first part before it: "Gemeinsame Bildungs- und Forschungseinrichtungen")
    r"(?:[A-ZÄÖÜ]\w*-\s+(?:und|oder)\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*[\w])"
)
# "Gemeinsame Bildungsprogramme gibt es inzwischen mehr als 50.", "Partnerschulen zählt das
# Ministerium rund 30.", "... zählen wir mehr als 70.", "Partnerhochschulen haben wir über 40",
# "Labore unterhält die Akademie 12": the counted noun fronted, a verb of being, having or
# counting and its subject (a pronoun, or a noun with its article), the number
# last (after adverbs, a qualifier and a place said with its preposition: "Laboratorien
# gibt es an der Akademie inzwischen 12.").
# ... or its clause, a list of its parts after it ("... gibt es inzwischen 21, darunter drei
# gemeinsame Institute und sieben Konfuzius-Institute", "..., davon 12 in Minsk")
_PARTS_AFTER = re.compile(rf"\s*,\s+(?:{alternation('part_words')})\b")
_FRONTED_VERB = re.compile(
    # (a partner after the noun: "Gemeinsame Labore mit chinesischen Partnern gibt es 41")
    r"(?:\s+(?:mit|aus|in)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]*)?"
    # (or a relative clause: "Belarussische Staatsbürger, die in China studieren, gibt es 1.200")
    r"(?:,\s+(?:die|denen|deren)\s+[^,.;:?!]{1,80},)?"
    r"\s+(?:(?:gibt|gab)\s+es|(?:zählt?|hab|hat|unterh[aä]lt|unterhielt|verzeichn|betreu)\w*"
    r"\s+(?:man|wir|sie|er|(?:der|die|das|unsere?)\s+[A-ZÄÖÜ][\w-]*))"
    r"(?:\s+(?:[a-zäöüß]+\.?|(?:an|in|im|am|bei)\s+(?:(?:der|dem|den)\s+)?[A-ZÄÖÜ][\w-]*)){0,5}"
    r"\s*$"
)
# A plural noun (the nouns a count counts), not a quantity said in a singular or a noun of
# money or trade: "Studenten", "Gäste", "Programme"; not "Handel", "Umsatz", "Exporte".
_PLURAL = re.compile(r"(?:e|en|er|n|s)$")
_NOT_COUNTED = re.compile(
    r"(?i)export|import|ausfuhr|einfuhr|umsatz|handel|investition|lieferung|volumen"
)


# Compounds ending in a noun of time are nouns of time: "fünf Arbeitstage", "drei Schuljahre".
_TIME_SUFFIXES = tuple(
    w.lower() for w in LEXICON.time_nouns if w.startswith(("Tag", "Woche", "Monat", "Jahr"))
)


def is_time_noun(noun: str) -> bool:
    """A noun of time or a month: ``zehn Jahre``, ``fünf Arbeitstage``, ``30 Januar``."""
    return (
        noun in LEXICON.time_nouns
        or bool(_MONTH_OR_TIME.match(noun))
        or noun.lower().endswith(_TIME_SUFFIXES)
    )


def counted_noun(rest: str, pos: int = 0, stop: int | None = None) -> tuple[str, int] | None:
    """The noun a count quantifies, skipping adjectives: ``80 belarussischen Projekten``.

    Returns the noun and the end of the phrase relative to ``pos``, or None.
    """
    match = _NOUN_PHRASE.match(rest, pos, len(rest) if stop is None else stop)
    if not match:
        return None
    for adjective in _LOWER_WORD.findall(match.group("adjs")):
        if adjective in LEXICON.not_adjectives:
            return None
    noun = match.group("noun")
    if noun in LEXICON.function_words:
        return None
    if " " in noun or "\n" in noun:  # a noun of two words, perhaps across a line break
        noun = " ".join(noun.split())
    return noun, match.end() - pos


def named_numbers(body: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The numbers of a noun named in ``body[lo:hi]`` (``die Zahl der Firmen``, ``die
    Besucherzahl``, a question's ``wie viele Firmen``), in text order, each with its ``noun``."""
    found = list(_ANTECEDENT.finditer(body, lo, hi))
    extra = False
    if body.find("zahl", lo, hi) >= 0:
        found += _COMPOUND_NUMBER.finditer(body, lo, hi)
        extra = True
    if body.find("iele", lo, hi) >= 0:
        found += _HOW_MANY.finditer(body, lo, hi)
        extra = True
    if extra:
        found.sort(key=lambda m: m.start())
    return found


def _relative(their: re.Match[str]) -> bool:
    """Whether "their number" is a relative's ("deren Zahl", "dessen Anzahl")."""
    return their.group().startswith(("deren", "dessen"))


class SentenceNouns:
    """The nouns of one sentence ``body[lo:hi]``, indexed once, asked per number."""

    def __init__(self, body: str, lo: int, hi: int) -> None:
        self.body, self.lo, self.hi = body, lo, hi

    @cached_property
    def _antecedents(self) -> tuple[list[int], list[str | None]]:
        found: list[tuple[int, str | None]] = [
            (m.end(), m.group("noun")) for m in named_numbers(self.body, self.lo, self.hi)
        ]
        # "ihre Zahl", "deren Zahl": the number of what was counted before (None here); a
        # relative "deren Zahl" of the noun it relates to ("rund 10.500 Chinesen, ein Drittel
        # aller ausländischen Studierenden, deren Zahl bei 32.000 liegt": possessors).
        found += [
            (m.end(), possessor_before(self.body, self.lo, m.end()) if _relative(m) else None)
            for m in _THEIR_NUMBER.finditer(self.body, self.lo, self.hi)
        ]
        found.sort(key=lambda item: item[0])
        return [at for at, _ in found], [noun for _, noun in found]

    @cached_property
    def _capitalised(self) -> tuple[list[int], list[str]]:
        matches = [
            m
            for m in _CAPITALISED.finditer(self.body, self.lo, self.hi)
            if m.group() not in LEXICON.function_words and not _PARTICIPLE.fullmatch(m.group())
        ]
        return [m.end() for m in matches], [m.group() for m in matches]

    def antecedent(
        self, start: int, end: int | None = None, counted: str = "", carried: str = ""
    ) -> str | None:
        """The noun an elided count at ``[start:end]`` refers to.

        ``40 Programme ..., von denen 10``, ``6 davon`` and ``drei Flüge ..., bald sind
        es fünf`` take the noun of the count before them (``counted``; ``carried``: the
        last count of the sentences before, for ``Im Vorjahr waren es 4.500``);
        ``Partnerstädten ..., von denen Minsk vier hat`` the last noun before
        ``von denen``; ``die Zahl der Bewohner ... auf 90`` the noun after ``Zahl der``;
        ``90 Firmen ..., deren Zahl auf 150 wachsen soll`` the noun of the count before.
        """
        window_start = max(self.lo, start - _WINDOW)
        before = self.body[window_start:start]
        elided = _ELIDED_BEFORE.search(before)
        listed = counted and (_AFTER_COLON.search(before) or _ES_BEFORE.search(before))
        after = end is not None and _ELIDED_AFTER.match(self.body, end, self.hi)
        # "Im Vorjahr waren es 4.500."; "An der BSU lernen 2.300 von ihnen" after a place; "60
        # davon sind ..." (the count before's subject: carried passes over "aus 16 Ländern")
        if carried and not counted and (elided or after or _ES_BEFORE.search(before)):
            return carried
        if end is not None and (left := left_noun(self, start, end, counted, carried)):
            return left  # "Das sind rund 3.800.", "..., im ersten Halbjahr kamen elf hinzu"
        if carried and not counted and self._answers(start):
            return carried  # "Wie viele Belarussen studieren in China?" "„Rund 3.000 ...“"
        if (counted or carried) and end is not None and self._planned(start, end):
            return counted or carried  # "... auf 47 gestiegen. Bis 2027 wollen wir 60 erreichen."
        if elided or listed or after:
            if counted:
                return counted
            head = window_start + elided.start() if elided else start
            ends, capitalised = self._capitalised
            i = bisect.bisect_right(ends, head) - 1
            return capitalised[i] if i >= 0 else None
        if (item := _LIST_ITEM.fullmatch(self.body, self.lo, start)) and (
            noun := opening_noun(self.body, item.start("label"), item.end("label"))
        ):
            return noun
        ends, nouns = self._antecedents
        i = bisect.bisect_right(ends, start) - 1
        if i < 0:
            # "(2012/2013 - rund 1,1 Tsd., 2015/2016 - 722)" after "Chinesische Studenten
            # belegen Platz 3": listed values of the noun the sentence opens with; so is
            # the number that ends "Gemeinsame Bildungsprogramme gibt es mehr als 50."
            # "Belarussen studieren zunehmend in China: Derzeit sind es rund 1.600" too.
            fronted = end is not None and self._fronted(start, end)
            told = (
                _COPULA_ES.search(before)
                or (end is not None and _ES_AFTER.match(self.body, end, self.hi))
                or (
                    end is not None
                    and SENTENCE_END.match(self.body, end, self.hi)
                    and _GAPPED_PART.search(self.body, max(self.lo, start - 100), start)
                    and _ES_AFTER.search(self.body, max(self.lo, start - 200), start)
                )
            ) and _CLAUSE_COLON.search(self.body, self.lo, start)
            if _AFTER_COLON.search(before) or fronted or told:
                return self._opening() or self._set_before(start, end)
            return (
                self._named_after(start, end)
                or self._raised(start, end)
                or self._set_before(start, end)
            )
        if nouns[i] or counted or carried:
            return nouns[i] or counted or carried
        return possessor_before(self.body, self.lo, ends[i])  # "ihre Zahl" of no count before

    def _answers(self, start: int) -> bool:
        """Whether the number at ``start`` opens its sentence (a quotation mark and a
        qualifier before it at most), which answers the question right before it."""
        return bool(
            _ANSWER_OPENING.match(self.body, self.lo, start)
            and QUESTION_END.search(self.body, max(0, self.lo - 12), self.lo)
        )

    def _set_before(self, start: int, end: int | None) -> str | None:
        """The set a word of quantity named before a number that opens its clause, a verb
        after it (:func:`~bycn.text.setnouns.set_before`: ``Rund 2.200 studieren ...``)."""
        return None if end is None else set_before(self.body, self.lo, start, end)

    def _named_after(self, start: int, end: int | None) -> str | None:
        """The noun of ``die Zahl der ...`` after a number fronted with its preposition at
        its sentence's start, in its clause (``Auf 41 bezifferte der Rektor die Zahl der
        gemeinsamen Labore``); else None."""
        if end is None or not _FRONTED_NUMBER.fullmatch(self.body, self.lo, start):
            return None
        stop = _CLAUSE_END.search(self.body, end, self.hi)
        named = named_numbers(self.body, end, stop.start() if stop else self.hi)
        return named[0].group("noun") if named else None

    def _raised(self, start: int, end: int | None) -> str | None:
        """:func:`~bycn.text.possessors.raised_noun` of the number at ``[start:end]``."""
        return None if end is None else raised_noun(self.body, self.lo, self.hi, start, end)

    def _planned(self, start: int, end: int) -> bool:
        """Whether the number at ``[start:end]`` is a plan's with its noun left out: after
        ``wollen wir`` or ``Ziel sind``, its clause ending in one word after it."""
        window = self.body[max(self.lo, start - 80) : start]
        return bool(_PLAN_BEFORE.search(window) and _PLAN_AFTER.match(self.body, end, self.hi))

    def _fronted(self, start: int, end: int) -> bool:
        """Whether the number at ``[start:end]`` ends its sentence after a fronted noun's
        verb of being or counting (``... gibt es inzwischen mehr als 50.``)."""
        if not (
            SENTENCE_END.match(self.body, end, self.hi)
            or _PARTS_AFTER.match(self.body, end, self.hi)
        ):
            return False
        opening = _OPENING.match(self.body, self.lo, start)
        return opening is not None and bool(_FRONTED_VERB.match(self.body, opening.end(), start))

    def _opening(self) -> str | None:
        """The plural noun the sentence opens with, a noun a count may count; else None."""
        return opening_noun(self.body, self.lo, self.hi)


def counted_in(text: str) -> str | None:
    """The noun a table's column header names as counted: the plural noun it opens with
    (``Studierende aus China``), else the noun of its number noun (``Anzahl der
    Residenten``, ``Besucherzahl``); None if neither.

    >>> counted_in("Anzahl der Residenten"), counted_in("Residenten"), counted_in("Wert")
    ('Residenten', 'Residenten', None)
    """
    found = opening_noun(text)
    if found is None and (named := named_numbers(text, 0, len(text))):
        noun = named[0].group("noun")
        found = None if is_time_noun(noun) or _NOT_COUNTED.search(noun) else noun
    return found


def opening_noun(text: str, lo: int = 0, hi: int | None = None) -> str | None:
    """The plural noun ``text[lo:hi]`` opens with, a noun a count may count (a sentence's,
    a table's column header's); None where it opens with none, or with a noun of time, a
    rank, a number, or a quantity of money or trade.

    >>> opening_noun("Chinesische Studenten belegen Platz 3"), opening_noun("Studierende aus China")
    ('Studenten', 'Studierende')
    >>> opening_noun("Der Handel wuchs"), opening_noun("Jahr"), opening_noun("Investitionen")
    (None, None, None)
    """
    match = _OPENING.match(text, lo, len(text) if hi is None else hi)
    if match is None:
        return None
    noun = match.group("noun")
    if (
        noun in LEXICON.function_words
        or noun in LEXICON.rank_nouns
        or noun in LEXICON.number_nouns
        or is_time_noun(noun)
        or not _PLURAL.search(noun)
        or _NOT_COUNTED.search(noun)
    ):
        return None
    return noun
