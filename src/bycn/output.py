"""Writing output files: tables as CSV or JSON, reports, each without clobbering.

Every failure to write ends in one :class:`~bycn.exceptions.OutputError`
naming the path (the CLI prints it as one line, exit status 2). What a write
does depends on what the target is:

* a regular file, or nothing yet: written to a temporary file beside it and
  renamed into place, so a failed write never leaves half a file where the
  last good one was; an existing file keeps its mode (permission bits) and, where it may, its owner;
* a symbolic link: the file it points to is written, the link stays a link;
* a special file (``/dev/null``, a FIFO, a terminal): written in place, as
  the shell's ``>`` would;
* a directory, or a path whose folder does not exist: refused. Folders are
  created only where the user names a folder (``--out-dir``).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_bytes(folder / "a.csv", b"x\\n")
>>> (folder / "a.csv").read_bytes()
b'x\\n'
>>> write_bytes(folder / "missing" / "a.csv", b"x\\n")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
bycn.exceptions.OutputError: cannot write .../missing/a.csv: its folder .../missing does not exist
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from bycn.exceptions import OutputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "TEMPORARY_MARK",
    "atomic_write_bytes",
    "csv_pieces",
    "ensure_folder",
    "json_pieces",
    "new_temporary_file",
    "write_bytes",
    "write_stdout",
    "write_table",
]

_UMASK = os.umask(0)
os.umask(_UMASK)

#: Every temporary file bycn makes carries this and its process id in its name
#: (``.trade.html.bycn-1234-x1y2.tmp``), so a later run can tell whether the
#: process that made it is gone and the file is debris (:mod:`bycn.build.debris`).
TEMPORARY_MARK = "bycn"


#: What is written: bytes, or pieces of them written as they come (a table's CSV).
Data = bytes | Iterable[bytes]


def write_table(frame: pd.DataFrame, target: Path | None, fmt: str = "csv") -> None:
    """Write ``frame`` to ``target`` (standard output if None) as ``csv`` or ``json``.

    Either is written a run of rows at a time: a table of long repeated texts is
    gigabytes of output, never held whole.
    """
    data: Data
    if fmt == "csv":
        data = csv_pieces(frame)
    elif fmt == "json":
        data = json_pieces(frame)
    else:
        raise ValueError(f"unknown format {fmt!r}: expected csv or json")
    if target is None:
        write_stdout(data)
    else:
        write_bytes(Path(target), data)


def csv_pieces(frame: pd.DataFrame, piece_bytes: int = 1 << 20) -> Iterator[bytes]:
    """``frame`` as the UTF-8 bytes of ``frame.to_csv(index=False, lineterminator="\\n")``,
    written by pandas a run of rows at a time, each run about ``piece_bytes`` long.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["a, b", None, "c"] * 50, "value": [1.5, None, 2.0] * 50})
    >>> pieces = list(csv_pieces(frame, piece_bytes=200))
    >>> whole = frame.to_csv(index=False, lineterminator="\\n").encode()
    >>> len(pieces) > 2, b"".join(pieces) == whole
    (True, True)
    """
    for _, piece in _row_runs(frame, piece_bytes, _csv_run):
        yield piece


def _csv_run(run: pd.DataFrame, first: bool) -> bytes:
    return run.to_csv(index=False, header=first, lineterminator="\n").encode()


def json_pieces(frame: pd.DataFrame, piece_bytes: int = 1 << 20) -> Iterator[bytes]:
    """``frame`` as the UTF-8 bytes of its JSON records (pandas' ``to_json`` with one space
    of indent, and a newline after), written a run of rows at a time.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["a, b", None, "ü"] * 50, "value": [1.5, None, 2.0] * 50})
    >>> whole = (frame.to_json(orient="records", force_ascii=False, indent=1) + "\\n").encode()
    >>> pieces = list(json_pieces(frame, piece_bytes=200))
    >>> len(pieces) > 2, b"".join(pieces) == whole
    (True, True)
    >>> b"".join(json_pieces(frame.iloc[:0]))
    b'[\\n\\n]\\n'
    """
    if frame.empty:
        yield (_json_records(frame) + "\n").encode()
        return
    # Each run's records are "[" + records + "\n]"; the whole is the runs' records joined by ",".
    yield b"["
    for first, piece in _row_runs(frame, piece_bytes, _json_run):
        yield piece if first else b"," + piece
    yield b"\n]\n"


def _json_run(run: pd.DataFrame, first: bool) -> bytes:
    return _json_records(run)[1:-2].encode()


def _json_records(frame: pd.DataFrame) -> str:
    return frame.to_json(orient="records", force_ascii=False, indent=1)


def _row_runs(
    frame: pd.DataFrame, piece_bytes: int, render: Callable[[pd.DataFrame, bool], bytes]
) -> Iterator[tuple[bool, bytes]]:
    """``render`` of runs of ``frame``'s rows, each run about ``piece_bytes`` long, with
    whether it is the first."""
    rows, start = 64, 0  # the first run is short: how long a row is, is not known yet
    while True:
        run = frame.iloc[start : start + rows]
        piece = render(run, start == 0)
        yield start == 0, piece
        start += len(run)
        if start >= len(frame):
            return
        rows = max(1, piece_bytes * len(run) // max(len(piece), 1))


def write_stdout(data: Data) -> None:
    """Write ``data`` to standard output; a full disk or closed pipe is an OutputError.

    After a failure standard output is pointed at ``/dev/null``, so that
    Python's own flush at exit does not fail a second time with a traceback.
    """
    try:
        for piece in _pieces(data):
            sys.stdout.buffer.write(piece)
        sys.stdout.flush()
    except OSError as err:
        _silence_stdout()
        if isinstance(err, BrokenPipeError):
            closed = OutputError("standard output was closed (broken pipe)", quiet=True)
            closed.exit_code = 128 + 13  # as a shell reports a process killed by SIGPIPE
            raise closed from None
        raise OutputError(f"cannot write standard output: {_reason(err)}") from None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def write_bytes(target: Path, data: Data) -> None:
    """Write ``data`` to ``target`` as the module docstring says; OutputError on failure."""
    target = Path(target)
    # A link is written through: the file it names is replaced, the link stays.
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise OutputError(f"cannot write {target}: {_reason(err)}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write {target}: it is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(target, real, data)
        return
    if not real.parent.is_dir():
        raise OutputError(f"cannot write {target}: its folder {real.parent} does not exist")
    atomic_write_bytes(real, data, like=info, shown=target)


def _pieces(data: Data) -> Iterable[bytes]:
    return (data,) if isinstance(data, bytes) else data


def _write_in_place(target: Path, real: Path, data: Data) -> None:
    try:
        with open(real, "wb") as stream:
            for piece in _pieces(data):
                stream.write(piece)
    except OSError as err:
        raise OutputError(f"cannot write {target}: {_reason(err)}") from None


def ensure_folder(folder: Path, option: str = "--out-dir") -> Path:
    """Create ``folder`` (and its parents) if missing; OutputError if that cannot be.

    >>> ensure_folder(Path("/dev/null"), "--out-dir")
    Traceback (most recent call last):
    ...
    bycn.exceptions.OutputError: --out-dir /dev/null is not a folder
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{option} {folder} is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{option} {folder}: a part of that path is a file") from None
    except OSError as err:
        raise OutputError(f"{option} {folder}: cannot create it: {_reason(err)}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {folder}: not writable (permission denied)")
    return folder


