"""The indicator catalog: curated knowledge as data (YAML), checked when loaded.

The catalog declares the *entities* the briefings talk about (the park, the
country pair, Belarusian regions and universities, each with the names the
texts use for it) and the *indicators* (``park.residents``,
``trade.turnover`` ...): what each means, which units it accepts, and the
declarative rules that recognise a figure as one of its values.  The rules
are read by :mod:`bycn.indicators.series`; nothing here looks at a text.

Loading validates the whole file against its schema and reports every
problem at once in one :class:`~bycn.exceptions.CatalogError` (unknown or
missing keys, bad regular expressions, unknown units, duplicate ids, entity
references that name no entity), each problem naming where it is.

>>> from bycn.indicators.catalog import load_catalog
>>> catalog = load_catalog()
>>> catalog.indicator("park.residents").units
('count', 'ordinal')
>>> "Minsk" in catalog.entity_names("region")
True

The file format (``catalog.yaml`` beside this module)::

    version: 1
    clause_boundary: <regex>        # required: splits a sentence into clauses (scope "near")
    coordination: <regex>           # optional: all that stands between two names of one
                                    # kind that share a figure (Gebiete Brest und Gomel)
    told_at: <regex>                # optional: what ends a later clause's words before a
                                    # place where a figure was told (sagte er in Minsk)
    target: [<regex>, ...]          # sentence words that make a point a plan/goal
    plan:                           # optional: a plan's figure beside a fact
      before: [<regex>, ...]        # the clause up to a figure names its plan (beim
                                    # Jahressoll von): a target
      year: [<regex>, ...]          # ... a plan of the whole year: the year's point
      fulfilment: [<regex>, ...]    # a percent's clause names a plan: a share fulfilled,
                                    # no point (unless said as a change)
      fact: [<regex>, ...]          # a verb of the past in a figure's clause: actual
      joined: [<regex>, ...]        # "und" before a second verb parts a clause for fact
      deadline: [<regex>, ...]      # a deadline (bis Ende 2022): a figure dated after its
                                    # text's own date is a target
      year_end: [<regex>, ...]      # a flow's plan at a year's end, no "bis" (Ende 2019
                                    # wollen wir ...): the year's sum (group y: the year)
    undated_spans: [<regex>, ...]   # optional: a change said over years the text does not
                                    # date (im Fünfjahreszeitraum): no point without a date
    earlier_level:                  # optional: X of a change "von X auf Y"
      before: [<regex>, ...]        # the sentence up to X (von)
      after: [<regex>, ...]         # the sentence after X (auf 500)
      later: [<regex>, ...]         # the sentence up to Y (von 300 auf)
      period: [<regex>, ...]        # a period's start (group start, end: von 2018 bis
                                    # 2022): X's date, else X is no point; Y's, its end
    anaphors:                       # optional: what refers back to an entity named before
      region:                       # a name indicators give as entity.anaphor
        pattern: <regex>
        examples: [der Region, ...]         # must match (and not with a name after them)
        counter_examples: [...]             # must not match
    refer_back:                     # optional: figures that continue what came before
      openers: [<regex>, ...]       # the figure's clause before it refers back (Das sind ...)
      change: [<regex>, ...]        # the figure is a change (# marks the figure: '# mehr')
      appositions: [<regex>, ...]   # a growth's clause before it, after the amount's clause
                                    # (', 28 Prozent mehr', ', ein Plus von 5 Prozent')
      added: [<regex>, ...]         # an amount added (# marks it: 'weitere # ... hinzu')
      year_before: [<regex>, ...]   # a level a year before the point it continues
      difference: [<regex>, ...]    # an amount of money said as a difference (# marks
                                    # it: 'um #'): no level, no growth, no point
      base_year: [<regex>, ...]     # the sentence up to an amount in brackets after its
                                    # base year ('wie im Jahr 2020 ('): the point's level
      parts: [<regex>, ...]         # a sentence with no point that tells a share of the
                                    # point before ('davon 40 Prozent'): passed over
    entities:
      - name: Great Stone           # the name series and briefings show
        kind: park                  # park | country_pair | region | institution | ...
        label: {en: ..., de: ...}     # optional: the name briefings show, in both languages
        subject: {en: ..., de: ...}   # optional: the name as a sentence's subject, with its
                                      # article (the Gomel region, das Gebiet Gomel)
        aliases: [Veliky Kamen, ...]  # names as written in the texts (exact, case-sensitive)
        not_names: [...]              # optional: phrases that hold a name but name something
                                      # else (chinesische Hauptstadt, for Minsk's Hauptstadt)
        not_referred_as: [...]        # optional: nouns no anaphor of it uses (Universität,
                                      # for a joint institute)
        note: ...                   # optional, for reviewers
    indicators:
      - id: park.residents          # group.name; the group is park, trade or edu
        label: {en: ..., de: ...}
        meaning: ...
        units: [count, ordinal]     # canonical units (see bycn.vocabulary.UNITS)
        measure: stock              # stock (a level at a date) | flow (a sum over a period)
        entity: {fixed: Great Stone}            # or {kind: region, default: ...,
                                                #     anaphor: region, ...}
                                                # told_by: [<regex>, ...]: a name in another
                                                # clause that matches is who told the
                                                # figure, not whose it is
        status: auto                # auto (target words decide) | actual | target
        target: [<regex>, ...]      # optional: replaces the catalog-wide target words
        not_after: [<regex>, ...]   # optional: added to every rule's not_after
        rules:                      # a figure is a point if ANY rule matches
          - units: [count]          # required: the figure's unit is one of these
            item: <regex>           # the figure's counted noun (count/ordinal)
            near: [<regex>, ...]    # one must match the figure's clause
            sentence: [...]         # one must match the figure's sentence
            context: [...]          # one must match the sentence or the look_back before it
            look_back: 2            # sentences before the figure's that "context" sees
            paragraph: [...]        # one must match a sentence of the figure's paragraph
            topic: [...]            # one must match the article's title or a sentence
                                    # before the figure's in its article
            status: actual          # optional: every point of this rule has this status
            not_item / not_near / not_sentence / not_context: [...]   # none may match
            not_after: [...]        # none may match the sentence before + "\n" + the
                                    # figure's ("Polen ... .\nSein Handel mit China")
            before / not_before: [...]   # one / none must match the clause up to the figure
                                         # ("Handel mit China ... um " before "50 %")
            not_named: [region]     # no entity of these kinds named (or its anaphor) up to
                                    # the figure's clause end

A regex may name a word list of the lexicon (``bycn.text.lexicon``), its one home:
``{lexicon:saying_verbs}`` is read as a group matching any word of the list; a name that
is no list of the lexicon is a problem when the catalog loads.
A list of regexes may hold another list, read in its place: a YAML alias of a list
defined before (``not_sentence: [*not_regional, 'Russland']``).
Regexes are Python ``re`` syntax, searched case-sensitively unless they
start with ``(?i)``.  Indicators are tried in file order and the first whose
rules match wins, so a specific indicator (``trade.regional``) stands before
a general one (``trade.turnover``).

A figure that no rule takes but whose clause refers back (``refer_back.openers``:
``Das sind 18,4 Prozent mehr``, ``Bis 2025 soll er auf 6 Mrd. US-Dollar wachsen``)
continues an indicator named before it: first the clauses before it in its own sentence
are read as its clause (``Der Handel ist gesunken: Im vergangenen Jahr betrug er ...``);
failing that, it takes the indicator and entity of the nearest point of the sentence
before it in its paragraph, when it is of a kind that indicator holds: a growth
(``times``, or ``percent`` said as a change) of an amount, an amount of the same unit, a
count of the same noun (amounts and counts said as a level, not a change). A growth
tacked on to an amount in the clause after it (``refer_back.appositions``: ``... 217 Mio.
Dollar in das Land, 28 Prozent mehr als ein Jahr zuvor``) is that amount's growth, when
the figure just before it in its sentence is the amount's point. An amount added
(``refer_back.added``: ``Im Januar 2024 kamen weitere 19,8 Mio. Dollar hinzu``) continues
a flow's point of another period as the flow of its own; a level said a year before
(``refer_back.year_before``: ``Vor einem Jahr waren es 4.540``) is of the period a year
before the point it continues.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

from bycn.exceptions import CatalogError, Problem
from bycn.indicators.model import Catalog, Entity, EntitySpec, Indicator, ReferBack, Rule
from bycn.yamlfiles import safe_load

__all__ = [
    "Catalog",
    "Entity",
    "EntitySpec",
    "Indicator",
    "ReferBack",
    "Rule",
    "default_catalog_path",
    "load_catalog",
    "parse_catalog",
]


def default_catalog_path() -> Path:
    """The shipped catalog, ``catalog.yaml`` beside this module (package data)."""
    return Path(str(resources.files(__package__).joinpath("catalog.yaml")))


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Read and validate the catalog at ``path`` (default: the shipped one).

    Raises :class:`CatalogError` listing every problem found.
    """
    path = Path(path) if path is not None else default_catalog_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogError([Problem("", f"cannot read the catalog: {err}")], str(path)) from None
    return _catalog_of_text(text, path)


