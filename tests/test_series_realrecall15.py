"""Wordings of a real-text round (session 23, realrecall15): a base year's value in brackets,
a yearly turnover said with its partner, producers certified, residents a park unites, a
plan's pronoun after a dated plan, and the year a text's "results of the year" name.

Test texts of our own in the style of agency reports (BelTA, Xinhua), several phrasings
each, with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, str, float, str, str]


points = points_of(
    "indicator entity as_of value unit status",
    date="2024-09-05",
    opening="MINSK, 5. September (BelTA) – ",
)


TURNOVER_2023 = ("trade.turnover", "Belarus-China", "2023", 8.4e9, "USD", "actual")
TURNOVER_2020 = ("trade.turnover", "Belarus-China", "2020", 3e9, "USD", "actual")


# --- 1. a base year's value in brackets after it, and the multiple said with "was" ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording's shape: "was 2,8-mal so viel ist wie im Jahr 2020 (...)"
        (
            "Der bilaterale Handel mit China stieg 2023 auf 8,4 Mrd. Dollar, was 2,8-mal so "
            "viel ist wie im Jahr 2020 (3 Mrd. Dollar).",
            [
                TURNOVER_2020,
                TURNOVER_2023,
                ("trade.turnover", "Belarus-China", "2023", 2.8, "times", "actual"),
            ],
        ),
        # "gegenüber 2020 (...)": a comparison's base, its value in brackets
        (
            "Der Handelsumsatz zwischen Belarus und China stieg im vergangenen Jahr auf 8,4 "
            "Mrd. Dollar, gegenüber 2020 (3 Mrd. Dollar) fast eine Verdreifachung.",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        # the year labels the value inside the bracket: it dates that value, not the one
        # before the bracket
        (
            "Der Warenumsatz mit China erreichte 2023 8,4 Mrd. US-Dollar (2020: 3 Mrd. US-Dollar).",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        (
            "Im Jahr 2023 wuchs der Handel zwischen Belarus und China auf 8,4 Milliarden "
            "Dollar und lag damit weit über dem Wert von 2020 (3 Milliarden Dollar).",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        (
            "Das Handelsvolumen mit China betrug 2023 8,4 Mrd. Dollar und war damit fast "
            "dreimal so hoch wie im Jahr 2020 (3 Mrd. Dollar).",
            [TURNOVER_2020, TURNOVER_2023],
        ),
        # the multiple as a noun with "das", its base year's value in brackets
        (
            "Der Handel mit China erreichte 2023 8,4 Mrd. Dollar, das Dreifache des Jahres "
            "2020 (3 Mrd. Dollar).",
            [
                TURNOVER_2020,
                TURNOVER_2023,
                ("trade.turnover", "Belarus-China", "2023", 3.0, "times", "actual"),
            ],
        ),
    ],
)
def test_base_year_value_in_brackets(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in brackets is no level of an amount
        (
            "Der Handel mit China erreichte 2023 8,4 Mrd. Dollar, wie im Jahr 2020 (120 "
            "Unternehmen).",
            [TURNOVER_2023],
        ),
        # after "was", a percent said as no change is a share, no growth
        (
            "Der Handel mit China erreichte 2023 8,4 Mrd. Dollar, was 40 Prozent des gesamten "
            "Außenhandels entspricht.",
            [TURNOVER_2023],
        ),
        # a bracket after a figure with no year is no base year's
        (
            "Der Handel mit China stieg 2023 auf 8,4 Mrd. Dollar (plus 12 Prozent).",
            [
                TURNOVER_2023,
                ("trade.turnover", "Belarus-China", "2023", 12.0, "percent", "actual"),
            ],
        ),
        # the amount before it no point (another partner's): nothing to continue
        (
            "Belarus lieferte 2023 Waren für 8,4 Mrd. Dollar nach Russland, wie im Jahr 2020 "
            "(3 Mrd. Dollar).",
            [],
        ),
    ],
)
def test_no_base_year_value(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- 2. a year's turnover said with China as Belarus's trade partner --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the real wording's shape
        "Laut dem Minister ist China nach Russland der zweitwichtigste Außenhandelspartner von "
        "Belarus mit einem Jahresumsatz von $5 Mrd.",
        "Mit einem jährlichen Umsatz von 5 Mrd. Dollar ist China der zweitwichtigste "
        "Handelspartner von Belarus.",
        "Die Volksrepublik China ist mit einem Jahreshandelsumsatz von 5 Mrd. Dollar nach "
        "Russland der wichtigste Partner von Belarus.",
        "China ist der zweitgrößte Handelspartner von Belarus mit einem Handelsvolumen von 5 "
        "Mrd. Dollar.",
        "China bleibt mit einem Warenumsatz von 5 Mrd. US-Dollar einer der wichtigsten "
        "Handelspartner des Landes.",
    ],
)
def test_yearly_turnover_of_the_partner(text: str) -> None:
    # no period named: the document's date (indicators.md: an undated figure)
    assert points(text, "2021-02-12") == [
        ("trade.turnover", "Belarus-China", "2021-02", 5e9, "USD", "actual")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a firm's turnover
        "Das chinesische Unternehmen Zoomlion, ein wichtiger Partner von Belarus, hat einen "
        "Jahresumsatz von 5 Mrd. Dollar.",
        # another partner's, China not named
        "Russland ist der wichtigste Handelspartner von Belarus mit einem Jahresumsatz von 40 "
        "Mrd. Dollar.",
        # a yearly turnover with no trade partner spoken of
        "Der Konzern Sinotruk erzielt in China einen Jahresumsatz von 5 Mrd. Dollar.",
    ],
)
def test_no_yearly_turnover_of_the_partner(text: str) -> None:
    assert points(text, "2021-02-12") == []


# --- 3. producers certified for the market; farm exports since a year -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the real wording's shape: the part "56 davon" is no point
        "Für landwirtschaftliche Lieferungen nach China wurden 98 belarussische Betriebe "
        "zertifiziert, 56 davon sind Milchverarbeitungswerke.",
        "Inzwischen haben 98 belarussische Unternehmen die Zertifizierung für den chinesischen "
        "Markt durchlaufen.",
        "Bei der chinesischen Zollverwaltung GACC sind 98 belarussische Hersteller registriert.",
        "98 belarussische Betriebe haben die Zulassung für Lieferungen nach China erhalten.",
        # the market fronted, "dürfen ... liefern"
        "Nach China dürfen inzwischen 98 belarussische Betriebe ihre Produkte liefern.",
    ],
)
def test_producers_certified(text: str) -> None:
    assert points(text, "2020-10-26") == [
        ("trade.accredited_producers", "Belarus-China", "2020-10", 98.0, "count", "actual")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # certified for no market of China's
        "Die Molkerei wurde nach ISO 9001 zertifiziert, sie beschäftigt 120 Mitarbeiter und "
        "liefert nach China.",
        # Chinese firms certified in Belarus
        "In Belarus wurden 15 chinesische Unternehmen zertifiziert.",
    ],
)
def test_no_producers_certified(text: str) -> None:
    assert points(text, "2020-10-26") == []


FOOD_2015 = ("trade.food_exports", "Belarus-China", "2015", 3e5, "USD", "actual")
FOOD_2019 = ("trade.food_exports", "Belarus-China", "2019", 131e6, "USD", "actual")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording's shape: "seit 2015 um das Zehnfache: von $0,3 bis auf $131 Mio.
        # nach Ergebnissen des Jahres 2019", the scale written once for both numbers, China
        # named two sentences before; the growth since 2015 is of 2019
        (
            "Alexej Petrow betonte, dass China zu den drei größten Importeuren der "
            "belarussischen Landwirtschaftserzeugnisse gehört. Belarus begann 2015, "
            "Zertifikate für Verarbeitungsbetriebe auszustellen. Die Landwirtschaftsexporte "
            "wuchsen seit 2015 um das Zehnfache: von $0,3 bis auf $131 Mio. nach Ergebnissen "
            "des Jahres 2019.",
            [
                FOOD_2015,
                FOOD_2019,
                ("trade.food_exports", "Belarus-China", "2019", 10.0, "times", "actual"),
            ],
        ),
        (
            "Die Agrarexporte nach China stiegen seit 2015 von 0,3 auf 131 Mio. Dollar im Jahr "
            "2019.",
            [FOOD_2015, FOOD_2019],
        ),
        (
            "Nach Ergebnissen des Jahres 2019 erreichten die landwirtschaftlichen Exporte nach "
            "China 131 Mio. Dollar.",
            [FOOD_2019],
        ),
        (
            "Die Lieferungen landwirtschaftlicher Erzeugnisse nach China beliefen sich nach "
            "Ergebnissen des Jahres 2019 auf 131 Mio. Dollar.",
            [FOOD_2019],
        ),
        (
            "Die landwirtschaftlichen Exporte nach China wuchsen seit 2015 von $0,3 bis auf "
            "$131 Mio. im Jahr 2019.",
            [FOOD_2015, FOOD_2019],
        ),
    ],
)
def test_farm_exports_since_a_year(text: str, expected: list[Point]) -> None:
    assert points(text, "2020-10-26") == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # another product's exports
        "Belarus steigerte seit 2015 seine Holzexporte nach China von $0,3 bis auf $131 Mio. "
        "im Jahr 2019.",
        # China named three sentences before: out of reach
        "China ist ein wichtiger Markt. Die Regierung berät über Zölle. Belarus begann 2015, "
        "Zertifikate auszustellen. Die Landwirtschaftsexporte wuchsen bis auf $131 Mio. im "
        "Jahr 2019.",
    ],
)
def test_no_farm_exports(text: str) -> None:
    assert points(text, "2020-10-26") == []


def test_growth_since_a_year_is_not_dated_by_a_plan_after_it() -> None:
    """A plan's date after a growth since a year is no end of that growth."""
    assert points(
        "Die Agrarexporte nach China wuchsen seit 2015 um das Zehnfache, bis 2025 sollen sie "
        "500 Mio. Dollar erreichen.",
        "2020-10-26",
    ) == [
        ("trade.food_exports", "Belarus-China", "2020-10", 10.0, "times", "actual"),
        ("trade.food_exports", "Belarus-China", "2025", 5e8, "USD", "target"),
    ]


