"""Parsing a corpus's documents, in worker processes when there are many.

Each document is parsed on its own (:func:`~bycn.text.document.parse_file`), so
the documents are cut into batches that the workers share. A worker stacks the
tables of its batch's documents, each row with its document's key, into one
Arrow table per table (:func:`~bycn.schema.arrow_table`): checked and typed
where it was parsed, sent back as a few buffers (not a Python object per
value), stacked by the parent without copying, and what the Parquet cache
stores. A document given without its key is keyed where it is parsed, from
the bytes read to parse it (a cold read of a corpus reads each file once). A
caller may pass a ``derive`` hook: it is called on each document's
tables (as columns: column name to list of values) in the process that parsed
it, so work that depends on one document alone (the indicators stage's series
points) runs in parallel too, without this package knowing about it.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Es kamen 20 Gäste.\\n", encoding="utf-8")
>>> parsed = parse_documents([(folder / "a.txt", "a:1")], derive=lambda t: t["sentences"])
>>> parsed.tables["figures"].select(["text", "_key"]).to_pylist()
[{'text': '20 Gäste', '_key': 'a:1'}]
>>> parsed.derived[0]["text"]
['Es kamen 20 Gäste.']
>>> parse_documents([(folder / "a.txt", None)]).keys[0].startswith("a:")  # keyed here
True
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import pyarrow as pa

from bycn.exceptions import BycnError, InputError
from bycn.schema import arrow_schema, arrow_table, columns_table
from bycn.text.cache import KEY, document_key
from bycn.text.document import HTML_SUFFIXES, TABLE_SCHEMAS, TABLES, parse_file
from bycn.text.source import read_source_and_bytes

__all__ = [
    "Derive",
    "DocumentColumns",
    "ParseProgress",
    "Parsed",
    "collector_paused",
    "parse_documents",
]

#: A document's tables: table name to column name to the column's values.
DocumentColumns = dict[str, dict[str, list[Any]]]
# A batch's tables: each an Arrow table with the key column, or its columns when they
# do not pass as one (a parser bug, which the parent's columns_table then names).
_Batch = tuple[dict[str, Any], list[Any], list[str]]
#: A hook called on each document's tables where it was parsed; what it returns comes back.
Derive = Callable[[Mapping[str, Mapping[str, list[Any]]]], Any]
#: A hook told how many of the documents to parse are parsed: (done, total), first (0, total).
ParseProgress = Callable[[int, int], None]
_PARALLEL_BYTES = 256_000  # below this, starting worker processes costs more than it saves
# The hook of the worker processes, set once when each starts: sent with every batch it
# would be pickled (a catalog's compiled rules) once per batch instead of once per worker.
_derive: Derive | None = None


@dataclass(frozen=True)
class Parsed:
    """The tables of the documents parsed, and what ``derive`` made of each.

    tables: table name to an Arrow table of its schema's columns and the key column
        (``_key``), the documents' rows in the order of the files given.
    derived: for each file, what the hook returned (None without one).
    keys: each file's key: as given, or made from the bytes read to parse it.
    """

    tables: dict[str, pa.Table]
    derived: list[Any]
    keys: list[str]


def parse_documents(
    files: Sequence[tuple[Path, str | None]],
    jobs: int | None = None,
    derive: Derive | None = None,
    progress: ParseProgress | None = None,
) -> Parsed:
    """Parse ``files`` (each a path and its document's key, or None to key it from the
    bytes read to parse it: :func:`~bycn.text.cache.document_key`), in worker processes
    when there is much to parse.

    jobs: worker processes (default: one per core); parsing is parallel only when there
        is enough to parse to pay for starting them.
    progress: told (0, total) before parsing and (done, total) as batches are parsed.
    """
    jobs = jobs or os.cpu_count() or 1
    total = len(files)
    tell = progress or _silent
    tell(0, total)
    sizes = [_size(f) for f, _ in files]
    if jobs <= 1 or total < 2 * jobs or sum(sizes) < _PARALLEL_BYTES:
        with _collector_frozen():
            parsed = _gather([_parse_batch(list(files), derive)])
        tell(total, total)
        return parsed
    # The first documents are parsed here, before the workers start (fork): what a first
    # document costs (the parser's modules, trafilatura's, the hook's compiled rules) the
    # workers then inherit, instead of each paying it again.
    head = _first_of_each_kind(files)
    first = _parse_batch(list(files[:head]), derive)
    tell(head, total)
    if head == total:
        return _gather([first])
    # Many small batches: the last one to finish keeps one core busy while the others
    # idle, so a batch should be short; each costs only a few Arrow buffers to send.
    batches = _batches(list(files[head:]), sizes[head:], 16 * jobs)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_start, initargs=(derive,)
    ) as pool:
        pending = pool.map(_parse_in_worker, batches)  # the workers start (fork) here
        try:
            with collector_paused():
                results = []
                for result in pending:
                    results.append(result)
                    tell(head + sum(len(keys) for _, _, keys in results), total)
        except BaseException:
            # A document that cannot be read stops the read: the batches not started are
            # dropped, not parsed for nothing before the error shows.
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return _gather([first, *results])


def _silent(done: int, total: int) -> None:
    pass


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # gone, say: reading it says so, in one line naming it
        return 0


def _first_of_each_kind(files: Sequence[tuple[Path, str | None]], within: int = 16) -> int:
    """How many of the first ``files`` to take for one text and one web page (those of
    the first ``within`` files; at least one file).

    >>> _first_of_each_kind([(Path("a.txt"), "a"), (Path("b.md"), "b"), (Path("c.html"), "c")])
    3
    """
    seen: set[bool] = set()
    count = 1
    for i, (path, _) in enumerate(files[:within]):
        page = path.suffix.lower() in HTML_SUFFIXES
        if page not in seen:
            seen.add(page)
            count = i + 1
    return count


def _gather(batches: list[_Batch]) -> Parsed:
    """The batches' tables stacked, and their documents' derived results in order."""
    tables = {}
    for name in TABLES:
        parts = [tables_of[name] for tables_of, _, _ in batches]
        if all(isinstance(part, pa.Table) for part in parts):
            tables[name] = pa.concat_tables(parts)
        else:
            tables[name] = _checked(parts, name)
    derived = [d for _, found, _ in batches for d in found]
    return Parsed(tables, derived, [k for _, _, keys in batches for k in keys])


def _checked(parts: list[pa.Table | dict[str, list[Any]]], name: str) -> pa.Table:
    """Table ``name`` of batches some of which did not pass as Arrow tables: built by
    :func:`~bycn.schema.columns_table`, which raises the SchemaError naming what is
    wrong, or converts what Arrow would not have converted as pandas does."""
    schema = TABLE_SCHEMAS[name]
    columns = [part.to_pydict() if isinstance(part, pa.Table) else part for part in parts]
    stacked = {c: list(chain.from_iterable(p[c] for p in columns)) for c in (*schema.names, KEY)}
    frame = columns_table({c: stacked[c] for c in schema.names}, schema)
    frame[KEY] = stacked[KEY]
    return pa.Table.from_pandas(frame, schema=arrow_schema(schema, (KEY,)), preserve_index=False)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection in the block: for work that makes many objects holding no
    cycles (the workers' results unpickled, a corpus's figures matched), where a
    collection every few hundred objects would look again and again at everything the
    process holds.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _collector_frozen() -> Iterator[None]:
    """What the process holds before the block kept out of garbage collection in it, as
    a worker's inheritance is (:func:`_start`): a full collection while parsing in this
    process looks only at what parsing made, not again at every module, the catalog's
    rules and the caller's tables (a third of the collector's time over 1,000 documents).
    Left as it is when something froze objects before (it would be undone here).

    >>> with _collector_frozen():
    ...     gc.get_freeze_count() > 0
    True
    >>> gc.get_freeze_count()
    0
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _start(derive: Derive | None) -> None:
    global _derive
    _derive = derive
    # What the worker inherits (modules, the hook's rules) lives as long as it does: kept
    # out of garbage collection, a collection looks only at what parsing makes (a worker
    # parses about 7% faster; it also keeps forked memory pages shared).
    gc.freeze()


