"""Report file names (issue 10, item 5): a variant's name identifies its corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bycn.build.naming import corpus_part, variant_stem
from bycn.report.briefings import check_parameters


def _stem(corpus: Path) -> str:
    return variant_stem("trade", check_parameters("trade", {"corpus": str(corpus)}))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("a/text.txt", "b/text.txt"),
        ("Текст.txt", "文本.txt"),
        ("Текст.txt", "текст.txt"),
        ("a b.txt", "a-b.txt"),
        ("a_b.txt", "a-b.txt"),
        ("notes.txt", "notes.md"),
    ],
)
def test_two_corpora_never_share_a_report(tmp_path, first, second):
    paths = [tmp_path / first, tmp_path / second]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Der Park hat 85 Einwohner.\n", encoding="utf-8")
    stems = {_stem(path) for path in paths}
    assert len(stems) == 2, stems


def test_the_name_is_readable_plus_a_short_hash(tmp_path):
    path = tmp_path / "Minsk Notes.txt"
    path.write_text("x", encoding="utf-8")
    assert re.fullmatch(r"trade--corpus-minsk-notes-[0-9a-f]{8}", _stem(path))
    cyrillic = tmp_path / "Текст.txt"
    cyrillic.write_text("x", encoding="utf-8")
    assert re.fullmatch(r"trade--corpus-текст-[0-9a-f]{8}", _stem(cyrillic))


def test_one_corpus_named_two_ways_builds_one_report(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_text("x", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    monkeypatch.chdir(tmp_path)
    assert _stem(path) == f"trade--{corpus_part('notes.txt')}" == _stem(Path("notes.txt"))
    assert corpus_part(str(link)) == corpus_part(str(path))


def test_a_folder_corpus_is_named_by_its_folder(tmp_path):
    (tmp_path / "a" / "raw").mkdir(parents=True)
    (tmp_path / "b" / "raw").mkdir(parents=True)
    first, second = (
        corpus_part(str(tmp_path / "a" / "raw")),
        corpus_part(str(tmp_path / "b" / "raw")),
    )
    assert first.startswith("corpus-raw-") and first != second


def test_the_default_corpus_adds_nothing(corpus_path, monkeypatch):
    monkeypatch.chdir(corpus_path.parents[2])
    assert _stem(corpus_path.parent) == "trade"  # the default corpus: the data/raw folder
    assert variant_stem("trade", check_parameters("trade", {})) == "trade"


@pytest.mark.parametrize(
    ("briefing", "values", "stem"),
    [
        ("trade", {}, "trade"),
        ("trade", {"language": "de", "start": 2022}, "trade--start-2022--language-de"),
        ("trade", {"region": "Gomel region"}, "trade--region-gomel-region"),
        ("park_investment", {"include_targets": False}, "park_investment--include_targets-false"),
        ("education", {"end": 2023}, "education--end-2023"),
    ],
)
def test_other_parameters_keep_their_readable_names(
    briefing, values, stem, corpus_path, monkeypatch
):
    monkeypatch.chdir(corpus_path.parents[2])
    if "region" in values:  # not checked: the catalog's spelling is not this test's subject
        assert variant_stem(briefing, values) == stem
        return
    assert variant_stem(briefing, check_parameters(briefing, values)) == stem