# --- 4. the residents a park unites, and their countries --------------------------------------


def park(count: float, countries: float) -> list[Point]:
    """The park's residents and their countries, as of the text's month."""
    return [
        ("park.countries", "Great Stone", "2020-10", countries, "count", "actual"),
        ("park.residents", "Great Stone", "2020-10", count, "count", "actual"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the real wording, its typo kept: "Unterehmen" (a typo of the word's shape,
        # "Unter...men", is the word; the sentence still says residents)
        "Der Industriepark „Great Stone“ vereint 65 ansässige Unterehmen aus 14 Ländern, die "
        "Hightech-Projekte durchführen.",
        "Der Industriepark „Great Stone“ beherbergt heute 65 ansässige Unternehmen aus 14 Ländern.",
        "Der Industriepark „Great Stone“ zählt derzeit 65 Residenten aus 14 Ländern.",
        "Der Industriepark „Great Stone“ umfasst inzwischen 65 Ansiedler aus 14 Staaten.",
        "Heute vereint der Park „Great Stone“ 65 Residenten aus 14 Ländern.",
        "Im Industriepark „Great Stone“ sind 65 Unternehmen aus 14 Ländern ansässig.",
    ],
)
def test_residents_a_park_unites(text: str) -> None:
    assert points(text, "2020-10-23") == park(65.0, 14.0)


@pytest.mark.parametrize(
    "text",
    [
        # people, not firms
        "Der Industriepark „Great Stone“ vereint 65 ansässige Mitarbeiter aus 14 Ländern.",
        # what the park spans
        "Der Industriepark „Great Stone“ umfasst 65 Hektar und 14 Straßen.",
        # a noun of another shape after the verb
        "Der Industriepark „Great Stone“ vereint 65 Unterkünfte.",
        # a fair's exhibitors
        "Die Messe im Industriepark „Great Stone“ vereint 65 Aussteller aus 14 Ländern.",
    ],
)
def test_no_residents_a_park_unites(text: str) -> None:
    assert points(text, "2020-10-23") == []


def test_an_event_in_the_park_unites_no_residents() -> None:
    # (its guests' countries are another matter, left as they were)
    found = points(
        "Das Investitionsforum im Industriepark „Great Stone“ vereint 65 Unternehmen aus 14 "
        "Ländern.",
        "2020-10-23",
    )
    assert not [p for p in found if p[0] == "park.residents"]


# --- 5. a plan's pronoun after a dated plan takes the plan's date -----------------------------

JOBS_BY = "park.jobs", "Great Stone"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the real wording's shape
        (
            "Bis 2025 soll die Zahl der im Industriepark Great Stone niedergelassenen "
            "Standortunternehmen mehr als 170 betragen. Voraussichtlich werden sie rund 5000 "
            "Personen beschäftigen.",
            "2025",
        ),
        (
            "Bis 2025 soll die Zahl der Residenten des Industrieparks „Great Stone“ auf 170 "
            "steigen. Sie sollen dann rund 5000 Arbeitsplätze schaffen.",
            "2025",
        ),
        (
            "Bis 2030 sollen im Industriepark „Great Stone“ 300 Residenten angesiedelt werden. "
            "Diese werden nach Schätzungen etwa 5000 Menschen beschäftigen.",
            "2030",
        ),
        (
            "Bis 2025 will der Industriepark „Great Stone“ 170 Residenten zählen. Zusammen "
            "dürften sie rund 5000 Personen beschäftigen.",
            "2025",
        ),
    ],
)
def test_plan_pronoun_takes_the_plan_date(text: str, year: str) -> None:
    jobs = [p for p in points(text, "2022-11-09") if p[:2] == JOBS_BY]
    assert jobs == [(*JOBS_BY, year, 5000.0, "count", "target")]


