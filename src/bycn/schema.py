"""The tables bycn produces, each declared once, and one way to validate them.

A schema is an ordered tuple of :class:`Column`; :func:`validate` checks a
DataFrame against it and reports every failure at once (missing or extra
columns, wrong types, values outside an allowed set, empty required cells)
in a single :class:`~bycn.exceptions.SchemaError`.

>>> import pandas as pd
>>> from bycn.schema import FOOTNOTES, empty, validate
>>> validate(empty(FOOTNOTES), FOOTNOTES).columns.tolist()[:3]
['doc', 'number', 'title']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from bycn.exceptions import Problem, SchemaError
from bycn.vocabulary import (
    DATE_SOURCES,
    DATED_BY,
    DOCUMENT_KINDS,
    KINDS,
    QUALIFIERS,
    STATUSES,
    TOPICS,
)

__all__ = [
    "ARTICLES",
    "DOCUMENTS",
    "FIGURES",
    "FOOTNOTES",
    "SENTENCES",
    "SERIES",
    "TEXT",
    "Column",
    "Schema",
    "arrow_frame",
    "arrow_schema",
    "arrow_table",
    "columns_table",
    "conform",
    "empty",
    "table",
    "validate",
]


@dataclass(frozen=True)
class Column:
    """One column of a table.

    name: the column's name, as written to CSV and JSON.
    dtype: ``"str"``, ``"int"`` or ``"float"``; ``"Int64"`` is an int that may be missing.
    required: a ``str`` column whose cells may not be empty.
    allowed: the only values the column may hold, if given.
    doc: what the column means (shown by ``bycn --help`` and the README).
    """

    name: str
    dtype: str
    doc: str
    required: bool = False
    allowed: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Schema:
    """A named, ordered set of columns."""

    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


DOCUMENTS = Schema(
    "documents",
    (
        Column("doc", "str", "document id: the file's stem", required=True),
        Column(
            "kind", "str", "text (.txt, .md) or html (a saved web page)", allowed=DOCUMENT_KINDS
        ),
        Column("title", "str", "from front matter or the page, else the headline"),
        Column("publisher", "str", "from front matter or the page, else the dateline's agency"),
        Column(
            "date",
            "str",
            "the document's date (YYYY, YYYY-MM or YYYY-MM-DD); empty for a footnoted text, "
            "whose articles have their own",
        ),
        Column(
            "date_source",
            "str",
            "where the date comes from: front matter, html, dateline, footnotes",
            allowed=(*DATE_SOURCES, ""),
        ),
        Column("url", "str", "the document's own URL (front matter, or the page's canonical)"),
        Column("language", "str", "language code of the text (default de)"),
        Column("figures", "int", "number of figures found in it"),
        Column("path", "str", "the file it was read from"),
    ),
)

ARTICLES = Schema(
    "articles",
    (
        Column("doc", "str", "document id: the source file's stem", required=True),
        Column("article", "int", "article number in the document, from 1"),
        Column("title", "str", "the article's title (empty for a text without one)"),
        Column("first_line", "int", "1-based line of the title"),
        Column("last_line", "int", "last line of the article"),
        Column("date", "str", "the article's date (YYYY or YYYY-MM) from its footnotes and text"),
    ),
)

FOOTNOTES = Schema(
    "footnotes",
    (
        Column("doc", "str", "document id", required=True),
        Column("number", "int", "the footnote's number as printed"),
        Column("title", "str", "the source's title, as written before [Elektronische ...]"),
        Column("year", "Int64", "the source's year of publication"),
        Column("url", "str", "the source's URL, wrapped lines joined"),
        Column("article", "int", "number of the article the footnote belongs to"),
        Column("first_line", "int", "first line of the footnote"),
        Column("last_line", "int", "last line of the footnote"),
    ),
)

SENTENCES = Schema(
    "sentences",
    (
        Column("doc", "str", "document id", required=True),
        Column("sentence_id", "int", "running number of the sentence in the document"),
        Column("article", "int", "number of the article"),
        Column("text", "str", "the sentence, whitespace folded, footnote blocks left out"),
        Column("first_line", "int", "line the sentence starts on"),
        Column("last_line", "int", "line the sentence ends on"),
    ),
)

FIGURES = Schema(
    "figures",
    (
        Column("doc", "str", "document id: the source file's stem", required=True),
        Column("figure_id", "str", "stable id {doc}:{line}:{col}", required=True),
        Column("line", "int", "1-based line of the figure's first numeric token"),
        Column("start", "int", "character offset where the span starts"),
        Column("end", "int", "character offset where the span ends"),
        Column("text", "str", "the span as written, whitespace folded", required=True),
        Column("value", "float", "the value, fully scaled"),
        Column(
            "unit", "str", "canonical unit: USD, BYN, percent, times, ha, count ...", required=True
        ),
        Column("item", "str", "for counts and ordinals: the counted noun as written"),
        Column("qualifier", "str", "exact, more_than, at_least ...", allowed=QUALIFIERS),
        Column(
            "kind", "str", "amount, count, share, multiple, measure, ordinal, rank", allowed=KINDS
        ),
        Column("article", "str", "title of the article the figure stands in"),
        Column("sentence", "str", "the sentence that holds the figure, whitespace folded"),
        Column("footnote", "Int64", "number of the footnote that sources the figure"),
        Column("source_title", "str", "that footnote's title"),
        Column("source_url", "str", "that footnote's URL"),
        Column("source_year", "Int64", "that footnote's year"),
        Column("as_of", "str", "date or period the figure refers to: 2021, 2021-11, 2022-Q1 ..."),
        Column(
            "topic",
            "str",
            "trade, education, park, regions, health, science, other",
            allowed=TOPICS,
        ),
    ),
)

SERIES = Schema(
    "series",
    (
        Column("indicator", "str", "catalog id, e.g. park.residents", required=True),
        Column(
            "entity",
            "str",
            "what the value is about: Belarus-China, Great Stone, Minsk ...",
            required=True,
        ),
        Column("as_of", "str", "date or period of the value"),
        Column("status", "str", "actual, or target for plans and goals", allowed=STATUSES),
        Column("value", "float", "the figure's value"),
        Column("unit", "str", "the figure's unit", required=True),
        Column("qualifier", "str", "the figure's qualifier", allowed=QUALIFIERS),
        Column(
            "dated_by",
            "str",
            "how as_of was fixed: text, source (the cited footnote's year), document",
            allowed=(*DATED_BY, ""),
        ),
        Column("doc", "str", "the document the point comes from", required=True),
        Column("figure_id", "str", "the figure the point comes from", required=True),
        Column("line", "int", "line of that figure"),
        Column("source_url", "str", "URL of its footnote, or of its document without footnotes"),
    ),
)

# In a DataFrame, text columns hold Python strings (object), not pandas' Arrow strings: a
# figures table repeats its sentence in every row of that sentence, and an Arrow string
# column copies it into each row (a 160 KB sentence with 7,000 figures: 1.1 GB, 4 s),
# where objects share one string (as the Arrow tables share one, :data:`TEXT`).
_PANDAS_DTYPES = {"str": "object", "int": "int64", "float": "float64", "Int64": "Int64"}


def empty(schema: Schema) -> pd.DataFrame:
    """An empty table with the schema's columns and dtypes."""
    return pd.DataFrame(
        {c.name: pd.Series([], dtype=_PANDAS_DTYPES[c.dtype]) for c in schema.columns}
    )


