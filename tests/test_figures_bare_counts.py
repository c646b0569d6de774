"""A count whose noun is left out after ``sind es`` / ``es sind`` (figures.md, "Spans").

``Im laufenden Studienjahr sind es rund 1.600``: with a count before it, the number counts
that count's noun (nouns.SentenceNouns.antecedent); with none, it is still a count, its
``item`` empty: the figure is there for the series layer to refer back to what the text
is about. A number with no such ``es`` before it and no noun stays no figure.
"""

from __future__ import annotations

import pytest

import bycn


def counts(text: str) -> list[tuple[str, float, str, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.unit, r.qualifier, r.item) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarussische Staatsangehörige studieren zunehmend in China: Im laufenden "
            "Studienjahr sind es rund 1.600, einschließlich der Stipendiaten.",
            [("rund 1.600", 1600.0, "count", "about", "")],
        ),
        (
            "Allein an der Belarussischen Staatlichen Universität sind es rund 2.300.",
            [("rund 2.300", 2300.0, "count", "about", "")],
        ),
        (
            "Inzwischen sind es schon mehr als 2.000.",
            [("mehr als 2.000", 2000.0, "count", "more_than", "")],
        ),
        ("Im Herbst waren es knapp 900.", [("knapp 900", 900.0, "count", "almost", "")]),
        ("Es sind derzeit etwa 450.", [("etwa 450", 450.0, "count", "about", "")]),
        (
            "Nach Angaben des Ministeriums seien es 3.100.",
            [("3.100", 3100.0, "count", "exact", "")],
        ),
        # with a count before it, its noun is what the number counts (as before)
        (
            "Im Jahr 2020 studierten 1.400 Belarussen in China. Heute sind es rund 1.600.",
            [
                ("1.400 Belarussen", 1400.0, "count", "exact", "Belarussen"),
                ("rund 1.600", 1600.0, "count", "about", "Belarussen"),
            ],
        ),
    ],
)
def test_a_count_after_sind_es_is_a_bare_count(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Es sind die 10 besten.",
        "Das Werk liegt 12 Kilometer entfernt, sagte er; es ist 1 von vielen.",
        "Die Anlage ging 2019 in Betrieb.",
        "Sie ist 12.",
        "Es gibt 5.",
        "Hier sind 4 zu sehen.",
    ],
)
def test_a_number_with_no_noun_and_no_es_of_a_count_is_no_bare_count(text):
    assert [c for c in counts(text) if c[2] == "count" and not c[4]] == []
