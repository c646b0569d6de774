"""Dating of points (round 22, dating13): a caption's year behind a word that counts no
months (``nach Monaten 2025``) is the year of the table's month columns; a bullet list's
lead-in ending in a colon (``Stand 1. September 2025:``) dates its items.

Texts of our own in the style of the customs committee's and the ministries' releases; each
family with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

from bycn.text.dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Warenverkehr mit China nach Monaten 2025",
        "Ausfuhr nach China in den einzelnen Monaten 2025",
        "Export, aufgeschlüsselt nach Monaten 2025",
        "Die Monate 2025 im Überblick",
        "Einfuhr aus China in allen Monaten 2025",
        "Handel je Monate 2025",
    ],
)
def test_a_year_behind_months_that_are_not_counted_is_found(text: str) -> None:
    assert [m.value for m in find_dates(text, "2025-06-18")] == ["2025"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # counter-examples: months counted are a span, as before
        ("in den ersten fünf Monaten 2025", "2025-01/2025-05"),
        ("in fünf Monaten 2025", "2025-01/2025-05"),
        ("Ausfuhr nach Quartalen 2025", "2025"),
    ],
)
def test_months_counted_before_a_year_stay_a_span(text: str, expected: str) -> None:
    assert [m.value for m in find_dates(text, "2025-06-18")] == [expected]


_TABLE = """GTK: Ausfuhr nach China

Das Staatliche Zollkomitee veröffentlicht vorläufige Angaben zur Ausfuhr nach China.

Tabelle 1. {}

| Kennzahl | Januar | Februar | März | Januar–März | Veränderung zu Januar–März 2024, % |
|---|---|---|---|---|---|
| Export | 142,3 | 151,8 | 176,4 | 470,5 | +9,1 |
"""


@pytest.mark.parametrize(
    "caption",
    [
        "Warenverkehr mit China nach Monaten 2025 (Mio. US-Dollar)",
        "Ausfuhr nach China in den einzelnen Monaten 2025, Mio. US-Dollar",
        "Export nach China, aufgeschlüsselt nach Monaten 2025 (Mio. USD)",
        "Die Monate 2025 im Überblick: Ausfuhr nach China (Mio. US-Dollar)",
        "Ausfuhr nach China in allen Monaten 2025 (Mio. US-Dollar)",
        "Monatliche Ausfuhren nach China 2025 (Mio. US-Dollar)",
    ],
)
def test_month_columns_under_a_caption_year_are_each_their_month(caption: str) -> None:
    series = news_series(_TABLE.format(caption), "2025-04-18")
    found = sorted(zip(series["as_of"], series["value"].round(1), series["dated_by"], strict=True))
    assert found == [
        ("2025-01", 142300000.0, "text"),
        ("2025-01/2025-03", 9.1, "text"),  # the change beside the cumulative column
        ("2025-01/2025-03", 470500000.0, "text"),  # the cumulative column is its span
        ("2025-02", 151800000.0, "text"),
        ("2025-03", 176400000.0, "text"),
    ]


_BULLETS = """Bildungsministerium: Zusammenarbeit mit China in Zahlen

Das Bildungsministerium zieht Bilanz der Kooperation mit der Volksrepublik China. {}

- An belarussischen Hochschulen studieren 9.870 Bürger der VR China.
- In China sind 1.650 belarussische Studierende eingeschrieben.
- Die Hochschulen beider Länder haben 612 Abkommen über direkte Zusammenarbeit unterzeichnet.
- Es arbeiten 41 gemeinsame wissenschaftliche und Bildungseinrichtungen.