def conform(frame: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """``frame``'s columns of ``schema``, in its order and with its dtypes (as read back
    from Parquet, say, whose text columns come back as Arrow strings)."""
    return frame[schema.names].astype({c.name: _PANDAS_DTYPES[c.dtype] for c in schema.columns})


#: The Arrow type of a text column: a dictionary, each distinct text stored once and each
#: row an index into them. Texts repeat down a column (a sentence in each of its figures'
#: rows, a document's id and key in each of its rows); stored as plain strings, a 171 KB
#: sentence with 7,000 figures is 1.2 GB in the worker's table, in the pickle to the
#: parent, in the stacked table and in the Parquet cache. A column of distinct texts
#: (``figure_id``) costs an index (4 bytes) a row more, so every text column is one.
TEXT = pa.dictionary(pa.int32(), pa.string())

# The Arrow type of each column type, and the Python types a column's values may have for
# Arrow to convert them exactly as pandas does (Arrow truncates 1.5 in an int64 column,
# pandas refuses it; a bool is no number to either here).
_ARROW_TYPES = {"str": TEXT, "int": pa.int64(), "float": pa.float64(), "Int64": pa.int64()}
_PYTHON_TYPES = {
    "str": {str},
    "int": {int},
    "float": {float, int, type(None)},
    "Int64": {int, type(None)},
}


@functools.cache
def arrow_schema(schema: Schema, extra: tuple[str, ...] = ()) -> pa.Schema:
    """The Arrow schema of ``schema``'s columns, then the text columns ``extra``."""
    return pa.schema(
        [(c.name, _ARROW_TYPES[c.dtype]) for c in schema.columns] + [(name, TEXT) for name in extra]
    )


def arrow_table(
    columns: Mapping[str, Sequence[object]], schema: Schema, extra: tuple[str, ...] = ()
) -> pa.Table | None:
    """The columns of ``schema`` (and the text columns ``extra``) as an Arrow table,
    when they pass :func:`validate`'s checks and convert as pandas would convert them;
    None otherwise, so that the caller builds the table with :func:`columns_table`,
    which says what is wrong (or converts what Arrow would convert otherwise).

    Cheaper to send between processes and to stack than lists, and what the Parquet
    cache stores; :func:`arrow_frame` makes the DataFrame of it.

    >>> cols = {"doc": ["d"], "article": [1], "title": ["T"], "first_line": [1],
    ...         "last_line": [9], "date": ["2022"]}
    >>> arrow_table(cols, ARTICLES).num_rows, arrow_table({**cols, "article": [1.5]}, ARTICLES)
    (1, None)
    """
    for column in schema.columns:
        values = columns[column.name]
        if not set(map(type, values)) <= _PYTHON_TYPES[column.dtype]:
            return None
        if column.required and not all(map(str.strip, values)):
            return None
        if column.allowed is not None and not set(values) <= set(column.allowed):
            return None
    for name in extra:
        if not set(map(type, columns[name])) <= {str}:
            return None
    target = arrow_schema(schema, extra)
    try:
        # A text column is built as a dictionary, each distinct text hashed into it once.
        arrays = [pa.array(columns[f.name], type=f.type) for f in target]
    except (pa.ArrowException, OverflowError):
        return None
    return pa.Table.from_arrays(arrays, schema=target)


def arrow_frame(data: pa.Table, schema: Schema) -> pd.DataFrame:
    """The table of ``schema`` from its Arrow table: the columns :func:`columns_table`
    would make of the same values, text as Python strings, each distinct text one
    object however many rows repeat it (a sentence in each of its figures' rows).

    >>> cols = {"doc": ["d", "d"], "article": [1, 2], "title": ["T", "T"],
    ...         "first_line": [1, 5], "last_line": [4, 9], "date": ["2022", ""]}
    >>> frame = arrow_frame(arrow_table(cols, ARTICLES), ARTICLES)
    >>> frame.equals(columns_table(cols, ARTICLES)), frame["title"][0] is frame["title"][1]
    (True, True)
    """
    if not data.num_rows:
        return empty(schema)
    columns = {}
    for column in schema.columns:
        values = data.column(column.name)
        if column.dtype == "str":
            columns[column.name] = pd.Series(_texts(values), dtype=object)
        elif column.dtype == "Int64":
            columns[column.name] = pd.Series(
                values.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get), dtype="Int64"
            )
        else:
            columns[column.name] = pd.Series(values.to_numpy(), dtype=_PANDAS_DTYPES[column.dtype])
    return pd.DataFrame(columns)


