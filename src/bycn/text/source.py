"""Reading a source text from disk, with one clear error for each way it can fail.

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_bytes("Größer\\r\\n".encode())
>>> read_source(p)
'Größer\\n'
>>> _ = p.write_bytes("Größer".encode("utf-16"))
>>> read_source(p)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
bycn.exceptions.InputError: ...a.txt: UTF-16 text (little-endian, with a byte order mark); \
convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bycn.exceptions import InputError

__all__ = ["MAX_SOURCE_BYTES", "read_source", "read_source_and_bytes", "read_source_bytes"]

#: The largest source text read, in bytes (50 MB). The parser reads about
#: 2 MB/s, so a larger file is almost surely not a text someone means to
#: brief from (a database dump, a disk image) and would tie the machine up.
MAX_SOURCE_BYTES = 50_000_000

_BOMS = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "UTF-32", "little-endian"),
    (b"\x00\x00\xfe\xff", "UTF-32", "big-endian"),
    (b"\xff\xfe", "UTF-16", "little-endian"),
    (b"\xfe\xff", "UTF-16", "big-endian"),
)


def read_source(path: str | Path) -> str:
    """Return the text of ``path`` decoded as UTF-8, line ends normalised to ``\\n``.

    Raises :class:`InputError` for a path that does not exist, a directory,
    anything else that is not a regular file (a FIFO, ``/dev/zero``, a
    device), a file over :data:`MAX_SOURCE_BYTES`, UTF-16 or UTF-32 text, a
    binary file (NUL bytes), or bytes that are not UTF-8 (naming the offset).
    An empty file is not an error: it reads as ``""`` and yields empty tables.
    """
    return _read(path)[0]


def read_source_bytes(path: str | Path) -> bytes:
    """The UTF-8 bytes of :func:`read_source`'s text (what a document's key hashes),
    refused as :func:`read_source` refuses; the file's own bytes when they are that text's
    (no byte order mark, no carriage return), without encoding the text again.

    >>> from pathlib import Path
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes("\\ufeffGrößer\\r\\n".encode())
    >>> read_source_bytes(p) == read_source(p).encode("utf-8") == "Größer\\n".encode()
    True
    """
    return read_source_and_bytes(path)[1]


def read_source_and_bytes(path: str | Path) -> tuple[str, bytes]:
    """:func:`read_source`'s text and :func:`read_source_bytes`' bytes, from one read of
    the file (a worker that parses a document and keys it reads it once).

    >>> from pathlib import Path
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"Gr\\xc3\\xb6\\xc3\\x9fer\\r\\n")
    >>> read_source_and_bytes(p) == (read_source(p), read_source_bytes(p))
    True
    """
    text, data = _read(path)
    return text, data if data is not None else text.encode("utf-8")


def _read(path: str | Path) -> tuple[str, bytes | None]:
    """The text of ``path`` (as :func:`read_source` returns it) and the file's bytes if
    they are that text's UTF-8 (None if the text was changed: a mark or line ends)."""
    path = Path(path)
    data = _read_bytes(path)
    nul = data.find(b"\x00")
    # UTF-16 and UTF-32 text have a byte order mark or NUL bytes: with neither, no need to
    # look for them (the first bytes of any UTF-8 text and of every wide mark differ).
    if nul >= 0 or data[:1] in (b"\xff", b"\xfe"):
        encoding = _wide_encoding(data)
        if encoding:
            name = encoding.split()[0]
            raise InputError(
                f"{path}: {encoding}; convert it to UTF-8, e.g. iconv -f {name} -t UTF-8"
            )
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at offset {nul}), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: not UTF-8 (invalid byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from err
    same = True
    if text.startswith("\ufeff"):
        text = text[1:]
        same = False
    # A carriage return is byte 0x0d in UTF-8, and that byte is nothing else: one look at
    # the bytes (memchr) tells whether the text has any.
    if b"\r" in data:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        same = False
    return text, data if same else None


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, after checking what it is without opening it.

    A FIFO is refused before ``open``, which would wait for a writer; the
    descriptor is checked again after opening (the path may have changed in
    between), and no more than the limit plus one byte is ever read.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    _check_kind(path, info)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(fd)
        _check_kind(path, info)
        try:
            # What the file holds plus one byte: asking for the limit would allocate it
            # whole for every file. A file that has grown since is read on, up to it.
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += stream.read(MAX_SOURCE_BYTES + 1 - len(data))
        except OSError as err:
            raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    if len(data) > MAX_SOURCE_BYTES:
        _too_large(path)
    return data


def _check_kind(path: Path, info: os.stat_result) -> None:
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory, not a text file")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: is {_kind(mode)}, not a regular file; give a text file")
    if info.st_size > MAX_SOURCE_BYTES:
        _too_large(path)


def _too_large(path: Path) -> None:
    raise InputError(
        f"{path}: larger than {MAX_SOURCE_BYTES // 1_000_000} MB, the most bycn reads "
        "from one source text; split it into several texts"
    )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _wide_encoding(data: bytes) -> str | None:
    """``UTF-16 text (...)`` if ``data`` looks like UTF-16 or UTF-32, else None.

    By the byte order mark, or without one by the NUL bytes that make up
    every other byte of Latin-script text in UTF-16.

    >>> _wide_encoding("Handel".encode("utf-16-be"))
    'UTF-16 text (big-endian, no byte order mark)'
    >>> _wide_encoding("Handel".encode()) is None
    True
    """
    for mark, name, order in _BOMS:
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
