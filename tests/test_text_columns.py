"""Text columns cost each distinct text once: in a batch's Arrow table, the pickle to
the parent, the Parquet cache and the DataFrames read back."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tests.conftest import FIXTURES

from bycn.schema import ARTICLES, TEXT, arrow_frame, arrow_schema, arrow_table
from bycn.text.cache import KEY, TableCache
from bycn.text.corpus import read_corpus
from bycn.text.document import TABLE_SCHEMAS, TABLES
from bycn.text.workers import parse_documents

CORPUS = FIXTURES / "corpus"


def _one_sentence(folder: Path, figures: int) -> tuple[Path, str]:
    """A text of one long sentence holding ``figures`` figures, and that sentence."""
    sentence = "Der Handel stieg " + ", ".join(
        f"im Bereich {i} um {i},5 Prozent" for i in range(1, figures + 1)
    )
    path = folder / f"lang-{figures}.txt"
    path.write_text(sentence + ".\n", encoding="utf-8")
    return path, sentence + "."


@pytest.mark.parametrize("figures", [40, 400])
def test_a_batchs_table_holds_a_repeated_sentence_once(tmp_path, figures):
    path, sentence = _one_sentence(tmp_path, figures)
    table = parse_documents([(path, "lang:1")]).tables["figures"]
    assert table.num_rows == figures and set(table["sentence"].to_pylist()) == {sentence}
    once = len(sentence.encode())
    # Stored once per row, the column would take figures * once bytes (400: 8 MB).
    assert table["sentence"].nbytes < once + 16 * figures
    assert table["doc"].nbytes + table[KEY].nbytes < 64 + 16 * figures
    # Sent to the parent as it is held: the pickle carries the sentence once too.
    assert len(pickle.dumps(table)) < 8000 + 2 * once + 200 * figures


def test_text_columns_are_arrow_dictionaries_and_come_back_as_python_strings():
    cols = {
        "doc": ["d", "d", "d"],
        "article": [1, 2, 3],
        "title": ["T", "U", "T"],
        "first_line": [1, 5, 9],
        "last_line": [4, 8, 12],
        "date": ["2022", "", "2022"],
    }
    table = arrow_table(cols, ARTICLES)
    assert table.schema.field("title").type == TEXT
    assert table["title"].chunk(0).dictionary.to_pylist() == ["T", "U"]
    frame = arrow_frame(table, ARTICLES)
    assert frame["title"].tolist() == ["T", "U", "T"] and frame["title"].dtype == object
    assert frame.at[0, "title"] is frame.at[2, "title"]
    # Rows taken from a larger table make strings of only the texts they use.
    taken = arrow_frame(table.slice(1, 1), ARTICLES)
    assert taken["title"].tolist() == ["U"] and taken["date"].tolist() == [""]


def test_chunks_with_different_dictionaries_stack_and_read_as_one_column():
    def part(titles):
        n = len(titles)
        return arrow_table(
            {
                "doc": ["d"] * n,
                "article": list(range(n)),
                "title": titles,
                "first_line": [1] * n,
                "last_line": [2] * n,
                "date": [""] * n,
            },
            ARTICLES,
        )

    stacked = pa.concat_tables([part(["A", "B"]), part(["B", "C", "B"])])
    frame = arrow_frame(stacked.take([4, 0, 2, 1]), ARTICLES)
    assert frame["title"].tolist() == ["B", "A", "B", "B"]
    assert frame.at[0, "title"] is frame.at[2, "title"] is frame.at[3, "title"]


def test_the_cache_round_trip_keeps_every_tables_values_and_types(tmp_path):
    parsed = read_corpus(CORPUS, cache=False)
    read_corpus(CORPUS, cache=tmp_path)  # parsed and stored
    cached = read_corpus(CORPUS, cache=tmp_path)  # read from the store
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(parsed, name), getattr(cached, name))
    stored = TableCache(tmp_path).load()
    for name in TABLES:
        texts = [c.name for c in TABLE_SCHEMAS[name].columns if c.dtype == "str"]
        assert all(stored[name].schema.field(c).type == TEXT for c in [*texts, KEY])
    figures = cached.figures
    repeated = figures["sentence"].value_counts().index[0]
    assert figures.loc[figures["sentence"] == repeated, "sentence"].map(id).nunique() == 1


def test_a_store_of_plain_strings_written_by_an_older_bycn_is_no_store(tmp_path, counted):
    folder, cache = tmp_path / "raw", tmp_path / "cache"
    shutil.copytree(CORPUS, folder)
    read_corpus(folder, cache=cache)
    store = TableCache(cache)
    current = store.load()
    plain = {}
    for name, data in current.items():
        schema = arrow_schema(TABLE_SCHEMAS[name], (KEY,))
        fields = [pa.field(f.name, pa.string() if f.type == TEXT else f.type) for f in schema]
        plain[name] = data.cast(pa.schema(fields))
    store.save(plain)  # as the old code stored it: texts as plain strings, today's keys
    stored = {n: arrow_schema(TABLE_SCHEMAS[n], (KEY,)) for n in TABLES}
    assert store.load() != {} and store.load(stored) == {}
    counted.clear()
    again = read_corpus(folder, cache=cache)
    assert len(counted) == len(again.documents) == 7  # every document parsed again
    pd.testing.assert_frame_equal(again.figures, read_corpus(folder, cache=False).figures)
    assert store.load(stored) != {}  # and stored anew in today's layout


# --- the CSV of a table ---------------------------------------------------------------

_CHARACTERS = ["a", "ü", ",", '"', "\n", "\r", " ", ";", "'", "\t", "€", "ß"]


def test_the_csv_in_pieces_is_the_bytes_pandas_writes_whole():
    import random

    import numpy as np

    from bycn.output import csv_pieces

    draw = random.Random(7)
    for _ in range(40):
        n = draw.randint(1, 200)
        texts = ["".join(draw.choices(_CHARACTERS, k=draw.randint(0, 4))) for _ in range(n)]
        frame = pd.DataFrame(
            {
                "text": pd.Series(
                    [t if draw.random() > 0.2 else None for t in texts], dtype=object
                ),
                "value": [draw.choice([1.5, np.nan, 1e20, -0.0, 730600000.0, 1e-7]) for _ in texts],
                "year": pd.Series([draw.choice([2021, None]) for _ in texts], dtype="Int64"),
                "flag": [draw.random() < 0.5 for _ in texts],
            }
        )
        for columns in (["text", "value"], ["value", "text"], ["year", "value"], list(frame)):
            part = frame[columns]
            expected = part.to_csv(index=False, lineterminator="\n").encode()
            assert b"".join(csv_pieces(part, piece_bytes=50)) == expected, part


def test_the_csv_of_a_long_repeated_sentence_comes_in_pieces(tmp_path):
    from bycn.output import csv_pieces

    path, sentence = _one_sentence(tmp_path, 400)
    figures = read_corpus(path, cache=False).figures
    pieces = list(csv_pieces(figures))
    assert b"".join(pieces) == figures.to_csv(index=False, lineterminator="\n").encode()
    assert len(pieces) > 2 and max(map(len, pieces)) < (1 << 20) + 2 * len(sentence)


def test_stored_points_read_back_equal_and_hold_each_sentence_once(tmp_path):
    from bycn.indicators.stored import corpus_points

    built = corpus_points(CORPUS, cache=tmp_path).reset_index(drop=True)
    read = corpus_points(CORPUS, cache=tmp_path)  # from the store
    pd.testing.assert_frame_equal(built, read)
    counts = read["sentence"].value_counts()
    shared = read.loc[read["sentence"] == counts.index[0], "sentence"]
    assert counts.iloc[0] > 1 and shared.map(id).nunique() == 1
    stored = pq.read_schema(next((tmp_path / "points").glob("*.parquet")))
    assert stored.field("sentence").type == TEXT
