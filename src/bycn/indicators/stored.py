"""The points of a corpus, built once for each state of its documents and catalog.

A *point* is a row of the series with what a briefing shows beside it: the
figure's sentence, text, footnote and source
(:data:`~bycn.indicators.series.FIGURE_DETAILS`), and its document's title,
publisher, date and URL (``doc_*``). Building them for a
large corpus takes seconds (every figure against every rule), and every
briefing of a ``make reports`` needs them; so they are stored as Parquet
beside the parsed tables (:mod:`bycn.text.cache`), under a key made of the
documents' keys (each its content hash and the parser's fingerprint), the
catalog file and the code of this stage. Telling whether the store is current
reads the documents but parses nothing: a notebook over a stored corpus loads
one file. A changed catalog or rule builds them all again; an added or changed
document builds its own points, beside those the last store holds of the
others (each store records the key of every document it was built from).
Nothing else builds them. The parse step of ``make reports`` builds them; the
notebooks read.

>>> import tempfile
>>> folder, cache = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text(
...     "---\\ndate: 2023-05-02\\n---\\nDer Park zählt 107 Einwohner.\\n", encoding="utf-8")
>>> points = corpus_points(folder, cache=cache)
>>> points[["indicator", "value", "as_of", "dated_by", "doc_date"]].values.tolist()
[['park.residents', 107.0, '2023-05', 'document', '2023-05-02']]
>>> corpus_series(folder, cache=cache).columns.tolist() == SERIES.names
True
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow.parquet as pq

from bycn.exceptions import OutputError
from bycn.indicators.catalog import default_catalog_path, load_catalog
from bycn.indicators.model import Catalog
from bycn.output import atomic_write_bytes
from bycn.schema import SERIES, TEXT, conform
from bycn.text.cache import code_fingerprint, write_parquet
from bycn.text.corpus import (
    Corpus,
    corpus_files,
    default_cache_dir,
    document_keys,
    read_corpus,
)
from bycn.text.workers import ParseProgress

if TYPE_CHECKING:
    from bycn.indicators.series import DocumentSeries

__all__ = [
    "DOCUMENT_DETAILS",
    "corpus_points",
    "corpus_series",
    "series_columns",
    "with_documents",
]

#: The document columns a point carries: ``doc_title``, ``doc_publisher`` ...
DOCUMENT_DETAILS = ("title", "publisher", "date", "url")
_FOLDER = "points"
_KEEP = 4  # stores kept: the last few states of the corpus and catalog
_META = b"bycn.points"  # the Parquet metadata entry: what a store was built from
_SERIES_INPUTS = ("figures", "sentences", "documents", "articles")  # the tables points use


def corpus_points(
    path: str | Path | None = None,
    catalog: Catalog | str | Path | None = None,
    *,
    cache: str | Path | bool | None = None,
    jobs: int | None = None,
    progress: ParseProgress | None = None,
) -> pd.DataFrame:
    """The points of the corpus at ``path`` (default: the project's ``data/raw``): read
    from the store when built before, else built (the corpus parsed as needed) and stored.

    A corpus that changed since the last store, with the same catalog and code, keeps
    the points of its unchanged documents: only the added or changed documents' points
    are built (a point depends on its own document alone).

    catalog: a catalog, or its path (default: the shipped one).
    cache: the folder of the parsed tables (as for
        :func:`~bycn.text.corpus.read_corpus`): None for the project's, False for none.
    jobs: worker processes for parsing what is not parsed yet.
    progress: told how many of the documents to parse are parsed
        (:func:`~bycn.text.workers.parse_documents`).
    """
    from bycn.text.document import default_corpus_path

    root = default_corpus_path() if path is None else Path(path)
    if isinstance(catalog, Catalog):
        catalog_path = catalog.path
    else:
        catalog_path = Path(catalog) if catalog is not None else default_catalog_path()
    folder = _folder(root, cache)
    base = _base(catalog_path) if folder is not None else None
    if folder is None or base is None:
        return _build(root, _loaded(catalog), cache, jobs, progress=progress)[1]
    listed = corpus_files(root)
    if not _stores(folder):
        # Nothing stored (a cold run): no store to look up, so the files are keyed where
        # they are parsed, from the bytes read to parse them (each read once).
        files = [(f, None) for f in listed]
        corpus, points = _build(root, _loaded(catalog), cache, jobs, files=files, progress=progress)
        _write(folder, _key(base, list(corpus.keys.values())), points, base, dict(corpus.keys))
        return points
    files = list(zip(listed, document_keys(listed), strict=True))  # each file read once
    keys = {f.stem: k for f, k in files}
    key = _key(base, list(keys.values()))
    stored = _read(folder / f"{key}.parquet")
    if stored is not None:
        return stored  # the catalog is not even read: its file's bytes are in the key
    from bycn.indicators.order import sort_series

    catalog = _loaded(catalog)
    kept, known = _latest(folder, base)
    unchanged = {doc for doc, k in keys.items() if known.get(doc) == k}
    if not unchanged:
        points = _build(root, catalog, cache, jobs, files=files, progress=progress)[1]
    else:
        changed = [doc for doc in keys if doc not in unchanged]
        fresh = _build(root, catalog, cache, jobs, changed, files, progress)[1] if changed else None
        parts = [kept[kept["doc"].isin(unchanged)], fresh]
        points = sort_series(pd.concat([p for p in parts if p is not None]), catalog)
    _write(folder, key, points, base, keys)
    return points


def corpus_series(
    path: str | Path | None = None,
    catalog: Catalog | str | Path | None = None,
    *,
    cache: str | Path | bool | None = None,
    jobs: int | None = None,
) -> pd.DataFrame:
    """The series table of the corpus at ``path``: its points' series columns."""
    return series_columns(corpus_points(path, catalog, cache=cache, jobs=jobs))


def series_columns(points: pd.DataFrame) -> pd.DataFrame:
    """The series table of :func:`corpus_points`' ``points``: their series columns."""
    return conform(points[SERIES.names], SERIES).reset_index(drop=True)


def with_documents(points: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """The points with their document's title, publisher, date and URL (``doc_*`` columns),
    from a corpus' documents table (``doc``, ``title``, ``publisher``, ``date``, ``url``).

    >>> p = pd.DataFrame({"doc": ["a"], "value": [1.0]})
    >>> d = pd.DataFrame({"doc": ["a"], "title": ["Handel"], "date": ["2019-08-06"]})
    >>> with_documents(p, d)[["doc", "doc_title", "doc_date"]].values.tolist()
    [['a', 'Handel', '2019-08-06']]
    """
    if documents is None or documents.empty or "doc" not in points or "doc" not in documents:
        return points
    wanted = [c for c in DOCUMENT_DETAILS if c in documents]
    table = documents[["doc", *wanted]].drop_duplicates("doc")
    table = table.rename(columns={c: f"doc_{c}" for c in wanted})
    kept = points.drop(columns=[c for c in table.columns if c != "doc" and c in points])
    return kept.merge(table, on="doc", how="left")


def _folder(root: Path, cache: str | Path | bool | None) -> Path | None:
    if cache is False:
        return None
    if cache is None or cache is True:
        resolved = root.resolve()
        found = default_cache_dir(resolved if resolved.is_dir() else resolved.parent)
        return found / _FOLDER if found is not None else None
    return Path(cache) / _FOLDER


def _loaded(catalog: Catalog | str | Path | None) -> Catalog:
    return catalog if isinstance(catalog, Catalog) else load_catalog(catalog)


def _base(catalog_path: str | Path | None) -> str | None:
    """The catalog's file and the code of this stage, hashed: what every point depends on
    beside its document. None for a catalog built in memory (no file to tell its state by).
    """
    if catalog_path is None:
        return None
    try:
        catalog_bytes = Path(catalog_path).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(code_fingerprint("indicators").encode() + catalog_bytes).hexdigest()


def _key(base: str, documents: list[str]) -> str:
    """The store's name: the base and the documents' keys, hashed."""
    digest = hashlib.sha256(base.encode())
    digest.update("\n".join(documents).encode("utf-8"))
    return digest.hexdigest()[:32]


def _build(
    root: Path,
    catalog: Catalog,
    cache: str | Path | bool | None,
    jobs: int | None,
    documents: list[str] | None = None,
    files: Sequence[tuple[Path, str | None]] | None = None,
    progress: ParseProgress | None = None,
) -> tuple[Corpus, pd.DataFrame]:
    """The corpus's ``documents`` (default: all) read, and their points, built from
    their tables.

    ``files``: the corpus's files and keys, if read.
    """
    # Imported here, not above: a corpus whose points are stored (a warm run) never builds
    # any, and the rules' modules (compiling their patterns on import) took a fifth of it.
    from bycn.indicators.series import DocumentSeries

    derive = DocumentSeries(catalog)
    corpus = read_corpus(
        root,
        cache=cache,
        jobs=jobs,
        documents=documents,
        keys=files,
        derive=derive,
        progress=progress,
    )
    return corpus, _points(corpus, derive)


def _points(corpus: Corpus, derive: DocumentSeries) -> pd.DataFrame:
    """The points of ``corpus``: the rows its workers found, and those of the documents
    read from the table cache found here."""
    from bycn.indicators.series import join_figures, series_table

    rows = [row for found in corpus.derived.values() for row in found]
    cached = set(corpus.documents["doc"]) - set(corpus.derived)
    if cached:
        tables = {name: corpus.table(name) for name in _SERIES_INPUTS}
        if corpus.derived:
            tables = {name: t[t["doc"].isin(cached)] for name, t in tables.items()}
        rows.extend(derive(tables))
    series = series_table(rows, derive.catalog)
    return with_documents(join_figures(series, corpus.figures), corpus.documents)


def _latest(folder: Path, base: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """The points of the newest store built with ``base``, and the key of each document
    they were built from; none (and no keys) when there is no such store."""
    for path in sorted(_stores(folder), key=_modified, reverse=True):
        try:
            meta = json.loads(pq.read_schema(path).metadata[_META])
        except Exception:  # written by another version, or damaged: not a base to build on
            continue
        if meta.get("base") == base:
            points = _read(path)
            if points is not None:
                return points, meta["documents"]
    return pd.DataFrame(), {}


def _read(path: Path) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        table = pq.read_table(path)
    except Exception:  # a damaged file is built again, never trusted
        return None
    frame = table.to_pandas()
    # Text is stored as dictionaries (read as categoricals); the tables keep text as
    # Python objects, one per distinct text (a sentence with many points is one string).
    text = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.astype(dict.fromkeys(text, object))


def _write(
    folder: Path, key: str, points: pd.DataFrame, base: str, documents: dict[str, str]
) -> None:
    """Store the points atomically (a reader never sees half a file), with the base and
    the documents' keys they were built from; keep the last few stores."""
    import pyarrow as pa

    try:
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pandas(points, preserve_index=False)
        # Text as dictionaries, each distinct text stored once (a sentence in each of its
        # points' rows).
        coded = [pa.field(f.name, TEXT) if f.type == pa.string() else f for f in table.schema]
        table = table.cast(pa.schema(coded, table.schema.metadata))
        meta = json.dumps({"base": base, "documents": documents}).encode("utf-8")
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), _META: meta})
        buffer = pa.BufferOutputStream()
        write_parquet(table, buffer)
        atomic_write_bytes(folder / f"{key}.parquet", buffer.getvalue().to_pybytes())
        stored = sorted(_stores(folder), key=_modified)
        for old in stored[: max(0, len(stored) - _KEEP)]:
            old.unlink(missing_ok=True)
    except (OSError, OutputError) as err:  # a store not written costs time, not correctness
        print(f"bycn: warning: points not stored in {folder}: {err}", file=sys.stderr)


def _stores(folder: Path) -> list[Path]:
    return list(folder.glob("*.parquet")) if folder.is_dir() else []


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile (by a parallel build keeping its last few)
        return 0.0
