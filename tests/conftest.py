"""Shared fixtures: the shipped corpus, parsed once per test session."""

from __future__ import annotations

from pathlib import Path

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