@pytest.mark.parametrize(
    "text",
    [
        # a fact between the plan and the pronoun
        "Bis 2025 soll die Zahl der Residenten des Industrieparks „Great Stone“ auf 170 "
        "steigen. Heute sind es 99. Sie sollen rund 5000 Arbeitsplätze schaffen.",
        # no pronoun: the park itself, not what the plan counts
        "Bis 2025 soll die Zahl der Residenten des Industrieparks „Great Stone“ auf 170 "
        "steigen. Voraussichtlich wird der Park rund 5000 Arbeitsplätze bieten.",
        # another sentence between them
        "Bis 2025 soll die Zahl der Residenten des Industrieparks „Great Stone“ auf 170 "
        "steigen. Die Verwaltung plant neue Straßen. Sie sollen rund 5000 Arbeitsplätze "
        "schaffen.",
    ],
)
def test_plan_pronoun_out_of_reach_keeps_the_document_date(text: str) -> None:
    jobs = [p for p in points(text, "2022-11-09") if p[:2] == JOBS_BY]
    assert jobs == [(*JOBS_BY, "2022-11", 5000.0, "count", "target")]


# --- 6. the year a text's "results of the year" name; a flow's plan for a year's end ----------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the real wording's shape: no year after "des Jahres", the text's own
        (
            "Belarussische landwirtschaftliche Exporte nach China betragen nach Ergebnissen "
            "des Jahres etwa $100 Mio.",
            "actual",
        ),
        (
            "Nach den Ergebnissen des Jahres werden die Agrarexporte nach China rund 100 Mio. "
            "Dollar erreichen.",
            "actual",
        ),
        (
            "Laut den Jahresergebnissen dürften die landwirtschaftlichen Exporte nach China "
            "etwa 100 Mio. Dollar betragen.",
            "target",
        ),
        (
            "Im Ergebnis des Jahres sollen die Agrarexporte nach China 100 Mio. Dollar erreichen.",
            "target",
        ),
        (
            "Die Agrarexporte nach China werden nach Ergebnissen des laufenden Jahres rund 100 "
            "Mio. Dollar betragen.",
            "actual",
        ),
    ],
)
def test_results_of_the_year_name_the_text_year(text: str, status: str) -> None:
    assert points(text, "2018-11-08") == [
        ("trade.food_exports", "Belarus-China", "2018", 1e8, "USD", status)
    ]