def _context() -> Any:
    import multiprocessing

    # fork starts a worker in milliseconds with bycn already imported (and the hook
    # inherited, not pickled); spawn re-imports.
    method = "fork" if sys.platform.startswith("linux") else None
    return multiprocessing.get_context(method)


def _batches(files: list[Any], sizes: list[int], count: int) -> list[list[Any]]:
    """``files`` (of ``sizes`` bytes) cut into about ``count`` consecutive runs of similar
    total size."""
    target = (sum(sizes) or 1) / count
    batches: list[list[Any]] = [[]]
    size = 0
    for file, file_size in zip(files, sizes, strict=True):
        if batches[-1] and size >= target:
            batches.append([])
            size = 0
        batches[-1].append(file)
        size += file_size
    return batches


def _parse_in_worker(files: list[tuple[Path, str | None]]) -> _Batch:
    return _parse_batch(files, _derive)


def _parse_batch(files: list[tuple[Path, str | None]], derive: Derive | None) -> _Batch:
    """The batch's tables, stacked (each row with its document's key), what ``derive``
    made of each document, and their keys."""
    parsed = [_parse_one(path, key, derive) for path, key in files]
    tables: dict[str, pa.Table | dict[str, list[Any]]] = {}
    for name in TABLES:
        schema = TABLE_SCHEMAS[name]
        columns = {
            c: list(chain.from_iterable(t[name][c] for t, _, _ in parsed)) for c in schema.names
        }
        first = schema.columns[0].name
        counts = [len(t[name][first]) for t, _, _ in parsed]
        columns[KEY] = [
            key for (_, _, key), n in zip(parsed, counts, strict=True) for _ in range(n)
        ]
        checked = arrow_table(columns, schema, (KEY,))
        tables[name] = checked if checked is not None else columns
    return tables, [derived for _, derived, _ in parsed], [key for _, _, key in parsed]


def _parse_one(
    path: Path, key: str | None, derive: Derive | None
) -> tuple[DocumentColumns, Any, str]:
    text, content = read_source_and_bytes(path)
    if key is None:
        key = document_key(path.stem, content)
    try:
        rows = parse_file(path, text).rows
    except BycnError:
        raise
    except Exception as err:  # a parser bug on one document: name the document, not a trace
        raise InputError(f"{path}: cannot be parsed: {type(err).__name__}: {err}") from None
    tables = {
        name: {c: [row.get(c) for row in rows[name]] for c in TABLE_SCHEMAS[name].names}
        for name in TABLES
    }
    return tables, derive(tables) if derive is not None else None, key
