"""The annotated sample (the corpus's first article): every figure, nothing extra."""

from __future__ import annotations

import csv

import pytest
from tests.conftest import FIXTURES

SAMPLE_LAST_LINE = 727


def _sample() -> list[dict[str, str]]:
    with open(FIXTURES / "figures-sample.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _match(corpus):
    """Pair each annotated figure with a parsed one (line ±1, value, unit)."""
    parsed = corpus.figures[corpus.figures.line <= SAMPLE_LAST_LINE].to_dict("records")
    used: set[int] = set()
    pairs, missed = [], []
    for gold in _sample():
        hits = [
            i
            for i, row in enumerate(parsed)
            if i not in used
            and abs(row["line"] - int(gold["line"])) <= 1
            and row["value"] == pytest.approx(float(gold["value"]))
            and row["unit"] == gold["unit"]
        ]
        if hits:
            used.add(hits[0])
            pairs.append((gold, parsed[hits[0]]))
        else:
            missed.append(gold)
    extra = [row for i, row in enumerate(parsed) if i not in used]
    return pairs, missed, extra


def test_every_annotated_figure_is_found_and_nothing_extra(corpus):
    pairs, missed, extra = _match(corpus)
    assert [(g["line"], g["text"]) for g in missed] == []
    assert [(r["line"], r["text"]) for r in extra] == []
    assert len(pairs) == len(_sample())


def test_qualifier_kind_item_and_text_match_the_annotation(corpus):
    pairs, _, _ = _match(corpus)
    wrong = [
        (g["line"], g["text"], r["text"], r["qualifier"], r["kind"], r["item"])
        for g, r in pairs
        if (r["qualifier"], r["kind"], r["item"], r["text"])
        != (g["qualifier"], g["kind"], g["item"], g["text"])
    ]
    assert wrong == []


def test_figures_carry_their_footnote_source_and_date(corpus):
    figures = corpus.figures.set_index("line")
    minsk = figures.loc[366]
    assert minsk["footnote"] == 16
    assert minsk["source_url"].startswith("https://www.belta.by/regions/view/kuharev-i-posol")
    assert minsk["source_url"].endswith("453612-2021/")
    assert minsk["as_of"] == "2021-01/2021-05"
    assert minsk["topic"] == "trade"
    assert figures.loc[31, "as_of"] == "2025"
    assert figures.loc[47].iloc[0]["as_of"] == "2020-12"
