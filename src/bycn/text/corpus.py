"""A corpus: a folder of documents, read into stacked tables (``corpus.md``).

Every document is parsed on its own, in parallel across cores when there are
many, and its tables are cached (:mod:`bycn.text.cache`) so that each is
parsed once: reading a corpus again parses only the documents added or
changed since. The tables of all documents are stacked, each row with its
document's id (``doc``), beside a documents table (title, publisher, date and
where it came from, URL, number of figures).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text(
...     "---\\ndate: 2019-08-06\\npublisher: BelTA\\n---\\n"
...     "Im ersten Halbjahr stieg der Export um 20 Prozent.\\n", encoding="utf-8")
>>> corpus = read_corpus(folder, cache=False)
>>> corpus.documents[["doc", "date", "date_source", "figures"]].to_dict("records")
[{'doc': 'a', 'date': '2019-08-06', 'date_source': 'front matter', 'figures': 1}]
>>> corpus.figures[["doc", "text", "as_of"]].to_dict("records")
[{'doc': 'a', 'text': '20 Prozent', 'as_of': '2019-H1'}]
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from bycn.exceptions import BycnError, InputError
from bycn.schema import conform, empty
from bycn.text.cache import TableCache, document_key
from bycn.text.document import DOCUMENT_SUFFIXES, TABLE_SCHEMAS, TABLES, parse_file
from bycn.text.source import read_source

__all__ = ["Corpus", "corpus_files", "default_cache_dir", "document_keys", "read_corpus"]

#: Environment variable naming the cache folder; ``off`` (or empty) reads without a cache.
CACHE_ENV = "BYCN_CACHE"
_NOTES = ("readme", "license", "licence")  # provenance notes beside the documents
_PARALLEL_BYTES = 256_000  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Corpus:
    """The stacked tables of a corpus (see :mod:`bycn.schema` for each table's columns).

    path: the folder (or single file) read.
    """

    path: Path
    documents: pd.DataFrame
    articles: pd.DataFrame
    footnotes: pd.DataFrame
    sentences: pd.DataFrame
    figures: pd.DataFrame

    @property
    def doc(self) -> str:
        """The corpus's name: its folder's (or file's) name."""
        return self.path.name

    def table(self, name: str) -> pd.DataFrame:
        """A table by name: documents, articles, footnotes, sentences or figures.

        The series over a corpus is ``bycn.load_series(corpus)`` (the indicators stage).
        """
        return getattr(self, name)


def corpus_files(path: str | Path) -> list[Path]:
    """The documents of a corpus folder (or the one file ``path``), sorted by path.

    Hidden files and folders and notes such as ``README.md`` are not documents; any
    other file that is not a text or a web page is an error, so that no source is
    left out silently.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir():
        return [path]  # a file, or something read_source refuses in one line (a FIFO ...)
    found = []
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if any(part.startswith((".", "_")) for part in relative.parts) or not file.is_file():
            continue
        if file.stem.lower() in _NOTES:
            continue
        if file.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise InputError(
                f"{file}: not a corpus document; a corpus holds {', '.join(DOCUMENT_SUFFIXES)} "
                "files (move other files out, or prefix their names with _)"
            )
        found.append(file)
    ids: dict[str, Path] = {}
    for file in found:
        if file.stem in ids:
            raise InputError(
                f"{file}: document id {file.stem!r} is already taken by {ids[file.stem]}; "
                "rename one of them"
            )
        ids[file.stem] = file
    return found


def document_keys(files: Iterable[Path]) -> list[str]:
    """Each document's cache key (its id, content hash and the parser's fingerprint).

    Every file is read: one that is no text (a FIFO, a device, binary data) is refused
    here, in one line naming it, before anything is parsed.
    """
    return [document_key(f.stem, read_source(f).encode("utf-8")) for f in files]


def default_cache_dir(start: Path | None = None) -> Path | None:
    """Where parsed tables are cached: ``$BYCN_CACHE``, else ``data/processed/cache`` of
    the project (the folder holding ``data/raw``, searched from ``start`` upward, default
    the working directory); None when there is neither.
    """
    if CACHE_ENV in os.environ:
        value = os.environ[CACHE_ENV].strip()
        return Path(value) if value and value.lower() != "off" else None
    from bycn.text.document import default_corpus_path

    try:
        raw = default_corpus_path(start)
    except InputError:
        return None
    return raw.parent / "processed" / "cache"


def read_corpus(
    path: str | Path | None = None,
    *,
    cache: str | Path | bool | None = None,
    jobs: int | None = None,
    documents: Collection[str] | None = None,
) -> Corpus:
    """Read every document of the corpus at ``path`` (default: the project's ``data/raw``).

    path: a folder of documents, or one document.
    cache: a folder for the parsed tables; None for :func:`default_cache_dir` of the
        project the corpus lies in (none outside a project); False to parse in memory.
    jobs: worker processes for parsing (default: one per core); parsing is parallel only
        when there is enough to parse to pay for starting them.
    documents: read only the documents with these ids (default: all).

    Raises :class:`~bycn.exceptions.InputError` naming the first document that cannot
    be read: a corpus is never read without one of its documents.
    """
    from bycn.text.document import default_corpus_path

    root = default_corpus_path() if path is None else Path(path)
    files = corpus_files(root)
    if documents is not None:
        files = [f for f in files if f.stem in documents]
    keys = document_keys(files)
    store = _cache(cache, root)
    stored = store.load() if store is not None else {}
    known = set(stored["documents"]["_key"]) if "documents" in stored else set()
    missing = [(f, k) for f, k in zip(files, keys, strict=True) if k not in known]
    parsed = _parse_all([f for f, _ in missing], jobs)
    fresh = {name: _with_key(parsed, [k for _, k in missing], name) for name in TABLES}
    wanted = set(keys)
    tables: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        old = stored.get(name)
        parts = [fresh[name]]
        if old is not None and known:
            parts.insert(0, old[old["_key"].isin(wanted)])
        tables[name] = _ordered(parts, keys, name)
    if store is not None and missing:
        _save(store, stored, tables, {f.stem for f in files})
    paths = {f.stem: str(f) for f in files}
    documents = tables["documents"].assign(path=lambda t: t["doc"].map(paths).fillna(""))
    tables["documents"] = documents
    frames = {name: _strip(tables[name], name) for name in TABLES}
    return Corpus(path=root, **frames)


def _save(
    store: TableCache,
    stored: dict[str, pd.DataFrame],
    tables: dict[str, pd.DataFrame],
    docs: set[str],
) -> None:
    """Store the tables read now beside the stored rows of documents not read now."""
    frames = {}
    for name in TABLES:
        parts = [tables[name]]
        if name in stored and "doc" in stored[name]:
            parts.insert(0, stored[name][~stored[name]["doc"].isin(docs)])
        frames[name] = pd.concat(parts, ignore_index=True)
    try:
        store.save(frames)
    except OSError as err:  # a cache that cannot be written costs time, not correctness
        print(f"bycn: warning: cache not written to {store.folder}: {err}", file=sys.stderr)


def _cache(cache: str | Path | bool | None, root: Path) -> TableCache | None:
    if cache is False:
        return None
    if cache is None or cache is True:
        # The project the corpus lies in; a folder outside any project is read uncached
        # (unless $BYCN_CACHE says where), so no stray reads fill the project's cache.
        folder = default_cache_dir(root.resolve() if root.is_dir() else root.resolve().parent)
        return TableCache(folder) if folder is not None else None
    return TableCache(Path(cache))


def _with_key(
    parsed: list[dict[str, list[dict[str, Any]]]], keys: list[str], name: str
) -> pd.DataFrame:
    """Table ``name`` of the documents ``parsed``, each row with its document's key."""
    from bycn.schema import table

    rows = [row for p in parsed for row in p[name]]
    frame = table(rows, TABLE_SCHEMAS[name])
    column = [key for p, key in zip(parsed, keys, strict=True) for _ in p[name]]
    return frame.assign(_key=pd.Series(column, dtype="str", index=frame.index))


def _ordered(parts: list[pd.DataFrame], keys: list[str], name: str) -> pd.DataFrame:
    """The rows of ``parts`` in the corpus's document order, each document's rows in order."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return empty(TABLE_SCHEMAS[name]).assign(_key=pd.Series([], dtype="str"))
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    rank = {key: i for i, key in enumerate(keys)}
    order = frame["_key"].map(rank)
    return frame.iloc[order.argsort(kind="stable")].reset_index(drop=True)


def _strip(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The table without the cache's ``_key``, with the schema's columns and dtypes."""
    schema = TABLE_SCHEMAS[name]
    if frame.empty:
        return empty(schema)
    return conform(frame, schema).reset_index(drop=True)


def _parse_all(files: list[Path], jobs: int | None) -> list[dict[str, list[dict[str, Any]]]]:
    """Each file's table rows, in order; in worker processes when there is much to parse."""
    if not files:
        return []
    jobs = jobs or os.cpu_count() or 1
    size = sum(f.stat().st_size for f in files)
    if jobs <= 1 or len(files) < 2 * jobs or size < _PARALLEL_BYTES:
        return [_parse_one(f) for f in files]
    # Many small batches: the last one to finish keeps one core busy while the others
    # idle, so a batch should be short; each costs only a pickled list of rows.
    batches = _batches(files, 16 * jobs)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        results = list(pool.map(_parse_batch, batches))
    return [rows for batch in results for rows in batch]


def _context() -> Any:
    import multiprocessing

    # fork starts a worker in milliseconds with bycn already imported; spawn re-imports.
    method = "fork" if sys.platform.startswith("linux") else None
    return multiprocessing.get_context(method)


def _batches(files: list[Path], count: int) -> list[list[Path]]:
    """``files`` cut into about ``count`` consecutive runs of similar total size."""
    total = sum(f.stat().st_size for f in files) or 1
    target = total / count
    batches: list[list[Path]] = [[]]
    size = 0
    for file in files:
        if batches[-1] and size >= target:
            batches.append([])
            size = 0
        batches[-1].append(file)
        size += file.stat().st_size
    return batches


def _parse_batch(files: list[Path]) -> list[dict[str, list[dict[str, Any]]]]:
    return [_parse_one(f) for f in files]


def _parse_one(path: Path) -> dict[str, list[dict[str, Any]]]:
    try:
        return parse_file(path, read_source(path)).rows
    except BycnError:
        raise
    except Exception as err:  # a parser bug on one document: name the document, not a trace
        raise InputError(f"{path}: cannot be parsed: {type(err).__name__}: {err}") from None


def add_document(
    source: str | Path, folder: str | Path | None = None, meta: dict[str, str] | None = None
) -> Path:
    """Copy the text or web page ``source`` into the corpus ``folder``; return the new path.

    For a text, ``meta`` (title, publisher, url, date, language) is merged into its
    front matter (the given values win). Nothing is written, and an
    :class:`~bycn.exceptions.InputError` says why, for a missing file, a date that is
    not ISO, front matter that is not valid YAML or has an unknown key, metadata given
    for a web page (it carries its own), or a document already in the corpus (the
    same text, or the same file name).
    """
    from bycn.text.document import HTML_SUFFIXES, default_corpus_path
    from bycn.text.frontmatter import (
        check_date,
        check_front_matter,
        render_front_matter,
        split_front_matter,
    )

    source = Path(source)
    folder = default_corpus_path() if folder is None else Path(folder)
    given = {k: v for k, v in (meta or {}).items() if v}
    content = read_source(source)
    if source.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise InputError(f"{source}: not a text or web page ({', '.join(DOCUMENT_SUFFIXES)})")
    if source.suffix.lower() in HTML_SUFFIXES:
        if given:
            raise InputError(
                f"{source}: --{next(iter(given))}: a web page carries its own metadata; "
                "give it for a text only"
            )
        new = content
    else:
        if "date" in given:
            check_date(given["date"], f"{source}: --date")  # names the option, not a block
        checked = check_front_matter(given, f"{source}: options")
        existing, body = split_front_matter(content, str(source))
        new = render_front_matter({**existing, **checked}) + body.lstrip("\n")
    target = folder / source.name
    parse_file(target, new)  # refuse what the corpus could not read
    if not folder.is_dir():
        raise InputError(f"{folder}: no such corpus folder")
    identity = _identity(target, new)
    for present in corpus_files(folder):
        if present.stem == target.stem:
            raise InputError(f"{source}: a document named {present.name!r} is already in {folder}")
        if _identity(present, read_source(present)) == identity:
            raise InputError(f"{source}: already in the corpus as {present}")
    temporary = folder / f".{target.name}.adding"
    temporary.write_text(new, encoding="utf-8")
    os.replace(temporary, target)
    return target


def _identity(path: Path, content: str) -> str:
    """What makes two documents the same: the text without front matter, or the page."""
    import hashlib

    from bycn.text.document import HTML_SUFFIXES
    from bycn.text.frontmatter import split_front_matter

    if path.suffix.lower() not in HTML_SUFFIXES:
        # A broken neighbour still has an identity: its bytes.
        with contextlib.suppress(InputError):
            content = split_front_matter(content, str(path))[1]
    return hashlib.sha256(" ".join(content.split()).encode()).hexdigest()
