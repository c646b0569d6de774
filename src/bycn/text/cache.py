"""The parsed-table cache: each document's tables, parsed once, kept as Parquet.

A document's rows are stored under a *key*: its id, the SHA-256 of its bytes,
the package version and a fingerprint of the parser's code, so a changed
document or a changed parser is parsed again and nothing else is. The store
is one Parquet file per table (with a ``_key`` column), written as a new
generation folder and switched to with one atomic rename of a pointer file:
a reader (a notebook while ``make -j`` builds another) never sees half a store.

>>> import tempfile
>>> cache = TableCache(Path(tempfile.mkdtemp()))
>>> cache.load() == {}
True
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import uuid
from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["TableCache", "code_fingerprint", "document_key"]

_POINTER = "current"
_KEEP = 2  # generations kept, so that a reader that has just read the pointer finds its folder


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


class TableCache:
    """A folder holding the stored tables of every document read through it."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _current(self) -> Path | None:
        try:
            name = (self.folder / _POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        folder = self.folder / name
        return folder if name and folder.is_dir() else None

    def load(self) -> dict[str, pd.DataFrame]:
        """Every stored table (with its ``_key`` column); ``{}`` when there is none.

        A store that cannot be read (damaged, or written by another pyarrow) is as
        good as none: the documents are parsed again.
        """
        current = self._current()
        if current is None:
            return {}
        try:
            return {
                path.stem: pd.read_parquet(path, engine="pyarrow")
                for path in sorted(current.glob("*.parquet"))
            }
        except Exception:  # a damaged store is rebuilt, never trusted
            return {}

    def save(self, tables: dict[str, pd.DataFrame]) -> None:
        """Write ``tables`` as the new store and switch to it atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"store-{uuid.uuid4().hex[:12]}"
        target = self.folder / name
        target.mkdir()
        for table, frame in tables.items():
            frame.reset_index(drop=True).to_parquet(
                target / f"{table}.parquet", engine="pyarrow", index=False
            )
        pointer = self.folder / f".{_POINTER}.{name}"
        pointer.write_text(name + "\n", encoding="utf-8")
        os.replace(pointer, self.folder / _POINTER)
        self._prune(keep=name)

    def _prune(self, keep: str) -> None:
        stores = sorted(
            (p for p in self.folder.glob("store-*") if p.is_dir() and p.name != keep),
            key=lambda p: p.stat().st_mtime,
        )
        for old in stores[: max(0, len(stores) - (_KEEP - 1))]:
            shutil.rmtree(old, ignore_errors=True)
