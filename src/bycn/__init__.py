"""bycn: briefings on Belarus-China cooperation from German-language sources.

One call reads a corpus (a folder of documents) or one document and gives its
tables as DataFrames:

>>> import bycn
>>> corpus = bycn.read_corpus("data/raw")  # doctest: +SKIP
>>> corpus.documents[["doc", "title", "date"]]  # doctest: +SKIP
>>> doc = bycn.read_document("data/raw/belarus-china-2021-2023.de.txt")  # doctest: +SKIP
>>> doc.figures[["text", "value", "unit"]].head(3)  # doctest: +SKIP

Heavy dependencies (pandas, matplotlib, papermill, nbconvert) load only when
a name that needs them is first used, so ``import bycn`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "Document",
    "__version__",
    "load_series",
    "parse_text",
    "read_corpus",
    "read_document",
]
__version__ = "0.1.0"

_LAZY = {
    "Document": "bycn.text.document",
    "read_document": "bycn.text.document",
    "parse_text": "bycn.text.document",
    "load_series": "bycn.indicators.series",
    "read_corpus": "bycn.text.corpus",
}

if TYPE_CHECKING:
    from bycn.indicators.series import load_series
    from bycn.text.corpus import read_corpus
    from bycn.text.document import Document, parse_text, read_document


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'bycn' has no attribute {name!r}")
