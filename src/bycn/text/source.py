"""Reading a source text from disk, with one clear error for each way it can fail.

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = p.write_bytes("Größer\\r\\n".encode())
>>> read_source(p)
'Größer\\n'
"""

from __future__ import annotations

from pathlib import Path

from bycn.exceptions import InputError

__all__ = ["read_source"]


def read_source(path: str | Path) -> str:
    """Return the text of ``path`` decoded as UTF-8, line ends normalised to ``\\n``.

    Raises :class:`InputError` for a path that does not exist, a directory,
    a binary file (NUL bytes), or bytes that are not UTF-8 (naming the offset).
    An empty file is not an error: it reads as ``""`` and yields empty tables.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
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
