"""Indicators said in other words, plans, and sentences that refer back (issue 7).

Test texts of our own in the style of agency reports: for each class several phrasings
that must become points, and ones that must not (imports, a deficit, a share, one
company's staff, loans, a breakdown, a difference).
"""

from __future__ import annotations

import re

import pytest
from tests.conftest import news_series, points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import load_catalog, parse_catalog
from bycn.indicators.referback import continues
from bycn.indicators.scopes import FigureScope

Point = tuple[str, str, float, str]


points = points_of("indicator entity value status", date="2023-09-01")


def rows(text: str, date: str = "2023-09-01") -> list[dict]:
    return news_series(text, date).to_dict("records")


# --- synonyms the rules lacked -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Januar-Mai wuchsen die Ausfuhren von Nahrungsmitteln nach China um das "
            "1,4-fache auf 210 Mio. US-Dollar.",
            [
                ("trade.food_exports", "Belarus-China", 1.4, "actual"),
                ("trade.food_exports", "Belarus-China", 210e6, "actual"),
            ],
        ),
        (
            "Belarussische Nahrungsmittel sind in China gefragt. Die Lieferungen erreichten "
            "im vergangenen Jahr 530 Mio. US-Dollar.",
            [("trade.food_exports", "Belarus-China", 530e6, "actual")],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "An den Hochschulen beider Länder arbeiten 15 gemeinsame Labore und Zentren.",
            [("edu.joint_structures", "Belarus-China", 15.0, "actual")],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Seit 2018 wurden sieben gemeinsame Forschungslaboratorien eröffnet.",
            [("edu.joint_structures", "Belarus-China", 7.0, "actual")],
        ),
        (
            "Der Industriepark Great Stone zählt 110 Residenten. Die Unternehmen beschäftigen "
            "mehr als 3.100 Mitarbeiter.",
            [
                ("park.jobs", "Great Stone", 3100.0, "actual"),
                ("park.residents", "Great Stone", 110.0, "actual"),
            ],
        ),
        (
            "Im Industriepark Welikij Kamen sind derzeit 2.800 Beschäftigte tätig, die "
            "meisten davon Bürger von Belarus. Bei den Residenten des Parks sind 2.900 "
            "Menschen beschäftigt.",
            [
                ("park.jobs", "Great Stone", 2800.0, "actual"),
                ("park.jobs", "Great Stone", 2900.0, "actual"),
            ],
        ),
        (
            "In China sind derzeit rund 2.300 Belarussen an Universitäten eingeschrieben.",
            [("edu.students_by_in_cn", "Belarus-China", 2300.0, "actual")],
        ),
        (
            "Die Belarussische Staatliche Universität empfing eine Delegation aus Harbin. "
            "An der Universität studieren 1.900 Studierende aus China.",
            [("edu.institution_students", "BSU", 1900.0, "actual")],
        ),
        (
            "Im Gebiet Witebsk sind 12 Unternehmen mit chinesischem Kapital tätig. Im ersten "
            "Halbjahr lieferte das Gebiet Witebsk Waren im Wert von 41,5 Mio. US-Dollar nach "
            "China.",
            [("trade.regional", "Vitebsk region", 41.5e6, "actual")],
        ),
        (
            "Das Gebiet Grodno hat neue Partner in der Provinz Liaoning. Der "
            "Außenhandelsumsatz des Gebiets mit China betrug 2022 rund 230 Mio. US-Dollar.",
            [("trade.regional", "Grodno region", 230e6, "actual")],
        ),
        (
            "Im Industriepark Großer Stein haben sich bisher zwölf Unternehmen angesiedelt.",
            [("park.residents", "Great Stone", 12.0, "actual")],
        ),
        (
            "Der Industriepark Großer Stein hat ein gutes Jahr hinter sich. Die Verwaltung "
            "zog Bilanz. Die Fläche wurde erweitert. Neue Straßen wurden gebaut. In den "
            "ersten neun Monaten exportierten die Residenten Produkte im Wert von 95 Mio. "
            "US-Dollar, das 1,8-fache des Vorjahres.",
            [
                ("park.exports", "Great Stone", 95e6, "actual"),
                ("park.exports", "Great Stone", 1.8, "actual"),
            ],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Der Handel zwischen beiden Ländern ist gewachsen: Im vergangenen Jahr betrug er "
            "rund 5,1 Milliarden Dollar, 33 Prozent mehr als 2021.",
            [
                ("trade.turnover", "Belarus-China", 33.0, "actual"),
                ("trade.turnover", "Belarus-China", 5.1e9, "actual"),
            ],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Der bilaterale Handel ist zuletzt gesunken: 2015 belief er sich auf 1,76 "
            "Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 1.76e9, "actual")],
        ),
    ],
)
def test_synonyms_are_recognised(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # imports, a deficit, a share, loans: no indicator of the catalog
        "Die Importe aus China beliefen sich auf 756,3 Mio. US-Dollar. Der negative Saldo "
        "betrug 329,2 Mio. US-Dollar.",
        "Der Anteil Chinas am belarussischen Außenhandel beträgt 8,9 Prozent.",
        "China hat Belarus in den vergangenen Jahren Kredite von mehr als 7 Milliarden Dollar "
        "gewährt.",
        # one company's staff, not the park's jobs
        "Im Industriepark Great Stone arbeitet ein Joint Venture mit 450 Beschäftigten.",
        "Im Industriepark Great Stone hat das Unternehmen 320 Mitarbeiter eingestellt.",
        # a breakdown of a total is no total of labs
        "Es gibt 9 gemeinsame Bildungs- und Wissenschaftsstrukturen (3 Laboratorien, 4 "
        "Zentren und 2 Institute).",
    ],
)
def test_other_things_said_alike_are_no_points(text: str) -> None:
    total = ("edu.joint_structures", "Belarus-China", 9.0, "actual")  # the total is one
    assert [p for p in points(text) if p != total] == []


