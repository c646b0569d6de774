"""Writing output (issue 10, items 3 and 4): what ``-o`` and ``--out-dir`` do to what is there.

``-o`` writes through a link, writes a special file in place, keeps a file's
mode, and replaces a regular file atomically; every write error is one line
and exit status 2.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bycn.cli import main
from bycn.exceptions import OutputError
from bycn.output import write_bytes


def _bycn(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bycn", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
    )


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("bycn: error: "), err
    assert "Traceback" not in err
    return err


def test_a_symlink_stays_a_link_and_its_target_gets_the_data(corpus_path, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert main(["articles", str(corpus_path), "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("doc,")


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "new.csv")
    write_bytes(link, b"x\n")
    assert link.is_symlink() and (tmp_path / "new.csv").read_bytes() == b"x\n"


def test_a_special_file_is_written_in_place(corpus_path, tmp_path):
    # A FIFO stands in for /dev/null (replacing a device needs root to show):
    # it must stay a FIFO, and a reader on it gets the table.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    assert main(["articles", str(corpus_path), "-o", str(fifo)]) == 0
    out, _ = reader.communicate(timeout=30)
    assert out.startswith(b"doc,")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_dev_null_stays_a_device(corpus_path):
    before = os.stat(os.devnull)
    assert main(["articles", str(corpus_path), "-o", os.devnull]) == 0
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_an_existing_file_keeps_its_mode(corpus_path, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    assert main(["articles", str(corpus_path), "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("doc,")


def test_a_regular_file_is_replaced_atomically_and_no_temporary_file_stays(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    inode = target.stat().st_ino
    write_bytes(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert target.stat().st_ino != inode  # a new file renamed over the old one
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(corpus_path):
    with open("/dev/full", "wb") as full:
        result = _bycn("figures", str(corpus_path), stdout=full)
    assert result.returncode == 2
    err = _one_line(result.stderr.decode())
    assert "cannot write standard output: No space left on device" in err


def test_a_closed_pipe_is_quiet(corpus_path):
    # `bycn figures ... | head -1`: no traceback, no message, the shell's SIGPIPE status.
    run = subprocess.run(
        f"'{sys.executable}' -m bycn figures '{corpus_path}' | head -c 1 >/dev/null;"
        " exit ${PIPESTATUS[0]}",
        shell=True,
        executable="bash",
        capture_output=True,
        timeout=120,
    )
    assert run.stderr == b""
    assert run.returncode in (0, 141)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/proc/bycn-test.csv", "cannot write /proc/bycn-test.csv: "),
        ("{tmp}", "cannot write {tmp}: it is a directory"),
        ("{tmp}/missing/out.csv", "cannot write {tmp}/missing/out.csv: its folder "),
    ],
)
def test_output_that_cannot_be_written_is_one_line_and_exit_2(
    corpus_path, tmp_path, capsys, target, message
):
    target = target.format(tmp=tmp_path)
    assert main(["articles", str(corpus_path), "-o", target]) == 2
    err = _one_line(capsys.readouterr().err)
    assert message.format(tmp=tmp_path) in err
    # A missing folder is refused, not created.
    assert not (tmp_path / "missing").exists()


def test_data_out_dir_onto_a_file(corpus_path, tmp_path, capsys):
    file = tmp_path / "file"
    file.write_text("x")
    assert main(["data", str(corpus_path), "--out-dir", str(file)]) == 2
    assert f"--out-dir {file} is not a folder" in _one_line(capsys.readouterr().err)
    assert main(["data", str(corpus_path), "--out-dir", str(file / "below")]) == 2
    _one_line(capsys.readouterr().err)


def test_data_out_dir_is_created_and_said(corpus_path, tmp_path, capsys):
    out = tmp_path / "new" / "processed"
    assert main(["data", str(corpus_path), "--out-dir", str(out)]) == 0
    assert (out / "figures.csv").is_file()
    assert f"wrote {out / 'figures.csv'}" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to any folder")
def test_an_unwritable_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="Permission denied"):
            write_bytes(folder / "a.csv", b"x")
    finally:
        folder.chmod(0o700)


def test_report_out_dir_that_cannot_be_written_fails_before_any_kernel(tmp_path, capsys):
    file = tmp_path / "file"
    file.write_text("x")
    for out in ("/proc/bycn-reports", str(file), str(file / "below")):
        assert main(["report", "trade", "--out-dir", out, "-q"]) == 2
        err = _one_line(capsys.readouterr().err)
        assert f"--out-dir {out}" in err
    assert not Path("/proc/bycn-reports").exists()
