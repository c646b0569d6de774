"""A long parse shows its progress on a terminal, and nothing anywhere else."""

from __future__ import annotations

import io
import shutil
import sys

import pytest
from tests.conftest import FIXTURES

from bycn.build import progress as progress_module
from bycn.build.progress import ParseCounter
from bycn.cli import main


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_count_then_one_line_with_the_time(monkeypatch):
    clock = iter([0.0, 0.5, 1.0, 2.5])
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: next(clock))
    screen = Terminal()
    with ParseCounter(screen) as tell:
        for done in (0, 300, 700, 1000):
            tell(done, 1000)
    shown = screen.getvalue()
    assert "bycn: parsing documents: 300 of 1,000" in shown
    assert "bycn: parsing documents: 700 of 1,000" in shown
    assert shown.endswith("\rbycn: parsed 1,000 documents in 2.5 s\n")


def test_a_quick_parse_leaves_nothing_on_the_terminal(monkeypatch):
    clock = iter([0.0, 0.2, 0.4])
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: next(clock))
    screen = Terminal()
    with ParseCounter(screen) as tell:
        for done in (0, 1, 2):
            tell(done, 2)
    # The count shown after 0.2 s is blanked out again, and the cursor is back at the start.
    assert screen.getvalue().endswith("\r" + " " * len("bycn: parsing documents: 1 of 2") + "\r")


def test_a_parse_stopped_midway_ends_the_counts_line_for_the_error():
    screen = Terminal()
    with pytest.raises(ValueError), ParseCounter(screen, every=0) as tell:
        tell(0, 10)
        tell(4, 10)
        raise ValueError("a document that cannot be read")
    assert screen.getvalue().endswith("bycn: parsing documents: 4 of 10\n")


def test_a_pipe_or_a_log_gets_no_progress():
    piped = io.StringIO()
    with ParseCounter(piped, at_least=0, every=0) as tell:
        for done in (0, 5, 10):
            tell(done, 10)
    assert piped.getvalue() == ""


def test_the_cli_counts_the_documents_it_parses_on_a_terminal(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "raw"
    shutil.copytree(FIXTURES / "corpus", folder)
    count = len(list(folder.iterdir()))
    original = ParseCounter.__init__

    def at_once(self, stream=None, at_least=1.0, every=0.1):
        original(self, stream, at_least=0, every=every)

    monkeypatch.setattr(ParseCounter, "__init__", at_once)
    monkeypatch.setattr("sys.stderr", Terminal())
    cache = str(tmp_path / "cache")
    assert main(["series", str(folder), "--cache", cache, "-o", str(tmp_path / "s.csv")]) == 0
    assert f"\rbycn: parsed {count} documents in " in sys.stderr.getvalue()
    monkeypatch.setattr("sys.stderr", Terminal())
    assert main(["corpus", str(folder), "--cache", cache, "-o", str(tmp_path / "c.csv")]) == 0
    assert "parsed" not in sys.stderr.getvalue()  # all from the cache
