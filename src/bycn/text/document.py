"""A source document read into its tables: one call for notebooks and the CLI.

A document is a text (``.txt``, ``.md``, optionally with YAML front matter)
or a web page (``.html``, ``.htm``, read with trafilatura). Its date and
provenance follow ``corpus.md``: the front matter's or page's date, else the
dateline of a news text, else (a text with footnotes) each article's date.

>>> from bycn.text.document import parse_text
>>> doc = parse_text(' Titel\\n \\nDer Park hat 85 Einwohner"1 .\\n' + ' ' * 20 + '\\n'
...                  '1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\\n')
>>> doc.figures[["text", "value", "unit", "footnote"]].to_dict("records")
[{'text': '85 Einwohner', 'value': 85.0, 'unit': 'count', 'footnote': 1}]
>>> news = parse_text("Gomel exportiert mehr\\n\\nGOMEL, 6. August 2019 (BelTA) - Die Region "
...                   "exportierte im ersten Halbjahr Waren für 20 Millionen Dollar.\\n")
>>> news.date, news.date_source, news.title, news.publisher
('2019-08-06', 'dateline', 'Gomel exportiert mehr', 'BelTA')
>>> news.figures[["text", "as_of"]].to_dict("records")
[{'text': '20 Millionen Dollar', 'as_of': '2019-H1'}]
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from bycn.exceptions import InputError
from bycn.schema import ARTICLES, DOCUMENTS, FIGURES, FOOTNOTES, SENTENCES, table
from bycn.text.source import read_source

__all__ = [
    "CORPUS_ENV",
    "DEFAULT_CORPUS",
    "DOCUMENT_SUFFIXES",
    "HTML_SUFFIXES",
    "TABLES",
    "TABLE_SCHEMAS",
    "Document",
    "Parsed",
    "default_corpus_path",
    "parse_file",
    "parse_text",
    "project_corpus_path",
    "read_document",
]

#: Where a project keeps its corpus (a folder of documents), relative to the project's folder.
DEFAULT_CORPUS = Path("data") / "raw"
#: The environment variable naming the corpus to read where none is given (as `make
#: reports CORPUS_DIR=...` sets it for the briefings), before DEFAULT_CORPUS is sought.
CORPUS_ENV = "BYCN_CORPUS"
#: Web pages, read with trafilatura.
HTML_SUFFIXES = (".html", ".htm")
#: The files a corpus folder holds: texts (with optional front matter) and web pages.
DOCUMENT_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
#: The tables of a document, in the order the CLI and the cache name them.
TABLES = ("documents", "articles", "footnotes", "sentences", "figures")
TABLE_SCHEMAS = {
    "documents": DOCUMENTS,
    "articles": ARTICLES,
    "footnotes": FOOTNOTES,
    "sentences": SENTENCES,
    "figures": FIGURES,
}


@dataclass(frozen=True)
class Document:
    """A parsed source document and its tables.

    doc: the document id (the file's stem).
    path: the file it was read from, if any.
    text: the text parsed (UTF-8, ``\\n`` line ends; a page's main text; front matter,
        headline and dateline blanked, so lines and offsets are those of the file).
    articles, footnotes, sentences, figures: the tables, as declared in :mod:`bycn.schema`.
    kind, title, publisher, url, date, date_source, language: the document's metadata
        (its row of the documents table).
    """

    doc: str
    path: Path | None
    text: str
    articles: pd.DataFrame
    footnotes: pd.DataFrame
    sentences: pd.DataFrame
    figures: pd.DataFrame
    kind: str = "text"
    title: str = ""
    publisher: str = ""
    url: str = ""
    date: str = ""
    date_source: str = ""
    language: str = ""

    @property
    def documents(self) -> pd.DataFrame:
        """The documents table of this one document (:data:`bycn.schema.DOCUMENTS`)."""
        return table([self.info], DOCUMENTS)

    @property
    def info(self) -> dict[str, Any]:
        """This document's row of the documents table."""
        return {
            "doc": self.doc,
            "kind": self.kind,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "date_source": self.date_source,
            "url": self.url,
            "language": self.language,
            "figures": len(self.figures),
            "path": str(self.path) if self.path is not None else "",
        }


@dataclass
class Parsed:
    """A document's tables as rows (dicts), cheap to stack over many documents."""

    text: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def info(self) -> dict[str, Any]:
        return self.rows["documents"][0]

    def frame(self, name: str) -> pd.DataFrame:
        """One table as a validated DataFrame."""
        return table(self.rows[name], TABLE_SCHEMAS[name])

    def document(self, path: Path | None) -> Document:
        info = self.info
        return Document(
            doc=info["doc"],
            path=path,
            text=self.text,
            articles=self.frame("articles"),
            footnotes=self.frame("footnotes"),
            sentences=self.frame("sentences"),
            figures=self.frame("figures"),
            **{k: info[k] for k in ("kind", "title", "publisher", "url", "date", "date_source")},
            language=info["language"],
        )


def default_corpus_path(start: Path | None = None) -> Path:
    """The project's corpus folder: ``$BYCN_CORPUS`` if set, else :data:`DEFAULT_CORPUS`
    in ``start`` (default: the working directory) or the nearest folder above it, as
    ``git`` finds its repository.

    So a notebook run from ``notebooks/`` and a command run from the project's root
    find the same corpus. Raises :class:`~bycn.exceptions.InputError` if there is none.
    """
    named = os.environ.get(CORPUS_ENV, "").strip()
    if named:
        if not Path(named).exists():
            raise InputError(f"${CORPUS_ENV}: {named}: no such file or folder")
        return Path(named)
    return project_corpus_path(start)


def project_corpus_path(start: Path | None = None) -> Path:
    """:data:`DEFAULT_CORPUS` in ``start`` (default: the working directory) or the nearest
    folder above it; :class:`~bycn.exceptions.InputError` if there is none."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_CORPUS
        if candidate.is_dir():
            return candidate
    raise InputError(
        f"no corpus given, and no {DEFAULT_CORPUS}/ folder in {here} or a folder above it; "
        "give the corpus path"
    )


def read_document(path: str | Path) -> Document:
    """Read the document at ``path`` (text or web page) and parse it into its tables.

    Raises :class:`bycn.exceptions.InputError` when the file cannot be read, or its
    front matter is invalid.
    """
    path = Path(path)
    return parse_file(path, read_source(path)).document(path)


def parse_file(path: Path, content: str) -> Parsed:
    """Parse the decoded ``content`` of the file at ``path`` (its suffix says the kind)."""
    from bycn.text.frontmatter import split_front_matter

    if path.suffix.lower() in HTML_SUFFIXES:
        from bycn.text.webpage import parse_webpage

        page = parse_webpage(content, str(path))
        meta = {
            "title": page.title,
            "publisher": page.publisher,
            "url": page.url,
            "date": page.date,
            "language": page.language,
        }
        return _parse(page.text, path.stem, meta, "html", "html", path)
    meta, text = split_front_matter(content, str(path))
    return _parse(text, path.stem, meta, "text", "front matter", path)


def parse_text(
    text: str,
    doc: str = "text",
    path: Path | None = None,
    meta: Mapping[str, str] | None = None,
) -> Document:
    """Parse ``text`` (already decoded, without front matter) into a :class:`Document`.

    ``meta`` holds what front matter would give: title, publisher, url, date, language.
    """
    return _parse(text, doc, dict(meta or {}), "text", "front matter", path).document(path)


def _parse(
    text: str, doc: str, meta: dict[str, str], kind: str, meta_source: str, path: Path | None
) -> Parsed:
    from bycn.text.datelines import read_head
    from bycn.text.figures import figure_rows
    from bycn.text.structure import parse_structure

    head = read_head(text)
    date, date_source = meta.get("date", ""), meta_source
    if not date and head.date:
        date, date_source = head.date, "dateline"
    body = _without_headline(head.blank(text), meta.get("title", ""))
    structure = parse_structure(body, doc)
    figures = figure_rows(structure, date, meta.get("title") or head.title)
    footnotes = [
        {"doc": doc, **{k: getattr(f, k) for k in _FOOTNOTE_FIELDS}} for f in structure.footnotes
    ]
    if not date:
        # A text whose sources are footnotes has no one date: each article has its own
        # (the articles table), from its footnotes and text.
        dated = footnotes and any(a.date for a in structure.articles)
        date_source = "footnotes" if dated else ""
    title = meta.get("title") or head.title
    single = len(structure.articles) == 1 and not structure.articles[0].title
    articles = [
        {
            "doc": doc,
            "article": a.number,
            "title": title if single and title else a.title,
            "first_line": a.first_line,
            "last_line": a.last_line,
            "date": a.date or (date[:7] if single else ""),
        }
        for a in structure.articles
    ]
    if single and title:
        for figure in figures:
            figure["article"] = figure["article"] or title
    sentences = [
        {
            "doc": doc,
            "sentence_id": s.number,
            "article": s.article,
            "text": s.text,
            "first_line": s.first_line,
            "last_line": s.last_line,
        }
        for s in structure.sentences
    ]
    info = {
        "doc": doc,
        "kind": kind,
        "title": title,
        "publisher": meta.get("publisher") or head.agency,
        "date": date,
        "date_source": date_source,
        "url": meta.get("url", ""),
        "language": meta.get("language") or "de",
        "figures": len(figures),
        "path": str(path) if path is not None else "",
    }
    return Parsed(
        text=body,
        rows={
            "documents": [info],
            "articles": articles,
            "footnotes": footnotes,
            "sentences": sentences,
            "figures": figures,
        },
    )


def _without_headline(body: str, title: str) -> str:
    r"""``body`` with its first line blanked if that line is the title: a headline
    (``# Handel wächst um 30 Prozent``) repeats the text, it is no body text.

    >>> _without_headline("# Handel wächst\n\nDer Handel wuchs.", "Handel wächst")
    '               \n\nDer Handel wuchs.'
    """
    match = _FIRST_LINE.match(body)
    if not title or match is None or " ".join(match["line"].split()) != " ".join(title.split()):
        return body
    start, end = match.span("heading")
    return body[:start] + " " * (end - start) + body[end:]


_FIRST_LINE = re.compile(r"\s*(?P<heading>#*[ \t]*(?P<line>[^\n]*\S))")
_FOOTNOTE_FIELDS = ("number", "title", "year", "url", "article", "first_line", "last_line")
