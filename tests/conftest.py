"""Shared fixtures: the shipped corpus, parsed once per test session."""

from __future__ import annotations

from collections.abc import Callable
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


def news_series(
    text: str, date: str = "2023-09-01", doc: str = "news", title: str = ""
) -> pd.DataFrame:
    """The series of a news text of our own dated ``date`` (its front matter's date, with
    its ``title`` if one is given), from all of its tables, as the CLI builds it."""
    from bycn.indicators.series import load_series

    meta = {"date": date, "title": title} if title else {"date": date}
    return load_series(bycn.parse_text(text, doc=doc, meta=meta))


def points_of(
    fields: str,
    *,
    date: str | None = None,
    opening: str = "",
    only: str = "",
    digits: int | None = None,
    doc: str = "news",
) -> Callable[..., list[tuple]]:
    """The points helper of a test file: ``points(text, date)`` gives, sorted, the tuple of
    ``fields`` (columns of the series, space-separated) of each point of ``opening + text``
    dated ``date`` (this ``date`` where the call names none), of the indicators that start
    with ``only``, the value rounded to ``digits``. One helper, so that each file says only
    what it reads.

    >>> points = points_of("indicator value", date="2024-05-15")
    >>> points("Der Handel zwischen Belarus und China stieg 2023 auf 7,7 Mrd. Dollar.")
    [('trade.turnover', 7700000000.0)]
    """

    names = fields.split()

    def points(text: str, date: str | None = date, title: str = "") -> list[tuple]:
        if date is None:
            raise TypeError("points() needs the text's date: this file names no default")
        series = news_series(opening + text, date, doc=doc, title=title)
        if only:
            series = series[series["indicator"].str.startswith(only)]
        if digits is not None:
            series = series.assign(value=[round(v, digits) for v in series["value"]])
        return sorted(tuple(getattr(row, f) for f in names) for row in series.itertuples())

    return points


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