Rückfragen beantwortet die Pressestelle.
"""

_VALUES = [1650.0, 612.0, 9870.0, 41.0]


@pytest.mark.parametrize(
    ("lead_in", "as_of"),
    [
        ("Stand 1. September 2025:", "2025-09"),
        ("Stand: 1. September 2025:", "2025-09"),
        ("Die Zahlen zum 1. September 2025:", "2025-09"),
        ("Nach dem Stand vom 1. Oktober 2025:", "2025-10"),
        ("Zum 1. Oktober 2025 meldet das Ministerium:", "2025-10"),
        ("Ende Oktober 2025 ergab sich folgendes Bild:", "2025-10"),
    ],
)
def test_a_lead_in_with_a_colon_dates_the_items_of_its_list(lead_in: str, as_of: str) -> None:
    series = news_series(_BULLETS.format(lead_in), "2025-11-05")
    assert sorted(series["value"]) == sorted(_VALUES)
    assert set(zip(series["as_of"], series["dated_by"], strict=True)) == {(as_of, "text")}


@pytest.mark.parametrize(
    "lead_in",
    [
        # counter-examples: a lead-in that does not introduce the list (no colon), or names
        # no date, dates none of its items: they are of the document's date
        "Stand 1. September 2025.",
        "Die Zahlen im Überblick:",
        "Im Jahr 2024 wurden viele Abkommen geschlossen. Die Übersicht:",
    ],
)
def test_a_list_without_a_dated_lead_in_is_of_the_document(lead_in: str) -> None:
    series = news_series(_BULLETS.format(lead_in), "2025-11-05")
    assert sorted(series["value"]) == sorted(_VALUES)
    assert set(zip(series["as_of"], series["dated_by"], strict=True)) == {("2025-11", "document")}


def test_an_item_with_a_date_of_its_own_keeps_it() -> None:
    text = _BULLETS.format("Stand 1. September 2025:").replace(
        "- In China sind", "- Im Jahr 2023 waren in China"
    )
    series = news_series(text, "2025-11-05")
    dates = dict(zip(series["value"], series["as_of"], strict=True))
    assert dates[1650.0] == "2023"
    assert dates[612.0] == dates[41.0] == dates[9870.0] == "2025-09"


_PARK = (
    "MINSK, 10. Februar (BelTA) – Der Industriepark Großer Stein hat einen neuen Residenten "
    "registriert. Im Jahr 2025 wurden im Park 21 neue Residenten registriert. {} {}"
)


@pytest.mark.parametrize(
    "before",
    [
        "Zu Jahresbeginn zählte der Park damit 154 Residenten.",
        "Ende Januar zählte der Park 154 Residenten.",
        "Anfang Januar waren im Park 154 Residenten registriert.",
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Das deklarierte Investitionsvolumen aller Projekte liegt bei 3,4 Mrd. US-Dollar.",
        "Die angemeldeten Investitionen belaufen sich auf 3,4 Mrd. US-Dollar.",
        "Das erklärte Investitionsvolumen beträgt 3,4 Mrd. US-Dollar.",
        "Auf 3,4 Mrd. US-Dollar summiert sich das angekündigte Investitionsvolumen.",
        "Das Volumen der angemeldeten Investitionen übersteigt 3,4 Mrd. US-Dollar.",
    ],
)
def test_a_present_level_after_a_month_before_the_text_is_of_the_text(
    before: str, sentence: str
) -> None:
    series = news_series(_PARK.format(before, sentence), "2026-02-10")
    found = series[series["indicator"] == "park.investment_declared"]
    assert list(zip(found["as_of"], found["dated_by"], strict=True)) == [("2026-02", "document")]
    # the count of the month before keeps its month
    counts = series[series["indicator"] == "park.residents"]
    assert list(counts["as_of"]) == ["2026-01"]


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        # counter-examples: a level in the past tense is of the month before; a present
        # after a span of months (a period's statistics) keeps the span's date
        ("Das deklarierte Investitionsvolumen lag damals bei 3,4 Mrd. US-Dollar.", "2026-01"),
        ("Die angemeldeten Investitionen beliefen sich auf 3,4 Mrd. US-Dollar.", "2026-01"),
    ],
)
def test_a_past_level_after_a_month_keeps_the_month(sentence: str, as_of: str) -> None:
    before = "Zu Jahresbeginn zählte der Park damit 154 Residenten."
    series = news_series(_PARK.format(before, sentence), "2026-02-10")
    found = series[series["indicator"] == "park.investment_declared"]
    assert list(zip(found["as_of"], found["dated_by"], strict=True)) == [(as_of, "text")]


_INTERVIEW = """2. Juni 2025, 09:30

MINSK, 2. Juni (BelTA) – Der Leiter des Industrieparks „Großer Stein“ sprach mit BelTA.

{}

{}
"""


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "**Welche Pläne haben Sie für dieses Jahr?**",
            "Wir wollen zwanzig neue Residenten gewinnen.",
            ("2025", "target", 20.0),
        ),
        (
            "Was haben Sie sich für 2026 vorgenommen?",
            "Wir wollen 20 neue Residenten in den Park holen.",
            ("2026", "target", 20.0),
        ),
        (
            "**Welche Ziele haben Sie sich für 2026 gesetzt?**",
            "Der Park soll 20 neue Residenten gewinnen.",
            ("2026", "target", 20.0),
        ),
        (
            "„Und was ist für das laufende Jahr geplant?“",
            "Im Park sollen zwanzig neue Residenten angesiedelt werden.",
            ("2025", "target", 20.0),
        ),
        (
            "**Wie hat sich der Park im vergangenen Jahr entwickelt?**",
            "Es sind 21 neue Residenten hinzugekommen.",
            ("2024", "actual", 21.0),
        ),
        (  # a question's end as nouns.QUESTION_END reads it: guillemets too
            "»Und was planen Sie für 2026?«",
            "Wir wollen 20 neue Residenten in den Park holen.",
            ("2026", "target", 20.0),
        ),
    ],
)
def test_an_interview_question_dates_its_answer(
    question: str, answer: str, expected: tuple[str, str, float]
) -> None:
    series = news_series(_INTERVIEW.format(question, answer), "2025-06-02")
    found = series[series["indicator"] == "park.new_residents"]
    as_of, status, value = expected
    assert list(
        zip(found["as_of"], found["status"], found["value"], found["dated_by"], strict=True)
    ) == [(as_of, status, value, "text")]


@pytest.mark.parametrize(
    ("question", "answer", "as_of", "dated_by"),
    [
        # counter-examples: a question with no date leaves its answer to the document; an
        # answer's own date wins; a statement before (no question) dates no paragraph after
        (
            "**Wie viele Arbeitsplätze sind entstanden?**",
            "In den Unternehmen des Parks arbeiten knapp 3.000 Menschen.",
            "2025-06",
            "document",
        ),
        (
            "**Welche Pläne haben Sie für dieses Jahr?**",
            "Bis Ende 2027 sollen im Park 5.000 Menschen arbeiten.",
            "2027-12",
            "text",
        ),
        (
            "Im vergangenen Jahr wurde viel erreicht.",
            "In den Unternehmen des Parks arbeiten knapp 3.000 Menschen.",
            "2025-06",
            "document",
        ),
    ],
)
def test_an_answer_without_a_dated_question_keeps_its_date(
    question: str, answer: str, as_of: str, dated_by: str
) -> None:
    series = news_series(_INTERVIEW.format(question, answer), "2025-06-02")
    found = series[series["indicator"] == "park.jobs"]
    assert list(zip(found["as_of"], found["dated_by"], strict=True)) == [(as_of, dated_by)]
