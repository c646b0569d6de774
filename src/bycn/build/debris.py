"""No debris from interrupted builds: cleanup on SIGTERM and SIGHUP, stale files swept.

A build makes temporary files beside its outputs (the executed notebook
being written, the HTML and PDF before their rename, the pair's journal) and
a private kernel folder in Jupyter's runtime folder. Each name holds
``bycn-<pid>-``, the process that made it (:func:`bycn.output.new_temporary_file`).

* :func:`interruptible` turns SIGTERM and SIGHUP (and Ctrl-C) into an exception, so the
  build's ``finally`` blocks run as they do for Ctrl-C: the temporary
  notebook is removed, the kernel stopped, its folder removed.
* :func:`sweep` runs before every build and removes what an earlier build
  could not (SIGKILL, a power cut): files and kernel folders whose process
  is gone, or that are older than :data:`STALE_AFTER` seconds whatever
  their process (its id may have been reused). A file of a running build is
  never touched.

>>> stale_owner(".trade.html.bycn-4194304-ab12cd34.tmp")
4194304
>>> stale_owner("trade.html") is None
True
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bycn.output import TEMPORARY_MARK

__all__ = [
    "STALE_AFTER",
    "Terminated",
    "interruptible",
    "is_stale",
    "runtime_folder",
    "stale_owner",
    "stopping",
    "sweep",
]

#: A temporary file this old is debris even if a process with its id runs (a day).
STALE_AFTER = 24 * 3600

_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)
# The suffixes bycn's temporary names end in; mkstemp adds 8 of [a-z0-9_].
_TEMPORARY = re.compile(
    rf"(?:^|\.){TEMPORARY_MARK}-(?P<pid>\d+)-[a-z0-9_]{{8}}(?:\.(?:tmp|ipynb|pair))?$"
)


class Terminated(KeyboardInterrupt):
    """The build was stopped by a signal (SIGTERM, SIGHUP); cleanup runs as for Ctrl-C."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)


_STOPPING = threading.Event()


def stopping() -> bool:
    """Whether a signal is stopping this process (what breaks now is no news)."""
    return _STOPPING.is_set()


@contextmanager
def interruptible() -> Iterator[None]:
    """While inside, SIGTERM, SIGHUP and SIGINT raise :class:`Terminated` (main thread only).

    Terminated is a KeyboardInterrupt, so Ctrl-C behaves as before; all three
    also mark the process as :func:`stopping`.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _STOPPING.clear()

    def stop(signum: int, frame: object) -> None:
        _STOPPING.set()
        raise Terminated(signum)

    previous = {signum: signal.signal(signum, stop) for signum in _SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def runtime_folder() -> Path:
    """Jupyter's runtime folder, where each build's kernel folder goes."""
    from jupyter_core.paths import jupyter_runtime_dir

    return Path(jupyter_runtime_dir())


def stale_owner(name: str) -> int | None:
    """The process id in a bycn temporary file's name, or None for any other name."""
    match = _TEMPORARY.search(name)
    return int(match["pid"]) if match else None


def is_stale(path: Path, now: float | None = None) -> bool:
    """Whether ``path`` is a bycn temporary file or folder whose build is over."""
    pid = stale_owner(path.name)
    if pid is None or pid == os.getpid():
        return False
    try:
        age = (now or time.time()) - path.lstat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER or not _running(pid)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return True
    return True


def sweep(folders: Iterable[Path], kernel_folder: Path | None = None) -> list[Path]:
    """Remove stale temporary files in ``folders`` and stale kernel folders; return them.

    Journals of a pair cut off between its renames must be repaired before
    (:func:`bycn.build.publish.repair`): this would remove their files.
    """
    removed: list[Path] = []
    for folder in folders:
        removed += _sweep_files(folder)
    if kernel_folder is not None and kernel_folder.is_dir():
        for path in kernel_folder.iterdir():
            if path.name.startswith(f"{TEMPORARY_MARK}-") and path.is_dir() and is_stale(path):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed


def _sweep_files(folder: Path) -> list[Path]:
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        if path.name.startswith(".") and not path.is_dir() and is_stale(path):
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed
