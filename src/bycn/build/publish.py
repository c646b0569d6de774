"""Replacing a report's HTML and PDF as a pair: never a new HTML beside an old PDF.

:func:`publish` writes every file to a temporary file beside its target,
then records the pair in a journal (``.<stem>.bycn-<pid>-<random>.pair``,
JSON: target -> temporary file), then renames each temporary file over its
target and removes the journal. SIGTERM, SIGHUP and SIGINT are held back
during the renames. A build killed outright between two renames (SIGKILL,
a power cut) leaves its journal; :func:`repair`, run before the next build
in that folder, finishes the renames, so the pair is the new one. A build
killed before its journal exists leaves only temporary files, which
:func:`bycn.build.debris.sweep` removes: the pair is the old one.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> publish("r", {folder / "r.html": b"<p>new</p>", folder / "r.pdf": b"%PDF-new"})
>>> sorted(p.name for p in folder.iterdir())
['r.html', 'r.pdf']
"""

from __future__ import annotations

import json
import os
import signal
import stat
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path

from bycn.build.debris import is_stale
from bycn.exceptions import OutputError
from bycn.output import atomic_write_bytes, new_temporary_file

__all__ = ["JOURNAL_SUFFIX", "publish", "repair"]

JOURNAL_SUFFIX = ".pair"
_HELD = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def publish(stem: str, files: Mapping[Path, bytes]) -> None:
    """Replace every target in ``files`` with its bytes, all or (after a crash) none
    until :func:`repair`; all targets lie in one folder. OutputError if one cannot
    be written (the targets are then untouched)."""
    if not files:
        return
    folder = next(iter(files)).parent
    staged: dict[Path, Path] = {}
    try:
        for target, data in files.items():
            staged[target] = _stage(target, data)
        journal = _write_journal(folder, stem, staged)
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    with _signals_held():
        _commit(journal, staged)


def repair(folder: Path) -> list[Path]:
    """Finish the renames of every pair in ``folder`` whose build died between them.

    Returns the targets replaced. Journals of running builds are left alone.
    """
    replaced: list[Path] = []
    try:
        journals = [p for p in folder.iterdir() if p.name.endswith(JOURNAL_SUFFIX)]
    except OSError:
        return replaced
    for journal in journals:
        if not is_stale(journal):
            continue
        try:
            entries = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal.unlink(missing_ok=True)
            continue
        for target, tmp in entries.items():
            source = folder / tmp
            if source.exists():
                os.replace(source, folder / target)
                replaced.append(folder / target)
        journal.unlink(missing_ok=True)
    return replaced


def _stage(target: Path, data: bytes) -> Path:
    """``data`` in a temporary file beside ``target``, with the mode ``target`` has."""
    tmp = new_temporary_file(target.parent, f".{target.name}.", ".tmp")
    try:
        with open(tmp, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {target}: {err.strerror or err}") from None
    return tmp


def _write_journal(folder: Path, stem: str, staged: Mapping[Path, Path]) -> Path:
    journal = new_temporary_file(folder, f".{stem}.", JOURNAL_SUFFIX)
    entries = {target.name: tmp.name for target, tmp in staged.items()}
    try:
        # Written whole before it names anything: a torn journal cannot exist.
        atomic_write_bytes(journal, json.dumps(entries).encode("utf-8"))
    except BaseException:
        journal.unlink(missing_ok=True)
        raise
    return journal


def _commit(journal: Path, staged: Mapping[Path, Path]) -> None:
    try:
        for target, tmp in staged.items():
            os.replace(tmp, target)
    except OSError as err:
        raise OutputError(f"cannot write {target}: {err.strerror or err}") from None
    finally:
        # After a failed rename the journal goes too: what is left is the
        # pair as far as it got, and the error says which file failed.
        journal.unlink(missing_ok=True)
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGTERM, SIGHUP and SIGINT back; they arrive when the block ends."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
