"""What a build reads, checked before any kernel starts: the notebook and the corpus.

The briefing notebooks ship inside the package as ``bycn.notebooks`` (in a
checkout that package *is* the top-level ``notebooks/`` folder, mapped by
``pyproject.toml``), so ``bycn report`` finds them from any folder once bycn
is installed.

>>> shipped_notebooks().joinpath("trade.ipynb").is_file()
True
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from bycn.exceptions import BuildError
from bycn.text.source import read_source

__all__ = ["CORPUS_SUFFIXES", "check_corpus", "find_notebook", "shipped_notebooks"]

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
