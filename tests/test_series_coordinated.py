"""Two figures joined by "und", each with its own noun phrase: each is read in its own clause;
and Belarusians studying in China in more of the wordings agencies use (issue 7). Test texts
of our own, in the style of agency reports, with counter-examples."""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.indicators.catalog import load_catalog
from bycn.indicators.scopes import figure_scopes

Point = tuple[str, float, str]


points = points_of(
    "indicator value qualifier", date="2024-07-03", opening="MINSK, 3. Juli (BelTA) – "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each count's own nationality decides, not the other's in the same sentence.
        (
            "Heute studieren mehr als 900 belarussische Studenten in China und etwa 10.000 "
            "chinesische Studenten in Belarus.",
            [
                ("edu.students_by_in_cn", 900.0, "more_than"),
                ("edu.students_cn_in_by", 10000.0, "about"),
            ],
        ),
        (
            "Derzeit sind rund 1.200 Belarussen an chinesischen Hochschulen eingeschrieben und "
            "knapp 9.000 chinesische Studierende in Belarus.",
            [
                ("edu.students_by_in_cn", 1200.0, "about"),
                ("edu.students_cn_in_by", 9000.0, "almost"),
            ],
        ),
        # Coordinated by a comma: the second clause names its own quantity, whose growth is
        # no export growth.
        (
            "Der Warenexport der Residenten des Industrieparks Great Stone ist um das 1,2-fache "
            "gestiegen, die ausländischen Direktinvestitionen um das 2-fache.",
            [("park.exports", 1.2, "exact")],
        ),
        (
            "Die Residenten des Industrieparks Great Stone exportierten Waren für 210 Millionen "
            "Dollar, ein Plus von 31 Prozent.",
            [("park.exports", 31.0, "exact"), ("park.exports", 2.1e8, "exact")],
        ),
        # Counter-examples: a range is one clause, and both of its ends stay the turnover's.
        (
            "Der Handel zwischen Belarus und China soll 2025 zwischen 9 und 10 Milliarden "
            "Dollar erreichen.",
            [("trade.turnover", 9e9, "exact"), ("trade.turnover", 1e10, "exact")],
        ),
        # ... and "und" before a year parts nothing.
        (
            "Der Handelsumsatz zwischen Belarus und China lag in den Jahren 2022 und 2023 bei "
            "jeweils über 5 Milliarden Dollar.",
            [("trade.turnover", 5e9, "more_than")],
        ),
    ],
)
def test_each_of_two_figures_joined_by_und_is_read_in_its_own_clause(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


def test_a_figure_is_placed_at_its_own_number_not_inside_another() -> None:
    # "2-fache" stands inside "1,2-fache" too: the figure is the later one, whose clause
    # names the investments, not the exports.
    sentence = "Der Export stieg um das 1,2-fache, die Investitionen um das 2-fache."
    figures = {
        "figure_id": ["d:1:19", "d:1:56"],
        "doc": ["d", "d"],
        "line": [1, 1],
        "start": [19, 56],
        "text": ["1,2-fache", "2-fache"],
        "value": [1.2, 2.0],
        "unit": ["times", "times"],
        "item": ["", ""],
        "qualifier": ["exact", "exact"],
        "article": ["", ""],
        "sentence": [sentence, sentence],
        "as_of": ["", ""],
        "source_url": ["", ""],
        "source_year": [None, None],
    }
    first, second = figure_scopes(figures, load_catalog().clause_boundary)
    assert (first.clause, second.clause) == (
        "Der Export stieg um das 1,2-fache",
        "die Investitionen um das 2-fache.",
    )
    assert second.position == sentence.index("das 2-fache") + 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fast 900 belarussische Bürger werden derzeit in China ausgebildet.",
            [("edu.students_by_in_cn", 900.0, "almost")],
        ),
        (
            "Rund 1.200 belarussische Staatsbürger studieren an Hochschulen der "
            "Volksrepublik China.",
            [("edu.students_by_in_cn", 1200.0, "about")],
        ),
        (
            "Rund 1.200 belarussische Studenten sind an Universitäten Chinas eingeschrieben.",
            [("edu.students_by_in_cn", 1200.0, "about")],
        ),
        (
            "Derzeit lernen in China über 2.500 belarussische Studenten.",
            [("edu.students_by_in_cn", 2500.0, "more_than")],
        ),
        # Counter-examples: citizens who do not study, skilled workers trained, students at
        # home, a language course's learners.
        ("In China lernen 300 Belarussen Chinesisch in Sprachkursen.", []),
        ("In Belarus leben rund 3.000 belarussische Bürger chinesischer Herkunft.", []),
        ("In China wurden 500 belarussische Fachkräfte ausgebildet.", []),
        ("Rund 1.200 belarussische Studenten studieren an Universitäten in Belarus.", []),
    ],
)
def test_belarusians_studying_in_china_as_citizens_and_at_chinas_universities(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insgesamt studieren an den Hochschulen in Belarus mehr als 11.000 Bürger Chinas.",
            [("edu.students_cn_in_by", 11000.0, "more_than")],
        ),
        # the year's intake is no count of all the students
        (
            "Im neuen Studienjahr haben belarussische Universitäten rund 2.000 Studierende aus "
            "China aufgenommen.",
            [],
        ),
        ("An belarussischen Hochschulen sind 1.500 neue Studierende aus China eingeschrieben.", []),
    ],
)
def test_chinese_students_as_citizens_of_china_and_not_the_years_intake(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected
