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

__all__ = ["atomic_write_bytes", "write_table"]

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


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and an atomic rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates 0600; a report is as readable as any file the user writes.
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
