"""A source document read into its tables: one call for notebooks and the CLI.

>>> from bycn.document import parse_text
>>> doc = parse_text(' Titel\\n \\nDer Park hat 85 Einwohner"1 .\\n' + ' ' * 20 + '\\n'
...                  '1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\\n')
>>> doc.figures[["text", "value", "unit", "footnote"]].to_dict("records")
[{'text': '85 Einwohner', 'value': 85.0, 'unit': 'count', 'footnote': 1}]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from bycn.source import read_source

__all__ = ["Document", "parse_text", "read_document"]


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


def read_document(path: str | Path) -> Document:
    """Read a source text from ``path`` and parse it into its tables.

    Raises :class:`bycn.exceptions.InputError` when the file cannot be read as text.
    """
    path = Path(path)
    return parse_text(read_source(path), doc=path.stem, path=path)


def parse_text(text: str, doc: str = "text", path: Path | None = None) -> Document:
    """Parse ``text`` (already decoded) into a :class:`Document`."""
    from bycn.figures import extract_figures
    from bycn.structure import parse_structure

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
