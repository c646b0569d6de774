"""Scoring the parser on the development set (``tests/fixtures/devset.yaml``) or the
held-out passages (``tests/fixtures/heldout.yaml``).

Each passage is parsed on its own; an annotated figure is found when a parsed
row stands on its line with its value and unit. Used by ``test_devset.py`` and
``make bench``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import yaml

import bycn

DEVSET = Path(__file__).resolve().parent / "fixtures" / "devset.yaml"
#: Passages annotated after the parser was tuned (see the file's header).
HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout.yaml"
#: Passages annotated after all tuning, run once (see the file's header).
HELDOUT2 = Path(__file__).resolve().parent / "fixtures" / "heldout2.yaml"
#: Passages annotated after the news-text round of 2026-11-26, run once.
HELDOUT3 = Path(__file__).resolve().parent / "fixtures" / "heldout3.yaml"
FIELDS = ("line", "text", "value", "unit", "item", "qualifier", "kind")


@dataclass
class Score:
    """Counts over the development set, and the rows that went wrong."""

    gold: int = 0
    parsed: int = 0
    matched: int = 0
    qualifier_right: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    wrong_qualifier: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.parsed if self.parsed else 1.0

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_right / self.matched if self.matched else 1.0


def passages(path: Path = DEVSET) -> list[dict]:
    """The passages, each with its figures as dicts of :data:`FIELDS`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for passage in data:
        rows = []
        for written in passage["figures"]:
            parts = [part.strip() for part in written.split(";")]
            row = dict(zip(FIELDS, parts, strict=True))
            row["line"], row["value"] = int(row["line"]), float(row["value"])
            rows.append(row)
        passage["figures"] = rows
    return data


def score(data: list[dict] | None = None) -> Score:
    """Recall, precision and qualifier accuracy of the parser on the development set."""
    result = Score()
    for passage in data or passages():
        parsed = bycn.parse_text(passage["text"]).figures.to_dict("records")
        used: set[int] = set()
        result.gold += len(passage["figures"])
        result.parsed += len(parsed)
        for gold in passage["figures"]:
            hit = next(
                (
                    i
                    for i, row in enumerate(parsed)
                    if i not in used
                    and row["line"] == gold["line"]
                    and row["unit"] == gold["unit"]
                    and math.isclose(row["value"], gold["value"], rel_tol=1e-9)
                ),
                None,
            )
            where = f"{passage['id']}:{gold['line']}"
            if hit is None:
                result.missed.append(f"{where} {gold['text']!r} {gold['value']:g} {gold['unit']}")
                continue
            used.add(hit)
            result.matched += 1
            if parsed[hit]["qualifier"] == gold["qualifier"]:
                result.qualifier_right += 1
            else:
                result.wrong_qualifier.append(
                    f"{where} {gold['text']!r}: {parsed[hit]['qualifier']}, "
                    f"annotated {gold['qualifier']}"
                )
        for i, row in enumerate(parsed):
            if i not in used:
                result.extra.append(
                    f"{passage['id']}:{row['line']} {row['text']!r} {row['value']:g} {row['unit']}"
                )
    return result
