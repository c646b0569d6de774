"""No debris from interrupted builds (issue 10, item 6).

SIGTERM and SIGHUP clean up at once; what SIGKILL leaves, the next build removes,
and only files whose build is provably over.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from bycn.build.debris import STALE_AFTER, is_stale, sweep

SLEEPY_START = 2099  # the fixture notebook sleeps when start has this value


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_files_of_a_finished_process_are_swept_and_others_kept(tmp_path):
    dead, alive = _dead_pid(), os.getppid()
    stale = tmp_path / f".trade.html.bycn-{dead}-abcd_123.tmp"
    running = tmp_path / f".trade.html.bycn-{alive}-abcd_123.tmp"
    mine = tmp_path / f".trade.bycn-{os.getpid()}-abcd_123.ipynb"
    other = tmp_path / ".trade.html.tmp"  # not a bycn temporary name: not ours to judge
    kernels = tmp_path / "runtime"
    kernel_dead = kernels / f"bycn-{dead}-k1k2k3k4"
    kernel_alive = kernels / f"bycn-{alive}-k1k2k3k4"
    for folder in (kernel_dead, kernel_alive):
        folder.mkdir(parents=True)
        (folder / "kernel.json").write_text("{}")
    for path in (stale, running, mine, other):
        path.write_text("")
    removed = sweep([tmp_path], kernels)
    assert sorted(removed) == sorted([stale, kernel_dead])
    assert running.exists() and mine.exists() and other.exists() and kernel_alive.exists()


def test_an_old_file_is_stale_even_if_its_process_id_is_in_use(tmp_path):
    path = tmp_path / f".trade.pdf.bycn-{os.getppid()}-abcd1234.tmp"
    path.write_text("")
    assert not is_stale(path)
    old = time.time() - STALE_AFTER - 60
    os.utime(path, (old, old))
    assert is_stale(path)


def _sleepy_notebooks(folder: Path) -> Path:
    """A ``trade`` notebook that takes the trade parameters and sleeps for start=2099."""
    folder.mkdir(parents=True)
    parameters = nbformat.v4.new_code_cell(
        'corpus = None\nstart = None\nend = None\nlanguage = "en"\nregion = "all"'
    )
    parameters.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Sleepy"),
            parameters,
            nbformat.v4.new_code_cell(
                f"import time\nif start == {SLEEPY_START}:\n    time.sleep(120)"
            ),
        ]
    )
    nb.metadata["kernelspec"] = {"name": "bycn", "display_name": "bycn", "language": "python"}
    nbformat.write(nb, folder / "trade.ipynb")
    return folder


def _start_build(tmp_path: Path, *extra: str, quiet: bool = True) -> subprocess.Popen:
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    args = ["report", "trade", "--notebooks", str(tmp_path / "nb"), "--out-dir"]
    process = subprocess.Popen(
        [sys.executable, "-m", "bycn", *args, str(tmp_path / "out"), "--no-pdf", *extra]
        + (["-q"] if quiet else []),
        stderr=subprocess.PIPE,
        env=env,
    )
    return process


def _wait_for_kernel(process: subprocess.Popen, tmp_path: Path) -> list[int]:
    """Wait until the kernel runs the sleeping cell; return the build's child processes."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        folders = list((tmp_path / "runtime").glob("bycn-*"))
        if folders and (folders[0] / "kernel.json").exists():
            break
        time.sleep(0.2)
    else:
        pytest.fail("the kernel did not start")
    time.sleep(3)  # the kernel is now in the sleeping cell
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    return [int(pid) for pid in children]


def _debris(tmp_path: Path) -> list[str]:
    out = [p.name for p in (tmp_path / "out").rglob(".*")]
    runtime = [p.name for p in (tmp_path / "runtime").iterdir()]
    return out + runtime


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_sigterm_sighup_and_ctrl_c_leave_nothing_behind(tmp_path, signum):
    _sleepy_notebooks(tmp_path / "nb")
    process = _start_build(tmp_path, "-p", f"start={SLEEPY_START}")
    kernels = _wait_for_kernel(process, tmp_path)
    assert kernels and _debris(tmp_path)  # the temporary notebook, the kernel folder
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signum
    assert err.decode() == f"bycn: interrupted ({signal.Signals(signum).name})\n"
    assert _debris(tmp_path) == []
    assert all(_gone(pid) for pid in kernels)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_the_next_build_removes_what_sigkill_left(tmp_path):
    _sleepy_notebooks(tmp_path / "nb")
    process = _start_build(tmp_path, "-p", f"start={SLEEPY_START}")
    kernels = _wait_for_kernel(process, tmp_path)
    process.kill()
    process.communicate(timeout=60)
    for pid in kernels:  # the orphaned kernel would follow its parent; do not wait for it
        os.kill(pid, signal.SIGKILL)
    left = _debris(tmp_path)
    assert any(name.endswith(".ipynb") for name in left), left
    assert any(name.startswith("bycn-") for name in left), left

    process = _start_build(tmp_path, quiet=False)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    assert "temporary files left by interrupted builds" in err.decode()
    assert _debris(tmp_path) == []
    assert (tmp_path / "out" / "trade.html").is_file()
