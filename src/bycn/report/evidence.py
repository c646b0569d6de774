"""The evidence trail: every value a briefing shows leads to the sentences that state it.

:class:`Evidence` numbers the facts of a briefing (``ev-1``, ``ev-2`` ...) and
the sources they cite: footnotes of the source text (``fn-111``) and documents
(``doc-...``). A value shown anywhere (key figures, narrative, charts,
caveats) is a :class:`Shown`: its text, the link to its evidence entry, and
its source marks (``[111]``), each linking to its entry in the sources. The
appendix (:meth:`Evidence.entries`) gives, for each fact, the German sentence
with the figure marked, its source, and how its date was fixed.

>>> import pandas as pd
>>> from bycn.report.facts import facts
>>> points = pd.DataFrame({"indicator": ["trade.turnover"], "entity": ["Belarus-China"],
...     "as_of": ["2022-12"], "status": ["actual"], "value": [5.8e9], "unit": ["USD"],
...     "qualifier": ["exact"], "line": [2785], "footnote": [111],
...     "sentence": ["Ende 2022 wurden 5,8 Mrd. Dollar erreicht."], "text": ["5,8 Mrd. Dollar"]})
>>> evidence = Evidence(facts(points), "en")
>>> shown = evidence.shown(evidence.facts[0])
>>> shown.text.replace("\\xa0", " "), shown.href, [(m.label, m.href) for m in shown.marks]
('USD 5.8 bn', '#ev-1', [('111', '#fn-111')])
>>> evidence.entries()[0].quotes[0].parts
('Ende 2022 wurden ', '5,8 Mrd. Dollar', ' erreicht.')
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bycn.indicators.catalog import Catalog, load_catalog
from bycn.report.facts import Fact, Quote
from bycn.report.formatting import format_period, format_value, plural, texts

#: Quotes an evidence entry shows of one fact: the same value quoted by many documents
#: is shown with the first few, and the count of the others.
QUOTES_SHOWN = 3

__all__ = [
    "QUOTES_SHOWN",
    "Entry",
    "Evidence",
    "Mark",
    "QuoteEntry",
    "Shown",
    "Source",
    "document_anchor",
]


@dataclass(frozen=True)
class Mark:
    """A source mark after a value: ``111`` (a footnote) or ``D2`` (a document)."""

    label: str
    href: str


@dataclass(frozen=True)
class Shown:
    """A value as a briefing shows it, with its links."""

    text: str
    href: str
    marks: tuple[Mark, ...]
    tooltip: str = ""


@dataclass(frozen=True)
class Source:
    """One entry of the sources section: a footnote, or a document without footnotes."""

    anchor: str
    kind: str  # "footnote" or "document"
    number: int | None
    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""

    @property
    def missing(self) -> bool:
        """A footnote the text cites but does not give (its block lacks that number)."""
        return self.kind == "footnote" and not self.title and not self.url

    @property
    def linkable(self) -> bool:
        return self.url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class QuoteEntry:
    """One quote of an evidence entry: the sentence in three parts, the figure in the middle."""

    parts: tuple[str, str, str]
    line: int
    doc: str
    source: Source | None
    dated: str


@dataclass(frozen=True)
class Entry:
    """One evidence entry: a fact, the sentences stating it and where they come from."""

    anchor: str
    number: int
    label: str
    entity: str
    value: str
    period: str
    quotes: tuple[QuoteEntry, ...]
    more: str = ""  # "Also stated in 23 more sentences.", for the quotes not shown


def document_anchor(doc: str) -> str:
    """A document's anchor: readable where its id is plain ASCII, else a short hash.

    >>> document_anchor("belarus-china-2021-2023.de"), document_anchor("Текст")[:4]
    ('doc-belarus-china-2021-2023-de', 'doc-')
    """
    slug = re.sub(r"[^A-Za-z0-9]+", "-", doc).strip("-").lower()
    if not slug or slug != doc.lower().replace(".", "-").replace("_", "-"):
        slug = (slug + "-" if slug else "") + hashlib.sha1(doc.encode("utf-8")).hexdigest()[:8]
    return f"doc-{slug}"


def _split(sentence: str, text: str) -> tuple[str, str, str]:
    """The sentence around the figure's text (found as written, spaces folded): where it
    stands as whole words, not inside a longer number (``21`` in ``2021 - 21 -``).

    >>> _split("Im Jahr 2021 - 21 - ein Rekord.", "21")
    ('Im Jahr 2021 - ', '21', ' - ein Rekord.')
    """
    if not text:
        return sentence, "", ""
    before = r"(?<!\w)(?<!\d[.,])" if text[0].isalnum() else ""
    after = r"(?!\w)(?![.,]\d)" if text[-1].isalnum() else ""
    found = re.search(before + re.escape(text) + after, sentence)
    at = found.start() if found else sentence.find(text)
    if at < 0:
        return sentence, "", ""
    return sentence[:at], text, sentence[at + len(text) :]


class Evidence:
    """The facts of one briefing, numbered, with the sources they cite.

    A fact is *cited* once anything links to its entry (:meth:`anchor`, which
    :meth:`shown` and every chart point use): the appendix and the sources hold
    the cited facts only, so display them after the values they back. A fact quoted
    by many documents shows its first :data:`QUOTES_SHOWN` quotes, and says how many
    more there are.
    """

    def __init__(
        self, all_facts: Sequence[Fact], language: str = "en", catalog: Catalog | None = None
    ) -> None:
        self.facts = list(all_facts)
        self.language = language
        self.catalog = catalog or load_catalog()
        self._ids = {fact: i for i, fact in enumerate(self.facts, start=1)}
        self._cited: set[Fact] = set()
        self._footnotes: dict[int, Source] = {}
        self._documents: dict[str, Source] = {}

    # --- sources -------------------------------------------------------------------------

    def _source(self, quote: Quote) -> Source:
        if quote.footnote is not None:
            known = self._footnotes.get(quote.footnote)
            if known is None or (known.missing and (quote.source_title or quote.source_url)):
                known = Source(
                    anchor=f"fn-{quote.footnote}",
                    kind="footnote",
                    number=quote.footnote,
                    title=quote.source_title,
                    date=str(quote.source_year or ""),
                    url=quote.source_url,
                )
                self._footnotes[quote.footnote] = known
            return known
        doc = quote.doc or "corpus"
        if doc not in self._documents:
            self._documents[doc] = Source(
                anchor=document_anchor(doc),
                kind="document",
                number=len(self._documents) + 1,  # D1, D2 ... in the order of first use
                title=quote.doc_title or doc,
                publisher=quote.doc_publisher,
                date=quote.doc_date,
                url=quote.doc_url or (quote.source_url if not quote.footnote else ""),
            )
        return self._documents[doc]

    def _register_sources(self) -> None:
        """The sources of the quotes shown of every cited fact, in the order of the facts."""
        for fact in self.cited:
            for quote in _shown_quotes(fact):
                self._source(quote)

    @property
    def footnotes(self) -> list[Source]:
        """Every footnote a value shown cites, by number."""
        self._register_sources()
        cited = {q.footnote for f in self.cited for q in _shown_quotes(f)}
        return [self._footnotes[n] for n in sorted(self._footnotes) if n in cited]

    @property
    def documents(self) -> list[Source]:
        """Every document a value shown without footnote is sourced to, in order of use."""
        self._register_sources()
        cited = {
            q.doc or "corpus" for f in self.cited for q in _shown_quotes(f) if q.footnote is None
        }
        return [source for doc, source in self._documents.items() if doc in cited]

    # --- values --------------------------------------------------------------------------

    @property
    def cited(self) -> list[Fact]:
        """The facts something links to, in the order of the facts."""
        return [fact for fact in self.facts if fact in self._cited]

    def is_cited(self, fact: Fact) -> bool:
        return fact in self._cited

    def anchor(self, fact: Fact) -> str:
        """The anchor of the fact's evidence entry; the fact is cited from now on."""
        self._cited.add(fact)
        return f"ev-{self._ids[fact]}"

    def marks(self, fact: Fact) -> tuple[Mark, ...]:
        """The source marks of a fact: the footnotes of its quotes shown; for a quote
        without one, its document's number (``D2``); ``+N`` (to the entry) for the quotes
        not shown."""
        t = texts(self.language)
        quotes = _shown_quotes(fact)
        footnotes = sorted({q.footnote for q in quotes if q.footnote is not None})
        marks = [Mark(str(n), f"#fn-{n}") for n in footnotes]
        for quote in quotes:
            if quote.footnote is None:
                source = self._source(quote)
                label = t["evidence"]["document_mark"].format(number=source.number)
                marks.append(Mark(label, f"#{source.anchor}"))
        if len(fact.quotes) > len(quotes):
            marks.append(Mark(f"+{len(fact.quotes) - len(quotes)}", f"#{self.anchor(fact)}"))
        return tuple(dict.fromkeys(marks))

    def value_text(self, fact: Fact) -> str:
        return format_value(fact.value, fact.unit, fact.qualifier, self.language)

    def shown(self, fact: Fact) -> Shown:
        """The fact's value as shown, linked to its evidence entry and its sources."""
        marks = self.marks(fact)
        tooltip = texts(self.language)["evidence"]["tooltip"].format(
            value=self.value_text(fact),
            period=format_period(fact.period, self.language),
            source=", ".join(f"[{m.label}]" for m in marks),
        )
        return Shown(self.value_text(fact), f"#{self.anchor(fact)}", marks, tooltip)

    def label(self, indicator: str) -> str:
        """The indicator's label in the briefing's language."""
        if indicator in self.catalog.ids:
            return self.catalog.indicator(indicator).label(self.language)
        return indicator

    def entity(self, name: str) -> str:
        """The entity's label in the briefing's language (the catalog's, else its name)."""
        return entity_label(self.catalog, name, self.language)

    def subject(self, name: str) -> str:
        """The entity as a sentence's subject in the briefing's language (``das Gebiet
        Gomel``): the catalog's form, else its label."""
        try:
            return self.catalog.entity(name).subject(self.language)
        except KeyError:
            return name

    # --- the appendix --------------------------------------------------------------------

    def _dated(self, fact: Fact, quote: Quote) -> str:
        e = texts(self.language)["evidence"]["dated"]
        period = format_period(fact.period, self.language)
        if quote.period_note == "year_end_flow":
            return e["year_end_flow"].format(
                as_of=format_period(quote.as_of, self.language), period=period
            )
        if quote.period_note == "source_year" or quote.dated_by == "source":
            return e["source"].format(period=period)
        if quote.period_note == "document_year" or quote.dated_by == "document":
            date = f" ({quote.doc_date})" if quote.doc_date else ""
            return e["document"].format(period=period, date=date)
        if not fact.period:
            return e["none"]
        return e["text"].format(period=period)

    def quote_entries(self, fact: Fact) -> tuple[QuoteEntry, ...]:
        """The fact's quotes, each with its figure marked, its source and its dating."""
        return tuple(
            QuoteEntry(
                parts=_split(q.sentence, q.text),
                line=q.line,
                doc=q.doc,
                source=self._source(q),
                dated=self._dated(fact, q),
            )
            for q in _shown_quotes(fact)
        )

    def entries(self) -> list[Entry]:
        """One entry per cited fact, numbered in the order of the facts."""
        result = []
        for number, fact in enumerate(self.cited, start=1):
            quotes = self.quote_entries(fact)
            label = self.label(fact.indicator)
            if fact.status == "target":
                label = f"{label} ({texts(self.language)['table']['target']})"
            result.append(
                Entry(
                    anchor=self.anchor(fact),
                    number=number,
                    label=label,
                    entity=self.entity(fact.entity),
                    value=self.value_text(fact),
                    period=format_period(fact.period, self.language),
                    quotes=quotes,
                    more=plural(
                        texts(self.language)["evidence"]["more_quotes"],
                        len(fact.quotes) - len(quotes),
                        self.language,
                    )
                    if len(fact.quotes) > len(quotes)
                    else "",
                )
            )
        return result


def _shown_quotes(fact: Fact) -> tuple[Quote, ...]:
    return fact.quotes[:QUOTES_SHOWN]


def entity_label(catalog: Catalog, name: str, language: str) -> str:
    """An entity's label in ``language``: the catalog's ``label``, else its canonical name."""
    try:
        entity = catalog.entity(name)
    except KeyError:
        return name
    return entity.label(language)
