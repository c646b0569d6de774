"""Round L, real set g's misses (recog25c), each as a family of wordings with counter-examples
(indicators.md; figures.md). Texts of our own in the style of BelTA releases of the
statistics committee, Xinhua and CRI reports and embassy statements:

- a value with last year's value beside it in brackets ("65 Unternehmen (55 - im
  Vorjahr)", "(Vorjahr: 55)", "(im Vorjahr 55)", "(55 im Vorjahreszeitraum)"): the bracket's
  date is its value's, neither the figure's nor the next sentences'; a release's "am Ende
  des Berichtszeitraums", "im Berichtszeitraum" is the period its lead names.
"""

from __future__ import annotations

import pytest

import bycn
from bycn.indicators.series import load_series

Point = tuple[str, str, str, float, str]

RESIDENTS, JOBS, REVENUE = "park.residents", "park.jobs", "park.revenue"
GS = "Great Stone"


def points(text: str, date: str = "2020-11-17") -> list[Point]:
    """(indicator, entity, as_of, value, unit) of each point of a text of ``date``."""
    series = load_series(bycn.parse_text(text, doc="text", meta={"date": date}))
    return sorted((p.indicator, p.entity, p.as_of, p.value, p.unit) for p in series.itertuples())


# ---------------------------------------------------------------------------------------
# 2. Last year's value in brackets; the release's period by "Berichtszeitraum"
# ---------------------------------------------------------------------------------------

LEAD = (
    "MINSK, 17. November (BelTA) – Der Erlös der Residenten des Industrieparks „Great "
    "Stone“ ist im Januar/September 2020 auf 126 Mio. US-Dollar gestiegen. "
)
# A count at the end of the nine months, or over them (the readings take either).
NINE_MONTHS = ("2020-09", "2020-01/2020-09")


def of_nine_months(found: list[Point], indicator: str, value: float) -> bool:
    """Whether ``found`` holds the point of ``indicator`` and ``value``, dated by the lead's
    nine months, and no other of that value."""
    dates = [p[2] for p in found if p[0] == indicator and p[3] == value]
    return len(dates) == 1 and dates[0] in NINE_MONTHS


@pytest.mark.parametrize(
    "bracket",
    [
        "(55 - im Vorjahr)",  # the miss
        "(Vorjahr: 55)",
        "(im Vorjahr 55)",
        "(im Vorjahr: 55 Unternehmen)",
        "(55 im Vorjahreszeitraum)",
        "(55 im gleichen Zeitraum des Vorjahres)",
        "(gegenüber 55 im Vorjahr)",
        "(nach 55 im Vorjahr)",
        "(im Vorjahreszeitraum: 55)",
        "(2019: 55)",
    ],
)
def test_a_bracketed_base_dates_its_own_value(bracket: str) -> None:
    text = LEAD + f"Die Zahl der Residenten des Industrieparks lag bei 65 Unternehmen {bracket}."
    assert of_nine_months(points(text), RESIDENTS, 65.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die durchschnittliche Zahl der Beschäftigten betrug 970 (596 - im Vorjahr).",
        "Im Park arbeiteten 970 Beschäftigte (Vorjahr: 596).",
        "Die Zahl der Arbeitsplätze im Park erreichte 970 (im Vorjahreszeitraum 596).",
    ],
)
def test_jobs_beside_last_years_jobs(sentence: str) -> None:
    assert of_nine_months(points(LEAD + sentence), JOBS, 970.0)


