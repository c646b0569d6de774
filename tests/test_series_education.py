"""Education and science points (issue 7; indicators.md, edu.*): student counts said with a
scale word, by young people or citizens "of our country", or by a count that refers back
to the students the sentence before tells of; one university's students, contracts and
growth, a joint institute's students; and whose a count of joint structures is when the
academy is named only as who told it. Texts of our own in the style of agency reports,
with counter-examples the rules must not take."""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

from bycn.indicators.catalog import load_catalog
from bycn.indicators.matcher import Matcher
from bycn.indicators.scopes import Contexts, figure_scopes

Point = tuple[str, str, str, float, str]


points = points_of("indicator entity status value unit", date="2025-03-12", only="edu.")


def dated(text: str, date: str = "2025-03-12") -> list[tuple[str, str, str]]:
    """(indicator, as_of, dated_by) of each education point of a news text."""
    series = news_series(text, date)
    return [(p.indicator, p.as_of, p.dated_by) for p in series.itertuples()]


CN_IN_BY, BY_IN_CN = "edu.students_cn_in_by", "edu.students_by_in_cn"
AT_ONE, ITS_AGREEMENTS = "edu.institution_students", "edu.institution_agreements"
STRUCTURES = "edu.joint_structures"


# --- the country's students: scale words and wordings ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale word, the students said by where they come from and where they study
        (
            "Nach Angaben der Botschafterin studieren derzeit rund 9 Tausend Studenten aus "
            "China an belarussischen Hochschulen, und etwa 1,4 Tausend Studenten aus Belarus "
            "studieren in China.",
            [
                (BY_IN_CN, "Belarus-China", "actual", 1400.0, "count"),
                (CN_IN_BY, "Belarus-China", "actual", 9000.0, "count"),
            ],
        ),
        # citizens of China who study "in our country" (a Belarusian ministry's words)
        (
            "„Rund 7 Tausend chinesische Staatsbürger studieren in Bildungseinrichtungen "
            "unseres Landes“, teilte das Bildungsministerium mit.",
            [(CN_IN_BY, "Belarus-China", "actual", 7000.0, "count")],
        ),
        (
            "Derzeit sind 6.500 chinesische Staatsbürger an belarussischen "
            "Bildungseinrichtungen eingeschrieben.",
            [(CN_IN_BY, "Belarus-China", "actual", 6500.0, "count")],
        ),
        # young people from China who study in Belarus
        (
            "In Belarus studieren inzwischen mehr als 10.000 junge Leute aus China.",
            [(CN_IN_BY, "Belarus-China", "actual", 10000.0, "count")],
        ),
        (
            "An Hochschulen unseres Landes sind 4.300 junge Menschen aus der Volksrepublik "
            "China immatrikuliert.",
            [(CN_IN_BY, "Belarus-China", "actual", 4300.0, "count")],
        ),
        # a part of all foreign students, said after them
        (
            "In Belarus studieren mehr als 30.000 ausländische Studenten, darunter rund "
            "11.000 aus China und 8.000 aus Turkmenistan.",
            [(CN_IN_BY, "Belarus-China", "actual", 11000.0, "count")],
        ),
        # the growth of their number, said as a change
        (
            "Die Zahl der chinesischen Studierenden in Belarus ist im Vergleich zum Vorjahr "
            "um 12 Prozent gestiegen.",
            [(CN_IN_BY, "Belarus-China", "actual", 12.0, "percent")],
        ),
        (
            "Im vergangenen Jahr wuchs die Zahl der Studenten aus der "
            "Volksrepublik China an belarussischen Hochschulen um das 1,5-fache.",
            [(CN_IN_BY, "Belarus-China", "actual", 1.5, "times")],
        ),
    ],
)
def test_the_country_s_students_in_other_words(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a language course's learners, school pupils, a camp's young people
        "In Minsk lernen etwa 3 Tausend Schüler Chinesisch.",
        "Am Sommerlager in Brest nahmen 200 junge Leute aus China teil.",
        "In Belarus lernen 900 junge Leute aus China die russische Sprache.",
        # citizens who live, not study, here
        "In Belarus leben rund 9 Tausend chinesische Staatsbürger.",
        # another country's students, and the intake of a year, not all students
        "An belarussischen Hochschulen studieren 8.000 junge Leute aus Turkmenistan.",
        "Zum neuen Studienjahr haben die Hochschulen unseres Landes 2.000 Studierende "
        "aus China neu aufgenommen.",
        # Chinese citizens at a university in China are none of these
        "An der Universität Peking studieren 40.000 junge Menschen aus China.",
        # a part of all foreign students from another country
        "In Belarus studieren 30.000 ausländische Studenten, darunter 9.000 aus Turkmenistan.",
        # a share, not a growth
        "Der Anteil der chinesischen Studierenden an allen ausländischen Studierenden in "
        "Belarus liegt bei 40 Prozent.",
    ],
)
def test_others_are_no_students_of_china_in_belarus(text: str) -> None:
    assert [p for p in points(text) if p[0] in (CN_IN_BY, BY_IN_CN)] == []


