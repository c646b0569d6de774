"""Build one briefing: execute its notebook, render HTML, make the PDF, publish the pair.

:func:`build_report` reads as its steps, each a call into the module that
owns that concern (as papermill's ``execute_notebook`` reads):

1. check the parameters (:mod:`bycn.report.briefings`) and name the variant
   (:mod:`bycn.build.naming`);
2. find the notebook and read the corpus (:mod:`bycn.build.inputs`): bad
   input fails here, before any kernel starts, with exit status 2;
3. prepare the output folder: check it is writable, repair a pair an earlier
   build left half replaced (:mod:`bycn.build.publish`) and sweep debris of
   killed builds (:mod:`bycn.build.debris`);
4. execute the notebook (:mod:`bycn.build.execute`) on this interpreter's
   kernel (:mod:`bycn.build.kernel`);
5. render the HTML and 6. the PDF (:mod:`bycn.build.render`);
7. publish HTML and PDF together (:mod:`bycn.build.publish`).

Steps 4 to 7 run with SIGTERM and SIGHUP turned into an exception, so an
interrupted build cleans up like one that failed. A failed build leaves the
last good report in place.

>>> from bycn.build import build_report
>>> result = build_report("trade", {"language": "de"})  # doctest: +SKIP
>>> result.html, result.pdf  # doctest: +SKIP
(PosixPath('reports/trade--language-de.html'), PosixPath('reports/trade--language-de.pdf'))
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from bycn.build.debris import interruptible, runtime_folder, sweep
from bycn.build.execute import execute_notebook, import_papermill, launch_kernel
from bycn.build.inputs import check_corpus, find_notebook
from bycn.build.naming import variant_stem
from bycn.build.progress import Progress
from bycn.build.publish import publish, repair
from bycn.build.render import render_html, render_pdf, warm_up
from bycn.output import ensure_folder
from bycn.report.briefings import check_parameters

__all__ = ["BuildResult", "build_report"]


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
    notebooks_dir: Path | None = None,
    pdf: bool = True,
    progress: bool = True,
) -> BuildResult:
    """Execute ``<notebooks_dir>/<name>.ipynb`` and write ``out_dir/<stem>.html`` and ``.pdf``.

    name: the briefing (``trade``, ``education``, ``park_investment``).
    params: parameter values, e.g. from :func:`bycn.build.parameters.parse_assignments`;
        missing ones take their defaults.
    out_dir: where reports go (created if missing); ``executed/`` and
        ``failed/`` below it keep the executed notebooks.
    notebooks_dir: the folder holding the notebooks (default: the notebooks
        shipped with bycn); each runs with it as its working directory.
    pdf: also write the PDF (else HTML only).
    progress: print each step and its seconds on standard error.

    Raises ParameterError, InputError or OutputError (exit status 2, before
    any kernel starts), BuildError (rendering failed) or
    NotebookExecutionError (a cell raised; the executed notebook is saved).
    """
    from bycn.build.kernel import kernel_session  # jupyter_client: only when building

    values = check_parameters(name, dict(params or {}))
    stem = variant_stem(name, values)
    notebook = find_notebook(name, notebooks_dir)
    check_corpus(str(values["corpus"]))
    steps = Progress(stem, enabled=progress)
    out_dir = _prepare_output(Path(out_dir), steps)
    html_path, pdf_path = out_dir / f"{stem}.html", out_dir / f"{stem}.pdf"

    with interruptible(), kernel_session() as session:
        # The kernel first: it boots while papermill loads; then the renderers, in
        # the background, while the kernel runs the notebook.
        kernel = launch_kernel(notebook, session)
        import_papermill()
        renderers = warm_up(pdf, str(values.get("language", "en")))
        with steps.step("executing notebook") as execute:
            executed_nb, executed = execute_notebook(notebook, values, out_dir, stem, kernel)
        renderers.join()
        with steps.step("rendering HTML") as render:
            html = render_html(notebook, executed_nb)
        files = {html_path: html.encode("utf-8")}
        pdf_seconds = 0.0
        if pdf:
            with steps.step("writing PDF") as write_pdf:
                files[pdf_path] = render_pdf(notebook, html)
            pdf_seconds = write_pdf.seconds
        publish(stem, files)
    steps.say(f"wrote {' and '.join(str(p) for p in files)} in {steps.total():.1f} s")
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
        pdf_seconds=pdf_seconds,
    )


def _prepare_output(out_dir: Path, steps: Progress) -> Path:
    """Create ``out_dir`` and its notebook folders, repair and sweep what earlier builds left."""
    ensure_folder(out_dir)
    ensure_folder(out_dir / "executed")
    for target in repair(out_dir):
        steps.say(f"completed {target}, left half replaced by an interrupted build")
    removed = sweep((out_dir, out_dir / "executed", out_dir / "failed"), runtime_folder())
    if removed:
        steps.say(f"removed {len(removed)} temporary files left by interrupted builds")
    return out_dir
