"""The project's own contracts: dependencies agree, imports stay light."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml
from tests.conftest import ROOT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {
        _name(r): r for r in project["dependencies"] + project["optional-dependencies"]["dev"]
    }
    environment = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda = {
        _name(d): d
        for d in environment["dependencies"]
        if isinstance(d, str) and _name(d) not in ("python", "pip")
    }
    assert sorted(conda) == sorted(wanted)
    for name, requirement in wanted.items():
        assert conda[name].replace(" ", "") == requirement.replace(" ", ""), name


def test_import_bycn_loads_no_heavy_library():
    heavy = ("matplotlib", "papermill", "nbconvert", "weasyprint", "pandas")
    code = f"import sys, bycn, bycn.cli; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_notebooks_are_committed_without_outputs():
    import json

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                assert cell.get("outputs") == [] and cell.get("execution_count") is None, path.name


def test_make_help_lists_every_target():
    result = subprocess.run(
        ["make", "--no-print-directory", "help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for target in ("setup", "test", "data", "reports", "report", "preview", "lint", "bench", "lab"):
        assert f"make {target} " in result.stdout