@pytest.mark.parametrize(
    ("text", "date", "as_of"),
    [
        # a year named after "des Jahres" is that year
        (
            "Die Agrarexporte nach China erreichten nach Ergebnissen des Jahres 2017 rund 100 "
            "Mio. Dollar.",
            "2018-11-08",
            "2017",
        ),
        # told in the past in a text of February: the year before
        (
            "Nach Ergebnissen des Jahres stiegen die Agrarexporte nach China auf 100 Mio. Dollar.",
            "2019-02-08",
            "2018",
        ),
        # no year's results named: the document's month
        ("Die Agrarexporte nach China betragen etwa 100 Mio. Dollar.", "2018-11-08", "2018-11"),
    ],
)
def test_other_years_of_results(text: str, date: str, as_of: str) -> None:
    assert [p[2] for p in points(text, date)] == [as_of]


@pytest.mark.parametrize(
    ("text", "indicator", "as_of"),
    [
        # the real wording's shape: a flow's plan at a year's end is the year's sum
        (
            "„Ende 2019 wollen wir den Export nach China in Höhe von $25 Mio. erreichen“, "
            "sagte er.",
            "trade.exports",
            "2019",
        ),
        (
            "Ende 2019 soll der Export nach China 25 Mio. Dollar betragen.",
            "trade.exports",
            "2019",
        ),
        (
            "Zum Jahresende sollen die Lieferungen nach China 25 Mio. Dollar erreichen.",
            "trade.exports",
            "2019",
        ),
        (
            "Ende des Jahres soll der Export nach China 25 Mio. Dollar erreichen.",
            "trade.exports",
            "2019",
        ),
        # a deadline's "bis" stays December's (as the held-out sets read it)
        (
            "Der Handel mit China soll bis Ende 2019 auf 25 Mio. Dollar steigen.",
            "trade.turnover",
            "2019-12",
        ),
        (
            "Bis zum Jahresende sollen die Lieferungen nach China 25 Mio. Dollar erreichen.",
            "trade.exports",
            "2019-12",
        ),
        # a stock's plan is a level at the year's end
        (
            "Die Zahl der Residenten des Industrieparks „Great Stone“ soll Ende 2019 auf 25 "
            "steigen.",
            "park.residents",
            "2019-12",
        ),
        # a fact at a year's end keeps its month
        (
            "Ende 2018 erreichte der Export nach China 25 Mio. Dollar.",
            "trade.exports",
            "2018-12",
        ),
    ],
)
def test_flow_plan_at_a_year_end(text: str, indicator: str, as_of: str) -> None:
    assert [(p[0], p[2]) for p in points(text, "2019-08-22")] == [(indicator, as_of)]