# --- a count that refers back to the students the sentence before tells of ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In den letzten Jahren hat sich die Zahl der Studierenden aus China, die in "
            "Belarus studieren, verdoppelt. Heute sind es bereits über 11.000.",
            [(CN_IN_BY, "Belarus-China", "actual", 11000.0, "count")],
        ),
        # after a count of something else in the paragraph before it: the number told last
        (
            "Im Vorjahr fanden vier Treffen der Minister statt. Die Zahl der chinesischen "
            "Studenten an belarussischen Universitäten wächst stetig. Inzwischen sind es "
            "rund 10.500.",
            [(CN_IN_BY, "Belarus-China", "actual", 10500.0, "count")],
        ),
        # Belarusians in China, and one university's students
        (
            "Die Zahl der belarussischen Studenten in China ist gestiegen. Inzwischen sind "
            "es mehr als 1.600.",
            [(BY_IN_CN, "Belarus-China", "actual", 1600.0, "count")],
        ),
        (
            "Die Staatliche Universität Gomel empfing den Botschafter.\n\nDie Zahl der "
            "chinesischen Studierenden an der Universität wächst. Heute sind es 332.",
            [(AT_ONE, "GSU", "actual", 332.0, "count")],
        ),
        # a plan told before does not make the count a target
        (
            "Bis 2030 soll die Zahl der Studierenden aus China, die in Belarus studieren, "
            "weiter steigen. Derzeit sind es 12.300.",
            [(CN_IN_BY, "Belarus-China", "actual", 12300.0, "count")],
        ),
    ],
)
def test_a_count_refers_back_to_the_students_told_before(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


def test_a_count_that_refers_back_is_dated_by_its_own_sentence() -> None:
    text = (
        "Im Jahr 2019 waren es noch wenige. Die Zahl der Studierenden aus China, die in "
        "Belarus studieren, hat sich verdreifacht. Heute sind es bereits über 12.000."
    )
    assert [(i, as_of) for i, as_of, _ in dated(text, "2024-10-17")] == [(CN_IN_BY, "2024-10")]


@pytest.mark.parametrize(
    "text",
    [
        # what the sentence before counts is no students in Belarus
        "Die Zahl der Touristen aus China, die Belarus besuchen, ist gewachsen. Heute "
        "sind es bereits über 50.000.",
        "Die Zahl der Studierenden aus Turkmenistan an belarussischen Hochschulen wächst. "
        "Heute sind es 8.000.",
        # the sentence before holds its own point: the count continues that or nothing
        "An belarussischen Hochschulen studieren 9.000 chinesische Studenten. Heute sind "
        "es bereits 40 Delegationen.",
        # an amount, not a count: what it refers back to is not told by its words
        "Der Minister sprach über den negativen Saldo im Handel mit China. Er beträgt "
        "derzeit 2,1 Mrd. Dollar.",
    ],
)
def test_a_count_refers_back_only_to_the_students_told(text: str) -> None:
    found = news_series(text, "2025-03-12")
    assert not (
        found["indicator"].isin([CN_IN_BY, "trade.turnover"]) & (found["value"] != 9000.0)
    ).any()


# --- one institution: its students, contracts and growth -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # young people from China at a named university; "die Hochschule" of the same
        # sentence is that university, whatever another paragraph named before
        (
            "Die Belarussische Staatliche Universität empfing Gäste.\n\n"
            "An der Staatlichen Universität Witebsk studieren derzeit 140 junge Leute aus "
            "China, die Hochschule hat 19 Verträge mit chinesischen Universitäten "
            "abgeschlossen.",
            [
                (ITS_AGREEMENTS, "VSU", "actual", 19.0, "count"),
                (AT_ONE, "VSU", "actual", 140.0, "count"),
            ],
        ),
        # a university's students and their growth over the year before
        (
            "An der Belarussischen Nationalen Technischen Universität studieren 1.300 "
            "Studierende aus China, rund 15 Prozent mehr als im Vorjahr.",
            [
                (AT_ONE, "BNTU", "actual", 15.0, "percent"),
                (AT_ONE, "BNTU", "actual", 1300.0, "count"),
            ],
        ),
        # persons from China enrolled, and the growth of a university's Chinese students
        (
            "An der Staatlichen Universität Gomel sind 320 Personen aus der Volksrepublik "
            "China eingeschrieben.",
            [(AT_ONE, "GSU", "actual", 320.0, "count")],
        ),
        (
            "Die Zahl der Studierenden aus China an der Staatlichen Universität Witebsk "
            "stieg um 18 Prozent.",
            [(AT_ONE, "VSU", "actual", 18.0, "percent")],
        ),
        # a part of a university's foreign students; students from "the Middle Kingdom"
        (
            "An der Belarussischen Staatlichen Universität studieren 4.000 ausländische "
            "Studierende, davon 1.800 aus China.",
            [(AT_ONE, "BSU", "actual", 1800.0, "count")],
        ),
        (
            "An der Staatlichen Universität Gomel studieren 500 Studierende aus dem Reich "
            "der Mitte.",
            [(AT_ONE, "GSU", "actual", 500.0, "count")],
        ),
        # a joint institute's students, said without their nationality
        (
            "Am Gemeinsamen Institut der BSU und der Polytechnischen Universität Dalian "
            "studieren derzeit rund 900 Studierende.",
            [(AT_ONE, "BSU-DPU Joint Institute", "actual", 900.0, "count")],
        ),
        (
            "Das Gemeinsame Institut der Belarussischen Staatlichen Universität zählt "
            "inzwischen 1.050 Studenten.",
            [(AT_ONE, "BSU-DPU Joint Institute", "actual", 1050.0, "count")],
        ),
    ],
)
def test_one_institution_s_students_and_contracts(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # contracts with others, and contracts of another kind
        "Die Staatliche Universität Witebsk hat 12 Verträge mit russischen Hochschulen.",
        "Die Staatliche Universität Witebsk hat 400 Arbeitsverträge geschlossen.",
        # a joint institute's learners of a language, its pupils, its staff
        "Am Gemeinsamen Institut der BSU lernen 300 Studierende Chinesisch.",
        "Am Gemeinsamen Institut der BSU lernen 120 Schüler.",
        "Am Gemeinsamen Institut der BSU arbeiten 60 Dozenten.",
        # a forum's participants at a university
        "An der Staatlichen Universität Witebsk nahmen 150 junge Leute aus China an "
        "einem Forum teil.",
        # Belarusian students of a joint institute
        "Am Gemeinsamen Institut der BSU studieren 200 belarussische Studierende.",
    ],
)
def test_not_one_institution_s_chinese_students(text: str) -> None:
    assert [p for p in points(text) if p[0].startswith("edu.institution")] == []


