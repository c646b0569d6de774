"""The command line: tables as CSV/JSON, byte-identical output, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bycn.cli import main
from bycn.schema import ARTICLES, FIGURES, FOOTNOTES

SPEC_COLUMNS = (
    "doc,figure_id,line,start,end,text,value,unit,item,qualifier,kind,article,sentence,"
    "footnote,source_title,source_url,source_year,as_of,topic"
)


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bycn", *args], capture_output=True, timeout=120)


def test_figures_csv_has_the_spec_columns_and_is_byte_identical(corpus_path, tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["figures", str(corpus_path), "-o", str(first)]) == 0
    assert main(["figures", str(corpus_path), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    header = first.read_text(encoding="utf-8").splitlines()[0]
    assert header == SPEC_COLUMNS == ",".join(FIGURES.names)


def test_json_format_and_standard_output(corpus_path, capsysbinary):
    assert main(["footnotes", str(corpus_path), "--format", "json"]) == 0
    rows = json.loads(capsysbinary.readouterr().out)
    assert list(rows[0]) == FOOTNOTES.names
    assert rows[1]["number"] == 2 and rows[1]["year"] == 2021


def test_articles_command_through_the_console_entry_point(corpus_path):
    result = run("articles", str(corpus_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == ",".join(ARTICLES.names)
    assert len(lines) == 6


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("figures", "footnotes", "articles", "series", "report"):
        assert command in result.stdout.decode()


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("command", ["figures", "footnotes", "articles"])
def test_missing_file(command, tmp_path, capsys):
    assert main([command, str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt: no such file" in _one_line_error(capsys)


def test_an_empty_folder_is_an_empty_corpus(tmp_path, capsys):
    assert main(["figures", str(tmp_path), "--no-cache"]) == 0
    assert capsys.readouterr().out.strip() == ",".join(FIGURES.names)


def test_not_utf8_names_the_byte_offset(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Größe 12 Unternehmen".encode("latin-1"))
    assert main(["figures", str(path)]) == 2
    assert "not UTF-8 (invalid byte 0xf6 at offset 2)" in _one_line_error(capsys)


def test_binary_file(tmp_path, capsys):
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert main(["figures", str(path)]) == 2
    assert "binary file" in _one_line_error(capsys)


@pytest.mark.parametrize("content", [b"", b"   \n\n  \n"])
def test_empty_file_gives_empty_tables_with_the_right_columns(tmp_path, content, capsysbinary):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    for command, schema in (("figures", FIGURES), ("footnotes", FOOTNOTES), ("articles", ARTICLES)):
        assert main([command, str(path)]) == 0
        assert capsysbinary.readouterr().out.decode() == ",".join(schema.names) + "\n"


def test_crlf_line_ends_parse_like_lf(corpus_path, tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(corpus_path.read_bytes().replace(b"\n", b"\r\n"))
    a, b = tmp_path / "lf.csv", tmp_path / "crlf.csv"
    assert main(["figures", str(corpus_path), "-o", str(a)]) == 0
    assert main(["figures", str(crlf), "-o", str(b)]) == 0

    def body(path):
        text = path.read_text(encoding="utf-8")
        return text.replace("belarus-china-2021-2023.de", "X").replace("crlf", "X")

    assert body(a) == body(b)


def test_text_without_footnotes(tmp_path, capsysbinary):
    path = tmp_path / "plain.txt"
    path.write_text("Der Handelsumsatz betrug 2021 fast 6 Milliarden Dollar.\n", encoding="utf-8")
    assert main(["footnotes", str(path)]) == 0
    assert capsysbinary.readouterr().out.decode() == ",".join(FOOTNOTES.names) + "\n"
    assert main(["figures", str(path), "--format", "json"]) == 0
    (row,) = json.loads(capsysbinary.readouterr().out)
    assert (row["value"], row["unit"], row["footnote"], row["source_url"]) == (6e9, "USD", None, "")


def test_bad_input_through_the_real_process_exits_2_with_one_line(tmp_path):
    result = run("figures", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().count("\n") == 1
    assert result.stderr.decode().startswith("bycn: error: ")


# Input that is not a text file (issue 10, item 8): refused in one line, exit 2.


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["figures", str(fifo)]) == 2
    assert f"{fifo}: is a FIFO (named pipe), not a regular file" in _one_line_error(capsys)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(device, capsys):
    assert main(["figures", device]) == 2
    assert f"{device}: is a character device, not a regular file" in _one_line_error(capsys)


def test_a_file_over_the_size_limit_is_refused(tmp_path, capsys, monkeypatch):
    from bycn.text import source

    path = tmp_path / "big.txt"
    path.write_bytes(b"Der Park hat 85 Einwohner.\n" * 100)
    monkeypatch.setattr(source, "MAX_SOURCE_BYTES", 1000)
    assert main(["figures", str(path)]) == 2
    assert f"{path}: larger than " in _one_line_error(capsys)
    monkeypatch.setattr(source, "MAX_SOURCE_BYTES", 2700)
    assert main(["figures", str(path), "-o", str(tmp_path / "out.csv")]) == 0


def test_the_documented_size_limit():
    from bycn.text.source import MAX_SOURCE_BYTES

    assert MAX_SOURCE_BYTES == 50_000_000  # README, "Bad input"


@pytest.mark.parametrize(
    ("codec", "bom", "said"),
    [
        ("utf-16", True, "UTF-16 text (little-endian, with a byte order mark)"),
        ("utf-16-be", False, "UTF-16 text (big-endian, no byte order mark)"),
        ("utf-16-le", False, "UTF-16 text (little-endian, no byte order mark)"),
        ("utf-32", True, "UTF-32 text (little-endian, with a byte order mark)"),
    ],
)
def test_utf16_is_named_and_the_conversion_given(tmp_path, capsys, codec, bom, said):
    path = tmp_path / "wide.txt"
    path.write_bytes("Der Handelsumsatz betrug 6 Milliarden Dollar.\n".encode(codec))
    assert main(["figures", str(path)]) == 2
    err = _one_line_error(capsys)
    assert f"{path}: {said}; convert it to UTF-8, e.g. iconv -f UTF-" in err
    assert "binary" not in err


def test_a_non_utf8_corpus_fails_bycn_report_before_any_kernel_starts(
    tmp_path, capsys, monkeypatch
):
    from bycn.build import pipeline

    def no_kernel(*args, **kwargs):
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(pipeline, "execute_notebook", no_kernel)
    corpus = tmp_path / "latin1.txt"
    corpus.write_bytes("Größe 12 Unternehmen".encode("latin-1"))
    out = tmp_path / "reports"
    assert main(["report", "trade", "-p", f"corpus={corpus}", "--out-dir", str(out), "-q"]) == 2
    assert f"{corpus}: not UTF-8 (invalid byte 0xf6 at offset 2)" in _one_line_error(capsys)
    assert not out.exists()
    # A folder corpus: every text file in it is checked.
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Der Park hat 85 Einwohner.\n", encoding="utf-8")
    (folder / "b.md").write_bytes("Größe".encode("utf-16"))
    from bycn.build.inputs import check_corpus
    from bycn.exceptions import InputError

    with pytest.raises(InputError, match=r"b\.md: UTF-16"):
        check_corpus(folder)