def test_the_bracket_dates_no_sentence_after_it() -> None:
    text = (
        LEAD + "Die Zahl der Residenten stieg auf 65 Unternehmen (55 - im Vorjahr). "
        "Die durchschnittliche Zahl der Beschäftigten betrug 970."
    )
    found = points(text)
    assert of_nine_months(found, JOBS, 970.0) and of_nine_months(found, RESIDENTS, 65.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Anzahl der ansässigen Unternehmen lag am Ende des Berichtszeitraums bei 65.",
        "Zum Ende des Berichtszeitraums waren im Park 65 Unternehmen registriert.",
        "Im Berichtszeitraum zählte der Park 65 Residenten.",
        "In der Berichtsperiode waren 65 Residenten im Industriepark tätig.",
        "Während des Berichtszeitraums stieg die Zahl der Residenten auf 65.",
    ],
)
def test_the_report_period_is_the_leads(sentence: str) -> None:
    # paragraphs of their own, one naming no date between the lead and the reference
    text = LEAD + "\n\nDie Exporte der Residenten wuchsen ebenfalls.\n\n" + sentence
    assert of_nine_months(points(text), RESIDENTS, 65.0)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # a gloss with no value of its own still dates its figure
        (LEAD + "Im Park sind 65 Unternehmen registriert (Stand: Oktober 2020).", "2020-10"),
        # a year in brackets with no value beside it dates the figure
        ("Die Zahl der Residenten des Industrieparks stieg auf 65 (im Jahr 2019).", "2019"),
        # no period named before: "im Berichtszeitraum" dates nothing, the text's date holds
        ("Im Berichtszeitraum zählte der Industriepark Great Stone 65 Residenten.", "2020-11"),
    ],
)
def test_counter_examples_of_the_bracket_and_the_report(text: str, as_of: str) -> None:
    assert [p[2] for p in points(text) if p[3] == 65.0] == [as_of]


# ---------------------------------------------------------------------------------------
# 3. A statistics release on the park: investment in fixed capital, "hier" the park,
#    no point for a part's share of the revenue
# ---------------------------------------------------------------------------------------

INVESTED = "park.investment_actual"
COUNTRIES = "park.countries"
RELEASE_TITLE = "Erlös der Residenten von „Great Stone“ wuchs im Januar/September\n\n"
RELEASE = (
    RELEASE_TITLE + "MINSK, 17. November (BelTA) – Der Erlös der Residenten des Industrieparks "
    "„Great Stone“ ist im Januar/September 2020 um das 3,4-fache gestiegen. Das berichtet "
    "BelTA unter Berufung auf das Statistikkomitee.\n\n"
    "Der Nettoverlust lag bei 45,6 Mio. Rubel.\n\n"
    "Die ausländischen Direktinvestitionen lagen bei 36,6 Mio. Dollar. "
)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Die Investitionen in Anlagevermögen beliefen sich auf Br57,8 Mio.", 57.8e6, "BYN"),
        ("Die Investitionen ins Anlagevermögen erreichten 57,8 Mio. Rubel.", 57.8e6, "BYN"),
        ("Die Investitionen in das Anlagekapital betrugen 57,8 Mio. Rubel.", 57.8e6, "BYN"),
        ("Die Anlageinvestitionen summierten sich auf 57,8 Mio. Rubel.", 57.8e6, "BYN"),
        ("In Sachanlagen wurden 57,8 Mio. Rubel investiert.", 57.8e6, "BYN"),
        ("Die Investitionen in Sachanlagen lagen bei 57,8 Mio. Rubel.", 57.8e6, "BYN"),
        ("Die Investitionen in das Grundkapital wuchsen um 2,7 Prozent.", 2.7, "percent"),
        ("Die Anlageinvestitionen stiegen um das 1,1-fache.", 1.1, "times"),
    ],
)
def test_fixed_capital_in_a_release_on_the_park(sentence: str, value: float, unit: str) -> None:
    found = [p for p in points(RELEASE + sentence) if p[0] == INVESTED]
    assert [(p[3], p[4]) for p in found] == [(value, unit)]


def test_the_growth_in_brackets_after_the_amount() -> None:
    text = (
        RELEASE
        + "Die Investitionen in Anlagevermögen beliefen sich auf Br57,8 Mio. (Wachstum um 2,7%)."
    )
    found = sorted((p[3], p[4], p[2]) for p in points(text) if p[0] == INVESTED)
    # the growth over the nine months the title names; the amount a level (as_of: spec)
    assert found[0] == (2.7, "percent", "2020-01/2020-09")
    assert [f[:2] for f in found] == [(2.7, "percent"), (57.8e6, "BYN")]


@pytest.mark.parametrize(
    "text",
    [
        # the country's investment, in a release on the park
        RELEASE + "Die Investitionen in Anlagevermögen in Belarus stiegen um 3 Prozent.",
        RELEASE + "Landesweit erreichten die Anlageinvestitionen 20 Mrd. Rubel.",
        # a text that never names the park
        "MINSK (BelTA) – Die Investitionen in Anlagevermögen im Gebiet Gomel beliefen sich "
        "im Januar/September 2020 auf 570 Mio. Rubel.",
        # a share of the investment
        RELEASE + "Auf die Residenten entfiel ein Anteil von 30 Prozent der Investitionen in "
        "Sachanlagen.",
    ],
)
def test_no_park_investment_of_others(text: str) -> None:
    assert not [p for p in points(text) if p[0] == INVESTED]