# --- whose: the academy as teller or owner --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # the head of the academy speaks at a forum of the two countries: theirs
        (
            "Wie der Vorsitzende des Präsidiums der Nationalen Akademie der Wissenschaften "
            "auf dem Belarussisch-Chinesischen Forum sagte, arbeiten derzeit 31 gemeinsame "
            "Forschungs- und Bildungsstrukturen.",
            "Belarus-China",
        ),
        (
            "Derzeit arbeiten 14 gemeinsame Labore mit chinesischen Partnern, sagte der "
            "Präsident der Nationalen Akademie der Wissenschaften.",
            "Belarus-China",
        ),
        # the academy's own: its subject, or where they were founded
        (
            "Die Nationale Akademie der Wissenschaften hat 20 gemeinsame Labors mit "
            "chinesischen Partnern gegründet.",
            "NAS of Belarus",
        ),
        (
            "Auf Basis der NAN wurden 17 internationale Forschungszentren und Labors mit "
            "chinesischen Partnern gegründet.",
            "NAS of Belarus",
        ),
    ],
)
def test_the_academy_that_tells_a_count_does_not_own_it(text: str, entity: str) -> None:
    found = [p for p in points(text) if p[0] == STRUCTURES]
    assert [p[1] for p in found] == [entity]


def test_a_region_that_tells_its_figure_still_owns_it() -> None:
    text = (
        "Wie der Gouverneur des Gebiets Gomel sagte, stiegen die Exporte nach China um 20 Prozent."
    )
    found = news_series(text, "2025-03-12")
    assert list(zip(found["indicator"], found["entity"], strict=True)) == [
        ("trade.regional", "Gomel region")
    ]


