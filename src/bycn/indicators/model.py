"""The catalog's objects: entities, indicators and the rules that recognise their values.

Immutable values built by :mod:`bycn.indicators.checker` from the catalog file;
:mod:`bycn.indicators.series` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bycn.exceptions import CatalogError, Problem

__all__ = ["Catalog", "Entity", "EntitySpec", "Indicator", "Kinds", "ReferBack", "Rule"]

#: The kind of entities sought, or several kinds (:attr:`EntitySpec.places`); None for any.
Kinds = str | tuple[str, ...] | None


@dataclass(frozen=True)
class Entity:
    """Something a series point is about.

    name: the canonical name shown in series and briefings (``Great Stone``).
    kind: ``park``, ``country_pair``, ``region``, ``institution`` ...
    aliases: the names as the texts write them, matched exactly (case-sensitive, whole words).
    note: a remark for reviewers.
    label_en, label_de: the name briefings show in each language (catalog key ``label``).
    subject_en, subject_de: the name as a sentence's subject, with its article (``the
        Gomel region``, ``das Gebiet Gomel``; catalog key ``subject``).
    not_names: phrases that hold one of the names but name something else (``chinesische
        Hauptstadt`` for Minsk, whose alias is ``Hauptstadt``).
    partner, partner_look_back: a point of this entity needs one of the ``partner`` regexes
        (China's names, for Belarus-China) in its sentence, the ``partner_look_back``
        sentences before it or its article's lead (catalog key ``partner: {names,
        look_back, not_in}``); none for an empty tuple.
    partner_not_in: stretches of text where a partner's name does not count (China as one
        of a list of destinations).
    rivals, rivals_look_back: no point is this entity's where the one of its kind named
        nearest to the figure is one of the ``rivals`` (another park), in its sentence or
        the ``rivals_look_back`` sentences before; ``rivals_own`` name the entity beside
        its names (catalog key ``rivals: {names, own, look_back}``;
        :mod:`bycn.indicators.rivals`).
    not_referred_as: nouns an anaphor that refers to it never uses (``Universität`` for a
        joint institute: "Die Universität hat ..." after it is the university's).
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    note: str = ""
    label_en: str = ""
    label_de: str = ""
    subject_en: str = ""
    subject_de: str = ""
    not_names: tuple[str, ...] = ()
    not_referred_as: tuple[str, ...] = ()
    partner: tuple[re.Pattern[str], ...] = ()
    partner_look_back: int = 0
    partner_not_in: tuple[re.Pattern[str], ...] = ()
    rivals: tuple[re.Pattern[str], ...] = ()
    rivals_own: tuple[re.Pattern[str], ...] = ()
    rivals_look_back: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)

    def label(self, language: str = "en") -> str:
        """The entity's label in ``language`` (``en`` or ``de``); its name if it has none.

        >>> Entity("Vitebsk region", "region", (), label_de="Gebiet Witebsk").label("de")
        'Gebiet Witebsk'
        """
        found = self.label_de if language == "de" else self.label_en
        return found or self.name

    def subject(self, language: str = "en") -> str:
        """The entity as the subject of a sentence in ``language``; its label if the
        catalog gives no such form.

        >>> Entity("Gomel region", "region", (), label_de="Gebiet Gomel",
        ...        subject_de="das Gebiet Gomel").subject("de")
        'das Gebiet Gomel'
        """
        found = self.subject_de if language == "de" else self.subject_en
        return found or self.label(language)


@dataclass(frozen=True)
class EntitySpec:
    """How an indicator finds the entity of a point.

    fixed: always this entity (``Great Stone``).
    kind: else the entity of this kind named in the sentence (nearest to the figure).
    anaphor: when the sentence names none but matches this regex (``dieser Region``),
        look at the ``look_back`` sentences before it, nearest first; one of the
        catalog's ``anaphors`` (:attr:`Catalog.anaphors`), named in the file.
    topic_unless: when given, a sentence that names no entity at all and has none of these
        words (``belarussische``, ``des Landes``: the country's) continues the text's topic:
        the entity is the one named in the ``look_back`` sentences before, nearest first
        ("Das Gebiet Brest ... Die Exporte nach China stiegen um 20 Prozent").
    look_back: how many sentences an anaphor or a topic may reach back.
    default: the entity when none is found; without it the figure is no point.
    told_by: when given, a name in a clause of the figure's sentence other than its own
        that matches one of these is who told the figure, not whose it is ("Wie der
        Vorsitzende der Akademie ... sagte, arbeiten 29 gemeinsame Strukturen": a head of
        the academy speaks for the country's science, not of the academy's own).
    also: other kinds whose entities are found as those of ``kind`` are (an academy's
        agreements with Chinese partners, as a university's: "Die Akademie hat
        Kooperationsabkommen mit 52 chinesischen Forschungseinrichtungen").
    """

    fixed: str | None = None
    kind: str | None = None
    anaphor: re.Pattern[str] | None = None
    topic_unless: tuple[re.Pattern[str], ...] | None = None
    look_back: int = 0
    default: str | None = None
    told_by: tuple[re.Pattern[str], ...] | None = None
    also: tuple[str, ...] = ()

    @property
    def places(self) -> Kinds:
        """The kind, or kinds with ``also``, whose entities the spec finds (what
        :meth:`bycn.indicators.mentions.Mentions.of_kind` takes)."""
        return (self.kind, *self.also) if self.also and self.kind else self.kind

    def takes(self, kind: str | None) -> bool:
        """Whether an entity of ``kind`` is one the spec finds."""
        return kind is not None and (kind == self.kind or kind in self.also)


@dataclass(frozen=True)
class Rule:
    """One way a figure is recognised as a value of an indicator; every condition must hold.

    units: the figure's unit is one of these.
    item: regex the figure's ``item`` must match (counts and ordinals).
    near / sentence / context: at least one regex of each given list matches the figure's
        clause / sentence / sentence or the ``look_back`` sentences before it.
    paragraph: at least one regex matches a sentence of the figure's paragraph (its own
        sentence or another of the same paragraph, before or after it).
    topic: at least one regex matches what the text named before the figure's sentence:
        its article's title or a sentence before it in its article (however far back).
    not_item / not_near / not_sentence / not_context: no regex of the list matches there.
    not_after: none of these matches the sentence right before the figure's and the figure's
        sentence joined by a line break (the last 300 characters of the one before): what
        two sentences say together ("Kasachstan baut seine Beziehungen zu Peking aus.\nSein
        Handel mit China ...": the possessive refers to the country named before it).
    before / not_before: one / none of these matches the figure's clause up to the figure
        (its whole clause where the figure's place is not known): what stands between
        the figure and its clause's start ("den Handel mit China ... um " before "50%";
        "... um das 2,5-fache und nach Russland um " before "30 %" of Russia's).
    not_named: no entity of these kinds is named in the figure's clause or the clauses
        before it ("Die Exporte aus Grodno nach China" are no national total), nor referred
        to by the catalog's anaphor of the kind's name ("der Handelsumsatz des Gebiets").
    status: ``actual`` or ``target`` for every point this rule finds (overrides the
        indicator's status; "der 89. Bewohner ... plant" is a registration, not a plan).
    """

    units: tuple[str, ...]
    item: re.Pattern[str] | None = None
    near: tuple[re.Pattern[str], ...] = ()
    sentence: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    look_back: int = 0
    paragraph: tuple[re.Pattern[str], ...] = ()
    topic: tuple[re.Pattern[str], ...] = ()
    not_item: tuple[re.Pattern[str], ...] = ()
    not_near: tuple[re.Pattern[str], ...] = ()
    not_sentence: tuple[re.Pattern[str], ...] = ()
    not_context: tuple[re.Pattern[str], ...] = ()
    not_after: tuple[re.Pattern[str], ...] = ()
    before: tuple[re.Pattern[str], ...] = ()
    not_before: tuple[re.Pattern[str], ...] = ()
    status: str | None = None
    not_named: tuple[str, ...] = ()


