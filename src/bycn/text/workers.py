"""Parsing a corpus's documents, in worker processes when there are many.

Each document is parsed on its own (:func:`~bycn.text.document.parse_file`), so
the documents are cut into batches that the workers share. A worker returns
each document's tables as *columns* (column name to list of values), which
cost less to send back and to stack than one dict per row. A caller may pass a
``derive`` hook: it is called on each document's columns in the process that
parsed it, so work that depends on one document alone (the indicators stage's
series points) runs in parallel too, without this package knowing about it.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Es kamen 20 Gäste.\\n", encoding="utf-8")
>>> [(tables, derived)] = parse_documents([folder / "a.txt"], derive=lambda t: t["sentences"])
>>> tables["figures"]["text"], derived["text"]
(['20 Gäste'], ['Es kamen 20 Gäste.'])
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bycn.exceptions import BycnError, InputError
from bycn.text.document import TABLE_SCHEMAS, TABLES, parse_file
from bycn.text.source import read_source

__all__ = ["Derive", "DocumentColumns", "parse_documents"]

#: A document's tables: table name to column name to the column's values.
DocumentColumns = dict[str, dict[str, list[Any]]]
#: A hook called on each document's tables where it was parsed; what it returns comes back.
Derive = Callable[[Mapping[str, Mapping[str, list[Any]]]], Any]
_PARALLEL_BYTES = 256_000  # below this, starting worker processes costs more than it saves
# The hook of the worker processes, set once when each starts: sent with every batch it
# would be pickled (a catalog's compiled rules) once per batch instead of once per worker.
_derive: Derive | None = None


def parse_documents(
    files: list[Path], jobs: int | None = None, derive: Derive | None = None
) -> list[tuple[DocumentColumns, Any]]:
    """Each file's tables (as columns) and what ``derive`` made of them (None without a
    hook), in order; in worker processes when there is much to parse.

    jobs: worker processes (default: one per core); parsing is parallel only when there
        is enough to parse to pay for starting them.
    """
    if not files:
        return []
    jobs = jobs or os.cpu_count() or 1
    sizes = [f.stat().st_size for f in files]
    if jobs <= 1 or len(files) < 2 * jobs or sum(sizes) < _PARALLEL_BYTES:
        return [_parse_one(f, derive) for f in files]
    # Many small batches: the last one to finish keeps one core busy while the others
    # idle, so a batch should be short; each costs only a pickled set of columns.
    batches = _batches(files, sizes, 16 * jobs)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_start, initargs=(derive,)
    ) as pool:
        pending = pool.map(_parse_batch, batches)  # the workers start (fork) here
        with _collector_paused():
            results = list(pending)
    return [parsed for batch in results for parsed in batch]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the workers' results are unpickled: they are lists of
    strings and numbers, which hold no cycles, and a collection every few hundred lists
    would look again and again at everything the process holds."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def _batches(files: list[Path], sizes: list[int], count: int) -> list[list[Path]]:
    """``files`` (of ``sizes`` bytes) cut into about ``count`` consecutive runs of similar
    total size."""
    target = (sum(sizes) or 1) / count
    batches: list[list[Path]] = [[]]
    size = 0
    for file, file_size in zip(files, sizes, strict=True):
        if batches[-1] and size >= target:
            batches.append([])
            size = 0
        batches[-1].append(file)
        size += file_size
    return batches


def _parse_batch(files: list[Path]) -> list[tuple[DocumentColumns, Any]]:
    return [_parse_one(f, _derive) for f in files]


def _parse_one(path: Path, derive: Derive | None) -> tuple[DocumentColumns, Any]:
    try:
        rows = parse_file(path, read_source(path)).rows
    except BycnError:
        raise
    except Exception as err:  # a parser bug on one document: name the document, not a trace
        raise InputError(f"{path}: cannot be parsed: {type(err).__name__}: {err}") from None
    tables = {
        name: {c: [row.get(c) for row in rows[name]] for c in TABLE_SCHEMAS[name].names}
        for name in TABLES
    }
    return tables, derive(tables) if derive is not None else None
