"""The development set (issue 8): recall, precision and qualifier accuracy of at least 97%."""

from __future__ import annotations

import pytest
from tests.devset import passages, score

THRESHOLD = 0.97


@pytest.fixture(scope="module")
def result():
    return score()


def test_the_development_set_is_large_enough():
    data = passages()
    assert len(data) >= 40
    assert sum(len(p["figures"]) for p in data) >= 300


def test_recall(result):
    assert result.recall >= THRESHOLD, "\n".join(result.missed)


def test_precision(result):
    assert result.precision >= THRESHOLD, "\n".join(result.extra)


def test_qualifier_accuracy(result):
    assert result.qualifier_accuracy >= THRESHOLD, "\n".join(result.wrong_qualifier)