PARK_ZONE = (
    "Der Chinesisch-Belarussische Industriepark „Great Stone“ ist eine 25 km nördlich von "
    "Minsk gelegene Wirtschaftszone mit besonderen Steuerbedingungen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hier sind Unternehmen aus 14 Ländern registriert.",  # the miss
        "Hier haben sich Firmen aus 14 Staaten angesiedelt.",
        "Dort sind Unternehmen aus 14 Ländern ansässig.",
        "Unternehmen aus 14 Ländern sind hier registriert.",
        "Im Park sind Residenten aus 14 Ländern registriert.",
    ],
)
def test_the_park_called_an_economic_zone_is_the_park(sentence: str) -> None:
    found = [p for p in points(PARK_ZONE + sentence) if p[0] == COUNTRIES]
    assert [(p[1], p[3]) for p in found] == [(GS, 14.0)]


@pytest.mark.parametrize(
    "lead",
    [
        "Die Freie Wirtschaftszone Minsk liegt 20 km vom Industriepark entfernt. ",
        "Neben dem Industriepark gibt es die Wirtschaftszone Brest. ",
    ],
)
def test_another_economic_zone_stays_another(lead: str) -> None:
    text = lead + "Hier sind Unternehmen aus 14 Ländern registriert."
    assert not [p for p in points(text) if p[0] == COUNTRIES]


REVENUE_LEAD = (
    "Der Erlös der Residenten des Industrieparks „Great Stone“ ist im Januar/September 2020 "
    "gestiegen. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss
        "Gleichzeitig beliefen sich die Einnahmen aus dem Verkauf von Waren, Produkten, "
        "Arbeiten und Dienstleistungen im Ausland auf 36,8 Mio. Rubel und machten 29,2% der "
        "Gesamteinnahmen aus.",
        "Die Einnahmen aus Dienstleistungen entsprachen 29,2 Prozent der gesamten Erlöse.",
        "Die Erlöse im Ausland machten 29,2 Prozent des Gesamtumsatzes aus.",
        "Die Einnahmen aus dem Verkauf von Waren, Arbeiten und Diensten im Ausland erreichten "
        "29,2% der Gesamteinnahmen.",
        "Die Einnahmen aus Diensten hatten einen Anteil von 29,2 Prozent am Erlös.",
    ],
)
def test_a_part_s_share_of_the_revenue_is_no_point(sentence: str) -> None:
    assert not [p for p in points(REVENUE_LEAD + sentence) if p[3] == 29.2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Einnahmen der Residenten stiegen um 29,2%.",
        "Die Einnahmen aus dem Verkauf von Waren, Arbeiten und Diensten wuchsen um 29,2 Prozent.",
    ],
)
def test_the_revenue_s_growth_stays_a_point(sentence: str) -> None:
    found = [p for p in points(REVENUE_LEAD + sentence) if p[3] == 29.2]
    assert [(p[0], p[4]) for p in found] == [(REVENUE, "percent")]


# ---------------------------------------------------------------------------------------
# 4. A Belarusian speaker's "unsere Exporte", China named earlier in the paragraph; the
#    exports to China as a compound ("China-Exporte")
# ---------------------------------------------------------------------------------------

EXPORTS, BC = "trade.exports", "Belarus-China"
SPEAKER = (
    "MINSK, 20. November (BelTA) – Das sagte der Botschafter der Republik Belarus "
    "heute vor Journalisten.\n\n"
    "„China ist für uns einer der wichtigsten strategischen Partner. Innerhalb eines "
    "Jahrzehnts ist viel geschehen. Wir arbeiten jeden Tag daran“, sagte der Diplomat. "
)


def exports(text: str) -> list[tuple[str, float]]:
    return [(p[2], p[3]) for p in points(text, "2023-11-20") if p[0] == EXPORTS]