def _texts(values: pa.ChunkedArray) -> np.ndarray:
    """A text column's values as Python strings, one ``str`` per distinct text (None
    for a missing one)."""
    coded = values.combine_chunks()  # the chunks' dictionaries unified into one
    if not pa.types.is_dictionary(coded.type):
        coded = coded.dictionary_encode()
    dictionary, codes = coded.dictionary, coded.indices.fill_null(-1).to_numpy()
    if len(dictionary) > len(codes):
        # Rows taken from a larger table (one document's of a store) keep its whole
        # dictionary: only the texts they use are made strings.
        used, codes = np.unique(codes, return_inverse=True)
        dictionary = dictionary.take(pa.array(used[used >= 0]))
        codes = codes - int((used < 0).any())
    texts = np.array([*dictionary.to_pylist(), None], dtype=object)
    return texts[codes]


def table(rows: Sequence[Mapping[str, object]], schema: Schema) -> pd.DataFrame:
    """A validated table of ``schema`` from ``rows`` (dicts keyed by column name).

    >>> table([{"doc": "d", "article": 1, "title": "T", "first_line": 1, "last_line": 9,
    ...         "date": "2022"}], ARTICLES).dtypes["article"]
    dtype('int64')
    """
    if not rows:
        return empty(schema)
    return columns_table({c: [row.get(c) for row in rows] for c in schema.names}, schema)