def test_the_residents_of_another_zone_are_not_the_parks() -> None:
    text = (
        "Der Industriepark Great Stone zählt 110 Residenten. Die Residenten der Freien "
        "Wirtschaftszone Brest exportierten Waren im Wert von 300 Mio. US-Dollar."
    )
    assert all(p[2] != 300e6 or not p[0].startswith("park.") for p in points(text))


def test_a_regions_deliveries_are_not_the_parks_exports() -> None:
    text = (
        "Der Industriepark Great Stone zählt 108 Residenten. Die Residenten haben 1.200 "
        "Arbeitsplätze geschaffen. Das Gebiet Mogiljow exportierte Waren für 742 Millionen "
        "Dollar nach China."
    )
    assert ("trade.regional", "Mogilev region", 742e6, "actual") in points(text)
    assert all(p[0] != "park.exports" for p in points(text))


# --- plans ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Für 2024 ist ein Handelsvolumen von 10 Mrd. US-Dollar vorgesehen.",
            [("trade.turnover", "Belarus-China", 10e9, "target")],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Für dieses Jahr ist ein Handelsumsatz von 8 Mrd. US-Dollar geplant.",
            [("trade.turnover", "Belarus-China", 8e9, "target")],
        ),
        (
            "Der Industriepark Great Stone wächst. Bis 2030 will die Verwaltung die Zahl der "
            "Residenten auf 250 erhöhen.",
            [("park.residents", "Great Stone", 250.0, "target")],
        ),
        (
            "An belarussischen Hochschulen studieren 18.000 Bürger der Volksrepublik China. "
            "Die Hochschulen bauen aus. Neue Wohnheime entstehen. Bis 2026 soll die Zahl der "
            "chinesischen Studierenden auf 25.000 steigen.",
            [
                ("edu.students_cn_in_by", "Belarus-China", 18000.0, "actual"),
                ("edu.students_cn_in_by", "Belarus-China", 25000.0, "target"),
            ],
        ),
        # "wie geplant" (as planned) reports a fact
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Der Warenumsatz erreichte wie geplant 7 Mrd. US-Dollar.",
            [("trade.turnover", "Belarus-China", 7e9, "actual")],
        ),
    ],
)
def test_plans_are_targets(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


# --- sentences that refer back -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Warenumsatz zwischen Belarus und China betrug im ersten Quartal 1,9 Mrd. "
            "US-Dollar. Das sind 12,5 Prozent mehr als im Vorjahreszeitraum.",
            [
                ("trade.turnover", "Belarus-China", 1.9e9, "actual"),
                ("trade.turnover", "Belarus-China", 12.5, "actual"),
            ],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Im Jahr 2022 erreichte der Handelsumsatz 5,1 Mrd. US-Dollar. Bis 2025 soll er "
            "auf 8 Mrd. US-Dollar wachsen.",
            [
                ("trade.turnover", "Belarus-China", 5.1e9, "actual"),
                ("trade.turnover", "Belarus-China", 8e9, "target"),
            ],
        ),
        (
            "Die Unternehmen des Gebiets Brest haben 2022 Waren im Wert von 70 Mio. US-Dollar "
            "nach China exportiert. Das ist das 1,3-fache des Vorjahres.",
            [
                ("trade.regional", "Brest region", 70e6, "actual"),
                ("trade.regional", "Brest region", 1.3, "actual"),
            ],
        ),
        (
            "Derzeit studieren an belarussischen Hochschulen 18.000 Bürger der Volksrepublik "
            "China. Vor fünf Jahren waren es rund 9.000.",
            [
                ("edu.students_cn_in_by", "Belarus-China", 18000.0, "actual"),
                ("edu.students_cn_in_by", "Belarus-China", 9000.0, "actual"),
            ],
        ),
        (
            "Die belarussischen Exporte nach China stiegen auf 2,1 Mrd. Dollar. Damit lagen "
            "sie um 18 Prozent über dem Vorjahr.",
            [
                ("trade.exports", "Belarus-China", 2.1e9, "actual"),
                ("trade.exports", "Belarus-China", 18.0, "actual"),
            ],
        ),
    ],
)
def test_sentences_that_refer_back_continue_the_indicator(text: str, expected: list[Point]) -> None:
    assert points(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a share is no growth of the amount
        "Der Handelsumsatz erreichte 5,1 Mrd. US-Dollar. Das sind 8,9 Prozent des "
        "belarussischen Außenhandels.",
        # a difference of a count is no level of it
        "Derzeit studieren an belarussischen Hochschulen 18.000 Bürger der Volksrepublik "
        "China. Das sind 2.000 mehr als im Vorjahr.",
        # another unit: loans in euro are no turnover in dollars
        "Der Handelsumsatz erreichte 5,1 Mrd. US-Dollar. Es waren 300 Mio. Euro.",
        # an expletive "es" refers to nothing
        "Der Handelsumsatz erreichte 5,1 Mrd. US-Dollar. Es gibt 40 Handelshäuser.",
        # a new paragraph: the pronoun's referent is not the point above the blank line
        "Der Handelsumsatz erreichte 5,1 Mrd. US-Dollar.\n\nDas sind 12 Prozent mehr als "
        "im Vorjahr.",
        # no pronoun: a figure of its own
        "Der Handelsumsatz erreichte 5,1 Mrd. US-Dollar. Die Kredite erreichten 12 Prozent mehr.",
    ],
)
def test_what_does_not_continue_the_point_before(text: str) -> None:
    assert [p for p in points(text) if p[2] != 5.1e9 and p[2] != 18000.0] == []


