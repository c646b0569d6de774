"""Park points as families of wordings, round C (issue 7, indicators.md): residents admitted
(the status conferred, taken into the park or its register), "Firmen" as the park's
companies, the residents' countries told by a pronoun after their number, the part of the
declared investment made, and the value of goods whose making, shipping or sale a relative
clause tells.

Test texts of our own in the style of agency reports and the park's own news, several
wordings per family, with counter-examples that must not become points (or must stay what
they were).
"""

from __future__ import annotations

import pytest
from tests.test_series_park_families import PARK, RESIDENTS, Point, points


def new(value: float, as_of: str) -> Point:
    """A new residents' point of the park, a fact."""
    return ("park.new_residents", "Great Stone", as_of, value, "exact", "actual")


# --- 1. residents admitted: the status conferred, taken into the park or its register ------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Aufsichtsrat der Parkverwaltung hat im Mai drei Unternehmen den Status eines "
            "Residenten verliehen.",
            new(3.0, "2022-05"),
        ),
        ("Im Mai wurde drei Unternehmen der Residentenstatus zuerkannt.", new(3.0, "2022-05")),
        ("Den Status eines Residenten bekamen im Oktober vier Firmen.", new(4.0, "2022-10")),
        ("Im Mai wurden drei Firmen als Residenten registriert.", new(3.0, "2022-05")),
        (
            "Zwölf Firmen wurden im vergangenen Jahr neu in den Park aufgenommen.",
            new(12.0, "2021"),
        ),
        ("In den Park wurden 2021 zwölf Unternehmen aufgenommen.", new(12.0, "2021")),
        ("Als Residenten zugelassen wurden im Juni sieben Gesellschaften.", new(7.0, "2022-06")),
        (
            "Im September trug die Verwaltung sechs Unternehmen ins Register der Residenten ein.",
            new(6.0, "2022-09"),
        ),
        (
            "Im September wurden sechs Unternehmen ins Register der Residenten eingetragen.",
            new(6.0, "2022-09"),
        ),
        ("Im September nahm die Verwaltung sechs Firmen in den Park auf.", new(6.0, "2022-09")),
        ("Im Oktober kamen fünf Firmen hinzu.", new(5.0, "2022-10")),
    ],
)
def test_residents_admitted(sentence: str, expected: Point) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, expected])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the state, not the act: the residents' total
        (
            "Dort sind derzeit 60 Unternehmen als Residenten registriert.",
            [("park.residents", "Great Stone", "2022-11", 60.0, "exact", "actual")],
        ),
        (
            "Heute haben sich im Park 112 Unternehmen als Residenten registriert.",
            [("park.residents", "Great Stone", "2022-11", 112.0, "exact", "actual")],
        ),
        (
            "Im Park haben 168 Firmen den Status eines Residenten.",
            [("park.residents", "Great Stone", "2022-11", 168.0, "exact", "actual")],
        ),
        (
            "Insgesamt haben 168 Unternehmen den Status eines Residenten erhalten.",
            [("park.residents", "Great Stone", "2022-11", 168.0, "exact", "actual")],
        ),
        # taken in since the founding is the total, no flow
        ("Seit der Gründung wurden 150 Firmen in den Park aufgenommen.", []),
        # how far it got (a word of the lexicon's aspect_words): the total so far, no flow
        (
            "Bereits 150 Firmen wurden als Residenten registriert.",
            [("park.residents", "Great Stone", "2022-11", 150.0, "exact", "actual")],
        ),
        (
            "Mittlerweile wurden 150 Firmen als Residenten registriert.",
            [("park.residents", "Great Stone", "2022-11", 150.0, "exact", "actual")],
        ),
        ("Bislang wurden 150 Firmen in den Park aufgenommen.", []),
        # firms that began work, a status of another kind
        ("Im Mai haben drei Unternehmen die Produktion aufgenommen.", []),
        ("Drei Unternehmen haben den Status eines Hightech-Unternehmens erhalten.", []),
    ],
)
def test_not_residents_admitted(sentence: str, expected: list[Point]) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, *expected])


