"""A count whose noun is left out after ``sind es`` / ``es sind`` (figures.md, "Spans": the
span is the bare number, ``item`` the noun it counts, taken from the text before it).

Two places the noun stands that a count before it does not give: the plural noun the
sentence opens with, before a colon or semicolon (``Belarussische Staatsangehörige nutzen
zunehmend ... ein Studium in China: Im laufenden Studienjahr sind es rund 1.600``), and the
count of the paragraph before when the paragraph opens with a part of that set (``...
mehr als 11.000 junge Menschen.`` / ``Allein an der BSU sind es rund 2.300.``). With
neither, a bare number stays no figure (test_figures_forms: ``Jetzt sind es 121.``).
"""

from __future__ import annotations

import pytest

import bycn


def counts(text: str) -> list[tuple[str, float, str, str]]:
    frame = bycn.parse_text(text).figures
    return [(r.text, r.value, r.qualifier, r.item) for r in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarussische Staatsangehörige nutzen zunehmend die Möglichkeit eines Studiums in "
            "China: Im laufenden Studienjahr sind es rund 1.600, einschließlich der Stipendiaten.",
            [("rund 1.600", 1600.0, "about", "Staatsangehörige")],
        ),
        (
            "Chinesische Touristen kommen immer öfter nach Belarus: Im Vorjahr waren es 15.400.",
            [("15.400", 15400.0, "exact", "Touristen")],
        ),
        (
            "Immer mehr Studierende aus China kommen nach Minsk; derzeit sind es über 11.000.",
            [("über 11.000", 11000.0, "more_than", "Studierende")],
        ),
        (
            "Belarussische Betriebe drängen auf den chinesischen Markt: Es sind inzwischen "
            "knapp 190.",
            [("knapp 190", 190.0, "almost", "Betriebe")],
        ),
        (
            "Gemeinsame Labore entstehen an vielen Hochschulen: Allein an der BNTU sind es 14.",
            [("14", 14.0, "exact", "Labore")],
        ),
    ],
)
def test_after_a_colon_sind_es_counts_the_noun_the_sentence_opens_with(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("opening", "part"),
    [
        ("Allein an der Belarussischen Staatlichen Universität sind es rund 2.300.", "rund 2.300"),
        ("Davon lernen rund 2.300 an der BSU.", "rund 2.300"),
        ("Darunter sind etwa 1.900 an der BNTU eingeschrieben.", "etwa 1.900"),
        ("Von ihnen lernen rund 2.300 in Minsk.", "rund 2.300"),
        ("Allein in Minsk sind es rund 2.300.", "rund 2.300"),
        # every part word of the lexicon (carried builds its pattern from part_words)
        ("Unter ihnen sind rund 2.300 an der BSU eingeschrieben.", "rund 2.300"),
        ("Von denen lernen etwa 1.900 in Minsk.", "etwa 1.900"),
    ],
)
def test_a_paragraph_opening_with_a_part_counts_the_count_before(opening, part):
    text = (
        "Gegenwärtig studieren an belarussischen Hochschulen mehr als 11.000 junge Menschen aus "
        f"der Volksrepublik.\n\n{opening}\n"
    )
    found = {t: item for t, _, _, item in counts(text)}
    assert found[part] == "Menschen"


@pytest.mark.parametrize(
    "text",
    [
        # the noun the sentence opens with is no count's ("Der Handel")
        "Der Handel wächst: Im Vorjahr waren es 15.400.",
        # no colon: the sentence's opening noun is not what "es" stands for
        "Heute sind es 120.",
        "Inzwischen sind es schon mehr als 2.000.",
        # a paragraph that does not open with a part of the set counted before
        "Im Park sind 120 Firmen registriert.\n\nJetzt sind es 140.",
        "Im Park sind 120 Firmen registriert.\n\nIm Vorjahr waren es 100.",
        # two paragraphs away
        "Im Park sind 120 Firmen registriert.\n\nDer Park wächst.\n\nAllein aus China sind es 40.",
    ],
)
def test_a_bare_number_with_no_noun_before_it_is_no_figure(text):
    assert [c for c in counts(text) if c[0][-1].isdigit()] == []