@dataclass(frozen=True)
class Indicator:
    """One indicator of the catalog (see indicators.md for the list).

    measure: ``stock`` for a level at a date (residents, agreements): values for the
        same month contradict each other and any two values can be compared;
        ``flow`` for a sum over a period (turnover, exports): only values for the same
        period contradict each other or can be compared.
    """

    id: str
    label_en: str
    label_de: str
    meaning: str
    units: tuple[str, ...]
    entity: EntitySpec
    rules: tuple[Rule, ...]
    status: str = "auto"
    target: tuple[re.Pattern[str], ...] | None = None
    measure: str = "flow"

    @property
    def group(self) -> str:
        """``park``, ``trade`` or ``edu``: the part of the id before the dot."""
        return self.id.split(".", 1)[0]

    def label(self, language: str = "en") -> str:
        """The indicator's label in ``language`` (``en`` or ``de``)."""
        return self.label_de if language == "de" else self.label_en


@dataclass(frozen=True)
class ReferBack:
    """When a figure no rule takes continues the indicator of what came before it.

    openers: a figure's clause refers back when one of these matches the clause's text
        before the figure (a pronoun subject: ``Das sind``, ``waren es``, ``soll er``).
    change: the figure is a change, not a level, when one of these matches its clause
        with the figure's text replaced by ``#`` (``# mehr``, ``um #``, ``ein Plus von``):
        a ``percent`` figure continues an amount only as its change, an amount or a count
        only as a level.
    appositions: a growth figure's clause (not its sentence's first) is an apposition to
        the amount just before it when one of these matches the clause's text before the
        figure (nothing: ``..., 28 Prozent mehr als ein Jahr zuvor``; ``ein Plus von``):
        the growth of that amount.
    added: the figure is an amount added to the point before, and its clause refers back,
        when one of these matches its clause with the figure marked ``#`` (``weitere #
        ... hinzu``): a flow's amount of its own period.
    year_before: a level that continues a point is of the period a year before that
        point's when one of these matches its clause (``Vor einem Jahr``, ``im Vorjahr``).
    difference: an amount of money is a difference, no level and no growth (no point),
        when one of these matches its clause with the figure marked ``#`` (``stieg um #``,
        ``übersteigt ... um #``, ``# mehr als``).
    base_year: an amount or count in brackets after its base year continues the point
        before it in its sentence when one of these matches the sentence up to it (``wie im
        Jahr 2020 (``, ``(2020:``): that point's level in the base year.
    parts: a sentence that holds no point and matches one of these tells a share of the
        point before it (``Auf Milchprodukte entfielen davon 40 Prozent``): a figure after
        it that refers back continues the point of the sentence before that one.
    """

    openers: tuple[re.Pattern[str], ...] = ()
    change: tuple[re.Pattern[str], ...] = ()
    appositions: tuple[re.Pattern[str], ...] = ()
    added: tuple[re.Pattern[str], ...] = ()
    year_before: tuple[re.Pattern[str], ...] = ()
    difference: tuple[re.Pattern[str], ...] = ()
    base_year: tuple[re.Pattern[str], ...] = ()
    parts: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class PlanWords:
    """A plan's figure in a sentence that tells a fact, by the words in its clause.

    before: the figure is a target when one of these matches its clause up to it (the plan
        named right before it: ``beim Jahressoll von``), whatever its sentence's words.
    year: of those, a plan of the whole year (``Jahressoll``): the point is the year's.
    fulfilment: a percent whose clause matches one of these (a plan named: ``Jahressoll``,
        ``Plan ... erfüllt``) and that is not said as a change is the share of the plan
        fulfilled, no point.
    fact: a figure whose clause matches one of these (a verb of a level or change in the
        past: ``stieg``, ``betrug``) and holds none of the catalog's target words is a fact,
        actual, whatever plan the sentence's other clauses tell.
    joined: where a clause joins a second verb by a plain ``und`` (``stieg auf 55 und kann
        ... auf 60 steigen``): for ``fact``, each verb's part is a clause of its own.
    deadline: a deadline in a figure's sentence (``bis Ende 2022``): the figure is a target
        when its date is after its text's own (its source's or document's) date, and actual
        ("Bis Ende 2022 wurden 700 Mio. investiert", written in 2023) otherwise.
    year_end: a flow's plan its sentence dates by a year's end with no deadline's "bis"
        (``Ende 2019 wollen wir den Export ... erreichen``) when one of these matches the
        sentence: the year's sum, of that year.
    conditional, subjunctive: a hypothetical is no point: a figure whose sentence matches
        one of ``conditional`` (a condition in the subjunctive: ``Würde sich der Trend
        fortsetzen,``) and whose own part of its clause matches one of ``subjunctive``
        (``würde ... um 12 % steigen``).
    future: the future tense in a figure's clause (``2023 ... erreichen wird``): a target
        by it alone is actual where its date, its text's own, ended before the text was
        written.
    """

    before: tuple[re.Pattern[str], ...] = ()
    year: tuple[re.Pattern[str], ...] = ()
    fulfilment: tuple[re.Pattern[str], ...] = ()
    fact: tuple[re.Pattern[str], ...] = ()
    joined: tuple[re.Pattern[str], ...] = ()
    deadline: tuple[re.Pattern[str], ...] = ()
    year_end: tuple[re.Pattern[str], ...] = ()
    conditional: tuple[re.Pattern[str], ...] = ()
    subjunctive: tuple[re.Pattern[str], ...] = ()
    future: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class EarlierLevel:
    """The two levels of a change "von X auf Y" (see :mod:`bycn.indicators.levels`).

    before, after: X, the earlier level, is a figure whose sentence up to it matches one of
        ``before`` ("von") and after it one of ``after`` ("auf" and a number).
    later: Y, the later level, is a figure whose sentence up to it matches one of these.
    period: the start of the period a sentence names (group ``start``, and ``end`` where
        it names one): X's date; Y's where its date is the span from start to end.
    """

    before: tuple[re.Pattern[str], ...] = ()
    after: tuple[re.Pattern[str], ...] = ()
    later: tuple[re.Pattern[str], ...] = ()
    period: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Catalog:
    """The loaded catalog: entities, indicators and the catalog-wide status words."""

    entities: tuple[Entity, ...]
    indicators: tuple[Indicator, ...]
    target: tuple[re.Pattern[str], ...]
    clause_boundary: re.Pattern[str]
    coordination: re.Pattern[str] | None = None  # all that stands between names sharing a figure
    #: The words of a later clause before a place where a figure was told ("sagte er in").
    told_at: re.Pattern[str] | None = None
    path: Path | None = None
    refer_back: ReferBack = ReferBack()
    #: A plan's figures beside a fact in one sentence, and a plan's share fulfilled.
    plan: PlanWords = PlanWords()
    #: A span of years a change is said over, with no dates ("im Fünfjahreszeitraum").
    undated_spans: tuple[re.Pattern[str], ...] = ()
    #: The earlier and later levels of a change "von X auf Y".
    earlier_level: EarlierLevel = EarlierLevel()
    #: What refers back to an entity named before, by name (``region``: ``des Gebiets`` ...).
    anaphors: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    _by_id: Mapping[str, Indicator] = field(default_factory=dict, repr=False, compare=False)
    _by_name: Mapping[str, Entity] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {i.id: i for i in self.indicators})
        object.__setattr__(self, "_by_name", {e.name: e for e in self.entities})

    @property
    def ids(self) -> tuple[str, ...]:
        """Every indicator id, in file order."""
        return tuple(i.id for i in self.indicators)

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id; :class:`CatalogError` naming the known ids otherwise."""
        try:
            return self._by_id[indicator_id]
        except KeyError:
            known = ", ".join(self.ids)
            raise CatalogError(
                [Problem(f"indicator {indicator_id!r}", f"not in the catalog; known: {known}")],
                str(self.path or "catalog"),
            ) from None

    def entity(self, name: str) -> Entity:
        """The entity with this canonical name."""
        return self._by_name[name]

    def entity_names(self, kind: str) -> tuple[str, ...]:
        """Canonical names of every entity of ``kind``, in file order.

        >>> from bycn.indicators.catalog import load_catalog
        >>> load_catalog().entity_names("park")
        ('Great Stone',)
        """
        return tuple(e.name for e in self.entities if e.kind == kind)
