"""What a text is about: the one entity of a kind its lead names (a university's page).

A news text or a university's own page about one institution names it in its headline or
first sentences ("Witebsker Staatliche Universität vertieft Zusammenarbeit mit Harbin",
"Die Belarussische Staatliche Musikakademie hat ...") and then says "die Universität",
"die Akademie" however far on. :meth:`Subjects.of` finds that entity for a figure whose
sentence refers back and whose nearer sentences name none: the one entity of the kind
its article's lead (headline and first sentences) names, provided no other entity of that
kind is the one named last before the figure's sentence. A text on two universities has
no one subject: "die Universität" there is the one named nearest before it, or none.

The entities named last are found once per document, sentence by sentence as figures ask
(in document order), so a figure's question costs no search over the text before it.

>>> from bycn.indicators.catalog import load_catalog
>>> from bycn.indicators.mentions import Mentions
>>> from bycn.indicators.scopes import Contexts, figure_scopes
>>> texts = ["Die Staatliche Universität Gomel empfing Gäste.", "Ein Konzert folgte.",
...          "An der Universität studieren 800 chinesische Studenten."]
>>> sentences = {"doc": ["d"] * 3, "sentence_id": [1, 2, 3], "article": ["1"] * 3,
...     "text": texts, "first_line": [1, 3, 5], "last_line": [1, 3, 5]}
>>> figures = {"figure_id": ["d:5:29"], "doc": ["d"], "line": [5], "start": [29],
...     "text": ["800 chinesische Studenten"], "value": [800.0], "unit": ["count"],
...     "item": ["Studenten"], "qualifier": ["exact"], "article": [""],
...     "sentence": [texts[2]], "as_of": [""], "source_url": [""], "source_year": [None]}
>>> catalog = load_catalog()
>>> [fig] = figure_scopes(figures, catalog.clause_boundary)
>>> contexts = Contexts(figures, sentences)
>>> Subjects(Mentions(catalog)).of("institution", fig, contexts.site(fig), contexts)
'GSU'
"""

from __future__ import annotations

import re

from bycn.indicators.mentions import Mentions
from bycn.indicators.model import Kinds
from bycn.indicators.scopes import Contexts, FigureScope, Site
from bycn.text.lexicon import alternation

__all__ = ["LEAD", "Subjects"]