# --- 2. "Firmen": the park's companies, as "Unternehmen" are -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Im Industriepark „Großer Stein“ sind 168 Firmen registriert.",
        "Der Industriepark „Großer Stein“ zählt heute 168 Firmen.",
        "Im Industriepark „Großer Stein“ haben sich 168 Firmen niedergelassen.",
    ],
)
def test_residents_said_firmen(text: str) -> None:
    assert points(text) == [("park.residents", "Great Stone", "2022-11", 168.0, "exact", "actual")]


# --- 3. the residents' countries, by a pronoun after their number --------------------------

REGISTERED = "Im Industriepark „Großer Stein“ sind heute 168 Unternehmen registriert."
REGISTERED_POINT = ("park.residents", "Great Stone", "2022-11", 168.0, "exact", "actual")
COUNTRIES = ("park.countries", "Great Stone", "2022-11", 16.0, "exact", "actual")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie kommen aus 16 Staaten.",
        "Sie stammen aus 16 Ländern.",
        "Vertreten sind dabei 16 Länder.",
        "Diese repräsentieren 16 Staaten.",
        "Ihr Kapital stammt aus 16 Ländern.",
        "Die Firmen kommen aus 16 Ländern.",
    ],
)
def test_countries_by_pronoun(sentence: str) -> None:
    assert points(f"{REGISTERED} {sentence}") == sorted([REGISTERED_POINT, COUNTRIES])


def test_countries_after_residents_by_name() -> None:
    text = "Der Industriepark „Großer Stein“ zählt 168 Residenten. Sie kommen aus 16 Staaten."
    assert points(text) == sorted([REGISTERED_POINT, COUNTRIES])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting's guests, people, goods' destinations: no residents' countries
        (
            "Der Industriepark „Großer Stein“ wächst. An dem Forum im Park nahmen 300 Gäste "
            "teil. Sie kommen aus 16 Staaten.",
            [],
        ),
        (f"{REGISTERED} Die Besucher kommen aus 30 Ländern.", [REGISTERED_POINT]),
        (f"{REGISTERED} Ihre Waren gehen in 40 Länder.", [REGISTERED_POINT]),
        # the sentence before counts no residents of the park
        ("In Minsk sind 168 Unternehmen registriert. Sie kommen aus 16 Staaten.", []),
        (
            f"{REGISTERED} Der Generaldirektor empfing eine Delegation. Sie kam aus 3 Ländern.",
            [REGISTERED_POINT],
        ),
    ],
)
def test_not_countries_by_pronoun(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 4. the part of the declared investment made ----------------------------------------


def made(value: float) -> Point:
    """A point of the investment made in the park, at the text's month."""
    return ("park.investment_actual", "Great Stone", "2022-11", value, "exact", "actual")


DECLARED = ("park.investment_declared", "Great Stone", "2022-11", 2.1e9, "exact", "actual")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ihre angekündigten Investitionen summieren sich auf 2,1 Mrd. US-Dollar; tatsächlich "
            "getätigt wurden davon bislang 1,3 Mrd. Dollar.",
            [DECLARED, made(1.3e9)],
        ),
        (
            "Die Residenten haben Investitionen von 2,1 Mrd. Dollar angekündigt, realisiert sind "
            "davon bislang 1,3 Mrd. Dollar.",
            [DECLARED, made(1.3e9)],
        ),
        (
            "Das angemeldete Investitionsvolumen liegt bei 2,1 Mrd. Dollar, verwirklicht wurden "
            "bisher 1,3 Mrd. Dollar.",
            [DECLARED, made(1.3e9)],
        ),
        (
            "Von den Investitionen, die die Residenten zugesagt haben, sind 1,3 Mrd. Dollar "
            "umgesetzt.",
            [made(1.3e9)],
        ),
        # the part in the declared sum's own clause, by "Von den ..." or "davon"
        (
            "Von den zugesagten 2,1 Mrd. Dollar sind 1,3 Mrd. Dollar bereits investiert.",
            [DECLARED, made(1.3e9)],
        ),
        (
            "Von den angekündigten Investitionen in Höhe von 2,1 Mrd. Dollar wurden bislang 1,3 "
            "Mrd. Dollar realisiert.",
            [DECLARED, made(1.3e9)],
        ),
        (
            "Die Residenten haben Investitionen von 2,1 Mrd. Dollar angekündigt und davon 1,3 Mrd. "
            "Dollar bereits getätigt.",
            [DECLARED, made(1.3e9)],
        ),
        ("In den Park sind bislang 1,3 Mrd. Dollar an Investitionen eingeflossen.", [made(1.3e9)]),
        ("Die realisierten Investitionen erreichten 1,3 Mrd. Dollar.", [made(1.3e9)]),
    ],
)
def test_investment_made(sentence: str, expected: list[Point]) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, *expected])