def test_a_point_that_refers_back_keeps_its_own_figure_and_line() -> None:
    text = (
        "Der Warenumsatz zwischen Belarus und China betrug im ersten Halbjahr 2023 3,5 Mrd. "
        "US-Dollar.\nDas sind 20 Prozent mehr als im gleichen Zeitraum des Vorjahres."
    )
    [amount, growth] = sorted(rows(text), key=lambda r: r["line"])
    assert (amount["line"], growth["line"]) == (1, 2)
    assert growth["figure_id"].startswith("news:2:")
    assert (growth["indicator"], growth["unit"], growth["value"]) == (
        "trade.turnover",
        "percent",
        20.0,
    )


def test_continues_checks_the_kind_of_the_figure() -> None:
    catalog = load_catalog()
    turnover = catalog.indicator("trade.turnover")
    students = catalog.indicator("edu.students_cn_in_by")

    def fig(unit: str, item: str = "") -> FigureScope:
        return FigureScope("f", "d", 1, 1.0, unit, item, "exact", "", "", "", "", None, "", 0, 1)

    assert continues(fig("times"), False, turnover, "USD", "")
    assert not continues(fig("times"), False, turnover, "percent", "")
    assert continues(fig("USD"), False, turnover, "USD", "")
    assert not continues(fig("EUR"), False, turnover, "USD", "")
    assert not continues(fig("USD"), True, turnover, "USD", "")
    assert continues(fig("count", "Bürger"), False, students, "count", "Bürger")
    assert not continues(fig("count", "Dozenten"), False, students, "count", "Bürger")
    # students grow ("12.000 ..., 20 Prozent mehr als im Vorjahr"); programmes are counted only
    assert continues(fig("percent"), True, students, "count", "Bürger")
    assert not continues(fig("percent"), False, students, "count", "Bürger")
    programmes = catalog.indicator("edu.joint_programmes")
    assert not continues(fig("percent"), True, programmes, "count", "Bildungsprogramme")


def test_refer_back_is_declared_in_the_catalog() -> None:
    catalog = load_catalog()
    assert catalog.refer_back.openers and catalog.refer_back.change
    opens = [p for p in catalog.refer_back.openers if p.search("Das sind ")]
    assert opens
    assert any(re.search(p, "Im Vorjahr waren es ") for p in catalog.refer_back.openers)
    assert not any(p.search("Es gibt ") for p in catalog.refer_back.openers)


def test_a_bad_refer_back_section_is_reported() -> None:
    data = {"entities": [], "indicators": [], "refer_back": {"openers": ["("], "x": []}}
    with pytest.raises(CatalogError) as err:
        parse_catalog(data)
    message = str(err.value)
    assert "refer_back.openers[0]" in message and "unknown key 'x'" in message


@pytest.mark.parametrize(
    "text",
    [
        "Die Gebiete Brest und Gomel lieferten Waren im Wert von 100 Mio. US-Dollar nach "
        "China. Das sind 20 Prozent mehr als im Vorjahr.",
    ],
)
def test_a_figure_two_regions_share_is_continued_by_nothing(text: str) -> None:
    assert points(text) == []
