"""HTML and PDF replaced as a pair (issue 10, item 7), tested by killing the writer
between the two renames, as SIGKILL or a power cut would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bycn.build.debris import sweep
from bycn.build.publish import JOURNAL_SUFFIX, publish, repair

# A writer that publishes a new pair and dies (SIGKILL: no cleanup of any kind)
# at the given rename (1 = before the first, 2 = between the two), or with
# 0 just before the journal is written (both files staged, nothing recorded).
_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from bycn.build import publish as module

    folder, die_at = Path(sys.argv[1]), int(sys.argv[2])
    renames = []
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).suffix in (".html", ".pdf"):
            renames.append(dst)
            if len(renames) == die_at:
                os.kill(os.getpid(), signal.SIGKILL)
        real_replace(src, dst)

    module.os.replace = replace
    if die_at == 0:
        module.atomic_write_bytes = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
    module.publish("r", {folder / "r.html": b"new html", folder / "r.pdf": b"new pdf"})
    """
)


def _old_pair(folder: Path) -> None:
    (folder / "r.html").write_bytes(b"old html")
    (folder / "r.pdf").write_bytes(b"old pdf")


def _kill_writer(folder: Path, die_at: int) -> None:
    run = subprocess.run([sys.executable, "-c", _WRITER, str(folder), str(die_at)], timeout=60)
    assert run.returncode == -signal.SIGKILL


def _pair(folder: Path) -> tuple[bytes, bytes]:
    return (folder / "r.html").read_bytes(), (folder / "r.pdf").read_bytes()


def test_killed_between_the_renames_the_next_run_completes_the_new_pair(tmp_path):
    _old_pair(tmp_path)
    _kill_writer(tmp_path, die_at=2)
    # What the interruption left: a new HTML beside the old PDF, and the journal.
    assert _pair(tmp_path) == (b"new html", b"old pdf")
    assert [p for p in tmp_path.iterdir() if p.name.endswith(JOURNAL_SUFFIX)]

    assert repair(tmp_path) == [tmp_path / "r.pdf"]
    sweep([tmp_path])
    assert _pair(tmp_path) == (b"new html", b"new pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.pdf"]


def test_killed_after_the_journal_before_any_rename_the_next_run_completes_it(tmp_path):
    _old_pair(tmp_path)
    _kill_writer(tmp_path, die_at=1)
    assert _pair(tmp_path) == (b"old html", b"old pdf")
    repair(tmp_path)
    sweep([tmp_path])
    assert _pair(tmp_path) == (b"new html", b"new pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.pdf"]


def test_killed_before_the_journal_the_old_pair_stays_and_the_debris_goes(tmp_path):
    _old_pair(tmp_path)
    _kill_writer(tmp_path, die_at=0)
    assert len(list(tmp_path.iterdir())) > 2  # the staged files are debris now
    assert repair(tmp_path) == []
    sweep([tmp_path])
    assert _pair(tmp_path) == (b"old html", b"old pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.pdf"]


def test_a_running_builds_journal_is_left_alone(tmp_path):
    # This process is alive: its journal and files are not debris.
    journal = tmp_path / f".r.bycn-{os.getpid()}-abcdefgh{JOURNAL_SUFFIX}"
    journal.write_text('{"r.pdf": ".r.pdf.tmp"}')
    assert repair(tmp_path) == []
    assert journal.exists()


def test_a_failed_write_leaves_the_old_pair(tmp_path, monkeypatch):
    _old_pair(tmp_path)
    from bycn.build import publish as module
    from bycn.exceptions import OutputError

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module.os, "fsync", full)
    with pytest.raises(OutputError, match="No space left on device"):
        publish("r", {tmp_path / "r.html": b"new html", tmp_path / "r.pdf": b"new pdf"})
    assert _pair(tmp_path) == (b"old html", b"old pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.pdf"]
