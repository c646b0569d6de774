"""Reading a source text: the shortcuts of read_source and read_source_bytes (a wide
encoding looked for only when a NUL byte or a mark's first byte is there, line ends
replaced only when a carriage return is there, the file's bytes as the key's bytes)
answer, and refuse, exactly as the plain reading did, on any bytes."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bycn.exceptions import InputError
from bycn.text.source import read_source, read_source_bytes

_FOLDER = Path(tempfile.mkdtemp())


def _wide_encoding(data: bytes) -> str | None:
    """The wide encodings' test as it stands in source.py (its marks, then its NUL shares)."""
    marks = (
        (b"\xff\xfe\x00\x00", "UTF-32", "little-endian"),
        (b"\x00\x00\xfe\xff", "UTF-32", "big-endian"),
        (b"\xff\xfe", "UTF-16", "little-endian"),
        (b"\xfe\xff", "UTF-16", "big-endian"),
    )
    for mark, name, order in marks:
        if data.startswith(mark):
            return f"{name} text ({order}, with a byte order mark)"
    head = data[:4096]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nul = head[0 : 2 * pairs : 2].count(0) / pairs
    odd_nul = head[1 : 2 * pairs : 2].count(0) / pairs
    if odd_nul > 0.9 and even_nul < 0.1:
        return "UTF-16 text (little-endian, no byte order mark)"
    if even_nul > 0.9 and odd_nul < 0.1:
        return "UTF-16 text (big-endian, no byte order mark)"
    return None


def _plain(path: Path) -> str:
    """read_source as it was: the wide encodings first, then NUL, decode, mark, line ends."""
    data = path.read_bytes()
    encoding = _wide_encoding(data)
    if encoding:
        name = encoding.split()[0]
        raise InputError(f"{path}: {encoding}; convert it to UTF-8, e.g. iconv -f {name} -t UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at offset {nul}), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: not UTF-8 (invalid byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from err
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _outcome(read, path: Path) -> tuple[str, object]:
    try:
        return "ok", read(path)
    except InputError as err:
        return "error", str(err)


_MARKS = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"]
_TEXT = st.text(st.sampled_from(list("ab ü–„\r\n\x00\ufeff中")), max_size=40)
_CONTENT = st.one_of(
    st.binary(max_size=60),
    st.tuples(
        st.sampled_from(_MARKS), _TEXT, st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"])
    ).map(lambda t: t[0] + t[1].encode(t[2])),
)


@settings(max_examples=600, deadline=None)
@given(_CONTENT)
def test_reading_answers_as_the_plain_reading(content: bytes) -> None:
    path = _FOLDER / "a.txt"
    path.write_bytes(content)
    expected = _outcome(_plain, path)
    assert _outcome(read_source, path) == expected
    encoded = (expected[0], expected[1].encode("utf-8") if expected[0] == "ok" else expected[1])
    assert _outcome(read_source_bytes, path) == encoded


@pytest.mark.parametrize(
    ("content", "same"),
    [(b"Gr\xc3\xb6\xc3\x9fer\n", True), (b"a\r\nb", False), (b"\xef\xbb\xbfa", False)],
)
def test_the_files_own_bytes_are_given_when_they_are_the_texts(content: bytes, same: bool) -> None:
    path = _FOLDER / "b.txt"
    path.write_bytes(content)
    assert (read_source_bytes(path) == content) is same
    assert read_source_bytes(path) == read_source(path).encode("utf-8")
