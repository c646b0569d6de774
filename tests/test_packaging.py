"""bycn installs like a library (issue 6, item 6): notebooks, catalog, texts and
templates ship in the package, and the kernel needs no ``ipykernel install``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src" / "bycn").rglob("__init__.py")
    }
    assert found | {"bycn.notebooks"} == listed
    assert config["tool"]["setuptools"]["package-dir"]["bycn.notebooks"] == "notebooks"


def test_the_data_files_are_found_through_the_package():
    from importlib import resources

    from bycn.build.inputs import shipped_notebooks

    names = {p.name for p in shipped_notebooks().iterdir()}
    assert {"trade.ipynb", "education.ipynb", "park_investment.ipynb"} <= names
    for package, name in (
        ("bycn.indicators", "catalog.yaml"),
        ("bycn.report", "texts.yaml"),
        ("bycn.text", "topics.yaml"),
    ):
        assert resources.files(package).joinpath(name).is_file(), name


def _copy_project(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".ipynb_checkpoints")
    for folder in ("src", "notebooks"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, target / name)
    return target


@pytest.mark.slow
def test_pip_install_into_a_fresh_venv_then_series_and_report_from_any_folder(
    tmp_path, corpus_path
):
    """Offline: the dependencies come from this environment, bycn only from its wheel."""
    project = _copy_project(tmp_path / "project")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # A plain path entry: this environment's packages, but not its editable bycn
    # (.pth files in that folder are not processed).
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "JUPYTER", "VIRTUAL_ENV"))
    }
    # nbconvert's templates are data files its installation puts under
    # <prefix>/share/jupyter; they come from this environment like nbconvert
    # itself. Nothing else of this environment's Jupyter data, and no kernel
    # spec installed anywhere Jupyter looks.
    jupyter_path = tmp_path / "jupyter-path"
    jupyter_path.mkdir()
    (jupyter_path / "nbconvert").symlink_to(Path(sys.prefix) / "share" / "jupyter" / "nbconvert")
    env.update(
        JUPYTER_DATA_DIR=str(tmp_path / "jupyter-data"),
        JUPYTER_PATH=str(jupyter_path),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "jupyter-runtime"),
        PIP_NO_INDEX="1",
    )
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            str(project),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    shutil.rmtree(project)  # nothing may come from the source tree any more

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [str(python), "-c", "import bycn.notebooks as n; print(n.__file__)"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
        check=True,
    )
    assert where.stdout.startswith(str(site)), where.stdout

    bycn = str(venv / "bin" / "bycn")
    series = subprocess.run(
        [bycn, "series", str(corpus_path)], capture_output=True, cwd=elsewhere, env=env
    )
    assert series.returncode == 0, series.stderr.decode()
    assert series.stdout.decode().count("\n") > 10

    report = subprocess.run(
        [bycn, "report", "trade", "-p", f"corpus={corpus_path}", "--out-dir", "out", "-q"],
        capture_output=True,
        cwd=elsewhere,
        env=env,
        timeout=300,
    )
    assert report.returncode == 0, report.stderr.decode()
    written = sorted(p.name for p in (elsewhere / "out").iterdir() if p.is_file())
    assert len(written) == 2 and written[0].endswith(".html") and written[1].endswith(".pdf")
    assert (elsewhere / "out" / written[1]).read_bytes().startswith(b"%PDF-")
