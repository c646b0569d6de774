"""Executing a briefing notebook with papermill, in this process.

The notebook runs on this interpreter's kernel (:mod:`bycn.build.kernel`)
with the parameters injected, in the notebook's own folder, so relative
paths in it work. It is written to a temporary file first; a good run is
kept as ``<out>/executed/<stem>.ipynb``, a failed one as
``<out>/failed/<stem>.ipynb``, whose failing cell the error names as the
author counts it (``In [n]`` after Restart & Run All).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bycn.build.debris import stopping
from bycn.build.progress import one_line
from bycn.exceptions import BuildError, BycnError, NotebookExecutionError, OutputError
from bycn.output import new_temporary_file

if TYPE_CHECKING:
    from bycn.build.kernel import BuildKernelManager, KernelSession

__all__ = ["execute_notebook", "import_papermill", "launch_kernel"]

# Cells papermill adds to a notebook: the injected parameters and, in a
# failed notebook, the error banner and anchor. Not the author's cells.
_PAPERMILL_TAGS = frozenset({"injected-parameters", "papermill-error-cell-tag"})
# Writing the executed notebook failed for want of room: an output
# problem (exit status 2), not a failed build.
_FULL = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EROFS", "EFBIG") if hasattr(errno, name)
)


def launch_kernel(notebook: Path, session: KernelSession) -> BuildKernelManager:
    """Start the kernel ``notebook`` will run on, in the notebook's folder; BuildError
    naming the notebook if it cannot start."""
    from bycn.build.kernel import start_kernel

    try:
        return start_kernel(session, notebook.resolve().parent)
    except BycnError:
        raise
    except Exception as err:
        raise BuildError(
            f"{notebook}: the kernel could not start: {one_line(f'{type(err).__name__}: {err}')}"
        ) from err


def execute_notebook(
    notebook: Path,
    values: Mapping[str, object],
    out_dir: Path,
    stem: str,
    kernel: BuildKernelManager,
) -> tuple[Any, Path]:
    """Run ``notebook`` with ``values`` on ``kernel`` (:func:`launch_kernel`), then stop
    the kernel; return the executed notebook and where it is kept.

    Raises NotebookExecutionError (a cell raised; saved under ``failed/``) or
    BuildError (the kernel died).
    """
    import_papermill()
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from bycn.build.kernel import KERNEL_NAME, stop_kernel

    # papermill logs every step at INFO; its warnings (an injected parameter
    # the notebook does not declare) are worth seeing.
    logger = logging.getLogger("papermill")
    logger.setLevel(logging.WARNING)
    # Once a signal stops the build, nbclient's complaints about the kernel
    # being stopped with it are not for the user.
    if _quiet_when_stopping not in logger.filters:
        logger.addFilter(_quiet_when_stopping)
    executed = out_dir / "executed" / f"{stem}.ipynb"
    failed = out_dir / "failed" / f"{stem}.ipynb"
    # A private temporary name per build: parallel builds (make -j) never share one.
    tmp = new_temporary_file(executed.parent, f".{stem}.", ".ipynb")
    try:
        nb = papermill.execute_notebook(
            str(notebook.resolve()),
            str(tmp.resolve()),
            parameters=dict(values),
            kernel_name=KERNEL_NAME,
            km=kernel,  # already booting: started before papermill was imported
            cwd=str(notebook.resolve().parent),
            progress_bar=False,
            log_output=False,
            # One write at the end instead of one per cell.
            request_save_on_cell_execute=False,
        )
        os.replace(tmp, executed)
        failed.unlink(missing_ok=True)
        return nb, executed
    except PapermillExecutionError as err:
        failed.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, failed)
        raise NotebookExecutionError(
            str(notebook),
            _failed_cell(failed, err.exec_count),
            one_line(f"{err.ename}: {err.evalue}" if err.evalue else err.ename),
            saved=str(failed),
        ) from None
    except BycnError:
        raise
    except OSError as err:
        if err.errno in _FULL:
            raise OutputError(f"cannot write {executed}: {err.strerror}") from None
        raise BuildError(
            f"{notebook}: execution failed: {one_line(f'{type(err).__name__}: {err}')}"
        ) from err
    except Exception as err:
        raise BuildError(
            f"{notebook}: execution failed: {one_line(f'{type(err).__name__}: {err}')}"
        ) from err
    finally:
        # The executed notebook is complete when the last cell returns; waiting for the
        # kernel to wind down gracefully would only add to every build.
        stop_kernel(kernel)
        tmp.unlink(missing_ok=True)


def _quiet_when_stopping(record: logging.LogRecord) -> bool:
    return not stopping()


def import_papermill() -> None:
    """Import papermill without the second it spends on a grammar nbformat never uses.

    jsonschema (via nbformat) imports ``rfc3987_syntax``, when installed, to
    check the ``iri`` string format, and that module builds a parser grammar
    at import time: about 1 s, a fifth of a whole briefing build. Notebook
    schemas use no ``iri`` format, so jsonschema is imported with that module
    hidden (jsonschema skips the check on ImportError), then the module is
    importable again for anyone else.
    """
    if "papermill" in sys.modules or "jsonschema" in sys.modules:
        return
    hidden = "rfc3987_syntax" not in sys.modules
    if hidden:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    try:
        import papermill  # noqa: F401
    finally:
        if hidden:
            del sys.modules["rfc3987_syntax"]


def _failed_cell(saved: Path, exec_count: int | None) -> int:
    """Which cell failed, counted as the author sees the notebook.

    Code cells are counted from 1 without papermill's injected-parameters cell,
    so the number is the ``In [n]`` the cell shows after Restart & Run All of
    ``notebooks/<name>.ipynb``.
    """
    try:
        cells = json.loads(saved.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        cells = []
    number = 0
    for cell in cells:
        tags = set(cell.get("metadata", {}).get("tags", ()))
        if cell.get("cell_type") != "code" or tags & _PAPERMILL_TAGS:
            continue
        number += 1
        raised = any(o.get("output_type") == "error" for o in cell.get("outputs", ()))
        if raised or cell.get("metadata", {}).get("papermill", {}).get("exception"):
            return number
    return exec_count or 0
