"""What a build reads, checked before any kernel starts: the notebook and the corpus.

The briefing notebooks ship inside the package as ``bycn.notebooks`` (in a
checkout that package *is* the top-level ``notebooks/`` folder, mapped by
``pyproject.toml``), so ``bycn report`` finds them from any folder once bycn
is installed.

>>> shipped_notebooks().joinpath("trade.ipynb").is_file()
True

What a briefing shows depends, beside the code and its notebook, only on the
points of its group (:mod:`bycn.report.briefings`): :func:`write_briefing_inputs`
keeps a digest of each briefing's points in a file that is rewritten only when
they change, so that ``make reports`` rebuilds the briefings a changed corpus
changes, not the others (a text about the park leaves the trade briefing as
it was, to the byte).
"""

from __future__ import annotations

import hashlib
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from bycn.exceptions import BuildError
from bycn.text.source import read_source

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CORPUS_SUFFIXES",
    "briefing_digests",
    "check_corpus",
    "find_notebook",
    "shipped_notebooks",
    "write_briefing_inputs",
]

#: The files of a corpus folder that are plain text, read as such.
CORPUS_SUFFIXES = (".txt", ".md")


def shipped_notebooks() -> Traversable:
    """The folder of the briefing notebooks installed with bycn."""
    try:
        return resources.files("bycn.notebooks")
    except ModuleNotFoundError:
        raise BuildError(
            "bycn was installed without its notebooks (package bycn.notebooks); "
            "reinstall it, or give --notebooks DIR"
        ) from None


def find_notebook(name: str, folder: Path | None = None) -> Path:
    """``<folder>/<name>.ipynb`` (default folder: the shipped notebooks).

    BuildError listing the notebooks there if it does not exist.
    """
    if folder is None:
        folder = Path(str(shipped_notebooks()))
    notebook = Path(folder) / f"{name}.ipynb"
    if notebook.is_file():
        return notebook
    found = sorted(p.name for p in Path(folder).glob("*.ipynb")) if Path(folder).is_dir() else []
    held = ", ".join(found) if found else "no notebooks"
    raise BuildError(f"notebook {notebook} not found; {folder} holds{':' if found else ''} {held}")


def check_corpus(path: str | Path) -> None:
    """Read the corpus once, so a file that cannot be read fails here, exit status 2.

    A corpus folder's text files (``*.txt``, ``*.md``, directly in it) are each read.
    Raises :class:`~bycn.exceptions.InputError` naming the file and the problem.
    """
    path = Path(path)
    if path.is_dir():
        for file in sorted(path.iterdir()):
            if file.suffix.lower() in CORPUS_SUFFIXES and not file.name.startswith("."):
                read_source(file)
        return
    read_source(path)


def briefing_digests(points: pd.DataFrame) -> dict[str, str]:
    """Each briefing's digest of the points it may show: those of its group, every column.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"indicator": ["trade.turnover", "park.residents"], "value": [1.0, 2.0]})
    >>> d = briefing_digests(p)
    >>> d["trade"] == briefing_digests(p.assign(value=[1.0, 3.0]))["trade"] != d["park_investment"]
    True
    """
    import pandas as pd

    from bycn.report.briefings import BRIEFINGS

    digests = {}
    for name, spec in BRIEFINGS.items():
        rows = points[points["indicator"].str.startswith(spec.group + ".")]
        digest = hashlib.sha256("\x1f".join(map(str, rows.columns)).encode())
        digest.update(pd.util.hash_pandas_object(rows, index=False).to_numpy().tobytes())
        digests[name] = digest.hexdigest()
    return digests


def write_briefing_inputs(points: pd.DataFrame, folder: str | Path) -> list[str]:
    """Write ``<folder>/<briefing>.points``, the digest of each briefing's ``points`` (a
    corpus's, as a notebook reads them: :func:`~bycn.indicators.stored.corpus_points`),
    where it is new or has changed; a file whose digest is the same is left as it was (its
    time too). Returns the briefings whose file was written.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, digest in briefing_digests(points).items():
        target = folder / f"{name}.points"
        try:
            if target.read_text(encoding="utf-8").strip() == digest:
                continue
        except OSError:
            pass
        temporary = folder / f".{name}.points.new"
        temporary.write_text(digest + "\n", encoding="utf-8")
        temporary.replace(target)
        written.append(name)
    return written
