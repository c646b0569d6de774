"""Each briefing's inputs (the digest of its points) change when its points do, and only
then: `make reports` rebuilds the briefings a changed corpus changes."""

from __future__ import annotations

from pathlib import Path

from bycn.build.inputs import write_briefing_inputs
from bycn.cli import main

PARK = "---\ndate: 2023-05-02\n---\nDer Park zählt {n} Einwohner.\n"
TRADE = (
    "---\ndate: 2023-05-02\n---\nDer Handel zwischen Belarus und China erreichte 2022 "
    "rund {n} Milliarden US-Dollar.\n"
)


def _times(folder: Path) -> dict[str, int]:
    return {p.stem: p.stat().st_mtime_ns for p in folder.glob("*.points")}


def test_a_briefings_inputs_are_rewritten_when_its_points_change_and_only_then(tmp_path):
    corpus, cache, inputs = tmp_path / "raw", tmp_path / "cache", tmp_path / "inputs"
    corpus.mkdir()
    (corpus / "park.md").write_text(PARK.format(n=107), encoding="utf-8")
    written = write_briefing_inputs(corpus, inputs, cache=cache)
    assert sorted(written) == ["education", "park_investment", "trade"]  # all new
    before = _times(inputs)
    assert write_briefing_inputs(corpus, inputs, cache=cache) == []
    assert _times(inputs) == before  # not even touched
    (corpus / "handel.md").write_text(TRADE.format(n="5,1"), encoding="utf-8")  # added
    assert write_briefing_inputs(corpus, inputs, cache=cache) == ["trade"]
    (corpus / "handel.md").write_text(TRADE.format(n="5,4"), encoding="utf-8")  # changed
    assert write_briefing_inputs(corpus, inputs, cache=cache) == ["trade"]
    (corpus / "park.md").write_text(PARK.format(n=107) + "\n", encoding="utf-8")
    assert write_briefing_inputs(corpus, inputs, cache=cache) == []  # the same points
    (corpus / "park.md").unlink()  # removed
    assert write_briefing_inputs(corpus, inputs, cache=cache) == ["park_investment"]
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