def columns_table(columns: Mapping[str, Sequence[object]], schema: Schema) -> pd.DataFrame:
    """A validated table of ``schema`` from its columns (each column's values by name,
    all of one length): what :func:`table` makes of rows, without a dict per row.

    >>> columns_table({"doc": ["d"], "article": [1], "title": ["T"], "first_line": [1],
    ...                "last_line": [9], "date": ["2022"]}, ARTICLES).dtypes["article"]
    dtype('int64')
    """
    if not len(columns[schema.columns[0].name]):
        return empty(schema)
    frame = pd.DataFrame(
        {c.name: pd.Series(columns[c.name], dtype=_PANDAS_DTYPES[c.dtype]) for c in schema.columns}
    )
    return validate(frame, schema)


def validate(frame: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """Check ``frame`` against ``schema``; return it with columns in schema order.

    Raises :class:`SchemaError` listing every failure found, not just the first.
    """
    failures: list[Problem] = []
    names = schema.names
    missing = [n for n in names if n not in frame.columns]
    extra = [n for n in frame.columns if n not in names]
    if missing:
        failures.append(Problem("columns", f"missing {missing}"))
    if extra:
        failures.append(Problem("columns", f"unexpected {extra}"))
    for column in schema.columns:
        if column.name not in frame.columns:
            continue
        values = frame[column.name]
        failures.extend(_check_column(column, values))
    if failures:
        raise SchemaError(schema.name, failures)
    return frame[names]


def _all_text(values: pd.Series, column: Column) -> bool:
    """Whether every value is a text (not blank if required, allowed if restricted)."""
    # Over the column's values as a list: as fast as pandas' string methods on a long column
    # (they loop in Python too), and without their overhead of ~0.2 ms on a short one, which
    # was a fifth of the series of a short text.
    texts = values.tolist()
    if not all(isinstance(text, str) for text in texts):
        return False
    if column.required and not all(text.strip() for text in texts):
        return False
    allowed = column.allowed
    return allowed is None or all(text in allowed for text in texts)


def _check_column(column: Column, values: pd.Series) -> Sequence[Problem]:
    failures: list[Problem] = []
    name = column.name
    if column.dtype == "str":
        if _all_text(values, column):
            return failures  # the common case, checked in C; else say what is wrong
        bad = values[~values.map(lambda v: isinstance(v, str))]
        if len(bad):
            failures.append(
                Problem(name, f"{len(bad)} non-text values, first at row {bad.index[0]}")
            )
        if column.required:
            blank = values[values.map(lambda v: isinstance(v, str) and not v.strip())]
            if len(blank):
                failures.append(
                    Problem(name, f"{len(blank)} empty values, first at row {blank.index[0]}")
                )
        if column.allowed is not None:
            wrong = values[~values.isin(column.allowed)]
            if len(wrong):
                failures.append(
                    Problem(
                        name, f"{sorted(set(map(str, wrong)))[:5]} not in {list(column.allowed)}"
                    )
                )
    elif column.dtype in ("int", "Int64"):
        if not (pd.api.types.is_integer_dtype(values) or (len(values) == 0)):
            failures.append(Problem(name, f"dtype {values.dtype}, expected integers"))
        elif column.dtype == "int" and values.isna().any():
            failures.append(Problem(name, f"{int(values.isna().sum())} missing values"))
    elif column.dtype == "float" and len(values) and not pd.api.types.is_float_dtype(values):
        failures.append(Problem(name, f"dtype {values.dtype}, expected floats"))
    return failures
