"""The series of a corpus, built once for each state of the corpus and catalog.

Building the series of a large corpus takes seconds (every figure against
every rule), and each briefing of a ``make reports`` needs it. So the series
is stored as Parquet beside the parsed tables (:mod:`bycn.text.cache`), under
a key made of the corpus' tables, the catalog file and the code of this
stage: a changed document, catalog or rule builds it again, and nothing else
does. The parse step of ``make reports`` builds it; the notebooks read it.

>>> import tempfile
>>> from bycn.text.corpus import read_corpus
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text(
...     "---\\ndate: 2023-05-02\\n---\\nDer Park zählt 107 Einwohner.\\n", encoding="utf-8")
>>> corpus = read_corpus(folder, cache=False)
>>> first = corpus_series(corpus, cache=folder / "cache")
>>> again = corpus_series(corpus, cache=folder / "cache")  # read, not built
>>> first[["indicator", "value", "as_of"]].values.tolist() == again[
...     ["indicator", "value", "as_of"]].values.tolist()
True
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import uuid
from importlib import resources
from pathlib import Path

import pandas as pd

from bycn.indicators.catalog import Catalog, load_catalog
from bycn.indicators.series import build_series
from bycn.schema import SERIES, conform
from bycn.text.corpus import Corpus, default_cache_dir

__all__ = ["corpus_series"]

_FOLDER = "series"
_KEEP = 4  # stored series kept: the last few states of the corpus and catalog


def corpus_series(
    corpus: Corpus,
    catalog: Catalog | str | Path | None = None,
    *,
    cache: str | Path | bool | None = None,
) -> pd.DataFrame:
    """The series of ``corpus``: read from the store when built before, else built and stored.

    catalog: a catalog, or its path (default: the shipped one).
    cache: the folder of the parsed tables (as for
        :func:`~bycn.text.corpus.read_corpus`): None for the project's, False for none.
    """
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog)
    folder = _folder(corpus, cache)
    key = _key(corpus, catalog) if folder is not None else None
    if folder is not None and key is not None:
        stored = _read(folder / f"{key}.parquet")
        if stored is not None:
            return stored
    series = build_series(
        corpus.figures,
        catalog,
        sentences=corpus.sentences,
        documents=corpus.documents,
        articles=corpus.articles,
    )
    if folder is not None and key is not None:
        _write(folder, key, series)
    return series


def _folder(corpus: Corpus, cache: str | Path | bool | None) -> Path | None:
    if cache is False:
        return None
    if cache is None or cache is True:
        root = corpus.path.resolve()
        found = default_cache_dir(root if root.is_dir() else root.parent)
        return found / _FOLDER if found is not None else None
    return Path(cache) / _FOLDER


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the package version and every module and file of the indicators stage."""
    from bycn import __version__

    digest = hashlib.sha256(__version__.encode())
    root = resources.files("bycn")
    for name in ("schema.py", "vocabulary.py", "periods.py"):
        digest.update(root.joinpath(name).read_bytes())
    for entry in sorted(root.joinpath("indicators").iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".py", ".yaml")):
            digest.update(entry.name.encode() + entry.read_bytes())
    return digest.hexdigest()


def _key(corpus: Corpus, catalog: Catalog) -> str | None:
    """The corpus' tables, the catalog's file and the code, hashed; None for a catalog
    built in memory (no file to tell its state by)."""
    if catalog.path is None:
        return None
    try:
        catalog_bytes = Path(catalog.path).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(_code_fingerprint().encode() + catalog_bytes)
    for name in ("documents", "articles", "footnotes", "sentences", "figures"):
        # Where the corpus lies is no part of its state: "data/raw" and its absolute
        # path (a notebook's parameter) are one corpus.
        frame = corpus.table(name).drop(columns=["path"], errors="ignore")
        digest.update(name.encode() + ",".join(frame.columns).encode())
        digest.update(pd.util.hash_pandas_object(frame, index=False).values.tobytes())
    return digest.hexdigest()[:32]


def _read(path: Path) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        return conform(pd.read_parquet(path, engine="pyarrow"), SERIES).reset_index(drop=True)
    except Exception:  # a damaged file is built again, never trusted
        return None


def _write(folder: Path, key: str, series: pd.DataFrame) -> None:
    """Store the series atomically (a reader never sees half a file); keep the last few."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{key}.{uuid.uuid4().hex[:8]}.partial"
        series.to_parquet(partial, engine="pyarrow", index=False)
        os.replace(partial, folder / f"{key}.parquet")
        stored = sorted(folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime)
        for old in stored[: max(0, len(stored) - _KEEP)]:
            old.unlink(missing_ok=True)
    except OSError as err:  # a store that cannot be written costs time, not correctness
        print(f"bycn: warning: series not stored in {folder}: {err}", file=sys.stderr)