@pytest.mark.parametrize(
    "sentence",
    [
        # goods turned over, a project carried out: no investment made
        "Die Residenten haben 2021 Waren für 300 Mio. Dollar umgesetzt, ihre Investitionen "
        "wuchsen.",
        "Im Park wurde ein Projekt im Wert von 50 Mio. Dollar realisiert, die Investitionen "
        "stiegen.",
    ],
)
def test_not_investment_made(sentence: str) -> None:
    assert [p for p in points(f"{PARK} {sentence}") if p[0] == "park.investment_actual"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Investitionen von 2,1 Mrd. Dollar wurden angekündigt.",
        # a declared sum's growth from an earlier level: the later level is no part
        "Die angekündigten Investitionen stiegen von 1,8 Mrd. Dollar auf 2,1 Mrd. Dollar.",
    ],
)
def test_investment_announced_is_declared(sentence: str) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, DECLARED])


# --- 5. the value of goods, their making, shipping or sale in a relative clause ------------

TOLD = "Der Industriepark „Großer Stein“ zieht Bilanz."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Wert der Waren, die die Residenten 2021 produziert haben, erreichte 1,9 Mrd. "
            "Rubel.",
            ("park.output", "Great Stone", "2021", 1.9e9, "exact", "actual"),
        ),
        (
            "Der Wert der von den Residenten 2021 hergestellten Erzeugnisse erreichte 1,9 Mrd. "
            "Rubel.",
            ("park.output", "Great Stone", "2021", 1.9e9, "exact", "actual"),
        ),
        (
            "Die Produkte, die im Park 2021 gefertigt wurden, waren 1,9 Mrd. Rubel wert.",
            ("park.output", "Great Stone", "2021", 1.9e9, "exact", "actual"),
        ),
        (
            "1,9 Mrd. Rubel betrug 2021 der Wert der Güter, welche die Parkunternehmen erzeugt "
            "haben.",
            ("park.output", "Great Stone", "2021", 1.9e9, "exact", "actual"),
        ),
        (
            "Der Wert der Waren, die die Residenten 2021 ins Ausland geliefert haben, erreichte "
            "300 Mio. Dollar.",
            ("park.exports", "Great Stone", "2021", 300e6, "exact", "actual"),
        ),
        (
            "Auf 415 Mio. Dollar belief sich 2021 der Wert der Erzeugnisse, welche die "
            "Parkunternehmen exportiert haben.",
            ("park.exports", "Great Stone", "2021", 415e6, "exact", "actual"),
        ),
        (
            "Der Wert der Waren, die die Residenten 2021 verkauft haben, erreichte 1,5 Mrd. Rubel.",
            ("park.revenue", "Great Stone", "2021", 1.5e9, "exact", "actual"),
        ),
    ],
)
def test_goods_told_by_a_relative_clause(sentence: str, expected: Point) -> None:
    assert points(f"{TOLD} {sentence}") == [expected]


def test_fronted_value_of_goods_made() -> None:
    """The figure before the noun its relative clause tells: the output and its growth
    (the date of the amount, in the relative clause, is the dating's concern)."""
    sentence = (
        "Auf 1,9 Milliarden Rubel beläuft sich der Wert der Waren, die die Residenten des "
        "Industrieparks im Jahr 2021 hergestellt haben – das 1,3-fache des Vorjahres."
    )
    found = sorted((p[0], p[3]) for p in points(f"{TOLD} {sentence}"))
    assert found == [("park.output", 1.3), ("park.output", 1.9e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        # goods brought in, one company's goods
        "Der Wert der Waren, die die Residenten 2021 aus China eingeführt haben, erreichte "
        "100 Mio. Dollar.",
        "Der Wert der Produkte, die das Werk 2021 hergestellt hat, erreichte 100 Mio. Rubel.",
    ],
)
def test_not_goods_of_the_residents(sentence: str) -> None:
    assert points(f"{TOLD} {sentence}") == []
