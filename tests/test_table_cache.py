"""The parsed-table cache: stored in segments, each file read once, only what changed parsed."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from tests.conftest import FIXTURES

from bycn.exceptions import InputError
from bycn.indicators.stored import corpus_points
from bycn.text import cache as cache_module
from bycn.text import corpus as corpus_module
from bycn.text import workers as workers_module
from bycn.text.cache import KEY, TableCache, document_key, key_document
from bycn.text.corpus import read_corpus
from bycn.text.document import TABLES

CORPUS = FIXTURES / "corpus"
TEXT = "---\ndate: 2023-0{month}-02\n---\nDer Park zählt {n} Einwohner.\n"


@pytest.fixture
def reads(monkeypatch) -> Counter:
    """How often each document's file is read (for its key, or to parse it), by name."""
    counts: Counter = Counter()
    for module, name in (
        (corpus_module, "read_source_bytes"),
        (workers_module, "read_source_and_bytes"),
    ):
        original = getattr(module, name)

        def counting(path, _original=original):
            counts[Path(path).name] += 1
            return _original(path)

        monkeypatch.setattr(module, name, counting)
    return counts


def _segments(cache: Path) -> list[dict]:
    return json.loads((cache / "current").read_text(encoding="utf-8"))["segments"]


def _same_as_uncached(read, folder: Path) -> None:
    fresh = read_corpus(folder, cache=False)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(read, name), getattr(fresh, name))


def test_a_cold_read_reads_each_file_once_and_a_warm_one_once_for_its_key(tmp_path, reads):
    cache = tmp_path / "cache"
    cold = read_corpus(CORPUS, cache=cache, jobs=1)
    files = sorted(p.name for p in CORPUS.iterdir())
    assert sorted(reads) == files and set(reads.values()) == {1}
    assert cold.keys == {p.stem: document_key(p.stem, p.read_bytes()) for p in CORPUS.iterdir()}
    reads.clear()
    warm = read_corpus(CORPUS, cache=cache, jobs=1)
    assert sorted(reads) == files and set(reads.values()) == {1}  # keyed, none parsed
    assert warm.keys == cold.keys
    _same_as_uncached(warm, CORPUS)


def test_a_cold_series_reads_each_file_once(tmp_path, reads):
    points = corpus_points(CORPUS, cache=tmp_path / "cache", jobs=1)
    assert set(reads.values()) == {1} and len(reads) == len(list(CORPUS.iterdir()))
    reads.clear()
    again = corpus_points(CORPUS, cache=tmp_path / "cache", jobs=1)  # the stored points
    assert set(reads.values()) == {1}
    pd.testing.assert_frame_equal(points, again)


def test_an_added_document_is_stored_as_a_segment_of_its_own(tmp_path, counted):
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(CORPUS, folder)
    read_corpus(folder, cache=cache)
    (folder / "neu.md").write_text(TEXT.format(month=5, n=107), encoding="utf-8")
    counted.clear()
    grown = read_corpus(folder, cache=cache)
    assert counted == ["neu.md"]
    segments = _segments(cache)
    assert len(segments) == 2 and [k.split(":")[0] for k in segments[1]["keys"]] == ["neu"]
    added = TableCache(cache).load()
    assert set(added["documents"].column("doc").to_pylist()) == set(grown.documents["doc"])
    _same_as_uncached(grown, folder)


def test_a_changed_or_removed_document_is_not_read_from_its_old_rows(tmp_path, counted):
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    folder.mkdir()
    for i in range(3):
        (folder / f"d{i}.md").write_text(TEXT.format(month=i + 1, n=100 + i), encoding="utf-8")
    read_corpus(folder, cache=cache)
    (folder / "d1.md").write_text(TEXT.format(month=7, n=555), encoding="utf-8")
    (folder / "d2.md").unlink()
    counted.clear()
    changed = read_corpus(folder, cache=cache)
    assert counted == ["d1.md"]
    assert changed.figures["text"].tolist() == ["100 Einwohner", "555 Einwohner"]
    stored = TableCache(cache).load()
    # One version of each document: d1's old rows are left behind in the first segment.
    assert sorted(stored["figures"].column("text").to_pylist()) == [
        "100 Einwohner",
        "102 Einwohner",
        "555 Einwohner",
    ]
    _same_as_uncached(changed, folder)
    (folder / "d1.md").write_text(TEXT.format(month=2, n=101), encoding="utf-8")  # undone
    counted.clear()
    back = read_corpus(folder, cache=cache)
    assert counted == ["d1.md"]  # its first version's rows were replaced
    assert back.figures["text"].tolist() == ["100 Einwohner", "101 Einwohner"]  # once each
    _same_as_uncached(back, folder)
    assert sorted(TableCache(cache).load()["figures"].column("text").to_pylist()) == [
        "100 Einwohner",
        "101 Einwohner",
        "102 Einwohner",
    ]


