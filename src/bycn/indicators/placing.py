"""Whose a point is: the entity a figure speaks of, for an indicator that takes it.

An indicator's :class:`~bycn.indicators.model.EntitySpec` says what kind of entity its
points belong to. :meth:`Placer.entity` looks for one in the figure's clause, then in what
that clause refers back to, the clauses before it, the sentences before it when the
sentence continues their topic, and last in a clause after it (see the method). The
:class:`~bycn.indicators.matcher.Matcher` asks, once a rule has taken the figure.

>>> from bycn.indicators.catalog import load_catalog
>>> from bycn.indicators.needles import Searches
>>> from bycn.indicators.clauses import Clauses
>>> from bycn.indicators.scopes import Contexts, figure_scopes
>>> sentence = ("Das Gebiet Grodno steigerte seine Lieferungen um 12 Prozent, "
...             "das Gebiet Mogiljow um 8 Prozent.")
>>> figures = {"figure_id": ["d:1:48", "d:1:82"], "doc": ["d", "d"], "line": [1, 1],
...     "start": [48, 82], "text": ["12 Prozent", "8 Prozent"], "value": [12.0, 8.0],
...     "unit": ["percent", "percent"], "item": ["", ""], "qualifier": ["exact", "exact"],
...     "article": ["", ""], "sentence": [sentence, sentence], "as_of": ["", ""],
...     "source_url": ["", ""], "source_year": [None, None]}
>>> catalog = load_catalog()
>>> placer = Placer(catalog, Clauses(catalog.clause_boundary), Searches())
>>> contexts = Contexts(figures, None)
>>> regional = catalog.indicator("trade.regional")
>>> [placer.entity(regional, fig, contexts.site(fig), contexts)
...  for fig in figure_scopes(figures, placer.clauses)]
['Grodno region', 'Mogilev region']
"""

from __future__ import annotations

import re

from bycn.indicators.clausenames import named_in_clause, referred_kinds
from bycn.indicators.clauses import Clauses
from bycn.indicators.mentions import SHARED, Mentions
from bycn.indicators.model import Catalog, EntitySpec, Indicator, Kinds
from bycn.indicators.namedlast import NamedLast
from bycn.indicators.needles import Searches, SearchTest, search_test
from bycn.indicators.questions import first_person, spoken_for
from bycn.indicators.scopes import Contexts, FigureScope, Site
from bycn.indicators.subjects import Subjects
from bycn.text.lexicon import alternation

__all__ = ["Placer"]

# A sentence that opens with a part of the set counted right before it ("Davon sind 60 ...",
# "Allein mit chinesischen Partnern sind es 60": lexicon part_words), or says it in its
# first words ("6.000 von ihnen kommen aus China", "Aus China stammen davon 600"; not
# "allein" there: "Die Exporte stiegen allein im Januar ...").
_PART_FIRST = re.compile(
    rf"\W*(?:(?:[^,;:.]|\.(?=\d)){{0,40}}?\s(?![Aa]llein\b))?{alternation('part_words')}(?!\w)"
)