@pytest.mark.parametrize(
    "sentence",
    [
        "„In diesem Jahr betragen unsere Exporten bereits rund $1,4 Milliarden.",  # the miss
        "„In diesem Jahr erreichten unsere Exporte bereits rund $1,4 Milliarden.",
        "„Unsere Ausfuhren beliefen sich in diesem Jahr auf rund $1,4 Milliarden.",
        "„Unser Export lag in diesem Jahr bei rund $1,4 Milliarden.",
        "„In diesem Jahr summierten sich unsere Warenexporte auf rund $1,4 Milliarden.",
    ],
)
def test_a_speaker_s_exports_china_named_in_the_paragraph(sentence: str) -> None:
    assert exports(SPEAKER + sentence) == [("2023", 1.4e9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "„In diesem Jahr erreichten unsere Exporte insgesamt rund $40 Milliarden.",
        "„Unsere Exporte in alle Länder erreichten in diesem Jahr rund $40 Milliarden.",
        "„Unsere Exporte nach Russland erreichten in diesem Jahr rund $40 Milliarden.",
        "„Unsere Importe erreichten in diesem Jahr rund $40 Milliarden.",
    ],
)
def test_not_all_exports_nor_another_partner_s(sentence: str) -> None:
    assert exports(SPEAKER + sentence) == []


def test_no_china_in_the_paragraph_no_point() -> None:
    text = (
        "MINSK, 20. November (BelTA) – Belarus baut seinen Handel aus.\n\n"
        "„Wir arbeiten jeden Tag daran. In diesem Jahr erreichten unsere Exporte bereits "
        "rund $1,4 Milliarden“, sagte der Minister."
    )
    assert exports(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Im Vorjahr machten die China-Exporte $1,6 Milliarden aus.",  # the miss
        "Im Vorjahr betrugen die China-Exporte $1,6 Milliarden.",
        "Die China-Ausfuhren beliefen sich im Vorjahr auf $1,6 Milliarden.",
        "Im Vorjahr machten die Exporte nach China $1,6 Milliarden aus.",
        "Im Vorjahr machten die Exporte in die Volksrepublik China $1,6 Milliarden aus.",
    ],
)
def test_the_exports_to_china_as_a_compound(sentence: str) -> None:
    text = SPEAKER + "„Unser Handel wächst.“ " + sentence
    assert exports(text) == [("2022", 1.6e9)]


def test_a_share_of_the_exports_said_with_ausmachen_is_no_point() -> None:
    text = SPEAKER + "Im Vorjahr machten die China-Exporte 4 Prozent der Ausfuhren aus."
    assert exports(text) == []


# ---------------------------------------------------------------------------------------
# 5./6. Investment planned in the park is declared (indicators.md: "declared (announced,
#    planned)"); a relative clause of the turnover tells the turnover
# ---------------------------------------------------------------------------------------

DECLARED = "park.investment_declared"
PARK_LEAD = (
    "Der Chinesisch-Belarussische Industriepark „Great Stone“ entsteht bei Minsk. "
    "Ein Mitarbeiter zeigt das Modell des Parks. Die Wände sind voller Fotos. "
)