# A head's title and the words between it and the name of what he heads, at most three,
# no comma and no preposition of a place ("Vorsitzenden des Gebietsexekutivkomitees ",
# "Rektor der "; not "Vorsitzenden des Statistikkomitees in "); or the title right after
# the name or its adjective ("Gomeler Gouverneur", "BNTU-Rektor").
_TITLES = alternation("head_titles")
_HEAD_BEFORE = re.compile(
    rf"\b{_TITLES}(?:\s+(?!(?:in|im|bei|beim|auf|aus|nach|am|zu|zum|zur)\b)[\w-]+){{0,3}}?\s+$"
)
_HEAD_AFTER = re.compile(rf"(?:\s+|-){_TITLES}\b")
_HEAD_TITLE = re.compile(rf"\b{_TITLES}\b")
# A head's title before the word of what he heads, no name after it ("sagte der
# stellvertretende Vorsitzende des Gebietsexekutivkomitees", "der Gouverneur des Gebiets",
# "so der Rektor der Universität"): he heads the one the text is about.
_UNNAMED_HEAD = {
    kind: re.compile(rf"\b{_TITLES}\s+de[rs]\s+(?:{words})\w*(?![\w-])(?!\s+[A-ZÄÖÜ])")
    for kind, words in {
        "region": "Gebiet|Region|Oblast",
        "institution": "Universität|Hochschule|Akademie|Institut",
    }.items()
}
# A speech's headline by a head's title alone, the title one of a kind's heads only ("Rede des
# Rektors zum Tag der chinesischen Sprache", "Grußwort der Rektorin", "Ansprache des
# Gouverneurs beim Forum"): he heads the one the text is about, as an unnamed head above
# ("Rede des Vorsitzenden" or "des Präsidenten" may be anyone's; "Rede des Rektors der
# Universität Brest" names his, :data:`_HEAD_BEFORE`).
_SPEECH_BY = {
    kind: re.compile(
        r"\b(?:Rede|Ansprache|Grußwort|Grußworte|Festrede|Begrüßungsrede|Eröffnungsrede)\s+"
        rf"(?:des|der)\s+(?:[a-zäöü][\w-]*\s+)?(?:{titles})\b(?!\s+(?:de[rs]|von)\b)"
    )
    for kind, titles in {
        "region": "Gouverneurs|Gouverneurin|Gebietschefs|Gebietschefin",
        "institution": "Rektors|Rektorin|Prorektors|Prorektorin",
    }.items()
}
# How many sentences before a figure's may say who speaks it (a quote's teller).
_TELLER_REACH = 2
# A teller named by a pronoun only, in the figure's sentence ("Er sagte, die Exporte des
# Gebiets ...", "..., sagte sie", "Wie er mitteilte", ", so er", "Nach seinen Worten",
# "Ihren Angaben zufolge", "Seiner Ansicht nach"): the one named before by his title.
_SAYING = alternation("saying_verbs")
_PRONOUN_TELLER = re.compile(
    rf"\b(?:[Ee]r|[Ss]ie)\s+(?:{_SAYING})(?!\w)|(?<!\w)(?:{_SAYING})\s+(?:er|sie)\b"
    r"|,\s*so\s+(?:er|sie)\b|\b(?:[Ss]einen|[Ii]hren)\s+(?:Worten|Angaben|Aussagen)\b"
    r"|\b(?:[Ss]einer|[Ii]hrer)\s+(?:Ansicht|Meinung|Einschätzung)\s+nach\b"
)
# One who speaks for the country, by a title or an office, alone or ending a compound
# ("Bildungsministerin", "Außenministerium"). Not a head's: "der Vorsitzende des
# Wirtschaftsausschusses der Gebietsregierung" speaks for the region the text is about.
_OFFICIAL = re.compile(rf"(?i:\w*{alternation('national_speakers')})\b")
# ... but not one the speech greets: "Sehr geehrter Herr Botschafter, liebe Kolleginnen und
# Kollegen", "Verehrte Frau Ministerin", "Exzellenz, lieber Herr Botschafter" (he listens).
_ADDRESSED = re.compile(
    r"\b(?:[Ss]ehr geehrte|[Hh]ochverehrte|[Vv]erehrte|[Ll]iebe)[rns]?\s+(?:(?:Herr|Frau)\s+)?"
    rf"(?:[\w-]+\s+)?(?i:\w*{alternation('national_speakers')})\b"
)

#: How many of an article's first sentences, with its headline, tell what it is about.
LEAD = 3