@functools.lru_cache(maxsize=8)
def _catalog_of_text(text: str, path: Path) -> Catalog:
    """The catalog written in ``text`` (read from ``path``), built once per content.

    Every series is built with a catalog, and building one compiles its ~700 patterns,
    more than ``re``'s own cache holds: without this each series, however short its
    text, paid 0.1 s for them. Keyed by the text itself, so an edited file is read anew
    (a modification time may not change between two quick writes). The catalog is
    frozen, so sharing it is safe; a file with problems raises each time.
    """
    import yaml

    try:
        data = safe_load(text)
    except yaml.YAMLError as err:
        what = f"not valid YAML: {err}".replace("\n", " ")
        raise CatalogError([Problem("", what)], str(path)) from None
    return parse_catalog(data, path=path)


def parse_catalog(data: Any, path: Path | None = None) -> Catalog:
    """Validate already-parsed YAML ``data`` and build the :class:`Catalog`.

    >>> parse_catalog({"indicators": [{"id": "x"}]})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    bycn.exceptions.CatalogError: catalog: 8 problems: ...
    """
    # Imported here: what checks a catalog (and the rules' modules it imports) is not
    # needed to name the shipped one (a warm run of the series only hashes its file).
    from bycn.indicators.checker import CatalogChecker

    checker = CatalogChecker()
    catalog = checker.catalog(data, path)
    if checker.problems:
        raise CatalogError(checker.problems, str(path) if path is not None else "catalog")
    assert catalog is not None
    return catalog