def park_investment(text: str, date: str = "2018-12-10") -> list[tuple[str, float]]:
    found = points(text, date)
    return sorted((p[0], p[3]) for p in found if p[0] in (DECLARED, INVESTED))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the miss (g26)
        (
            "China will mindestens eine Milliarde US-Dollar in die Schaffung eines "
            "weißrussisch-chinesischen Industrieparks auf dem Territorium Weißrusslands direkt "
            "investieren.",
            1e9,
        ),
        # the extra (g17), a plan, not made
        (
            "Bis zu 30 Milliarden US-Dollar sollen auf einer Fläche von 112,5 "
            "Quadratkilometern investiert werden.",
            30e9,
        ),
        ("Peking plant, eine Milliarde Dollar in den Industriepark zu investieren.", 1e9),
        ("Chinesische Investoren wollen 500 Mio. Dollar in den Bau des Parks stecken.", 500e6),
        ("In den Park sollen in den nächsten Jahren 2 Mrd. Dollar investiert werden.", 2e9),
        ("China beabsichtigt, 2 Mrd. Dollar in den Aufbau des Parks anzulegen.", 2e9),
    ],
)
def test_a_plan_to_invest_in_the_park_is_declared(sentence: str, value: float) -> None:
    assert park_investment(PARK_LEAD + sentence) == [(DECLARED, value)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # another place the clause names
        (
            "In diesem Jahr solle mit dem Bau des Hotels begonnen werden, in den die "
            "chinesische Seite bis zu 200 Millionen Dollar direkt investieren wolle.",
            [],
        ),
        ("China will 300 Mio. Dollar in ein Stahlwerk in Schlobin investieren.", []),
        # one firm's plan
        ("Das Unternehmen will 50 Mio. Dollar im Park investieren.", []),
        # made, not planned
        ("In den Park wurden bereits 1,2 Mrd. Dollar investiert.", [(INVESTED, 1.2e9)]),
    ],
)
def test_no_declared_investment_of_others_nor_made(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    assert park_investment(PARK_LEAD + sentence) == expected


TURNOVER = "trade.turnover"
TRADE_LEAD = "Belarus und China bauen ihre Beziehungen aus. "


def turnover(text: str) -> list[tuple[str, str, float, str]]:
    found = points(TRADE_LEAD + text, "2024-08-22")
    return [(p[0], p[2], p[3], p[4]) for p in found if p[4] != "times"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        # the miss (g07)
        (
            "„Trotz der Sanktionen erreichen wir jedes Jahr Rekordzahlen beim bilateralen "
            "Handelsumsatz, der in den letzten 30 Jahren um mehr als das 140-fache gestiegen "
            "ist und im Jahr 2023 ein Rekordvolumen von 55 Milliarden Yuan erreichen wird“, "
            "sagte der Botschafter.",
            55e9,
            "CNY",
        ),
        (
            "Er sprach über den Warenumsatz mit China, der im Jahr 2023 ein Volumen von 8 Mrd. "
            "Dollar erreichte.",
            8e9,
            "USD",
        ),
        (
            "Besonders wichtig sei der Handel mit China, der sich im Jahr 2023 auf 8 Mrd. "
            "Dollar belief.",
            8e9,
            "USD",
        ),
        (
            "Er lobte das Handelsvolumen mit China, das im Jahr 2023 bei 8 Mrd. Dollar lag.",
            8e9,
            "USD",
        ),
        (
            "Er nannte den Warenaustausch mit China, welcher im Jahr 2023 auf 8 Mrd. Dollar wuchs.",
            8e9,
            "USD",
        ),
    ],
)
def test_a_relative_clause_of_the_turnover(sentence: str, value: float, unit: str) -> None:
    assert turnover(sentence) == [(TURNOVER, "2023", value, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the relative clause of another noun
        "Er traf den Minister, der im Jahr 2023 8 Mrd. Dollar für Schulen ausgab.",
        "Er besuchte das Werk, das im Jahr 2023 Waren für 8 Mrd. Dollar herstellte.",
    ],
)
def test_a_relative_clause_of_another_noun(sentence: str) -> None:
    assert turnover(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        ("Hier sind 65 Unternehmen registriert.", RESIDENTS, 65.0),
        ("Dort haben sich 65 Residenten angesiedelt.", RESIDENTS, 65.0),
        ("Hier arbeiten rund 2.000 Menschen.", JOBS, 2000.0),
    ],
)
def test_other_counts_after_the_park_called_an_economic_zone(
    sentence: str, indicator: str, value: float
) -> None:
    found = [p for p in points(PARK_ZONE + sentence) if p[0] == indicator]
    assert [(p[1], p[3]) for p in found] == [(GS, value)]


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        # the growth in brackets, a sentence of its own after the amount's full stop
        (
            "Die Investitionen in Anlagevermögen beliefen sich auf 57,8 Mio. Rubel. "
            "(Wachstum um 2,7%).",
            INVESTED,
            2.7,
        ),
        (
            "Die Exporte der Residenten beliefen sich auf 36,8 Mio. Dollar. (Plus 8,7 %).",
            "park.exports",
            8.7,
        ),
        ("Der Erlös erreichte 126,2 Mio. Rubel. (Ein Anstieg um 12 Prozent).", REVENUE, 12.0),
    ],
)
def test_a_bracketed_growth_of_its_own_continues_the_amount(
    sentence: str, indicator: str, value: float
) -> None:
    found = [p for p in points(REVENUE_LEAD + sentence) if p[4] == "percent"]
    assert [(p[0], p[3]) for p in found] == [(indicator, value)]


def test_a_bracket_of_another_noun_s_growth_continues_nothing() -> None:
    text = (
        REVENUE_LEAD
        + "Die Exporte beliefen sich auf 36,8 Mio. Dollar. (Anstieg der Löhne um 8,7 %)."
    )
    assert not [p for p in points(text) if p[4] == "percent"]
