"""Who "wir" is (indicators.md, entities): a head speaks for what he heads. A governor's or
a chairman of a regional executive committee's "wir" is the region, a rector's the
university, when the text's lead (headline and first sentences) names him by his title
right before the name of what he heads ("Rede des Vorsitzenden des Gebietsexekutivkomitees
Gomel", "der Rektor der Staatlichen Universität Grodno") or right after its adjective or
name ("der Witebsker Gouverneur", "der BNTU-Rektor"). A minister's, an ambassador's "wir"
stays the country's, though the text is about a university or region, or he spoke in one.
And goods traded or exchanged by the verb ("haben wir mit China Waren im Wert von ...
gehandelt") are trade. Texts of our own in the style of speeches and agency reports."""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn
from bycn.indicators.series import load_series

Point = tuple[str, str, str, float]


_points = points_of("indicator entity status value", date="2025-06-12", doc="speech")


def points(text: str, title: str = "") -> list[Point]:
    """(indicator, entity, status, value) of each point of a text with front matter's
    ``title``."""
    return _points(text, title=title)


REGIONAL, TURNOVER = "trade.regional", "trade.turnover"
AGREEMENTS, STUDENTS = "edu.institution_agreements", "edu.institution_students"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the chairman named in the speech's title; the sentence before names a university
        (
            "Rede des Vorsitzenden des Gebietsexekutivkomitees Gomel auf dem Forum der Regionen",
            "Verehrte Gäste,\n\nunser Gebiet pflegt enge Beziehungen zur Provinz Hubei. An der "
            "Gomeler Staatlichen Universität lernen 400 junge Chinesen. Bis 2030 wollen wir "
            "unseren Handel mit China auf 500 Millionen Dollar steigern.",
            [(REGIONAL, "Gomel region", "target", 5e8)],
        ),
        # ... by the adjective before his title ("Witebsker Gouverneurs"), exports by "geliefert"
        (
            "Grußwort des Witebsker Gouverneurs zur Woche der chinesischen Kultur",
            "Liebe Freunde aus China,\n\ndie Witebsker Staatliche Universität feiert heute ein "
            "Jubiläum. Im vergangenen Jahr haben wir Waren für 85 Millionen Dollar nach China "
            "geliefert.",
            [(REGIONAL, "Vitebsk region", "actual", 8.5e7)],
        ),
        # "wir" the subject of the clause before the figure's ("wollen wir ... und ...")
        (
            "Rede des Vorsitzenden des Gebietsexekutivkomitees Mogiljow beim Wirtschaftsforum",
            "Sehr geehrte Gäste,\n\nan der Mogiljower Staatlichen Universität lernen 250 junge "
            "Chinesen. Bis 2028 wollen wir unsere Ausfuhren nach China verdoppeln und den "
            "Handel mit China auf 300 Millionen Dollar steigern.",
            [(REGIONAL, "Mogilev region", "target", 3e8)],
        ),
        # a news report: the chairman in the lead, his quote with goods traded by the verb
        (
            "",
            "Minsk und Chongqing vertiefen Zusammenarbeit\n\nMINSK, 12. Juni (BelTA) – Der "
            "Vorsitzende des Minsker Gebietsexekutivkomitees hat eine Delegation aus Chongqing "
            "empfangen. An der Minsker Staatlichen Linguistischen Universität lernen 300 "
            "Chinesen. „Im vergangenen Jahr haben wir mit China Waren im Wert von 410 Millionen "
            "Dollar gehandelt“, sagte er.",
            [(REGIONAL, "Minsk region", "actual", 4.1e8)],
        ),
        # the governor of a region as "Gouverneurin des Gebiets", "wir" in the next clause
        (
            "Rede der Gouverneurin des Gebiets Grodno vor chinesischen Unternehmern",
            "Sehr geehrte Damen und Herren,\n\ndie Staatliche Universität Grodno ist unser "
            "Stolz. 2024 haben wir den Handel mit China um 18 Prozent gesteigert.",
            [(REGIONAL, "Grodno region", "actual", 18.0)],
        ),
    ],
)
def test_a_regional_head_s_we_is_his_region(title: str, text: str, expected: list[Point]) -> None:
    assert points(text, title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the rector in the speech's title (h14's wording)
        (
            "Rede des Rektors der Staatlichen Universität Grodno",
            "Sehr geehrte Gäste,\n\nwir sind stolz auf unsere Partnerschaften. Heute haben wir "
            "47 Kooperationsabkommen mit Partnern in China. Bis 2030 wollen wir die Zahl der "
            "chinesischen Studierenden auf 1.500 erhöhen.",
            [(AGREEMENTS, "GrSU", "actual", 47.0), (STUDENTS, "GrSU", "target", 1500.0)],
        ),
        # ... a university named in full, "bei uns" and a fronted object
        (
            "Rede des Rektors der Belarussischen Staatlichen Universität zum Konfuzius-Tag",
            "Liebe Kolleginnen und Kollegen,\n\nseit Jahrzehnten pflegt unsere Hochschule enge "
            "Kontakte nach China. Heute haben wir 61 Abkommen mit chinesischen Universitäten. "
            "Bis 2030 wollen wir die Zahl der chinesischen Studierenden auf 3.000 erhöhen.",
            [(AGREEMENTS, "BSU", "actual", 61.0), (STUDENTS, "BSU", "target", 3000.0)],
        ),
        # a prorector; her university's students and contracts by other verbs
        (
            "Rede der Prorektorin der Belarussischen Staatlichen Pädagogischen Universität",
            "Liebe Gäste,\n\nheute lernen an unserer Hochschule 900 Studierende aus China. Mit "
            "Hochschulen in China haben wir 35 Kooperationsverträge geschlossen.",
            [(AGREEMENTS, "BSPU", "actual", 35.0), (STUDENTS, "BSPU", "actual", 900.0)],
        ),
        # a news report: the rector by the name's compound ("BNTU-Rektor"), told after a quote
        (
            "",
            "BNTU baut Zusammenarbeit mit China aus\n\nMINSK, 12. Juni (BelTA) – Der "
            "BNTU-Rektor hat eine Delegation der Universität Harbin empfangen. Mit chinesischen "
            "Partnern haben wir 58 Abkommen unterzeichnet, fügte der Rektor hinzu.",
            [(AGREEMENTS, "BNTU", "actual", 58.0)],
        ),
    ],
)
def test_a_rector_s_we_is_his_university(title: str, text: str, expected: list[Point]) -> None:
    assert points(text, title) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a minister in the lead of a text on a region: the country's trade
        (
            "",
            "Minister: Handel mit China wächst\n\nMINSK, 12. Juni (BelTA) – Der "
            "Wirtschaftsminister sprach auf dem Forum der Regionen in Gomel. Das Gebiet Gomel "
            "sei ein wichtiger Partner Chinas. Bis 2030 wollen wir den Handel mit China auf 10 "
            "Milliarden Dollar steigern, sagte der Minister.",
            [(TURNOVER, "Belarus-China", "target", 1e10)],
        ),
        # a governor in the lead, but the minister tells the figure in its sentence
        (
            "",
            "Gomel empfängt Delegation aus Hubei\n\nGOMEL, 12. Juni (BelTA) – Der Gouverneur "
            "des Gebiets Gomel hat eine Delegation aus Hubei empfangen. An dem Treffen nahm "
            "auch der Wirtschaftsminister teil. „Bis 2030 wollen wir den Handel mit China auf "
            "10 Milliarden Dollar steigern“, sagte der Minister.",
            [(TURNOVER, "Belarus-China", "target", 1e10)],
        ),
        # an ambassador visiting a region: his "wir" is not the region's
        (
            "",
            "Botschafter besucht Witebsk\n\nWITEBSK, 12. Juni (BelTA) – Der Botschafter von "
            "Belarus in China besuchte das Gebiet Witebsk. „Wir haben den Handel mit China im "
            "vergangenen Jahr um 12 Prozent gesteigert“, sagte der Botschafter.",
            [(TURNOVER, "Belarus-China", "actual", 12.0)],
        ),
        # a minister's speech at a university: no university's count
        (
            "Rede der Bildungsministerin zum Konfuzius-Tag an der Belarussischen Staatlichen "
            "Universität",
            "Liebe Kolleginnen und Kollegen,\n\nheute haben wir 820 Abkommen mit chinesischen "
            "Universitäten.",
            [],
        ),
        # an ambassador's speech at a university: the two countries' agreements
        (
            "Rede des Botschafters von Belarus in China an der Staatlichen Universität Grodno",
            "Liebe Studierende,\n\nheute haben wir 870 Abkommen zwischen Hochschulen beider "
            "Länder.",
            [("edu.agreements", "Belarus-China", "actual", 870.0)],
        ),
        # a rector named only as where the governor spoke: the region's "wir", no university's
        (
            "Rede des Gouverneurs des Gebiets Brest beim Rektor der Brester Staatlichen "
            "Universität",
            "Liebe Gäste,\n\nim Jahr 2024 haben wir Waren für 95 Millionen Dollar nach China "
            "exportiert.",
            [(REGIONAL, "Brest region", "actual", 9.5e7)],
        ),
    ],
)
def test_an_official_s_we_stays_the_country_s(title: str, text: str, expected: list[Point]) -> None:
    assert points(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods traded with China by the verb: the country's, a region's
        (
            "Im vergangenen Jahr hat Belarus mit China Waren im Wert von 8 Milliarden Dollar "
            "gehandelt.",
            [(TURNOVER, "Belarus-China", "actual", 8e9)],
        ),
        (
            "Mit China wurden im vergangenen Jahr Güter im Wert von 8,2 Milliarden Dollar "
            "ausgetauscht.",
            [(TURNOVER, "Belarus-China", "actual", 8.2e9)],
        ),
        (
            "Das Gebiet Brest handelte im vergangenen Jahr mit China Waren für 120 Millionen "
            "Dollar.",
            [(REGIONAL, "Brest region", "actual", 1.2e8)],
        ),
        (
            "Mit chinesischen Partnern hat das Gebiet Gomel 2024 Erzeugnisse für 90 Millionen "
            "Dollar gehandelt, auch mit China.",
            [(REGIONAL, "Gomel region", "actual", 9e7)],
        ),
        # counter-examples: experience exchanged, acting quickly, another partner
        (
            "Die Delegationen aus China und dem Gebiet Gomel tauschten Erfahrungen aus; 12 "
            "Verträge wurden unterzeichnet.",
            [],
        ),
        (
            "Im vergangenen Jahr hat Belarus mit Russland Waren im Wert von 50 Milliarden Dollar "
            "gehandelt.",
            [],
        ),
    ],
)
def test_goods_traded_by_the_verb(text: str, expected: list[Point]) -> None:
    assert [p for p in points(text) if p[0].startswith("trade.")] == expected


