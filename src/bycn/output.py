"""Writing a table as CSV or JSON, byte-identical for identical input.

Written to a temporary file beside the target and renamed into place, so a
failed write never leaves half a file where the last good one was.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["atomic_write_bytes", "new_temporary_file", "write_table"]

_UMASK = os.umask(0)
os.umask(_UMASK)


def write_table(frame: pd.DataFrame, target: Path | None, fmt: str = "csv") -> None:
    """Write ``frame`` to ``target`` (standard output if None) as ``csv`` or ``json``."""
    if fmt == "csv":
        data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    elif fmt == "json":
        data = (frame.to_json(orient="records", force_ascii=False, indent=1) + "\n").encode()
    else:
        raise ValueError(f"unknown format {fmt!r}: expected csv or json")
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write_bytes(Path(target), data)


def new_temporary_file(directory: Path, prefix: str, suffix: str) -> Path:
    """An empty file of its own in ``directory``, to be renamed over a target later.

    Unlike a bare :func:`tempfile.mkstemp` (mode 0600), it has the mode any file
    the user writes has: a report is as readable as the rest of their files.
    """
    directory.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=directory, prefix=prefix, suffix=suffix)
    os.close(fd)
    os.chmod(name, 0o666 & ~_UMASK)
    return Path(name)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and an atomic rename."""
    tmp = new_temporary_file(target.parent, f".{target.name}.", ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
