"""A table as CSV, the bytes pandas' ``to_csv`` writes, in pieces and each text once.

A figures table repeats a sentence in every row of its figures: a 171 KB
sentence with 7,000 figures is a 1.2 GB CSV. ``DataFrame.to_csv`` makes it one
string (then bytes again) and runs every copy of the sentence through the csv
module's quoting, character by character (15 s). Here a distinct text is
quoted and encoded once, the numbers are formatted by pandas, and the rows
come out in pieces of about a megabyte for the caller to write as they come.

>>> import pandas as pd
>>> frame = pd.DataFrame({"text": ["a, b", None], "value": [1.5, None], "n": [1, 2]})
>>> b"".join(csv_pieces(frame)) == frame.to_csv(index=False, lineterminator="\\n").encode()
True
>>> b"".join(csv_pieces(frame)).decode()
'text,value,n\\n"a, b",1.5,1\\n,,2\\n'
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["csv_pieces"]

_PIECE = 1 << 20  # bytes gathered before a piece is handed on
# What may make the csv module (QUOTE_MINIMAL, lineterminator "\n") quote a field: a text
# holding none is written as it is; one holding any is left to the csv module (Python
# 3.11's does not quote a bare "\r", later ones may).
_QUOTED = re.compile(r'[,"\r\n]')


def csv_pieces(frame: pd.DataFrame) -> Iterator[bytes]:
    """``frame`` as the UTF-8 bytes of ``frame.to_csv(index=False, lineterminator="\\n")``,
    in pieces. A table this module cannot vouch for (a text column holding other values,
    a column of dates, names that are not texts, one column, no rows) is written by
    pandas, in one piece."""
    import pandas as pd

    texts = [
        i
        for i, dtype in enumerate(frame.dtypes)
        if pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype)
    ]
    numbers = [i for i, d in enumerate(frame.dtypes) if pd.api.types.is_numeric_dtype(d)]
    # A lone field is quoted when empty (""), so one column is left to pandas; and so
    # are dates, intervals ... whose cells this module does not know.
    plain = len(frame) == 0 or frame.shape[1] < 2 or len(texts) + len(numbers) < frame.shape[1]
    if (
        plain
        or not all(isinstance(c, str) for c in frame.columns)
        or not all(_all_text(frame.iloc[:, i]) for i in texts)
    ):
        yield frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
        return
    columns: list[list[bytes]] = [[] for _ in frame.columns]
    for i in texts:
        columns[i] = _text_cells(frame.iloc[:, i])
    if numbers:
        # Numbers are as pandas writes them (its float format, <NA> as empty); they hold
        # no comma or quote, so splitting its lines at commas gives each cell.
        lines = frame.iloc[:, numbers].to_csv(index=False, header=False, lineterminator="\n")
        cells = [line.split(b",") for line in lines.encode("utf-8").split(b"\n")[:-1]]
        for j, column in enumerate(zip(*cells, strict=True)):
            # A lone empty field is quoted ("") by the csv module: here it is one of many.
            columns[numbers[j]] = [b"" if cell == b'""' else cell for cell in column]
    columns[-1] = [cell + b"\n" for cell in columns[-1]]
    yield _header(list(frame.columns))
    # Each row's bytes are copied once into its line; small lines once more into a piece.
    piece: list[bytes] = []
    size = 0
    for row in zip(*columns, strict=True):
        line = b",".join(row)
        if len(line) >= _PIECE:
            if piece:
                yield b"".join(piece)
                piece, size = [], 0
            yield line
            continue
        piece.append(line)
        size += len(line)
        if size >= _PIECE:
            yield b"".join(piece)
            piece, size = [], 0
    if piece:
        yield b"".join(piece)


def _all_text(values: pd.Series) -> bool:
    """Whether every value of a column is a text or missing (written as empty)."""
    import pandas as pd

    return pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty")


def _text_cells(values: pd.Series) -> list[bytes]:
    """A text column's cells, quoted and encoded once per distinct text; a missing one
    is empty, pandas' na_rep. Found by a dict: a string keeps its hash, so a text
    repeated by reference is hashed once (pandas' factorize hashes each row's bytes)."""
    texts = values.tolist()
    cells: dict[object, bytes] = dict.fromkeys(texts, b"")
    for text in cells:
        if isinstance(text, str):
            cells[text] = _field(text).encode("utf-8")
    return list(map(cells.__getitem__, texts))


def _field(text: str) -> str:
    """One text as the csv module writes it among other fields.

    >>> _field('Er sagte: "ja", dann'), _field("plain"), _field("")
    ('"Er sagte: ""ja"", dann"', 'plain', '')
    """
    if not _QUOTED.search(text):
        return text
    if "\r" not in text:
        return '"' + text.replace('"', '""') + '"'  # as every Python's csv module quotes
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow((text, ""))
    return buffer.getvalue()[: -len(",\n")]


def _header(names: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(names)
    return buffer.getvalue().encode("utf-8")