DECLARED = "park.investment_declared"


def declared(text: str) -> list[Point]:
    """The park's declared investment points of a news text."""
    return [p for p in points(text) if p[0] == DECLARED]


@pytest.mark.parametrize(
    "text",
    [
        # the least size of the firms sought (b05's wordings, and others)
        "Der Industriepark Great Stone will bis 2027 weitere Großinvestoren gewinnen. „Wir "
        "reden von Investoren, Unternehmen mit einem Investitionsvolumen von mehr als 50 Mio. "
        "Dollar“, sagte der Parkchef.",
        "Bis 2027 will Belarus mindestens sechs Unternehmen mit einem gesamten "
        "Investitionsvolumen von mehr als 40 Mio. Dollar in den Industriepark Great Stone "
        "anlocken.",
        "Der Industriepark Great Stone sucht Investoren mit einem Investitionsvolumen ab 30 "
        "Millionen US-Dollar.",
        "Der Industriepark Great Stone will Investoren mit mindestens 40 Millionen Dollar "
        "angekündigten Investitionen anlocken.",
        # each one's size
        "Im Industriepark Great Stone sollen sich bis 2027 zehn Unternehmen mit einem "
        "angekündigten Investitionsvolumen von jeweils über 20 Millionen Dollar ansiedeln.",
        "Im Industriepark Great Stone haben drei Residenten Projekte im Wert von je 15 Mio. "
        "Dollar angemeldet.",
        "Great Stone: Angekündigt wurden vier Vorhaben mit Investitionen von mindestens 10 "
        "Millionen Dollar pro Projekt.",
    ],
)
def test_a_size_that_describes_firms_is_no_declared_total(text: str) -> None:
    assert declared(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the residents there with their total, a threshold too
        (
            "Im Industriepark Great Stone sind 98 Unternehmen mit einem Investitionsvolumen von "
            "1,3 Mrd. Dollar registriert.",
            1.3e9,
        ),
        (
            "Im Industriepark Great Stone sind 120 Residenten mit einem gesamten "
            "Investitionsvolumen von mehr als 1,4 Mrd. Dollar registriert.",
            1.4e9,
        ),
        (
            "Der Industriepark Great Stone hat inzwischen 130 Residenten mit einem erklärten "
            "Investitionsvolumen von über 1,5 Mrd. Dollar.",
            1.5e9,
        ),
        # the firms won, with their total
        (
            "Seit Jahresbeginn hat der Industriepark Great Stone 12 neue Residenten mit einem "
            "Investitionsvolumen von mehr als 200 Mio. Dollar gewonnen.",
            2e8,
        ),
        # the residents' total by a threshold, no firms' size
        (
            "Die Residenten des Industrieparks Great Stone haben Investitionen von mehr als 1,5 "
            "Mrd. Dollar angekündigt.",
            1.5e9,
        ),
    ],
)
def test_the_residents_declared_total_stays(text: str, value: float) -> None:
    assert [p[3] for p in declared(text)] == [value]


