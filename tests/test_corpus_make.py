"""`make data` over a corpus folder: parses again when a document is added, changed or
removed, and only then."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow


def _make(tmp_path, corpus) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    done = subprocess.run(
        ["make", "--no-print-directory", "data", f"CORPUS_DIR={corpus}", f"PROCESSED={tmp_path}/p"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_make_data_follows_the_corpus_folder(tmp_path):
    corpus = tmp_path / "raw"
    corpus.mkdir()
    shutil.copy(FIXTURES / "corpus" / "brest-messe.txt", corpus)
    assert "wrote" in _make(tmp_path, corpus)
    assert _make(tmp_path, corpus) == ""  # nothing changed
    os.utime(corpus / "brest-messe.txt")
    assert _make(tmp_path, corpus) == ""  # touched, not changed
    shutil.copy(FIXTURES / "corpus" / "gomel-milch.md", corpus)
    assert "wrote" in _make(tmp_path, corpus)  # added
    documents = (tmp_path / "p" / "documents.csv").read_text(encoding="utf-8")
    assert "gomel-milch" in documents
    (corpus / "brest-messe.txt").write_text("2021-01-05\n\nDer Export stieg um 9 Prozent.\n")
    assert "wrote" in _make(tmp_path, corpus)  # changed
    (corpus / "gomel-milch.md").unlink()
    assert "wrote" in _make(tmp_path, corpus)  # removed
    assert "gomel-milch" not in (tmp_path / "p" / "documents.csv").read_text(encoding="utf-8")
