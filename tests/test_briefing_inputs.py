"""Each briefing's inputs (the digest of its points) change when its points do, and only
then: `make reports` rebuilds the briefings a changed corpus changes."""

from __future__ import annotations

from pathlib import Path

from bycn.build.inputs import write_briefing_inputs
from bycn.cli import main
from bycn.indicators.stored import corpus_points

PARK = "---\ndate: 2023-05-02\n---\nDer Park zählt {n} Einwohner.\n"
TRADE = (
    "---\ndate: 2023-05-02\n---\nDer Handel zwischen Belarus und China erreichte 2022 "
    "rund {n} Milliarden US-Dollar.\n"
)


def _write(corpus: Path, inputs: Path, cache: Path) -> list[str]:
    """The inputs of the corpus's points, as the parse step writes them."""
    return write_briefing_inputs(corpus_points(corpus, cache=cache), inputs)


def _times(folder: Path) -> dict[str, int]:
    return {p.stem: p.stat().st_mtime_ns for p in folder.glob("*.points")}


def test_a_briefings_inputs_are_rewritten_when_its_points_change_and_only_then(tmp_path):
    corpus, cache, inputs = tmp_path / "raw", tmp_path / "cache", tmp_path / "inputs"
    corpus.mkdir()
    (corpus / "park.md").write_text(PARK.format(n=107), encoding="utf-8")
    written = _write(corpus, inputs, cache)
    assert sorted(written) == ["education", "park_investment", "trade"]  # all new
    before = _times(inputs)
    assert _write(corpus, inputs, cache) == []
    assert _times(inputs) == before  # not even touched
    (corpus / "handel.md").write_text(TRADE.format(n="5,1"), encoding="utf-8")  # added
    assert _write(corpus, inputs, cache) == ["trade"]
    (corpus / "handel.md").write_text(TRADE.format(n="5,4"), encoding="utf-8")  # changed
    assert _write(corpus, inputs, cache) == ["trade"]
    (corpus / "park.md").write_text(PARK.format(n=107) + "\n", encoding="utf-8")
    assert _write(corpus, inputs, cache) == []  # the same points
    (corpus / "park.md").unlink()  # removed
    assert _write(corpus, inputs, cache) == ["park_investment"]
    assert _times(inputs)["education"] == before["education"]


def test_bycn_series_writes_the_inputs_beside_the_series(tmp_path, capsys):
    corpus = tmp_path / "raw"
    corpus.mkdir()
    (corpus / "park.md").write_text(PARK.format(n=107), encoding="utf-8")
    series = tmp_path / "series.csv"
    args = ["series", str(corpus), "--cache", str(tmp_path / "c"), "-o", str(series)]
    assert main([*args, "--inputs", str(tmp_path / "inputs")]) == 0
    assert "park.residents" in series.read_text(encoding="utf-8")
    assert sorted(_times(tmp_path / "inputs")) == ["education", "park_investment", "trade"]