def regional_dates(text: str) -> list[tuple[float, str]]:
    """(value, as_of) of each regional trade point of a news text of 2025-06-12."""
    series = load_series(bycn.parse_text(text, doc="news", meta={"date": "2025-06-12"}))
    return sorted((p.value, p.as_of) for p in series.itertuples() if p.indicator == REGIONAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a narrower period after the figure, in its clause, wins over the year before it,
        # past a bracketed figure (b06's wording) ...
        (
            "In diesem Jahr ist es dem Gebiet Gomel gelungen, die Exporte nach China wieder zu "
            "steigern, mit einem Anstieg von 8% (12 Mio. Dollar) in den ersten vier Monaten.",
            [(8.0, "2025-01/2025-04"), (1.2e7, "2025-01/2025-04")],
        ),
        (
            "Im laufenden Jahr hat das Gebiet Mogiljow die Lieferungen nach China um 9 Prozent "
            "(4 Mio. Dollar) im Zeitraum Januar–Mai gesteigert.",
            [(9.0, "2025-01/2025-05"), (4e6, "2025-01/2025-05")],
        ),
        (
            "In diesem Jahr lieferte das Gebiet Grodno Waren für 33 Mio. Dollar (plus 12 "
            "Prozent) nach China im ersten Quartal.",
            [(12.0, "2025-Q1"), (3.3e7, "2025-Q1")],
        ),
        # ... past another figure of the clause, the year in a clause before or its own
        (
            "Dieses Jahr konnte das Gebiet Witebsk seine Exporte nach China deutlich ausbauen: "
            "um 14 Prozent auf 52 Mio. Dollar in den ersten fünf Monaten.",
            [(14.0, "2025-01/2025-05"), (5.2e7, "2025-01/2025-05")],
        ),
        (
            "Im Jahr 2025 wuchs der Handel des Gebiets Brest mit China um 6 Prozent auf 75 Mio. "
            "Dollar von Januar bis April.",
            [(6.0, "2025-01/2025-04"), (7.5e7, "2025-01/2025-04")],
        ),
        # counter-examples: the period in the next clause is another figure's; a year's
        # label in a bracket dates the bracket's value only; a period not within the year
        (
            "Im Jahr 2024 stiegen die Exporte des Gebiets Brest nach China um 15 Prozent, nach "
            "8 Prozent im ersten Quartal 2024.",
            [(8.0, "2024-Q1"), (15.0, "2024")],
        ),
        (
            "Im Jahr 2024 erreichten die Exporte des Gebiets Gomel nach China 120 Mio. Dollar "
            "(2023: 95 Mio.).",
            [(9.5e7, "2023"), (1.2e8, "2024")],
        ),
        (
            "Im Jahr 2024 stiegen die Exporte des Gebiets Minsk nach China um 10 Prozent auf 90 "
            "Mio. Dollar, mehr als im ersten Quartal 2023.",
            [(10.0, "2024"), (9e7, "2024")],
        ),
    ],
)
def test_a_narrower_period_after_the_figure_dates_it(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert regional_dates(text) == expected
