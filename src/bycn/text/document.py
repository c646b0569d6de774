"""A source document read into its tables: one call for notebooks and the CLI.

>>> from bycn.text.document import parse_text
>>> doc = parse_text(' Titel\\n \\nDer Park hat 85 Einwohner"1 .\\n' + ' ' * 20 + '\\n'
...                  '1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\\n')
>>> doc.figures[["text", "value", "unit", "footnote"]].to_dict("records")
[{'text': '85 Einwohner', 'value': 85.0, 'unit': 'count', 'footnote': 1}]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from bycn.exceptions import InputError
from bycn.text.source import read_source

__all__ = ["DEFAULT_CORPUS", "Document", "default_corpus_path", "parse_text", "read_document"]

#: Where a project keeps its corpus, relative to the project's folder.
DEFAULT_CORPUS = Path("data") / "raw" / "belarus-china-2021-2023.de.txt"


@dataclass(frozen=True)
class Document:
    """A parsed source text and its tables.

    doc: the document id (the file's stem).
    path: the file it was read from, if any.
    text: the text as read (UTF-8, ``\\n`` line ends).
    articles, footnotes, sentences, figures: the tables, as declared in :mod:`bycn.schema`.
    """

    doc: str
    path: Path | None
    text: str
    articles: pd.DataFrame
    footnotes: pd.DataFrame
    sentences: pd.DataFrame
    figures: pd.DataFrame


def default_corpus_path(start: Path | None = None) -> Path:
    """The project's corpus: :data:`DEFAULT_CORPUS` in ``start`` (default: the working
    directory) or the nearest folder above it, as ``git`` finds its repository.

    So a notebook run from ``notebooks/`` and a command run from the project's root
    find the same corpus. Raises :class:`~bycn.exceptions.InputError` if there is none.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_CORPUS
        if candidate.exists():
            return candidate
    raise InputError(
        f"no corpus given, and no {DEFAULT_CORPUS} in {here} or a folder above it; "
        "give the corpus path"
    )


def read_document(path: str | Path) -> Document:
    """Read a source text from ``path`` and parse it into its tables.

    Raises :class:`bycn.exceptions.InputError` when the file cannot be read as text.
    """
    path = Path(path)
    return parse_text(read_source(path), doc=path.stem, path=path)


def parse_text(text: str, doc: str = "text", path: Path | None = None) -> Document:
    """Parse ``text`` (already decoded) into a :class:`Document`."""
    from bycn.text.figures import extract_figures
    from bycn.text.structure import parse_structure

    structure = parse_structure(text, doc)
    figures = extract_figures(structure)
    return Document(
        doc=doc,
        path=path,
        text=text,
        articles=structure.articles_table(),
        footnotes=structure.footnotes_table(),
        sentences=structure.sentences_table(),
        figures=figures,
    )