# --- joint programmes said with the noun first ---------------------------------------------


def _programmes(sentence: str, text: str, item: str) -> tuple[str, str] | None:
    """The (indicator, entity) the catalog gives one count figure of ``sentence``, in an
    article whose title names the two countries."""
    start = sentence.index(text)
    figures = {
        "figure_id": [f"d:1:{start}"], "doc": ["d"], "line": [1], "start": [start],
        "text": [text], "value": [50.0], "unit": ["count"], "item": [item],
        "qualifier": ["more_than"], "article": ["Belarus und China bauen Bildung aus"],
        "sentence": [sentence], "as_of": [""],
        "source_url": [""], "source_year": [None],
    }  # fmt: skip
    catalog = load_catalog()
    [fig] = figure_scopes(figures, catalog.clause_boundary)
    found = Matcher(catalog).match(fig, Contexts(figures, None))
    return None if found is None else (found[0].id, found[1])


def test_joint_programmes_with_the_noun_first() -> None:
    sentence = "Gemeinsame Bildungsprogramme gibt es inzwischen mehr als 50."
    assert _programmes(sentence, "mehr als 50", "Bildungsprogramme") == (
        "edu.joint_programmes",
        "Belarus-China",
    )
    # one university's are no total
    other = "Gemeinsame Bildungsprogramme hat die Universität inzwischen mehr als 50."
    assert _programmes(other, "mehr als 50", "Bildungsprogramme") is None


def test_a_count_that_refers_back_counts_the_noun_told_last() -> None:
    import bycn

    text = (
        "Im Vorjahr fanden vier Treffen der Minister statt. Die Zahl der Studierenden aus "
        "China wächst. Heute sind es bereits 12.000.\n\nEs gab fünf Treffen. Heute sind es 7."
    )
    figures = bycn.parse_text(text).figures
    items = dict(zip(figures["value"], figures["item"], strict=True))
    assert items[12000.0] == "Studierenden"
    assert items[7.0] == "Treffen"  # no number told after the count: the count's noun


# --- all agreements between the two countries' institutions --------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Belarussische und chinesische Hochschulen haben bereits mehr als 600 "
            "Kooperationsabkommen unterzeichnet.",
            600.0,
        ),
        ("Zwischen den Hochschulen von Belarus und China bestehen rund 650 Vereinbarungen.", 650.0),
        ("Zwischen belarussischen und chinesischen Universitäten gibt es 700 Verträge.", 700.0),
    ],
)
def test_all_agreements_of_the_two_countries_institutions(text: str, value: float) -> None:
    assert points(text) == [("edu.agreements", "Belarus-China", "actual", value, "count")]


@pytest.mark.parametrize(
    "text",
    [
        # companies' agreements, one university's
        "Belarussische und chinesische Unternehmen haben 50 Abkommen unterzeichnet.",
        "Die Belarussische Staatliche Universität hat 97 Abkommen mit chinesischen Universitäten.",
    ],
)
def test_not_all_agreements_of_the_two_countries(text: str) -> None:
    assert [p for p in points(text) if p[0] == "edu.agreements"] == []


# --- a rector who tells a figure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's students, told by a university's rector: the country's
        (
            "Wie der Rektor der BSU sagte, studieren in Belarus über 12.000 chinesische "
            "Studierende.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0, "count")],
        ),
        (
            "In Belarus studieren über 12.000 chinesische Studierende, sagte der Rektor der BSU.",
            [(CN_IN_BY, "Belarus-China", "actual", 12000.0, "count")],
        ),
        # "die Universität", "die Hochschule" after him are still his university
        (
            "Wie der Rektor der BSU sagte, studieren an der Universität 5.000 chinesische "
            "Studenten.",
            [(AT_ONE, "BSU", "actual", 5000.0, "count")],
        ),
        (
            "Der Rektor der Staatlichen Universität Gomel sagte, die Hochschule habe 40 "
            "Abkommen mit chinesischen Universitäten.",
            [(ITS_AGREEMENTS, "GSU", "actual", 40.0, "count")],
        ),
        # named in the figure's own clause: its own
        (
            "An der BNTU studieren 1.200 chinesische Studenten, sagte der Rektor der BNTU.",
            [(AT_ONE, "BNTU", "actual", 1200.0, "count")],
        ),
    ],
)
def test_a_rector_who_tells_the_country_s_figure_does_not_own_it(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected
