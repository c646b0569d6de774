"""A figure after a relative clause set between commas (round 25, G): "Die Zahl der
chinesischen Studierenden in Belarus, die derzeit bei rund 11.000 liegt, soll bis 2030 auf
15.000 steigen": the clause runs on past the relative clause to its noun, the subject of
the verb right after it (soll, wird, stieg, erreichte, ...).

Texts of our own in the style of ministry communiqués; counter-examples: a clause of its
own after the relative clause keeps its own start.
"""

from __future__ import annotations

import re

import pytest
from tests.conftest import points_of

from bycn.indicators.clauses import Clauses

points = points_of("indicator as_of value", date="2026-03-10")

_NOW = ("edu.students_cn_in_by", "2026-03", 11000.0)
_TARGET = ("edu.students_cn_in_by", "2030", 15000.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Zahl der chinesischen Studierenden in Belarus, die derzeit bei rund 11.000 "
        "liegt, soll bis 2030 auf 15.000 steigen.",
        "Die Zahl der Studierenden aus China in Belarus, die heute rund 11.000 beträgt, "
        "wird bis 2030 auf 15.000 wachsen.",
        "Die Zahl der chinesischen Studenten in Belarus, die sich derzeit auf 11.000 "
        "beläuft, soll bis 2030 15.000 erreichen.",
        "Die Zahl der chinesischen Studierenden in Belarus, welche derzeit rund 11.000 "
        "ausmacht, soll sich bis 2030 auf 15.000 erhöhen.",
    ],
)
def test_a_target_after_the_relative_clause(sentence: str) -> None:
    assert points(sentence) == [_NOW, _TARGET]


def test_a_level_after_the_relative_clause() -> None:
    found = points(
        "Die Zahl der chinesischen Studierenden in Belarus, die 2025 bei 11.000 lag, "
        "erreichte 2026 rund 12.500."
    )
    assert found == [
        ("edu.students_cn_in_by", "2025", 11000.0),
        ("edu.students_cn_in_by", "2026", 12500.0),
    ]


_CLAUSES = Clauses(re.compile(r",(?!\d)"))


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the verb right after the relative clause: one clause with its noun
        (
            "Die Zahl der Studierenden, die derzeit bei 11.000 liegt, soll auf 15.000 steigen",
            "Die Zahl der Studierenden, die derzeit bei 11.000 liegt, soll auf 15.000 steigen",
        ),
        # counter-examples: the noun of a preposition before it, no subject
        (
            "Von den Investitionen, die die Residenten zugesagt haben, sind 15.000 umgesetzt",
            "sind 15.000 umgesetzt",
        ),
        # ... and a clause of its own after it
        (
            "Die Zahl der Studierenden, die derzeit bei 11.000 liegt, und die Exporte auf 15.000",
            "und die Exporte auf 15.000",
        ),
        (
            "Die Zahl der Studierenden, die bei 11.000 liegt, sagte er mit Blick auf 15.000",
            "sagte er mit Blick auf 15.000",
        ),
        (
            "Die Zahl der Studierenden, die derzeit bei 11.000 liegt, der Export 15.000",
            "der Export 15.000",
        ),
    ],
)
def test_the_clause_runs_past_a_relative_clause(sentence: str, clause: str) -> None:
    at = sentence.index("15.000")
    assert _CLAUSES.figure_clause(sentence, at, 6) == clause