def test_a_store_of_many_segments_is_written_again_as_one(tmp_path, monkeypatch, counted):
    monkeypatch.setattr(cache_module, "_SEGMENTS", 3)
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    folder.mkdir()
    for i in range(6):
        (folder / f"d{i}.md").write_text(TEXT.format(month=i + 1, n=10 + i), encoding="utf-8")
        if i == 3:
            (folder / "d0.md").write_text(TEXT.format(month=9, n=99), encoding="utf-8")
        if i == 5:  # d0 as it was first, and d5 added: two documents in one segment
            (folder / "d0.md").write_text(TEXT.format(month=1, n=10), encoding="utf-8")
        read_corpus(folder, cache=cache)
        assert len(_segments(cache)) == [1, 2, 3, 1, 2, 3][i]
    counted.clear()
    last = read_corpus(folder, cache=cache)
    assert counted == []
    assert last.figures["text"].tolist() == [f"{n} Einwohner" for n in (10, 11, 12, 13, 14, 15)]
    assert len(TableCache(cache).load()["figures"]) == 6  # one version of each
    _same_as_uncached(last, folder)
    # The store's folders are those its manifest names, and those of the one before it.
    assert len(list(cache.glob("store-*"))) <= 2 + 3


def test_a_document_that_cannot_be_read_stops_a_parallel_read_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr(workers_module, "_PARALLEL_BYTES", 0)
    folder = tmp_path / "raw"
    shutil.copytree(CORPUS, folder)
    (folder / "kaputt.txt").write_bytes(b"Export \xff\n")
    with pytest.raises(InputError, match=r"kaputt\.txt: not UTF-8"):
        read_corpus(folder, cache=tmp_path / "cache", jobs=2)
    assert not (tmp_path / "cache" / "current").exists()  # nothing stored


def test_the_keys_of_a_store_are_read_without_its_rows(tmp_path):
    store = TableCache(tmp_path)
    assert store.keys() == set()
    store.save({"t": pa.table({"x": [1, 2], KEY: ["a:1:f", "b:2:f"]})})
    store.save({"t": pa.table({"x": [3], KEY: ["a:3:f"]})}, append=True)
    assert store.keys() == {"a:3:f", "b:2:f"}
    assert store.load(keys=["b:2:f"])["t"].column("x").to_pylist() == [2]
    other = {"t": pa.schema([("x", pa.string()), (KEY, pa.string())])}
    assert store.keys(other) == set() and store.load(other) == {}  # another layout: none
    (tmp_path / "current").write_text("store-0123\n")  # an older bycn's pointer
    assert store.keys() == set() and store.load() == {}


def test_a_store_missing_a_segment_is_no_store_and_nothing_is_read_from_it(tmp_path, counted):
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    folder.mkdir()
    for i in range(2):
        (folder / f"d{i}.md").write_text(TEXT.format(month=i + 1, n=100 + i), encoding="utf-8")
        read_corpus(folder, cache=cache)
    first = _segments(cache)[0]["name"]
    (cache / first / "figures.parquet").unlink()  # removed by another build's pruning, say
    assert TableCache(cache).load() == {}
    counted.clear()
    again = read_corpus(folder, cache=cache)
    assert sorted(counted) == ["d0.md", "d1.md"]
    _same_as_uncached(again, folder)
    assert len(_segments(cache)) == 1  # stored anew, as one


def _append_documents(folder: str, writer: int, count: int) -> None:
    cache = TableCache(folder)
    for i in range(count):
        key = document_key(f"w{writer}-d{i}", f"{writer}/{i}".encode())
        cache.save({"t": pa.table({"x": [i] * 500, KEY: [key] * 500})}, append=True)


def test_writers_at_the_same_time_keep_each_others_documents(tmp_path):
    # Two builds at once (make in a terminal, a notebook in Jupyter) each add documents:
    # a save must not replace the store with one that lacks the other's new segment.
    import multiprocessing

    context = multiprocessing.get_context("fork")
    writers = [
        context.Process(target=_append_documents, args=(str(tmp_path), w, 8)) for w in range(3)
    ]
    for process in writers:
        process.start()
    for process in writers:
        process.join()
    assert [p.exitcode for p in writers] == [0] * 3
    stored = {key_document(k) for k in TableCache(tmp_path).keys(schemas=None)}
    assert stored == {f"w{w}-d{i}" for w in range(3) for i in range(8)}


@pytest.mark.parametrize("parallel", [False, True])
def test_a_read_tells_how_many_of_the_documents_to_parse_are_parsed(
    tmp_path, monkeypatch, parallel
):
    if parallel:
        monkeypatch.setattr(workers_module, "_PARALLEL_BYTES", 0)
    folder = tmp_path / "raw"
    shutil.copytree(CORPUS, folder)
    count = len(list(folder.iterdir()))
    told: list[tuple[int, int]] = []
    read_corpus(folder, cache=tmp_path / "cache", jobs=2, progress=lambda *a: told.append(a))
    done = [d for d, _ in told]
    assert told[0] == (0, count) and told[-1] == (count, count)
    assert done == sorted(done) and {t for _, t in told} == {count}
    told.clear()
    (folder / "neu.txt").write_text(TEXT.format(month=3, n=85), encoding="utf-8")
    read_corpus(folder, cache=tmp_path / "cache", jobs=2, progress=lambda *a: told.append(a))
    assert told == [(0, 1), (1, 1)]  # the cached documents are not counted as parsed
