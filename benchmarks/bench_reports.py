"""Benchmark: building the briefings with bycn against the plain three-CLI pipeline.

Measured in one run, on the same notebooks, into temporary folders (the
repository's reports/ is never touched):

* per briefing, in this process via :func:`bycn.build.build_report`: seconds
  to execute, render HTML, make the PDF (imports are paid by the first one);
* the real ``make reports``, from clean, into a temporary ``REPORTS_DIR``:
  with its default of one job per core, and one at a time (``make -j1``);
* the plain pipeline, one after another: ``papermill`` CLI, then
  ``jupyter nbconvert --to html --no-input`` CLI, then ``weasyprint`` CLI on
  that HTML;

and the ratio plain / bycn (the target is at least 2).

    python benchmarks/bench_reports.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main", "measure", "shell_environment"]

REPO = Path(__file__).resolve().parents[1]
BRIEFINGS = ("trade", "education", "park_investment")
BIN = Path(sys.executable).parent


def _run(args: Sequence[str | Path], cwd: Path, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    return time.perf_counter() - start


def _in_process(notebooks: Path, work: Path) -> dict[str, tuple[float, float, float]]:
    from bycn.build import build_report

    steps = {}
    for name in BRIEFINGS:
        result = build_report(
            name, {}, out_dir=work / "in-process", notebooks_dir=notebooks, progress=False
        )
        steps[name] = (result.execute_seconds, result.html_seconds, result.pdf_seconds)
    return steps


def _make_reports(out_dir: Path, jobs: int | None) -> float:
    """The real ``make reports`` from clean, into ``out_dir`` (default jobs: one per core)."""
    flags = [] if jobs is None else [f"-j{jobs}"]
    return _run(
        ["make", "--no-print-directory", *flags, "reports", f"REPORTS_DIR={out_dir}"],
        cwd=REPO,
        env=shell_environment(),
    )


def shell_environment() -> dict[str, str]:
    """This process's environment as a user's shell has it for ``make``.

    Under ``make bench`` the outer make's MAKELEVEL and MAKEFLAGS would turn a ``make``
    run here into a sub-make of it, whose job server it cannot reach (its pipe is not
    passed on): it would build one job at a time.
    """
    return {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}


def _plain(notebooks: Path, out_dir: Path) -> dict[str, tuple[float, float, float]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    steps = {}
    for name in BRIEFINGS:
        executed = out_dir / f"{name}.ipynb"
        html = out_dir / f"{name}.html"
        steps[name] = (
            _run(
                [
                    BIN / "papermill",
                    notebooks / f"{name}.ipynb",
                    executed,
                    "-k",
                    "bycn",
                    "--cwd",
                    notebooks,
                    "--no-progress-bar",
                ],
                cwd=REPO,
            ),
            _run(
                [
                    BIN / "jupyter",
                    "nbconvert",
                    "--to",
                    "html",
                    "--no-input",
                    executed,
                    "--output-dir",
                    out_dir,
                ],
                cwd=REPO,
            ),
            _run([BIN / "weasyprint", html, out_dir / f"{name}.pdf"], cwd=REPO),
        )
    return steps


def measure(notebooks: Path = REPO / "notebooks", repeat: int = 1) -> dict[str, object]:
    """Run every measurement ``repeat`` times; keep the fastest of each."""
    notebooks = notebooks.resolve()
    best: dict[str, object] = {}
    for _ in range(repeat):
        work = Path(tempfile.mkdtemp(prefix="bycn-bench-"))
        try:
            run = {
                "in_process": _in_process(notebooks, work),
                "make": _make_reports(work / "make", jobs=None),
                "make_j1": _make_reports(work / "make-j1", jobs=1),
                "plain": _plain(notebooks, work / "plain"),
            }
        finally:
            shutil.rmtree(work, ignore_errors=True)
        for key, value in run.items():
            if key not in best or _total(value) < _total(best[key]):
                best[key] = value
    return best


def _total(value: object) -> float:
    if isinstance(value, dict):
        return sum(sum(steps) for steps in value.values())
    return float(value)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs; the fastest counts")
    args = parser.parse_args(argv)
    figures = measure(REPO / "notebooks", args.repeat)
    in_process, plain = figures["in_process"], figures["plain"]

    print("report builds (seconds)                 execute    html     pdf   total")
    for name in BRIEFINGS:
        for label, steps in (("bycn, in process", in_process[name]), ("plain CLIs", plain[name])):
            print(
                f"  {name:<16} {label:<18} {steps[0]:7.2f} {steps[1]:7.2f} "
                f"{steps[2]:7.2f} {sum(steps):7.2f}"
            )
    plain_total = _total(plain)
    make, make_j1 = figures["make"], figures["make_j1"]
    cores = os.cpu_count() or 1
    print(
        f"all three, plain pipeline (papermill, nbconvert, weasyprint CLIs): {plain_total:6.2f} s"
    )
    print(
        f"all three, make reports (default: {cores} jobs on {cores} cores):            "
        f"{make:6.2f} s  ({plain_total / make:.2f}x faster; target 2x)"
    )
    print(
        f"all three, make -j1 reports (one at a time):                       "
        f"{make_j1:6.2f} s  ({plain_total / make_j1:.2f}x faster)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