class Subjects:
    """The one entity of a kind a text is about, from the names :attr:`mentions` finds;
    remembered per document until :meth:`forget`."""

    def __init__(self, mentions: Mentions) -> None:
        self.mentions = mentions
        # doc -> the index of the first sentence of each sentence's article, as far as read
        self._firsts: dict[str, list[int]] = {}
        # (doc, kind) -> the entity of the kind named last up to each sentence of the doc
        # (within its article; None where none is), as far as figures have asked.
        self._last: dict[tuple[str, Kinds], list[str | None]] = {}
        # (site, kind) -> whether an unnamed head of the kind tells the sentence there: found
        # once per sentence, however many figures it holds
        self._heads: dict[tuple[Site, str], bool] = {}
        # (site, kind) -> the teller a pronoun of the sentence there refers to, once per
        # sentence (:meth:`pronoun_teller`)
        self._pronouns: dict[tuple[Site, Kinds], tuple[bool, str | None]] = {}

    def forget(self) -> None:
        """Forget the documents seen so far."""
        self._firsts.clear()
        self._last.clear()
        self._heads.clear()
        self._pronouns.clear()

    def of(
        self, kind: Kinds, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> str | None:
        """The entity of ``kind`` the figure's text is about: the only one its article's
        lead (its headline and first :data:`LEAD` sentences, up to the figure's) names,
        unless another of the kind is the one named last before the figure's sentence;
        None if there is none such (or the figure's sentence is not known)."""
        if site is None:
            return None
        lead = self._lead(fig, site, contexts)
        named = {name for text in lead for *_, name in self.mentions.of_kind(text, kind)}
        if len(named) != 1:
            return None
        [subject] = named
        last = self._named_last(kind, site, contexts)
        return subject if last in (None, subject) else None

    def speaker(
        self, kind: Kinds, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> str | None:
        """The entity of ``kind`` whose head speaks in the figure's text: the one its
        article's lead names right after a head's title ("Rede des Vorsitzenden des
        Gebietsexekutivkomitees Gomel", "sagte der Rektor der Staatlichen Universität
        Grodno") or right before it ("der Gomeler Gouverneur"), when it names one such
        only. A head's "wir" speaks for what he heads ("Bis 2030 wollen wir unseren Handel
        mit China auf 500 Millionen Dollar steigern": the region's), as an interviewee's
        does (:func:`~bycn.indicators.questions.spoken_for`); a minister's title is no
        head's: his "wir" stays the country's. None if there is no such entity."""
        if site is None or _told_by_official(fig):
            return None
        # the head named as the teller of the figure's quote first, in its sentence or the
        # two before it ("„..., jetzt sind es insgesamt 19“, sagte der Vorsitzende des
        # Gomeler Gebietsexekutivkomitees"): a lead that names two regions names no one
        for back, text in enumerate((fig.sentence, *contexts.before(site, _TELLER_REACH))):
            told = self._heads_named(kind, [text])
            if told:
                return told.pop() if len(told) == 1 else None
            if not back:  # "„Unsere Exporte ...“, sagte er": the head he is, named before
                by_pronoun, head = self.pronoun_teller(kind, fig, site, contexts)
                if by_pronoun:
                    return head
        named = self._heads_named(kind, self._lead(fig, site, contexts))
        if len(named) == 1:
            return named.pop()
        return self._unnamed_head(kind, fig, site, contexts)

    def pronoun_teller(
        self, kind: Kinds, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> tuple[bool, str | None]:
        """Whether the figure's sentence is told by a pronoun ("Er sagte, die Exporte des
        Gebiets ...", "„...“, sagte sie") whose one it refers to is found, and the entity of
        ``kind`` that one heads: the first title of the nearest of the
        :data:`_TELLER_REACH` sentences before that names one, a head's of one entity of
        the kind ("Der Gouverneur des Gebiets Witebsk traf den Botschafter in Minsk. Er
        sagte, ..."), or None where it is an official's or heads none of the kind. A
        governor tells his region's figures as "er" as he does by his title."""
        if site is None or not _PRONOUN_TELLER.search(fig.sentence):
            return False, None
        key = (site, kind)
        found = self._pronouns.get(key)
        if found is None:
            found = self._pronouns[key] = self._referred(kind, site, contexts)
        return found

    def _referred(self, kind: Kinds, site: Site, contexts: Contexts) -> tuple[bool, str | None]:
        """The entity of ``kind`` whose head the nearest sentence before ``site`` that names
        a title names first (see :meth:`pronoun_teller`)."""
        for text in contexts.before(site, _TELLER_REACH):
            official = _OFFICIAL.search(_ADDRESSED.sub(" ", text))
            heads = self._heads_at(kind, text)
            if heads:
                first, name = min(heads)
                if official is not None and official.start() < first:
                    return True, None
                return True, name if {n for _, n in heads} == {name} else None
            if official is not None or _HEAD_TITLE.search(text):
                return True, None  # an official, or a head of another kind
        return False, None

    def _heads_at(self, kind: Kinds, text: str) -> list[tuple[int, str]]:
        """Where ``text`` names a head's title right before or after a name of ``kind``,
        with that name."""
        found = []
        for start, end, name in self.mentions.of_kind(text, kind):
            before = _HEAD_BEFORE.search(text, 0, start)
            if before is not None:
                found.append((before.start(), name))
            elif _HEAD_AFTER.match(text, end):
                found.append((start, name))
        return found

    def _heads_named(self, kind: Kinds, texts: list[str]) -> set[str]:
        """The entities of ``kind`` that ``texts`` name right after or right before a
        head's title."""
        return {name for text in texts for _, name in self._heads_at(kind, text)}

    def _unnamed_head(
        self, kind: Kinds, fig: FigureScope, site: Site, contexts: Contexts
    ) -> str | None:
        """The subject of ``kind`` of the figure's text (:meth:`of`) where its sentence or
        one of the :data:`_TELLER_REACH` before says a head of one of that kind, unnamed,
        speaks ("„Wir sehen in China ...“, sagte der stellvertretende Vorsitzende des
        Gebietsexekutivkomitees. „Bis 2030 wollen wir die Exporte ... bringen.“")."""
        # (of several kinds, the first is the one whose heads are sought)
        first = (kind[0] if isinstance(kind, tuple) else kind) or ""
        head = _UNNAMED_HEAD.get(first)
        if head is None:
            return None
        key = (site, first)
        if key not in self._heads:
            texts = (fig.sentence, *contexts.before(site, _TELLER_REACH))
            self._heads[key] = any(head.search(text) for text in texts) or bool(
                fig.article and _SPEECH_BY[first].search(fig.article)
            )
        return self.of(kind, fig, site, contexts) if self._heads[key] else None

    def official(self, fig: FigureScope, site: Site | None, contexts: Contexts) -> bool:
        """Whether one of the country's officials (a minister, an ambassador, a president,
        a ministry) speaks the figure's "wir": named in its sentence outside its clause
        ("..., hieß es aus dem Ministerium"), or in its article's lead: where
        :meth:`speaker` finds no head, his "wir" is the country's, not that of the
        university or region the text is about or where he spoke ("Rede der
        Bildungsministerin ... an der Belarussischen Staatlichen Universität")."""
        return site is not None and (
            _told_by_official(fig)
            or any(
                _OFFICIAL.search(_ADDRESSED.sub(" ", text))
                for text in self._lead(fig, site, contexts)
            )
        )

    def _lead(self, fig: FigureScope, site: Site, contexts: Contexts) -> list[str]:
        """The figure's article's lead: its first :data:`LEAD` sentences (up to the
        figure's) and its headline."""
        doc, index = site
        firsts = self._read(doc, index, contexts)
        lead = [contexts.text_at((doc, i)) for i in range(firsts[index], index + 1)][:LEAD]
        if fig.article:
            lead.append(fig.article)
        return lead

    def _read(self, doc: str, index: int, contexts: Contexts) -> list[int]:
        """The first sentence of each sentence's article in ``doc``, read up to ``index``."""
        firsts = self._firsts.setdefault(doc, [])
        while len(firsts) <= index:
            i = len(firsts)
            same = i > 0 and contexts.article_at((doc, i)) == contexts.article_at((doc, i - 1))
            firsts.append(firsts[i - 1] if same else i)
        return firsts

    def _named_last(self, kind: Kinds, site: Site, contexts: Contexts) -> str | None:
        """The entity of ``kind`` named last in the sentences of the article before the one
        at ``site``; the sentences not yet read are read once, in order."""
        doc, index = site
        firsts = self._read(doc, index, contexts)
        last = self._last.setdefault((doc, kind), [])
        while len(last) < index:
            i = len(last)
            found = self.mentions.of_kind(contexts.text_at((doc, i)), kind)
            last.append(found[-1][2] if found else None if firsts[i] == i else last[i - 1])
        return None if firsts[index] == index else last[index - 1]


def _told_by_official(fig: FigureScope) -> bool:
    """Whether the figure's sentence names one of the country's officials outside the
    figure's clause ("„... haben wir 54 Vereinbarungen unterzeichnet“, hieß es aus dem
    Ministerium"): he tells it, whoever the text's lead names."""
    start, end = max(fig.clause_start, 0), fig.clause_end()
    outside = fig.sentence[:start] + " " + (fig.sentence[end:] if end is not None else "")
    return _OFFICIAL.search(outside) is not None
