"""The points of a corpus are built once per state of its documents and catalog, then read."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from tests.conftest import FIXTURES

from bycn.exceptions import InputError
from bycn.indicators import stored
from bycn.indicators.catalog import default_catalog_path

TEXT = "---\ndate: 2023-05-02\n---\nDer Industriepark Great Stone zählt {n} Einwohner.\n"


@pytest.fixture
def builds(monkeypatch):
    """How many times the series was built (not read from the store), and of which
    documents: each build reads the corpus's tables of the documents it builds."""
    calls = []
    real = stored.read_corpus

    def counting(*args, **kwargs):
        corpus = real(*args, **kwargs)
        calls.append(sorted(corpus.documents["doc"]))
        return corpus

    monkeypatch.setattr(stored, "read_corpus", counting)
    return calls


def residents(tmp_path, cache, catalog=None) -> list[float]:
    series = stored.corpus_series(tmp_path / "raw", catalog, cache=cache)
    return series.loc[series["indicator"] == "park.residents", "value"].tolist()


def test_built_once_then_read_and_built_again_when_a_document_changes(tmp_path, builds):
    (tmp_path / "raw").mkdir()
    document = tmp_path / "raw" / "park.txt"
    document.write_text(TEXT.format(n=107), encoding="utf-8")
    cache = tmp_path / "cache"
    assert residents(tmp_path, cache) == [107.0] and len(builds) == 1
    assert residents(tmp_path, cache) == [107.0] and len(builds) == 1  # read
    document.write_text(TEXT.format(n=112), encoding="utf-8")
    assert residents(tmp_path, cache) == [112.0] and len(builds) == 2


def test_a_changed_catalog_builds_again_and_no_cache_never_stores(tmp_path, builds):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "park.txt").write_text(TEXT.format(n=107), encoding="utf-8")
    cache = tmp_path / "cache"
    catalog = tmp_path / "catalog.yaml"
    shutil.copy(default_catalog_path(), catalog)
    residents(tmp_path, cache, catalog)
    catalog.write_text(catalog.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    residents(tmp_path, cache, catalog)
    assert len(builds) == 2
    residents(tmp_path, False)
    residents(tmp_path, False)
    assert len(builds) == 4 and len(list((cache / "points").glob("*.parquet"))) == 2


def test_a_damaged_store_is_built_again(tmp_path, builds):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "park.txt").write_text(TEXT.format(n=107), encoding="utf-8")
    cache = tmp_path / "cache"
    residents(tmp_path, cache)
    for stored_file in (cache / "points").glob("*.parquet"):
        stored_file.write_bytes(b"not parquet")
    assert residents(tmp_path, cache) == [107.0] and len(builds) == 2


