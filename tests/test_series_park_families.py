"""Park and investment points as families of wordings (issue 7, indicators.md): a growth said
with its amount (after a comma with "um", or with "damit"), exports, output and revenue by
their other nouns, jobs by every verb of work, new residents and forecasts, producers
permitted to ship to China, and inflows of Chinese capital.

Test texts of our own in the style of agency reports, several wordings per family, with
counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, str, float, str, str]

PARK = "Im Industriepark „Großer Stein“ sind 120 Residenten registriert."
RESIDENTS = ("park.residents", "Great Stone", "2022-11", 120.0, "exact", "actual")


points = points_of(
    "indicator entity as_of value qualifier status",
    date="2022-11-09",
    opening="MINSK, 9. November (BelTA) – ",
)


def growth(indicator: str, value: float, amount: float, unit_year: str = "2021") -> list[Point]:
    return sorted(
        [
            (indicator, "Great Stone", unit_year, amount, "exact", "actual"),
            (indicator, "Great Stone", unit_year, value, "exact", "actual"),
        ]
    )


# --- 1. a growth said with its amount: same sentence after a comma, or "damit" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Parkunternehmen im „Großen Stein“ setzten 2021 Waren für 640 Mio. Rubel ab, "
            "um 22 Prozent mehr als ein Jahr zuvor.",
            growth("park.revenue", 22.0, 640e6),
        ),
        (
            "Die Residenten des Industrieparks „Großer Stein“ erwirtschafteten 2021 "
            "Umsatzerlöse von 900 Mio. Rubel, und damit um 31 Prozent mehr als 2020.",
            growth("park.revenue", 31.0, 900e6),
        ),
        (
            "Im Industriepark „Großer Stein“ wurden 2021 Erzeugnisse im Wert von 700 Mio. "
            "Rubel gefertigt, um das 1,4-fache mehr als im Vorjahr.",
            growth("park.output", 1.4, 700e6),
        ),
        (
            "Die Residenten des Industrieparks „Großer Stein“ lieferten 2021 Waren für 250 "
            "Mio. Dollar ins Ausland, damit stiegen sie um 19 Prozent.",
            growth("park.exports", 19.0, 250e6),
        ),
        # the next sentence with "damit" and a noun of the family
        (
            "Die Residenten des Industrieparks „Großer Stein“ exportierten 2021 Waren für 250 "
            "Mio. Dollar. Die Ausfuhren wuchsen damit um 17 Prozent.",
            growth("park.exports", 17.0, 250e6),
        ),
        (
            "Die Residenten des Industrieparks „Großer Stein“ erzielten 2021 einen Umsatz von "
            "900 Mio. Rubel. Die Erlöse stiegen damit um 25 Prozent.",
            growth("park.revenue", 25.0, 900e6),
        ),
        (
            "Der Ausstoß der Residenten des Industrieparks „Großer Stein“ erreichte 2021 "
            "800 Mio. Rubel, ein Plus von 35 Prozent.",
            growth("park.output", 35.0, 800e6),
        ),
        # "Damit" and no noun up to the figure, in the next sentence
        (
            "Die Residenten des Industrieparks „Großer Stein“ exportierten 2021 Waren für 250 "
            "Mio. Dollar. Damit legten sie um 17 Prozent zu.",
            growth("park.exports", 17.0, 250e6),
        ),
        (
            "Der Handel zwischen Belarus und China erreichte 2021 5 Mrd. Dollar. Somit wuchs er "
            "um 12 Prozent.",
            [
                ("trade.turnover", "Belarus-China", "2021", 12.0, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2021", 5e9, "exact", "actual"),
            ],
        ),
        # the country pair's trade by the same appositions (indicators.md: amount or growth)
        (
            "Im Jahr 2021 erreichte der Handel zwischen Belarus und China 5 Mrd. Dollar, um 12 "
            "Prozent mehr als im Vorjahr.",
            [
                ("trade.turnover", "Belarus-China", "2021", 12.0, "exact", "actual"),
                ("trade.turnover", "Belarus-China", "2021", 5e9, "exact", "actual"),
            ],
        ),
    ],
)
def test_growth_said_with_its_amount(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of "damit" that names another quantity is not the amount's growth
        (
            "Die Residenten des Industrieparks „Großer Stein“ exportierten 2021 Waren für 310 "
            "Mio. Dollar, die Importe stiegen damit um 5 Prozent.",
            [("park.exports", "Great Stone", "2021", 310e6, "exact", "actual")],
        ),
        # "um" after an amount that is no point makes no point
        (
            "Die Importe aus Russland erreichten 2021 3 Mrd. Dollar, um 10 Prozent mehr als im "
            "Vorjahr.",
            [],
        ),
        # works carried out are no exports; an inflow from elsewhere is no Chinese investment
        (
            f"{PARK} Dort wurden 2021 Bauarbeiten für 40 Mio. Dollar ausgeführt.",
            [RESIDENTS],
        ),
    ],
)
def test_growth_counter_examples(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


# --- 2. jobs: every verb and noun of work ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dort sind derzeit 4.000 Menschen tätig.",
        "Einen Arbeitsplatz haben im Park inzwischen 4.000 Menschen gefunden.",
        "Die Belegschaft der Residenten zählt 4.000 Personen.",
        "Die Residenten haben 4.000 neue Stellen geschaffen.",
        "In den Werken des Parks arbeiten derzeit 4.000 Fachkräfte.",
    ],
)
def test_jobs_by_every_verb_of_work(sentence: str) -> None:
    assert points(f"{PARK} {sentence}") == sorted(
        [RESIDENTS, ("park.jobs", "Great Stone", "2022-11", 4000.0, "exact", "actual")]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In der nahen Stadt leben 16.000 Menschen.",
        "An 20 Stellen im Park wird gebaut.",
        "300 Menschen besuchten die Jobmesse des Parks.",
    ],
)
def test_no_jobs(sentence: str) -> None:
    assert points(f"{PARK} {sentence}") == [RESIDENTS]


# --- 3. new residents, and forecasts by counting on, aiming at, hoping ----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Verwaltung rechnet im kommenden Jahr mit weiteren 12 Residenten.",
            ("park.new_residents", "Great Stone", "2023", 12.0, "exact", "target"),
        ),
        (
            "Angestrebt werden im nächsten Jahr 18 neue Residenten.",
            ("park.new_residents", "Great Stone", "2023", 18.0, "exact", "target"),
        ),
        (
            "Die Verwaltung hofft 2023 auf 14 Neuzugänge.",
            ("park.new_residents", "Great Stone", "2023", 14.0, "exact", "target"),
        ),
        (
            "Im Jahr 2021 wurden 21 neuen Residenten die Urkunden überreicht.",
            ("park.new_residents", "Great Stone", "2021", 21.0, "exact", "actual"),
        ),
        (
            "Im nächsten Jahr sollen 20 neue Unternehmen hinzukommen.",
            ("park.new_residents", "Great Stone", "2023", 20.0, "exact", "target"),
        ),
    ],
)
def test_new_residents_and_forecasts(sentence: str, expected: Point) -> None:
    assert points(f"{PARK} {sentence}") == sorted([RESIDENTS, expected])


@pytest.mark.parametrize(
    "text",
    [
        # "berechnet" and an annualised figure are no forecast
        "Die Residenten des Industrieparks „Großer Stein“ exportierten 2021 Waren für 250 Mio. "
        "Dollar, berechnet nach den Angaben der Verwaltung.",
    ],
)
def test_not_forecasts(text: str) -> None:
    assert [p[-1] for p in points(text)] == ["actual"]


# --- 4. producers permitted to ship to China ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Im Register der chinesischen Zollverwaltung sind derzeit 120 belarussische Hersteller "
        "eingetragen.",
        "Beim chinesischen Zoll sind 120 belarussische Unternehmen registriert.",
        "Derzeit haben 120 belarussische Betriebe das Recht, Lebensmittel nach China zu liefern.",
        "Eine Genehmigung für Lieferungen nach China besitzen 120 belarussische Exporteure.",
    ],
)
def test_accredited_producers(text: str) -> None:
    assert points(text) == [
        ("trade.accredited_producers", "Belarus-China", "2022-11", 120.0, "exact", "actual")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Belarus sind 500 Unternehmen mit chinesischem Kapital registriert.",
        "In der Freihandelszone sind 120 Unternehmen registriert.",
        "Belarussische Unternehmen nahmen an der Messe teil, 120 Unternehmen waren registriert.",
    ],
)
def test_not_accredited_producers(text: str) -> None:
    assert [p[0] for p in points(text)] != ["trade.accredited_producers"]


# --- 5. inflows of Chinese capital ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Investitionszuflüsse aus der Volksrepublik beliefen sich 2021 auf 300 Mio. Dollar.",
        "Die chinesischen Kapitalzuflüsse beliefen sich 2021 auf 300 Mio. Dollar.",
        "Der Zufluss chinesischer Direktinvestitionen erreichte 2021 300 Mio. Dollar.",
        "Im Jahr 2021 hat Belarus chinesisches Kapital in Höhe von 300 Mio. Dollar angezogen.",
        "Aus China flossen 2021 300 Mio. Dollar an Direktinvestitionen nach Belarus.",
        "Die Direktinvestitionen chinesischer Unternehmen in Belarus erreichten 2021 300 Mio. "
        "Dollar.",
        "Chinesische Geldgeber haben 2021 300 Mio. Dollar in belarussische Projekte gesteckt.",
        "Belarus hat 2021 aus China Investitionen in Höhe von 300 Mio. Dollar erhalten.",
    ],
)
def test_chinese_investment_inflows(text: str) -> None:
    assert points(text) == [
        ("trade.chinese_investment", "Belarus-China", "2021", 300e6, "exact", "actual")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zuflüsse aus Russland erreichten 2021 300 Mio. Dollar.",
        "Im Jahr 2021 wurden 28 Projekte mit chinesischem Kapital im Wert von 300 Mio. Dollar "
        "umgesetzt.",
        "Die Kapitalzuflüsse nach Kasachstan erreichten 2021 300 Mio. Dollar.",
        "Die Direktinvestitionen chinesischer Unternehmen in Kasachstan erreichten 2021 300 Mio. "
        "Dollar.",
        "Belarussische Firmen haben 2021 aus China Waren für 300 Mio. Dollar eingeführt.",
    ],
)
def test_not_chinese_investment(text: str) -> None:
    assert [p for p in points(text) if p[0] == "trade.chinese_investment"] == []


# --- 6. residents settled, investment promised or flowed in, output said as Produktion ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Industriepark „Großer Stein“ haben sich inzwischen 150 Unternehmen niedergelassen.",
            ("park.residents", "Great Stone", "2022-11", 150.0, "exact", "actual"),
        ),
        (
            "In den Industriepark „Großer Stein“ sind bislang 150 Unternehmen eingezogen.",
            ("park.residents", "Great Stone", "2022-11", 150.0, "exact", "actual"),
        ),
        # registered so far is the total; registered in a year are new ones
        (
            "Seit der Gründung wurden im Industriepark „Großer Stein“ 150 Unternehmen registriert.",
            ("park.residents", "Great Stone", "2022-11", 150.0, "exact", "actual"),
        ),
        (
            "Im Jahr 2021 wurden im Industriepark „Großer Stein“ 21 Unternehmen als Residenten "
            "registriert.",
            ("park.new_residents", "Great Stone", "2021", 21.0, "exact", "actual"),
        ),
        (
            "Im Industriepark „Großer Stein“ sind 2021 25 Unternehmen dazugekommen.",
            ("park.new_residents", "Great Stone", "2021", 25.0, "exact", "actual"),
        ),
        (
            "Die Residenten des Industrieparks „Großer Stein“ haben Investitionen von 1,5 Mrd. "
            "Dollar zugesagt.",
            ("park.investment_declared", "Great Stone", "2022-11", 1.5e9, "exact", "actual"),
        ),
        (
            "In den Industriepark „Großer Stein“ sind bislang 1,1 Mrd. Dollar geflossen.",
            ("park.investment_actual", "Great Stone", "2022-11", 1.1e9, "exact", "actual"),
        ),
        (
            "Im Industriepark „Großer Stein“ legte die Produktion 2021 um 20 Prozent zu.",
            ("park.output", "Great Stone", "2021", 20.0, "exact", "actual"),
        ),
        (
            "Die Produktion im Industriepark „Großer Stein“ erreichte 2021 700 Mio. Rubel.",
            ("park.output", "Great Stone", "2021", 700e6, "exact", "actual"),
        ),
        (
            "190 belarussische Exporteure sind inzwischen in China registriert.",
            ("trade.accredited_producers", "Belarus-China", "2022-11", 190.0, "exact", "actual"),
        ),
    ],
)
def test_more_park_wordings(text: str, expected: Point) -> None:
    assert points(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Im Industriepark „Großer Stein“ kostete die Halle für die Produktion von Bussen 2021 "
        "50 Mio. Dollar.",
        "In Belarus sind 190 chinesische Unternehmen registriert, die nach China liefern.",
    ],
)
def test_no_park_or_producer_point(text: str) -> None:
    assert points(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # further firms only talked to are no new residents
        ("Mit weiteren 30 Unternehmen laufen Verhandlungen.", [RESIDENTS]),
        # the staff of the park's administration are no jobs of its residents
        ("Die Verwaltung des Parks hat 60 Mitarbeiter.", [RESIDENTS]),
        # the number of the residents' employees
        (
            "Die Zahl der Angestellten der Residenten ist auf 4.000 gestiegen.",
            sorted([RESIDENTS, ("park.jobs", "Great Stone", "2022-11", 4000.0, "exact", "actual")]),
        ),
    ],
)
def test_park_counts_after_the_total(sentence: str, expected: list[Point]) -> None:
    assert points(f"{PARK} {sentence}") == expected
