"""The parsed-table cache: each document's tables, parsed once, kept as Parquet.

A document's rows are stored under a *key*: its id, the SHA-256 of its bytes,
the package version and a fingerprint of the parser's code, so a changed
document or a changed parser is parsed again and nothing else is. The store
is read and written as Arrow tables (:func:`bycn.schema.arrow_table`), one
Parquet file per table (with a ``_key`` column) in each of its *segments*:
a read that parsed documents adds their rows as a new segment, so adding one
document to a large corpus writes that document's rows, not every row again
(a store of many segments is written again as one). The segments are folders
that never change, named by a manifest (the pointer file, replaced with one
atomic rename) with the keys each holds; a document's rows are those of the
newest segment holding it (an older version of a changed document is left
behind, unread). A reader (a notebook while ``make -j`` builds another) never
sees half a store, and writers take turns (a lock file), so two builds adding
documents at once each keep the other's.

>>> import tempfile
>>> cache = TableCache(Path(tempfile.mkdtemp()))
>>> cache.load() == {}
True
>>> import pyarrow as pa
>>> cache.save({"t": pa.table({"x": [1, 2], KEY: ["a:1", "b:2"]})})
>>> cache.save({"t": pa.table({"x": [3], KEY: ["a:3"]})}, append=True)  # a changed
>>> cache.load()["t"].column("x").to_pylist(), sorted(cache.keys())
([2, 3], ['a:3', 'b:2'])
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Collection, Iterator, Mapping
from importlib import resources
from pathlib import Path

import pyarrow as pa

__all__ = [
    "KEY",
    "TableCache",
    "code_fingerprint",
    "document_key",
    "key_document",
    "keys_of",
    "write_parquet",
]

#: The column of every stored row holding its document's key (:func:`document_key`).
KEY = "_key"

_POINTER = "current"
_LOCK = ".lock"
# Segments a store holds at most: a save that would make more writes the store as one (the
# rows of every document once), so reading it stays a few files per table.
_SEGMENTS = 8


@functools.cache
def code_fingerprint(stage: str = "text") -> str:
    """A hash of the package version, the base modules every stage uses and the modules
    and data files of ``stage`` (a subpackage: ``text``, ``indicators``): what a stored
    result of that stage depends on.

    >>> code_fingerprint() != code_fingerprint("indicators")
    True
    """
    from bycn import __version__

    digest = hashlib.sha256(__version__.encode())
    root = resources.files("bycn")
    for name in ("schema.py", "vocabulary.py", "periods.py"):
        digest.update(root.joinpath(name).read_bytes())
    for entry in sorted(root.joinpath(stage).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".py", ".yaml")):
            digest.update(entry.name.encode() + entry.read_bytes())
    return digest.hexdigest()[:16]


def document_key(doc: str, content: bytes) -> str:
    """The cache key of a document: its id, its content's hash and the code fingerprint.

    >>> document_key("a", b"x") == document_key("a", b"x") != document_key("b", b"x")
    True
    """
    content_hash = hashlib.sha256(content).hexdigest()[:32]
    return f"{doc}:{content_hash}:{code_fingerprint()}"


def key_document(key: str) -> str:
    """The document id of a key (:func:`document_key`; an id may hold a colon).

    >>> key_document(document_key("a:b", b"x"))
    'a:b'
    """
    return key.rsplit(":", 2)[0]


def write_parquet(data: pa.Table, where: str | Path | pa.NativeFile) -> None:
    """Write ``data`` as Parquet to the file or stream ``where``, each text column's
    dictionary (:data:`bycn.schema.TEXT`) one for the whole column, not one per stacked
    part: the 1,000 generated documents' figures table stacked from 33 batches is 25%
    smaller so (sentences 38%), and read back several times faster."""
    import pyarrow.parquet as pq

    pq.write_table(data.unify_dictionaries(), where)


class TableCache:
    """A folder holding the stored tables of every document read through it."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _manifest(self) -> list[tuple[str, list[str]]]:
        """Each segment of the current store (oldest first) with the keys it holds."""
        try:
            manifest = json.loads((self.folder / _POINTER).read_text(encoding="utf-8"))
            return [(str(s["name"]), list(s["keys"])) for s in manifest["segments"]]
        except (OSError, ValueError, TypeError, KeyError):  # none, or an older bycn's pointer
            return []

    def keys(self, schemas: Mapping[str, pa.Schema] | None = None) -> set[str]:
        """The keys of the documents stored (their newest version each): what
        :meth:`load` would give rows of, read without reading any rows; none when the
        store is unusable as :meth:`load` says (the tables' schemas are checked)."""
        import pyarrow.parquet as pq

        segments = self._manifest()
        try:
            for name, _ in segments:
                for table, schema in (schemas or {}).items():
                    path = self.folder / name / f"{table}.parquet"
                    if path.exists() and not pq.read_schema(path).remove_metadata().equals(schema):
                        return set()
        except Exception:  # a damaged store is rebuilt, never trusted
            return set()
        return {key for _, key in _newest(segments).values()}

    def load(
        self, schemas: Mapping[str, pa.Schema] | None = None, keys: Collection[str] | None = None
    ) -> dict[str, pa.Table]:
        """Every stored table (with its ``_key`` column); ``{}`` when there is none.

        schemas: each table's columns and types: a stored table with other columns, or
            other types (plain strings where texts are now a dictionary, say: a store
            written by an older bycn), counts as no store.
        keys: only these documents' rows (default: every document's).

        A store that cannot be read (damaged, written by another pyarrow, or with other
        columns) is as good as none: the documents are parsed again.
        """
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        segments = self._manifest()
        if not segments:
            return {}
        asked = None if keys is None else set(keys)
        # Each document's rows come from the newest segment holding it: an older version
        # of it (or the same version, stored before a change that was then undone) is
        # left out, as are the documents not asked for.
        newest = _newest(segments)
        parts: dict[str, list[pa.Table]] = {}
        read = 0
        try:
            for i, (name, _) in enumerate(segments):
                mine = sorted(
                    k for j, k in newest.values() if j == i and (asked is None or k in asked)
                )
                if not mine:
                    continue
                read += 1
                whole = len(segments) == 1 and asked is None
                for path in sorted((self.folder / name).glob("*.parquet")):
                    data = pq.read_table(path)
                    if not whole:
                        data = data.filter(
                            pc.is_in(data[KEY], value_set=pa.array(mine, pa.string()))
                        )
                    parts.setdefault(path.stem, []).append(data)
            tables = {name: pa.concat_tables(p) for name, p in parts.items()}
        except Exception:  # a damaged store is rebuilt, never trusted
            return {}
        if any(len(p) != read for p in parts.values()):
            return {}  # a segment without one of the tables (removed meanwhile): damaged
        for name, schema in (schemas or {}).items():
            # Not cast: a cast would turn another store's types into these silently.
            if name in tables and not tables[name].schema.remove_metadata().equals(schema):
                return {}
        return tables

    def save(self, tables: Mapping[str, pa.Table], *, append: bool = False) -> None:
        """Write ``tables`` as the new store, or (``append``) as a segment added to it,
        and switch to it atomically.

        append: the store's documents stay, those in ``tables`` replace theirs (by
            document id, :func:`key_document`); the caller has checked the store is
            usable (:meth:`keys`).
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        with _locked(self.folder / _LOCK):
            self._save(tables, append)

    def _save(self, tables: Mapping[str, pa.Table], append: bool) -> None:
        before = self._manifest()
        kept = before if append else []
        if len(kept) + 1 > _SEGMENTS:
            tables, kept = self._merged(tables), []  # the whole store and the new rows, as one
        name = f"store-{uuid.uuid4().hex[:12]}"
        target = self.folder / name
        target.mkdir()
        for table, data in tables.items():
            write_parquet(data, target / f"{table}.parquet")
        segments = [*kept, (name, sorted(keys_of(tables)))]
        manifest = {"segments": [{"name": n, "keys": k} for n, k in segments]}
        pointer = self.folder / f".{_POINTER}.{name}"
        pointer.write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(pointer, self.folder / _POINTER)
        # What the store before this one named stays for a reader that has just read it.
        self._prune(keep={n for n, _ in (*segments, *before)})

    def _merged(self, tables: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
        """The stored tables and ``tables`` stacked, with one version of each document:
        the one in ``tables`` where it has one."""
        import pyarrow.compute as pc

        stored = self.load()
        replaced = {key_document(k) for k in keys_of(tables)}
        kept = pa.array(
            sorted(k for k in keys_of(stored) if key_document(k) not in replaced), pa.string()
        )
        merged = {}
        for name in sorted({*stored, *tables}):
            parts = [tables[name]] if name in tables else []
            if name in stored:
                old = stored[name]
                parts.insert(0, old.filter(pc.is_in(old[KEY], value_set=kept)))
            merged[name] = pa.concat_tables(parts) if len(parts) > 1 else parts[0]
        return merged

    def _prune(self, keep: set[str]) -> None:
        for old in self.folder.glob("store-*"):
            if old.name not in keep and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if missing) for the block: from reading
    the manifest to replacing it, a writer that started from an older manifest would drop
    the segment another has just added. Without POSIX locks (Windows), no lock."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
        yield


def _newest(segments: list[tuple[str, list[str]]]) -> dict[str, tuple[int, str]]:
    """Each document's newest segment (its index) and its key there."""
    return {key_document(key): (i, key) for i, (_, keys) in enumerate(segments) for key in keys}


def keys_of(tables: Mapping[str, pa.Table]) -> set[str]:
    """The keys (``_key``) of the rows of ``tables``.

    >>> sorted(keys_of({"t": pa.table({KEY: ["a:1", "b:2", "a:1"]})}))
    ['a:1', 'b:2']
    """
    import pyarrow.compute as pc

    found: set[str] = set()
    for data in tables.values():
        if KEY in data.column_names:
            column = pc.unique(data[KEY].combine_chunks())
            if pa.types.is_dictionary(column.type):
                column = column.dictionary_decode()
            found.update(column.to_pylist())
    return found
