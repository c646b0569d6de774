"""What a text is about: the one entity of a kind its lead names (a university's page).

A news text or a university's own page about one institution names it in its headline or
first sentence ("Grodnoer Universität baut Partnerschaften mit China aus", "Die
Staatliche Janka-Kupala-Universität Grodno setzt ...") and then says "die Universität"
however far on. :meth:`Subjects.of` finds that entity for a figure whose sentence refers
back and whose nearer sentences name none: the one entity of the kind its article's lead
names, provided no other entity of that kind is the one named last before the figure's
sentence (a text on two universities has no one subject; "die Universität" then is the
one named nearest, or none).

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

from bycn.indicators.mentions import Mentions
from bycn.indicators.scopes import Contexts, FigureScope, Site

__all__ = ["Subjects"]


class Subjects:
    """The one entity of a kind a text is about, from the names :attr:`mentions` finds;
    remembered per document until :meth:`forget`."""

    def __init__(self, mentions: Mentions) -> None:
        self.mentions = mentions
        # (doc, kind) -> the entity of the kind named last up to each sentence of the doc
        # (within its article; None where none is), as far as figures have asked.
        self._last: dict[tuple[str, str | None], list[str | None]] = {}
        self._articles: dict[str, list[str]] = {}  # doc -> the article of each sentence

    def forget(self) -> None:
        """Forget the documents seen so far."""
        self._last.clear()
        self._articles.clear()

    def of(
        self, kind: str | None, fig: FigureScope, site: Site | None, contexts: Contexts
    ) -> str | None:
        """The entity of ``kind`` the figure's text is about: the only one its article's
        lead (headline and first sentence) names, unless another of the kind is the one
        named last before the figure's sentence; None if there is none such (or the
        figure's sentence is not known)."""
        if site is None:
            return None
        named = {name for text in contexts.lead(fig, site) for *_, name in self.of_kind(text, kind)}
        if len(named) != 1:
            return None
        [subject] = named
        last = self._named_last(kind, site, contexts)
        return subject if last in (None, subject) else None

    def of_kind(self, text: str, kind: str | None) -> list[tuple[int, int, str]]:
        """The names of entities of ``kind`` in ``text`` (:meth:`Mentions.of_kind`)."""
        return self.mentions.of_kind(text, kind)

    def _named_last(self, kind: str | None, site: Site, contexts: Contexts) -> str | None:
        """The entity of ``kind`` named last in the sentences of the article before the one
        at ``site``; the sentences not yet read are read once, in order."""
        doc, index = site
        last = self._last.setdefault((doc, kind), [])
        articles = self._articles.setdefault(doc, [])
        while len(last) < index:
            i = len(last)
            if len(articles) <= i:
                articles.append(contexts.article_at((doc, i)))
            same = i > 0 and articles[i - 1] == articles[i]
            found = self.of_kind(contexts.text_at((doc, i)), kind)
            last.append(found[-1][2] if found else last[i - 1] if same else None)
        if index == 0 or articles[index - 1] != contexts.article_at(site):
            return None  # the first sentence of its article
        return last[index - 1]
