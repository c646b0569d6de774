"""`make reports` as a user runs it: builds every briefing, then only what changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

BRIEFINGS = ("trade", "education", "park_investment")


def make(*args: str) -> subprocess.CompletedProcess[str]:
    # As from a shell: under `make test` the outer make's variables would make this a sub-make.
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_reports_build_once_then_only_what_changed(tmp_path):
    # The corpus the parse step reads is a copy, so that a document can be added to it.
    corpus = tmp_path / "raw"
    shutil.copytree(ROOT / "data" / "raw", corpus)
    out = (f"REPORTS_DIR={tmp_path}", f"CORPUS_DIR={corpus}", f"PROCESSED={tmp_path}/p")
    first = make("reports", *out)
    assert first.returncode == 0, first.stderr
    for name in BRIEFINGS:
        assert (tmp_path / f"{name}.html").stat().st_size > 0
        assert (tmp_path / f"{name}.pdf").read_bytes().startswith(b"%PDF-")
        assert f"[{name}] wrote" in first.stderr  # progress names the report and the step
    # Nothing changed: make has nothing to do.
    assert make("-q", "reports", *out).returncode == 0
    # A newer notebook: only its own briefing is rebuilt.
    notebook = ROOT / "notebooks" / "education.ipynb"
    stat = notebook.stat()
    try:
        # Newer than the reports just built, however old the checkout's files are.
        os.utime(notebook, (stat.st_atime, time.time() + 3600))
        planned = make("-n", "reports", *out).stdout
    finally:
        os.utime(notebook, (stat.st_atime, stat.st_mtime))
    assert "report education" in planned
    assert "report trade" not in planned and "report park_investment" not in planned
    # A document that adds points to one briefing only rebuilds that one (the others
    # would come out the same, to the byte).
    (corpus / "park-neu.md").write_text(
        "---\ndate: 2023-05-02\n---\nDer Park zählt 107 Einwohner.\n", encoding="utf-8"
    )
    added = make("reports", *out)
    assert added.returncode == 0, added.stderr
    assert "[park_investment] wrote" in added.stderr
    assert "[trade]" not in added.stderr and "[education]" not in added.stderr
    # ... built from the corpus make was given (CORPUS_DIR), which holds the new document
    assert 'href="#doc-park-neu"' in (tmp_path / "park_investment.html").read_text()