class Placer:
    """Finds the entity of a point of an indicator, from the entities named in texts
    (:attr:`mentions`, remembered per text until :meth:`forget`).

    clauses: the catalog's clause boundaries (the matcher's, remembered per sentence).
    searches: the tests of pattern lists and what they found, shared with the matcher.
    """

    def __init__(self, catalog: Catalog, clauses: Clauses, searches: Searches) -> None:
        self.catalog = catalog
        self.clauses = clauses
        self._any = searches.found
        # One test per catalog anaphor, shared by its indicators and by ``not_named``: what
        # it found in a text is remembered once.
        tests = {id(p): search_test(p) for p in catalog.anaphors.values()}
        self._kind_anaphor = {name: tests[id(p)] for name, p in catalog.anaphors.items()}
        self._anaphor = {
            id(i): tests.get(id(i.entity.anaphor)) or search_test(i.entity.anaphor)
            for i in catalog.indicators
            if i.entity.anaphor is not None
        }
        self._spec_anaphor = {
            id(i.entity): self._anaphor[id(i)] for i in catalog.indicators if id(i) in self._anaphor
        }
        self._topic = {
            id(i.entity): searches.test(i.entity.topic_unless)
            for i in catalog.indicators
            if i.entity.topic_unless
        }
        self._told_by = {
            id(i.entity): searches.test(i.entity.told_by)
            for i in catalog.indicators
            if i.entity.told_by
        }
        # Per kind, the told_by of an indicator that places it: a name only of who told a
        # figure names no entity for ``not_named`` either (see :meth:`names_kinds`).
        self._kind_told_by = {
            i.entity.kind: self._told_by[id(i.entity)]
            for i in reversed(catalog.indicators)
            if i.entity.told_by and i.entity.kind is not None
        }
        #: The entities named in texts, remembered per text until :meth:`forget`.
        self.mentions = Mentions(catalog)
        #: What texts are about (the one institution a university's page names first).
        self.subjects = Subjects(self.mentions)
        #: The entities named last before a figure (what an anaphor refers to).
        self.named = NamedLast(self.mentions, clauses, catalog.told_at, catalog.entities)
        self._kind_of = {e.name: e.kind for e in catalog.entities}
        # Per kind, the specs of the indicators that place it and say what speaks of the
        # country instead (topic_unless): one per distinct list.
        specs: dict[str, dict[int, EntitySpec]] = {}
        for i in catalog.indicators:
            if i.entity.kind is not None and i.entity.topic_unless:
                specs.setdefault(i.entity.kind, {})[id(self._topic[id(i.entity)])] = i.entity
        self._kind_specs = {kind: tuple(found.values()) for kind, found in specs.items()}
        # The kinds of the entities of the points found per sentence, until :meth:`forget`.
        self._placed: dict[Site, set[str | None]] = {}

    def forget(self) -> None:
        """Forget the entities named in the texts seen so far, and the points placed."""
        self.mentions.forget()
        self.subjects.forget()
        self._placed.clear()

    def placed(self, site: Site | None, entity: str) -> None:
        """Remember that the sentence at ``site`` holds a point of ``entity`` (figures are
        placed in document order): a later sentence's topic does not reach past it to an
        entity of another kind (see :meth:`entity`)."""
        if site is not None:
            self._placed.setdefault(site, set()).add(self._kind_of.get(entity))

    def entity(
        self, indicator: Indicator, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> str | None:
        """The entity of the point, found in this order: named in the figure's clause; else,
        if that clause refers back ("Betriebe der Region"), named in the sentences before;
        else the default, if the clause up to the figure speaks of the country ("die
        belarussischen Ausfuhren stiegen um"); else named in the clauses before it (nearest
        the figure); else, if the sentence refers back, named before it; else, if the
        sentence up to the figure's clause speaks of no one and the indicator follows
        topics, the entity of the nearest sentence before it that speaks of someone (none
        if that is another entity or the country, by a name, a word of the country, or a
        point of another kind found in it), in its paragraph or among the ``look_back``
        sentences before it;
        else, unless the sentence so far speaks of the country, named in a clause after
        the figure's, but not as the place where it was told; else the indicator's default.
        :data:`~bycn.indicators.mentions.SHARED` if two coordinated names share the figure.

        A name in a later clause comes last: it is where or by whom a figure was said more
        often than what it is about. In "Derzeit sind 434 Betriebe der Region akkreditiert,
        sagte er am Rande des Forums in Minsk" the region is the one named before (an
        anaphor); in "Für Lieferungen nach China sind 66 Betriebe zugelassen, hieß es bei
        einem Treffen in Minsk" it is the paragraph's region (its topic), not the city.
        """
        spec = indicator.entity
        if spec.fixed is not None:
            return spec.fixed
        found = named_in_clause(self.mentions, fig, spec.places)
        if found is SHARED:
            return found
        anaphor = self._anaphor.get(id(indicator))
        if found is None and anaphor is not None and fig.clause and anaphor(fig.clause):
            # the nearest name before it: in its own sentence's clauses before its own ("An
            # der Belarussisch-Russischen Universität studieren 86 ..., die Hochschule hat
            # 23 Verträge"), else in the sentences before
            found = self.named.earlier(fig, spec.places)
            if found is None:  # "Er sagte, die Exporte des Gebiets ...": his region
                found = self.subjects.pronoun_teller(spec.places, fig, site, contexts)[1]
            if found is None:
                found = self._named_before(spec, site, contexts, fig.clause)
        if found is None and anaphor is not None and site and _PART_FIRST.match(fig.sentence):
            # "Die BSU hat 450 Abkommen ... . Davon sind 60 mit chinesischen Partnern
            # geschlossen": a part of what the sentence right before counts, its owner's
            found = next((self.named.last(t, spec.places) for t in contexts.before(site, 1)), None)
        if found is None and self._national_words(spec, fig.before()):
            # "Das Gebiet Brest steigerte seine Ausfuhren um 12 Prozent, die belarussischen
            # Ausfuhren stiegen um 5 Prozent": the clause speaks of the country (said before
            # the figure: one after it is mostly a comparison, "... schneller als in Belarus")
            return spec.default
        limit = fig.clause_end()
        if found is None:
            found = self.mentions.nearest(
                fig.sentence, spec.places, fig.position, fig.length, limit
            )
            if found is not None and self._teller(spec, fig, found, limit):
                found = None  # "Wie der Vorsitzende der Akademie sagte, arbeiten 29 ..."
        if (
            found is None
            and anaphor is not None
            and self._any(anaphor, fig.sentence)
            and not self._told_only(fig, self._told_by.get(id(spec)), spec.anaphor)
        ):
            found = self._named_before(spec, site, contexts, fig.sentence)
            if found is None:  # "die Universität" of a text about one, far from its name
                found = self.subjects.of(spec.places, fig, site, contexts)
        if found is None and anaphor is not None and spoken_for(fig, site, contexts):
            # "– Mit chinesischen Universitäten haben wir 54 Vereinbarungen unterschrieben":
            # the interviewee's, the one the interview is about
            found = self.subjects.of(spec.places, fig, site, contexts)
        if found is None and anaphor is not None and first_person(fig.sentence[:limit]):
            # "Bis 2030 wollen wir unseren Handel mit China ... steigern" in the speech of
            # the region's governor: what the speaker heads ("wir" the subject of a clause
            # before the figure's too: "wollen wir ... verdoppeln und den Handel auf ...")
            found = self.subjects.speaker(spec.places, fig, site, contexts)
            if found is None and self.subjects.official(fig, site, contexts):
                return spec.default  # a minister's "wir" is the country's
        if found is None and anaphor is not None and self._topical(spec, fig.sentence, limit):
            # "Er sagte, die Exporte nach China ...": the region of the head he is
            found = self.subjects.pronoun_teller(spec.places, fig, site, contexts)[1]
        if (
            found is None
            and spec.topic_unless is not None
            and self._topical(spec, fig.sentence, limit)
        ):
            reach = max(spec.look_back, contexts.opening(site))
            texts = contexts.before(site, reach)
            for back, text in enumerate(texts, 1):
                found = self.named.last(text, spec.places)
                if found is not None and self.named.ranked(text, spec.places):
                    found = None  # regions ranked or compared: none of them is the topic
                    break
                if found is None and anaphor is not None and site and self._any(anaphor, text):
                    # "Die Effizienz in der Region stieg.": it speaks of the region named
                    # before it
                    found = self._named_before(spec, (site[0], site[1] - back), contexts)
                    break
                if found is not None or not self._topical(spec, text):
                    break  # the nearest sentence that speaks of something is the topic
                if site and self._of_another_kind(spec, (site[0], site[1] - back)):
                    break  # ... and so does one whose point is another kind's (the country's)
            else:
                if len(texts) < reach:  # all its article before it speaks of no one
                    found = self._titled(spec, fig.article)
        if found is None and limit is not None and not self._national(spec, fig, limit):
            found = self._named_after(fig, spec.places, limit)
            if found is not None and self._teller(spec, fig, found):
                found = None  # "..., sagte der Präsident der Akademie"
        return found if found is not None else spec.default

    def continued(self, indicator: Indicator, entity: str, fig: FigureScope) -> str | None:
        """The entity of a point of ``indicator`` that the figure continues (its clause
        refers back to ``entity``'s point before it): that entity, unless it is of the kind
        the indicator places and the figure's clause names another ("Das Gebiet Brest
        exportierte Waren für 100 Mio. Dollar. Im Gebiet Gomel waren es 80 Mio."): then
        that one (None if two share it); or names none but speaks of the country before
        the figure ("Landesweit waren es 1,3 Mrd."): then the indicator's default (None:
        no point)."""
        spec = indicator.entity
        if spec.kind is None or not spec.takes(self._kind_of.get(entity)):
            return entity
        named = named_in_clause(self.mentions, fig, spec.places)
        if named is not None:
            return None if named is SHARED else named
        return spec.default if self._national_words(spec, fig.before()) else entity

    def names_kinds(self, fig: FigureScope, kinds: tuple[str, ...]) -> bool:
        """Whether an entity of one of ``kinds`` is named, or referred to by the catalog's
        anaphor of that name ("des Gebiets"), in the figure's sentence up to the end of its
        clause (all of it if the clause is not found); in its clause only where that
        speaks of the country before the figure ("Das Gebiet Brest steigerte seine
        Ausfuhren um 12 Prozent, die belarussischen Ausfuhren stiegen um 5 Prozent": the 5
        Prozent are the country's, see :meth:`entity`). Not by a name only of who told the
        figure, where the kind's indicators say so (``told_by``: "Wie der Rektor der BSU
        sagte, studieren in Belarus 12.000 chinesische Studierende")."""
        clause_start = start = fig.clause_start
        limit = fig.clause_end(start)
        if limit is not None and any(
            self._national_words(spec, fig.before(start))
            for kind in kinds
            for spec in self._kind_specs.get(kind, ())
        ):
            start = max(start, 0)
        else:
            start = 0
        told = self._kind_told_by
        if any(
            (limit is None or end <= limit)
            and begin >= start
            and not (kind in told and self._telling(fig, clause_start, told[kind], begin, end))
            for kind in kinds
            for begin, end, _ in self.mentions.of_kind(fig.sentence, kind)
        ):
            return True
        head = fig.sentence[start:limit]  # (nor by an anaphor only in who told it)
        return any(
            self._kind_anaphor[kind](head)
            and not self._told_only(fig, told.get(kind), self.catalog.anaphors[kind], start, limit)
            for kind in kinds
            if kind in self._kind_anaphor
        )

    def _national(self, spec: EntitySpec, fig: FigureScope, limit: int) -> bool:
        """Whether the sentence up to the end of the figure's clause speaks of the country
        (``spec.topic_unless``: "Der Handel zwischen Belarus und China stieg ..."): then a
        place named in a later clause is not what the figure is about."""
        return self._national_words(spec, fig.sentence[:limit])

    def _national_words(self, spec: EntitySpec, text: str) -> bool:
        """Whether ``text`` has one of the words of ``spec.topic_unless`` (it speaks of the
        country, or of a place the catalog does not know by name)."""
        words = self._topic.get(id(spec))
        return words is not None and bool(text) and self._any(words, text)

    def _of_another_kind(self, spec: EntitySpec, site: Site) -> bool:
        """Whether the sentence at ``site`` holds a point of an entity not of ``spec.kind``
        ("Im vergangenen Jahr hatte das bilaterale Handelsvolumen 5,1 Mrd. Dollar
        betragen": the country's): it speaks of that entity, though it names none."""
        kinds = self._placed.get(site)
        return kinds is not None and any(not spec.takes(kind) for kind in kinds)

    def _named_after(self, fig: FigureScope, kind: Kinds, limit: int) -> str | None:
        """The entity of ``kind`` named nearest the figure in a clause after its own, unless
        that name is only the place where the figure was told (the catalog's ``told_at``:
        "..., sagte der Minister am Dienstag in Minsk")."""
        found = self.mentions.nearest(fig.sentence, kind, fig.position, fig.length)
        told = self.catalog.told_at
        if found is None or found is SHARED or told is None:
            return found
        sentence = fig.sentence
        for start, _, name in self.mentions.of_kind(sentence, kind):
            if start >= limit and name == found:
                # the words of the name's clause before it (after the figure's clause)
                begin = max(limit, self.clauses.start(sentence, start))
                return None if told.search(sentence, begin, start) else found
        return found

    def _topical(self, spec: EntitySpec, text: str, limit: int | None = None) -> bool:
        """Whether ``text`` (up to ``limit``) names no entity of any kind and has none of
        the words of ``spec.topic_unless`` (it speaks of no one: it continues the text's
        topic)."""
        if limit is None:
            if any(not self.named.told(text, start) for start, _, _ in self.mentions.in_text(text)):
                return False
        elif any(end <= limit for _, end, _ in self.mentions.in_text(text)):
            return False
        words = self._topic.get(id(spec))
        return words is None or not self._any(words, text)

    def _titled(self, spec: EntitySpec, title: str) -> str | None:
        """The one entity an article's title names, of ``spec.kind``, where nothing else in
        the title speaks of the country (``spec.topic_unless``): a region's own page
        ("Außenhandel des Gebiets Gomel mit China 2025") is about the region from its
        first sentence on ("Der Export von Waren nach China wuchs um 18,7 Prozent"); not a
        title on the country ("Exporte von Belarus nach China: Gebiet Gomel vorn") nor one
        on two regions. None if there is no such entity."""
        named = self.mentions.in_text(title) if title else []
        if len({entity.name for _, _, entity in named}) != 1 or not spec.takes(named[0][2].kind):
            return None
        # the title without its name: "des Gebiets Gomel" is no unknown region's "Gebiet X"
        rest = self.mentions.without_names(title)
        return None if self._national_words(spec, rest) else named[0][2].name

    def _named_before(
        self, spec: EntitySpec, site: Site | None, contexts: Contexts, said: str = ""
    ) -> str | None:
        """The entity of ``spec.kind`` named last in the nearest sentence before the
        figure's that names one (what an anaphor in ``said`` refers to: of the kinds
        :func:`referred_kinds` gives, and one it may call): in its paragraph, however far
        back, else among the ``spec.look_back`` sentences before it, counted from the last
        one that refers back by the anaphor: a text that keeps saying "das Gebiet", "der
        Region" keeps its region in mind however long ago it named it ("Um 31 Prozent hat
        das Gebiet Gomel ... / ... / Das Gebiet liegt rund 300 Kilometer von Minsk. / Bis
        2030 soll der Handel mit China auf 1,2 Mrd. Dollar steigen")."""
        reach = max(spec.look_back, contexts.opening(site))
        refers = self._spec_anaphor.get(id(spec))
        texts = contexts.before(site, reach)
        kinds = referred_kinds(spec, said)
        back = 0
        while back < len(texts):
            text = texts[back]
            found = self.named.last(text, kinds, said)
            if found is not None:
                return found
            back += 1
            if refers is not None and back + spec.look_back > reach and self._any(refers, text):
                reach = back + spec.look_back
                texts = contexts.before(site, reach)
        return None

    def _teller(
        self, spec: EntitySpec, fig: FigureScope, name: str, limit: int | None = None
    ) -> bool:
        """Whether ``name`` stands in the figure's sentence (up to ``limit``) only in
        clauses other than the figure's own that tell who said it (``spec.told_by``: "Wie
        der Vorsitzende der Akademie ... sagte"): its teller, not its owner."""
        test = self._told_by.get(id(spec))
        if test is None or name is SHARED or first_person(fig.clause):
            # "„Wir haben 97 Abkommen ...“, sagte der Rektor der BSU": he speaks for it
            return False
        start = fig.clause_start
        spans = [
            (begin, stop)
            for begin, stop, named in self.mentions.of_kind(fig.sentence, spec.places)
            if named == name and (limit is None or stop <= limit)
        ]
        return bool(spans) and all(
            self._telling(fig, start, test, begin, stop) for begin, stop in spans
        )

    def _told_only(
        self,
        fig: FigureScope,
        test: SearchTest | None,
        anaphor: re.Pattern[str],
        lo: int = 0,
        hi: int | None = None,
    ) -> bool:
        """Whether the ``anaphor`` matches in the figure's sentence ``[lo:hi]`` all stand in
        clauses ``test`` (a ``told_by``) takes: "Wie der Präsident der Akademie sagte, haben
        belarussische Hochschulen 52 Abkommen ...": the teller's title is no owner's."""
        return (
            test is not None
            and not first_person(fig.clause)
            and all(
                self._telling(fig, fig.clause_start, test, lo + m.start(), lo + m.end())
                for m in anaphor.finditer(fig.sentence[lo:hi])
            )
        )

    def _telling(
        self, fig: FigureScope, start: int, test: SearchTest, begin: int, stop: int
    ) -> bool:
        """Whether the name at ``[begin:stop]`` of the figure's sentence stands in a clause
        other than the figure's own (from ``start``) that ``test`` (a ``told_by``) takes."""
        end = fig.clause_end(start)
        if end is not None and start <= begin < end:
            return False
        return test(self.clauses.clause(fig.sentence, begin, stop - begin))