def test_one_corpus_by_a_relative_or_an_absolute_path_is_built_once(tmp_path, builds, monkeypatch):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "park.txt").write_text(TEXT.format(n=107), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for path in ("raw", tmp_path / "raw"):
        stored.corpus_series(path, cache=tmp_path / "cache")
    assert len(builds) == 1


def test_points_carry_the_sentence_and_the_document_and_equal_a_fresh_build(tmp_path, builds):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "park.txt").write_text(
        "---\ntitle: Park wächst\npublisher: BelTA\ndate: 2023-05-02\n---\n"
        + TEXT.format(n=107).split("---\n")[-1],
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    built = stored.corpus_points(tmp_path / "raw", cache=cache)
    read = stored.corpus_points(tmp_path / "raw", cache=cache)
    fresh = stored.corpus_points(tmp_path / "raw", cache=False)
    assert len(builds) == 2  # the second came from the store
    row = read.iloc[0]
    assert row["sentence"].startswith("Der Industriepark") and row["doc_publisher"] == "BelTA"
    pd.testing.assert_frame_equal(built, read)
    pd.testing.assert_frame_equal(read, fresh)


def test_an_unreadable_document_is_refused_before_the_store_is_read(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "park.txt").write_text(TEXT.format(n=107), encoding="utf-8")
    stored.corpus_points(tmp_path / "raw", cache=tmp_path / "cache")
    (tmp_path / "raw" / "kaputt.txt").write_bytes(b"\xff\xfe\x00binary\x00")
    with pytest.raises(InputError, match=r"kaputt\.txt"):
        stored.corpus_points(tmp_path / "raw", cache=tmp_path / "cache")


def test_a_document_added_or_removed_builds_only_its_own_points(tmp_path, builds):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    raw.mkdir()
    for name, n in (("a", 107), ("b", 112)):
        (raw / f"{name}.txt").write_text(TEXT.format(n=n), encoding="utf-8")
    stored.corpus_points(raw, cache=cache)
    (raw / "c.txt").write_text(TEXT.format(n=120).replace("2023-05-02", "2021-01-10"), "utf-8")
    added = stored.corpus_points(raw, cache=cache)
    assert builds == [["a", "b"], ["c"]]
    pd.testing.assert_frame_equal(added, stored.corpus_points(raw, cache=False))
    assert added["value"].tolist() == [120.0, 107.0, 112.0]  # in the series' order: by date
    (raw / "a.txt").unlink()
    removed = stored.corpus_points(raw, cache=cache)
    assert len(builds) == 3  # the fresh build above; nothing is built for a removal
    pd.testing.assert_frame_equal(removed, stored.corpus_points(raw, cache=False))


def test_points_of_another_catalog_are_never_reused(tmp_path, builds):
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT.format(n=107), encoding="utf-8")
    catalog = tmp_path / "catalog.yaml"
    shutil.copy(default_catalog_path(), catalog)
    stored.corpus_points(raw, catalog, cache=cache)
    catalog.write_text(catalog.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    (raw / "b.txt").write_text(TEXT.format(n=112), encoding="utf-8")
    stored.corpus_points(raw, catalog, cache=cache)
    assert builds == [["a"], ["a", "b"]]


def test_points_of_documents_parsed_now_and_of_cached_tables_equal_a_build_from_tables(
    tmp_path, monkeypatch
):
    """Points are found where a document is parsed (a worker) or, for a document whose
    tables are cached, from its tables: both as the series built from the tables would."""
    from bycn.indicators.series import join_figures, load_series
    from bycn.text import workers
    from bycn.text.corpus import read_corpus

    monkeypatch.setattr(workers, "_PARALLEL_BYTES", 0)  # parse in workers, however little
    raw, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(FIXTURES / "corpus", raw)
    cached = sorted(p.stem for p in raw.iterdir())[:2]
    read_corpus(raw, cache=cache, documents=cached, jobs=1)  # two documents' tables, no points
    points = stored.corpus_points(raw, cache=cache, jobs=2)
    corpus = read_corpus(raw, cache=False)
    expected = join_figures(load_series(corpus), corpus.figures)
    expected = stored.with_documents(expected, corpus.documents)
    built = set(points["doc"])
    assert built & set(cached) and built - set(cached)  # points of both kinds
    pd.testing.assert_frame_equal(points, expected)


def test_stored_points_are_read_without_reading_the_catalog(tmp_path, builds, monkeypatch):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "park.txt").write_text(TEXT.format(n=107), encoding="utf-8")
    cache = tmp_path / "cache"
    assert residents(tmp_path, cache) == [107.0]

    def refuse(path=None):
        raise AssertionError("the catalog was read")

    monkeypatch.setattr(stored, "load_catalog", refuse)
    assert residents(tmp_path, cache) == [107.0] and len(builds) == 1
    (tmp_path / "raw" / "park.txt").write_text(TEXT.format(n=112), encoding="utf-8")
    with pytest.raises(AssertionError, match="catalog was read"):
        residents(tmp_path, cache)  # a changed corpus is built, with its catalog
