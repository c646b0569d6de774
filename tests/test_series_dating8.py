"""Dating of points (issue 7, round 21): a level reached within a span is of its end, a
start said with "ab" runs to the text's date, "im gleichen Zeitraum" is the period of the
point before it however far back.

Texts of our own in the style of BelTA's German service; each class with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

Point = tuple[str, str, str, float]


points = points_of("indicator entity as_of value")


# --- a count of a stock reached within a span of months is the level at its end -------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "MINSK, 18. Juli (BelTA) – Im Industriepark Großer Stein sind seit Jahresbeginn "
            "neun neue Residenten registriert worden. Damit ist die Zahl der Residenten auf "
            "141 gestiegen, teilte die Verwaltung mit.",
            "2025-07-18",
            [
                ("park.new_residents", "Great Stone", "2025-01/2025-07", 9.0),
                ("park.residents", "Great Stone", "2025-07", 141.0),
            ],
        ),
        (
            "In den ersten fünf Monaten 2022 stieg die Zahl der Residenten des Industrieparks "
            "auf 96.",
            "2022-06-10",
            [("park.residents", "Great Stone", "2022-05", 96.0)],
        ),
        (
            "GOMEL, 3. Oktober (BelTA) – Im Januar-September 2024 haben weitere Betriebe des "
            "Gebiets Gomel die Zulassung erhalten. Die Zahl der für den Export nach China "
            "akkreditierten Betriebe stieg damit auf 24 Unternehmen.",
            "2024-10-03",
            [("trade.accredited_producers", "Gomel region", "2024-09", 24.0)],
        ),
    ],
)
def test_a_count_reached_within_a_span_is_the_level_at_its_end(text, date, expected):
    assert points(text, date) == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a flow (new residents, exports) stays the sum over its span
        (
            "Seit Jahresbeginn exportierten die Residenten des Industrieparks Waren für 80 "
            "Mio. Dollar.",
            "2024-08-01",
            [("park.exports", "Great Stone", "2024-01/2024-08", 80e6)],
        ),
        # a span of years (a study year) is no span of months
        (
            "Im Studienjahr 2023/2024 studieren an belarussischen Hochschulen 9.800 "
            "chinesische Studenten.",
            "2024-03-01",
            [("edu.students_cn_in_by", "Belarus-China", "2023/2024", 9800.0)],
        ),
        # a growth of a stock over a span is of the span
        (
            "In den ersten neun Monaten 2023 investierten die Residenten des Industrieparks "
            "40 Prozent mehr als im Vorjahreszeitraum.",
            "2023-10-20",
            [],
        ),
    ],
)
def test_a_flow_a_span_of_years_and_a_growth_keep_their_period(text, date, expected):
    found = points(text, date)
    assert [p for p in found if p[0] != "park.investment_actual"] == expected


# --- "ab Anfang 2017": a start, the period runs to the text's date ---------------------------


def test_a_start_in_an_earlier_year_runs_to_the_texts_date():
    text = (
        "MINSK, 16. Januar (BelTA) – Der Industriepark Großer Stein wächst. „Ab Anfang "
        "2017 warb der Park 14 neue Unternehmen an. Die Zahl der Residenten stieg auf "
        "31“, sagte der Direktor.\n"
    )
    assert points(text, "2018-01-16") == [
        ("park.new_residents", "Great Stone", "2017-01/2018-01", 14.0),
        ("park.residents", "Great Stone", "2018-01", 31.0),
    ]


def test_a_plans_start_keeps_its_month():
    text = "Ab Anfang 2026 sollen im Industriepark 20 neue Residenten hinzukommen.\n"
    assert points(text, "2025-05-20") == [("park.new_residents", "Great Stone", "2026-01", 20.0)]


# --- "im gleichen Zeitraum": the period of the point before, however far back ----------------

SAME_PERIOD = (
    "GOMEL, 22. November (BelTA) – Der Warenumsatz des Gebiets Gomel mit China ist in den "
    "ersten zehn Monaten dieses Jahres auf 510 Millionen US-Dollar gestiegen.\n\n"
    "Das Gebiet hat rund 1,3 Millionen Einwohner.\n\n"
    "Die Fahrt eines Güterzuges nach Peking dauert zwölf Tage.\n\n"
    "Auch das Gebiet Mogiljow legte zu: Sein Handel mit China wuchs im gleichen Zeitraum "
    "um 30 Prozent.\n"
)


def test_the_same_period_is_that_of_the_point_before():
    assert points(SAME_PERIOD, "2024-11-22") == [
        ("trade.regional", "Gomel region", "2024-01/2024-10", 510e6),
        ("trade.regional", "Mogilev region", "2024-01/2024-10", 30.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no point before it: the document's date
        "Das Gebiet Mogiljow steigerte seinen Handel mit China in diesem Zeitraum um 30 Prozent.\n",
        # the point before is a plan's, no period of a fact
        "Bis 2026 soll der Handel des Gebiets Gomel mit China auf 900 Mio. Dollar wachsen.\n\n"
        "Das Gebiet hat rund 1,3 Millionen Einwohner.\n\n"
        "Die Fahrt nach Peking dauert zwölf Tage.\n\n"
        "Das Gebiet Mogiljow steigerte seinen Handel mit China im gleichen Zeitraum um 30 "
        "Prozent.\n",
    ],
)
def test_no_fact_before_leaves_the_documents_date(text):
    found = [p for p in points(text, "2024-11-22") if p[1] == "Mogilev region"]
    assert found == [("trade.regional", "Mogilev region", "2024-11", 30.0)]


def test_a_comparison_with_the_same_period_a_year_before_is_no_reference():
    text = (
        "Der Warenumsatz des Gebiets Gomel mit China betrug im ersten Halbjahr 300 Mio. "
        "Dollar.\n\nDas Gebiet hat 1,3 Millionen Einwohner.\n\nDie Fahrt dauert zwölf Tage.\n\n"
        "Die Exporte des Gebiets Brest nach China stiegen um 12 Prozent gegenüber dem "
        "gleichen Zeitraum des Vorjahres.\n"
    )
    found = [p for p in points(text, "2024-07-22") if p[1] == "Brest region"]
    assert found == [("trade.regional", "Brest region", "2024-07", 12.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach den Ergebnissen des ersten Quartals stiegen die Exporte.", ["2024-Q1"]),
        ("Die Bilanz des ersten Halbjahres fiel gut aus.", ["2024-H1"]),
        # the same quarter of another year is a comparison's base, no date of the text's year
        ("mehr als der Wert des ersten Quartals des Vorjahres", []),
    ],
)
def test_a_results_genitive_names_the_quarter_or_half_of_the_texts_year(text, expected):
    from bycn.text.dates import find_dates

    assert [m.value for m in find_dates(text, "2024-08-01")] == expected


def test_after_a_plans_point_the_same_period_is_no_facts():
    text = (
        "GOMEL, 5. März (BelTA) – Der Handel des Gebiets Gomel mit China stieg im vergangenen "
        "Jahr auf 700 Mio. Dollar. Bis 2030 soll er auf 1,2 Mrd. Dollar wachsen.\n\n"
        "Das Gebiet hat 1,3 Millionen Einwohner.\n\n"
        "Die Fahrt nach Peking dauert zwölf Tage.\n\n"
        "Das Gebiet Mogiljow will seinen Handel mit China im gleichen Zeitraum verdoppeln, "
        "auf 900 Mio. Dollar.\n"
    )
    found = [p for p in points(text, "2024-03-05") if p[1] == "Mogilev region"]
    assert [p[2] for p in found] == ["2024-03"]  # the document's, not the fact's 2023


# --- a level carried from the year still running is the level at the text's date --------------


def test_a_count_carried_from_the_running_year_is_of_the_texts_month():
    text = (
        "SMOLEWITSCHI, 3. November (BelTA) – „In diesem Jahr feiern wir zehn Jahre Park. In "
        "dieser Zeit haben wir viel erreicht. Im Industriepark haben sich Unternehmen aus 16 "
        "Staaten niedergelassen“, sagte der Leiter der Parkverwaltung.\n"
    )
    assert points(text, "2023-11-03") == [("park.countries", "Great Stone", "2023-11", 16.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year named in its own sentence stays
        (
            "In diesem Jahr sind im Industriepark Unternehmen aus 16 Staaten registriert.",
            [("park.countries", "Great Stone", "2023", 16.0)],
        ),
        # a year that is over stays
        (
            "Im Jahr 2022 hat der Park viel erreicht. Im Industriepark haben sich Unternehmen "
            "aus 16 Staaten niedergelassen.",
            [("park.countries", "Great Stone", "2022", 16.0)],
        ),
        # a plan's year stays
        (
            "In diesem Jahr feiert der Park sein Jubiläum. Die Verwaltung will die Zahl der "
            "Residenten auf 150 erhöhen.",
            [("park.residents", "Great Stone", "2023", 150.0)],
        ),
    ],
)
def test_a_year_named_in_its_sentence_over_or_planned_stays(text, expected):
    assert points(text, "2023-11-03") == expected