def new_temporary_file(directory: Path, prefix: str, suffix: str) -> Path:
    """An empty file of its own in ``directory``, to be renamed over a target later.

    Its name holds :data:`TEMPORARY_MARK` and this process's id, so a later
    build can tell debris of a killed one from a file a running build still
    writes. Unlike a bare :func:`tempfile.mkstemp` (mode 0600), it has the mode
    any file the user writes has: a report is as readable as their other files.
    OutputError if ``directory`` cannot hold it.
    """
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return _temporary_file(directory, prefix, suffix)
    except OSError as err:
        raise OutputError(f"cannot write in {directory}: {_reason(err)}") from None


def _temporary_file(directory: Path, prefix: str, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(
        dir=directory, prefix=f"{prefix}{TEMPORARY_MARK}-{os.getpid()}-", suffix=suffix
    )
    os.close(fd)
    os.chmod(name, 0o666 & ~_UMASK)
    return Path(name)


def atomic_write_bytes(
    target: Path, data: Data, like: os.stat_result | None = None, shown: Path | None = None
) -> None:
    """Write ``data`` to ``target`` through a temporary file and an atomic rename.

    like: the file being replaced; the new one gets its mode and, where this
        process may give it, its owner and group (default: as any new file).
    shown: the path to name in an error (the link the user gave, say).
    """
    try:
        tmp = _temporary_file(target.parent, f".{target.name}.", ".tmp")
    except OSError as err:
        raise OutputError(f"cannot write {shown or target}: {_reason(err)}") from None
    try:
        with open(tmp, "wb") as stream:
            for piece in _pieces(data):
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        if like is not None:
            with suppress(OSError):
                os.chown(tmp, like.st_uid, like.st_gid)
            os.chmod(tmp, stat.S_IMODE(like.st_mode))
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {shown or target}: {_reason(err)}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _reason(err: OSError) -> str:
    """The system's words for an OSError (``No space left on device``)."""
    if err.strerror:
        return err.strerror
    return os.strerror(err.errno) if err.errno else str(err)
