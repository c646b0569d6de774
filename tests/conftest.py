"""Shared fixtures: the shipped corpus, parsed once per test session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import bycn

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "raw" / "belarus-china-2021-2023.de.txt"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus() -> bycn.Document:
    return bycn.read_document(CORPUS)


def news_series(text: str, date: str = "2023-09-01") -> pd.DataFrame:
    """The series of a news text of our own dated ``date`` (its front matter's date), from
    all of its tables, as the CLI builds it."""
    from bycn.indicators.series import load_series

    return load_series(bycn.parse_text(text, doc="news", meta={"date": date}))


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The names of the documents parsed while the test runs, in order."""
    from bycn.text import workers

    parsed: list[str] = []
    original = workers.parse_file

    def parse(path, content):
        parsed.append(Path(path).name)
        return original(path, content)

    monkeypatch.setattr(workers, "parse_file", parse)
    return parsed
