"""Build one briefing: execute its notebook, render HTML, make the PDF.

The steps, all in this process (no CLI subprocesses):

1. validate the parameters (:func:`bycn.report.briefings.check_parameters`) before
   any kernel starts;
2. execute ``notebooks/<name>.ipynb`` with papermill on the ``bycn`` kernel,
   in the notebook's folder, with the parameters injected; the executed
   notebook is kept as ``reports/executed/<stem>.ipynb`` (a failed one as
   ``reports/failed/<stem>.ipynb``);
3. render it to HTML with :class:`bycn.build.exporter.BriefingHTMLExporter`;
4. make the PDF from that HTML with :func:`bycn.build.exporter.html_to_pdf`.

``<stem>`` is the briefing name followed by every non-default parameter
(``trade--start-2022--language-de``), so variants never overwrite each other.
HTML and PDF are written only once both exist, each through a temporary file
and a rename: a failed build leaves the last good report in place.

>>> from bycn.build import build_report
>>> result = build_report("trade", {"language": "de"})  # doctest: +SKIP
>>> result.html, result.pdf  # doctest: +SKIP
(PosixPath('reports/trade--language-de.html'), PosixPath('reports/trade--language-de.pdf'))
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TextIO

from bycn.build.parameters import variant_stem
from bycn.exceptions import BuildError, BycnError, NotebookExecutionError
from bycn.output import atomic_write_bytes, new_temporary_file
from bycn.report.briefings import check_parameters

__all__ = ["KERNEL_NAME", "BuildResult", "build_report"]

#: The Jupyter kernel briefings run on (``make setup`` installs it).
KERNEL_NAME = "bycn"

# Cells papermill adds to a notebook: the injected parameters and, in a
# failed notebook, the error banner and anchor. Not the author's cells.
_PAPERMILL_TAGS = frozenset({"injected-parameters", "papermill-error-cell-tag"})
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_MAX_ERROR = 400


@dataclass(frozen=True)
class BuildResult:
    """What :func:`build_report` wrote and how long each step took.

    params: every parameter's value as executed (defaults filled in).
    executed: the executed notebook (``reports/executed/<stem>.ipynb``).
    pdf: None when built with ``pdf=False``.
    execute_seconds, html_seconds, pdf_seconds: wall time of each step
        (``pdf_seconds`` is 0 without a PDF).
    """

    name: str
    stem: str
    params: Mapping[str, object] = field(repr=False)
    notebook: Path
    executed: Path
    html: Path
    pdf: Path | None
    execute_seconds: float
    html_seconds: float
    pdf_seconds: float

    @property
    def total_seconds(self) -> float:
        """Seconds for the three steps together."""
        return self.execute_seconds + self.html_seconds + self.pdf_seconds


def build_report(
    name: str,
    params: Mapping[str, object] | None = None,
    out_dir: Path = Path("reports"),
    notebooks_dir: Path = Path("notebooks"),
    pdf: bool = True,
    progress: bool = True,
) -> BuildResult:
    """Execute ``notebooks_dir/<name>.ipynb`` and write ``out_dir/<stem>.html`` and ``.pdf``.

    name: the briefing (``trade``, ``education``, ``park_investment``).
    params: parameter values, e.g. from :func:`bycn.build.parameters.parse_assignments`;
        missing ones take their defaults.
    out_dir: where reports go; ``executed/`` and ``failed/`` below it keep the
        executed notebooks.
    notebooks_dir: the folder holding the notebooks; each runs with it as its
        working directory, so relative paths in a notebook work.
    pdf: also write the PDF (else HTML only).
    progress: print each step and its seconds on standard error.

    Raises ParameterError (bad parameters, before any kernel starts),
    BuildError (missing notebook or kernel, rendering failed) or
    NotebookExecutionError (a cell raised; the executed notebook is saved).
    """
    values = check_parameters(name, dict(params or {}))
    stem = variant_stem(name, values)
    notebook = Path(notebooks_dir) / f"{name}.ipynb"
    if not notebook.is_file():
        raise BuildError(_missing_notebook(notebook))
    out_dir = Path(out_dir)
    html_path = out_dir / f"{stem}.html"
    pdf_path = out_dir / f"{stem}.pdf"
    steps = _Progress(stem, enabled=progress)

    # papermill first, then the renderers in the background: the kernel starts
    # sooner, and the renderers load while it runs the notebook.
    _import_papermill()
    warm = threading.Thread(target=_warm_up, args=(pdf,), name="bycn-warm-up", daemon=True)
    warm.start()
    with steps.step("executing notebook") as execute:
        executed_nb, executed = _execute(notebook, values, out_dir, stem)
    warm.join()
    with steps.step("rendering HTML") as render:
        html = _render(notebook, executed_nb, _render_html, "rendering HTML")
    pdf_bytes = None
    if pdf:
        with steps.step("writing PDF") as write_pdf:
            pdf_bytes = _render(notebook, html, _html_to_pdf(notebook), "making the PDF")
    # Both files are written only once both exist: a failure above leaves the
    # previous pair untouched.
    atomic_write_bytes(html_path, html.encode("utf-8"))
    if pdf_bytes is not None:
        atomic_write_bytes(pdf_path, pdf_bytes)
    written = f"{html_path} and {pdf_path}" if pdf else str(html_path)
    steps.say(f"wrote {written} in {steps.total():.1f} s")
    return BuildResult(
        name=name,
        stem=stem,
        params=MappingProxyType(dict(values)),
        notebook=notebook,
        executed=executed,
        html=html_path,
        pdf=pdf_path if pdf else None,
        execute_seconds=execute.seconds,
        html_seconds=render.seconds,
        pdf_seconds=write_pdf.seconds if pdf else 0.0,
    )


def _execute(
    notebook: Path, values: Mapping[str, object], out_dir: Path, stem: str
) -> tuple[Any, Path]:
    """Run the notebook; keep it under executed/ (or failed/) and return it."""
    _import_papermill()
    import papermill
    from jupyter_client.kernelspec import NoSuchKernel
    from papermill.exceptions import PapermillExecutionError

    # papermill logs every step at INFO; its warnings (an injected parameter
    # the notebook does not declare) are worth seeing.
    logging.getLogger("papermill").setLevel(logging.WARNING)
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
            cwd=str(notebook.resolve().parent),
            progress_bar=False,
            log_output=False,
            # The executed notebook is complete when the last cell returns; waiting
            # for the kernel to wind down gracefully only adds to every build.
            shutdown_kernel="immediate",
            # One write at the end instead of one per cell.
            request_save_on_cell_execute=False,
            config=_kernel_config(),
            # The kernel's own log (e.g. the interrupt nbclient sends when
            # shutting down after a failed cell) is noise here: cell errors come
            # back as outputs and a dead kernel is reported by nbclient.
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
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
            _one_line(f"{err.ename}: {err.evalue}" if err.evalue else err.ename),
            saved=str(failed),
        ) from None
    except NoSuchKernel:
        raise BuildError(
            f"{notebook}: Jupyter kernel {KERNEL_NAME!r} is not installed; run `make setup` "
            f"(or: python -m ipykernel install --sys-prefix --name {KERNEL_NAME})"
        ) from None
    except BycnError:
        raise
    except Exception as err:
        raise BuildError(
            f"{notebook}: execution failed: {_one_line(f'{type(err).__name__}: {err}')}"
        ) from err
    finally:
        tmp.unlink(missing_ok=True)


def _import_papermill() -> None:
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


def _kernel_config() -> Any:
    """Talk to the kernel over Unix sockets of this build's own rather than TCP.

    Nothing listens on the network then, and ipykernel has no reason to warn
    about unencrypted TCP on every build. The socket names must be unique:
    jupyter_client's default (``kernel-ipc-1`` ... in the working directory)
    is shared by parallel builds of one folder (``make -j``), whose kernels
    would then read each other's messages. Socket paths are limited to about
    100 bytes, so a long runtime directory keeps TCP.
    """
    from uuid import uuid4

    from jupyter_core.paths import jupyter_runtime_dir
    from traitlets.config import Config

    ip = os.path.join(jupyter_runtime_dir(), f"bycn-{uuid4().hex[:16]}-ipc")
    if os.name == "posix" and len(ip) + 4 < 100:
        Path(ip).parent.mkdir(parents=True, exist_ok=True)
        return Config({"KernelManager": {"transport": "ipc", "ip": ip}})
    return Config()


def _warm_up(pdf: bool) -> None:
    """Load nbconvert and WeasyPrint while the kernel runs the notebook.

    The parent process mostly waits for the kernel then; importing the
    renderers and letting WeasyPrint find its fonts meanwhile takes about a
    second off every ``bycn report``. Any failure here shows again, properly
    reported, in the step that needs it.
    """
    try:
        import nbformat

        from bycn.build.exporter import BriefingHTMLExporter, html_to_pdf

        BriefingHTMLExporter().from_notebook_node(nbformat.v4.new_notebook())
        if pdf:
            html_to_pdf("<p>.</p>")
    except Exception:
        pass


def _render_html(nb: Any) -> str:
    from bycn.build.exporter import BriefingHTMLExporter

    html, _ = BriefingHTMLExporter().from_notebook_node(nb)
    return html


def _html_to_pdf(notebook: Path):
    from bycn.build.exporter import html_to_pdf

    base_url = str(notebook.resolve().parent)
    return lambda html: html_to_pdf(html, base_url=base_url)


def _render(notebook: Path, value: Any, convert, what: str) -> Any:
    try:
        return convert(value)
    except BycnError:
        raise
    except Exception as err:
        raise BuildError(
            f"{notebook}: {what} failed: {_one_line(f'{type(err).__name__}: {err}')}"
        ) from err


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


def _one_line(text: str) -> str:
    text = " ".join(_ANSI.sub("", text).split())
    return text if len(text) <= _MAX_ERROR else text[: _MAX_ERROR - 1] + "…"


def _missing_notebook(notebook: Path) -> str:
    folder = notebook.parent
    found = sorted(p.name for p in folder.glob("*.ipynb")) if folder.is_dir() else []
    if found:
        return f"notebook {notebook} not found; {folder} holds: {', '.join(found)}"
    return f"notebook {notebook} not found; {folder} holds no notebooks"


@dataclass
class _Timer:
    seconds: float = 0.0


class _Progress:
    """``[stem] step ... done in 1.2 s`` lines on standard error.

    On a terminal, and not under ``make -j`` (whose jobs would interleave),
    a step's start shows at once and ``done`` completes the line; otherwise
    one whole line is printed when the step ends.
    """

    def __init__(self, stem: str, enabled: bool, stream: TextIO | None = None) -> None:
        self.stem = stem
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        makeflags = os.environ.get("MAKEFLAGS", "")
        parallel = "-j" in makeflags or "jobserver" in makeflags
        self.live = enabled and self.stream.isatty() and not parallel
        self.started = time.perf_counter()

    def say(self, message: str) -> None:
        if self.enabled:
            print(f"[{self.stem}] {message}", file=self.stream, flush=True)

    def total(self) -> float:
        return time.perf_counter() - self.started

    @contextmanager
    def step(self, what: str) -> Iterator[_Timer]:
        timer = _Timer()
        if self.live:
            print(f"[{self.stem}] {what} ...", end="", file=self.stream, flush=True)
        start = time.perf_counter()
        try:
            yield timer
        except BaseException:
            if self.live:
                print(" failed", file=self.stream, flush=True)
            raise
        timer.seconds = time.perf_counter() - start
        done = f"done in {timer.seconds:.1f} s"
        if self.live:
            print(f" {done}", file=self.stream, flush=True)
        else:
            self.say(f"{what} ... {done}")
