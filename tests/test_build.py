"""Briefing builds end to end: real papermill, the bycn kernel, nbconvert, WeasyPrint.

The fixture notebooks stand in for the briefings: ``briefing_ok`` takes the
trade parameters and shows a heading, a table and a chart; ``briefing_broken``
fails in its third code cell. Each test copies one in as ``trade.ipynb``.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bycn.build import build_report
from bycn.cli import main
from bycn.exceptions import BuildError, NotebookExecutionError

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
A4 = (595.3, 841.9)  # points


def _notebooks(folder: Path, fixture: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / f"{fixture}.ipynb", folder / "trade.ipynb")
    return folder


def _pdf_text(path: Path) -> tuple[str, list]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages), list(reader.pages)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Any]:
    """The fixture built three times: defaults, a German variant, HTML only (with its
    progress, written to standard error, kept as ``progress``)."""
    base = tmp_path_factory.mktemp("build")
    notebooks = _notebooks(base / "notebooks", "briefing_ok")
    out = base / "reports"
    built = {
        "default": build_report("trade", {}, out_dir=out, notebooks_dir=notebooks, progress=False),
        "de": build_report(
            "trade",
            {"language": "de", "start": 2022},
            out_dir=out,
            notebooks_dir=notebooks,
            progress=False,
        ),
    }
    with contextlib.redirect_stderr(io.StringIO()) as err:
        built["html_only"] = build_report(
            "trade", {"end": 2023}, out_dir=out, notebooks_dir=notebooks, pdf=False
        )
    return built | {"progress": err.getvalue()}


@pytest.mark.slow
def test_build_writes_html_pdf_and_the_executed_notebook(built):
    result = built["default"]
    out = result.html.parent
    assert result.stem == "trade"
    assert (result.html, result.pdf, result.executed) == (
        out / "trade.html",
        out / "trade.pdf",
        out / "executed" / "trade.ipynb",
    )
    for path in (result.html, result.pdf, result.executed):
        assert path.stat().st_size > 0
    assert result.pdf.read_bytes().startswith(b"%PDF-")
    executed = json.loads(result.executed.read_text(encoding="utf-8"))
    assert executed["metadata"]["papermill"]["parameters"]["language"] == "en"
    assert result.execute_seconds > 0 and result.html_seconds > 0 and result.pdf_seconds > 0
    # Temporary files never outlive a build.
    assert not [p.name for p in out.rglob(".*")]


@pytest.mark.slow
def test_html_has_outputs_and_prose_but_no_code_prompts_or_scripts(built):
    html = built["default"].html.read_text(encoding="utf-8")
    for absent in (
        "jp-InputArea",
        "input_area",
        "check_parameters",
        "plt.subplots",
        "In&nbsp;[",
        "Out[",
        "<script",
        "<link",
        'src="http',
        "stderr line",
    ):
        assert absent not in html, absent
    assert "stdout line from the fixture" in html
    assert "<title>Fixture briefing</title>" in html
    assert '<html lang="en">' in html
    assert re.search(r"<h1[^>]*>Fixture briefing", html)
    assert "Marker: language en, start None, region all." in html
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', html)) == 1
    assert all(src.startswith("data:") for src in re.findall(r'src="([^"]*)"', html))
    assert '<td class="num">8.4</td>' in html and '<th class="num">turnover</th>' in html
    assert "<td>actual</td>" in html
    # Text the notebook escaped stays escaped.
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "<b>not bold</b>" not in html
    assert "@page" in html and "counter(page)" in html


@pytest.mark.slow
def test_pdf_is_a4_with_the_briefing_text_and_page_numbers(built):
    text, pages = _pdf_text(built["default"].pdf)
    assert "Fixture briefing" in text
    assert "Marker: language en, start None, region all." in text
    assert f"1 / {len(pages)}" in text
    assert "check_parameters" not in text
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width, 1), round(height, 1)) == A4


@pytest.mark.slow
def test_variants_get_their_own_files_and_parameters(built):
    de = built["de"]
    assert de.stem == "trade--start-2022--language-de"
    assert de.html.name == "trade--start-2022--language-de.html"
    assert de.executed.name == "trade--start-2022--language-de.ipynb"
    assert dict(de.params)["start"] == 2022
    html = de.html.read_text(encoding="utf-8")
    assert '<html lang="de">' in html and "<title>Testbericht</title>" in html
    text, _ = _pdf_text(de.pdf)
    assert "Marker: language de, start 2022, region all." in text
    # The default report is still the English one.
    assert "Fixture briefing" in built["default"].html.read_text(encoding="utf-8")


@pytest.mark.slow
def test_no_pdf_writes_html_only(built):
    result = built["html_only"]
    assert result.stem == "trade--end-2023"
    assert result.pdf is None and result.pdf_seconds == 0.0
    assert result.html.is_file()
    assert not result.html.with_suffix(".pdf").exists()


@pytest.mark.slow
def test_a_failing_cell_keeps_the_last_good_report(built, tmp_path, capsys):
    notebooks = _notebooks(tmp_path / "notebooks", "briefing_broken")
    out = tmp_path / "reports"
    out.mkdir()
    good = built["default"]
    for path in (good.html, good.pdf):
        shutil.copy(path, out / path.name)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    status = main(["report", "trade", "--notebooks", str(notebooks), "--out-dir", str(out), "-q"])

    assert status == 1
    saved = out / "failed" / "trade.ipynb"
    err = capsys.readouterr().err
    assert err == (
        f"bycn: error: {notebooks / 'trade.ipynb'}: code cell 3 failed: "
        "ParameterError: briefing 'trade': language: 'fr' is not allowed (choose one of: en, de); "
        f"executed notebook saved to {saved}\n"
    )
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    failed = json.loads(saved.read_text(encoding="utf-8"))
    assert any(
        o.get("ename") == "ParameterError"
        for cell in failed["cells"]
        for o in cell.get("outputs", ())
    )
    assert not (out / "executed" / "trade.ipynb").exists()
    assert not [p.name for p in out.rglob(".*")]


@pytest.mark.slow
def test_a_failing_cell_raises_notebook_execution_error(tmp_path):
    notebooks = _notebooks(tmp_path / "notebooks", "briefing_broken")
    with pytest.raises(NotebookExecutionError) as err:
        build_report(
            "trade",
            {"language": "de"},
            out_dir=tmp_path / "r",
            notebooks_dir=notebooks,
            progress=False,
        )
    assert err.value.notebook == str(notebooks / "trade.ipynb")
    assert err.value.cell == 3
    assert err.value.error.startswith("ParameterError: briefing 'trade': language: 'fr' is not")
    assert err.value.saved == str(tmp_path / "r" / "failed" / "trade--language-de.ipynb")
    assert err.value.exit_code == 1


def test_a_missing_notebook_lists_the_available_ones(tmp_path, capsys):
    notebooks = _notebooks(tmp_path / "notebooks", "briefing_ok")
    with pytest.raises(BuildError) as err:
        build_report("education", out_dir=tmp_path / "r", notebooks_dir=notebooks)
    assert str(err.value) == (
        f"notebook {notebooks / 'education.ipynb'} not found; {notebooks} holds: trade.ipynb"
    )
    assert main(["report", "park_investment", "--notebooks", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.endswith("none holds no notebooks\n")
    assert not (tmp_path / "r").exists()


def test_bad_parameters_fail_before_the_notebook_is_looked_for(tmp_path):
    from bycn.exceptions import ParameterError

    with pytest.raises(ParameterError, match=r"^briefing 'trade': language: 'fr' is not allowed"):
        build_report(
            "trade", {"language": "fr"}, out_dir=tmp_path / "r", notebooks_dir=tmp_path / "missing"
        )


@pytest.mark.slow
def test_progress_names_the_report_each_step_and_its_seconds(built):
    # the fixture's HTML-only build, the one built with its progress on
    lines = built["progress"].splitlines()
    steps = [re.sub(r"\d+\.\d s", "N s", line) for line in lines if line.startswith("[")]
    assert steps == [
        "[trade--end-2023] executing notebook ... done in N s",
        "[trade--end-2023] rendering HTML ... done in N s",
        f"[trade--end-2023] wrote {built['default'].html.parent / 'trade--end-2023.html'} in N s",
    ]


@pytest.mark.slow
def test_nbconvert_finds_the_briefing_exporters(built, tmp_path):
    from nbconvert.exporters import get_exporter

    from bycn.build.exporter import BriefingPDFExporter

    assert get_exporter("briefing_pdf") is BriefingPDFExporter
    pdf, resources = BriefingPDFExporter().from_filename(str(built["default"].executed))
    assert pdf.startswith(b"%PDF-") and resources["output_extension"] == ".pdf"
    # The command line a user would type writes the same kind of file.
    copy = shutil.copy(built["default"].executed, tmp_path / "trade.ipynb")
    run = subprocess.run(
        [
            str(Path(sys.executable).with_name("jupyter")),
            "nbconvert",
            "--to",
            "briefing_pdf",
            str(copy),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    text, _ = _pdf_text(tmp_path / "trade.pdf")
    assert "Fixture briefing" in text


def test_the_build_kernel_has_loaded_the_briefing_modules_and_keeps_inline_plots(tmp_path):
    """The build kernel loads the briefing modules while it boots
    (bycn.build.kernel_launcher), done before the first cell runs; a notebook's pyplot
    figure still shows inline, as in Jupyter."""
    import nbformat

    from bycn.build.execute import execute_notebook, launch_kernel
    from bycn.build.kernel import kernel_session
    from bycn.build.kernel_launcher import PRELOADED

    notebook = tmp_path / "plots.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            f"import sys\nprint(sorted(set({PRELOADED!r}) - set(sys.modules)))"
        ),
        nbformat.v4.new_code_cell("import matplotlib\nprint(matplotlib.get_backend())"),
        nbformat.v4.new_code_cell("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()"),
    ]
    nbformat.write(nb, notebook)
    with kernel_session() as session:
        executed, _ = execute_notebook(
            notebook, {}, tmp_path / "out", "plots", launch_kernel(notebook, session)
        )
    missing, backend, plot = (cell.outputs for cell in executed.cells)
    assert missing[0]["text"].strip() == "[]"
    assert "inline" in backend[0]["text"]
    assert any("image/png" in output.get("data", {}) for output in plot)


def test_a_failed_preload_leaves_nothing_of_its_package_loaded(tmp_path, monkeypatch):
    """A preloaded import that fails (a race in the kernel's start, say) must not leave its
    package's submodules half set up for the notebook's own import: they are dropped; what
    loaded fine before it stays."""
    from bycn.build import kernel_launcher

    package = tmp_path / "preloadpkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "registry.py").write_text("BACKENDS = []\n", encoding="utf-8")
    (package / "broken.py").write_text(
        "from preloadpkg import registry\nraise ValueError('no such backend')\n",
        encoding="utf-8",
    )
    (tmp_path / "preloadfine.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(kernel_launcher, "PRELOADED", ("preloadfine", "preloadpkg.broken"))
    try:
        kernel_launcher._preload()
        assert "preloadfine" in sys.modules
        assert not [m for m in sys.modules if m.split(".")[0] == "preloadpkg"]
    finally:
        for module in [m for m in sys.modules if m.split(".")[0].startswith("preload")]:
            del sys.modules[module]


def test_a_preload_that_succeeds_keeps_what_it_loaded(tmp_path, monkeypatch):
    from bycn.build import kernel_launcher

    package = tmp_path / "preloadok"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "figure.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(kernel_launcher, "PRELOADED", ("preloadok.figure",))
    try:
        kernel_launcher._preload()
        assert {"preloadok", "preloadok.figure"} <= set(sys.modules)
    finally:
        for module in [m for m in sys.modules if m.split(".")[0] == "preloadok"]:
            del sys.modules[module]


def test_the_kernel_launcher_sets_jupyters_backend_before_it_loads_matplotlib(monkeypatch):
    """matplotlib reads MPLBACKEND once, when imported: the preloading thread must start
    after the launcher has set it, as ipykernel would (else plots go to no backend); a
    cell runs only once the thread is done."""
    import os
    from types import SimpleNamespace

    from ipykernel import kernelapp

    from bycn.build import kernel_launcher

    seen: dict[str, object] = {}
    hooks: dict[str, object] = {}

    class Thread:
        def __init__(self, **kwargs: object) -> None:
            pass

        def start(self) -> None:
            seen["backend when loading"] = os.environ.get("MPLBACKEND")

        def join(self) -> None:
            seen["joined"] = True

    events = SimpleNamespace(register=lambda event, hook: hooks.update({event: hook}))
    app = SimpleNamespace(
        initialize=lambda: None, start=lambda: None, shell=SimpleNamespace(events=events)
    )
    monkeypatch.setattr(os, "environ", {})
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(kernel_launcher.threading, "Thread", Thread)
    monkeypatch.setattr(kernelapp.IPKernelApp, "instance", lambda: app)
    kernel_launcher.main()
    assert seen == {"backend when loading": "module://matplotlib_inline.backend_inline"}
    hooks["pre_run_cell"](SimpleNamespace())
    assert seen["joined"]


def test_rendering_collects_garbage_less_often_and_restores_it_after_a_failure():
    import gc

    from bycn.build.render import RENDER_GC_THRESHOLD, fewer_collections

    before = gc.get_threshold()
    with pytest.raises(ValueError), fewer_collections():
        assert gc.get_threshold()[0] == RENDER_GC_THRESHOLD
        assert gc.get_freeze_count() > 0
        raise ValueError
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
