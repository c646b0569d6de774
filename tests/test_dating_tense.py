"""A figure in the present tense takes its text's date, not a past year of its paragraph.

indicators.md: a figure stated in the present tense with no date of its own is a value as of
its source (the footnote's date, else the document's: ``dated_by`` ``document``); a
figure in the past or the perfect keeps the paragraph rule of corpus.md (a date of the
sentences before it). Texts of our own in the style of BelTA, Xinhua, dpa, ministries and
university pages; the counter-examples must keep their paragraph's year.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

import bycn
from bycn.text.tense import present_tense


def as_of(text: str, figure: str, date: str = "2023-03-14") -> str:
    """The as_of of the figure ``figure`` of a news text dated ``date``."""
    frame = bycn.parse_text(text, meta={"date": date}).figures
    found = frame[frame.text == figure]
    assert len(found) == 1, list(frame.text)
    return found.as_of.iloc[0]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A past year, then a level in the present: the count of the text's time.
        (
            "Der Industriepark wurde 2012 gegründet. Rund 2.100 Menschen arbeiten in den "
            "Betrieben des Parks.",
            "Rund 2.100 Menschen",
        ),
        (
            "Im Jahr 2022 stiegen die Investitionen kräftig. Der Industriepark zählt mehr als "
            "einhundert ansässige Unternehmen.",
            "mehr als einhundert ansässige Unternehmen",
        ),
        (
            "2019 kamen 27 neue Residenten hinzu. Die Summe der zugesagten Investitionen "
            "übersteigt 1,2 Milliarden Dollar.",
            "1,2 Milliarden Dollar",
        ),
        (  # "es gibt", a subordinate clause of saying
            "Die Kooperation begann 2015. Nach Angaben des Ministeriums gibt es 14 gemeinsame "
            "Bildungsprogramme.",
            "14 gemeinsame Bildungsprogramme",
        ),
        (  # reported: "..., dass ... studieren"
            "Die Universität schloss 2018 ein Abkommen mit der Universität Peking. Der Rektor "
            "sagte, dass an der Universität 412 Studierende aus China studieren.",
            "412 Studierende",
        ),
        (  # a state in the passive: "sind ... registriert"
            "Das Gebiet Gomel begann 2020 mit den Lieferungen nach China. Für den Export "
            "nach China sind 20 Betriebe des Gebiets akkreditiert.",
            "20 Betriebe",
        ),
        (  # a source's year before a present-tense share
            "Laut Belstat wuchs der Handel 2021 um 33 Prozent. Der Anteil Chinas am "
            "Außenhandel beträgt 7 Prozent.",
            "7 Prozent",
        ),
    ],
)
def test_a_present_figure_takes_no_past_year_of_its_paragraph(text, figure):
    assert as_of(text, figure) == ""  # no date of the text: the document's, in the series


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the past: the paragraph's year stays
        (
            "Im Jahr 2022 zählte der Park 100 Residenten. Sie beschäftigten 5.000 Menschen.",
            "5.000 Menschen",
            "2022",
        ),
        (
            "Das Statistikkomitee legte die Zahlen für 2022 vor. Die Ausfuhren erreichten "
            "2,07 Mrd. USD.",
            "2,07 Mrd. USD",
            "2022",
        ),
        # the perfect: "hat ... erreicht", "ist ... gestiegen", a list before its participle
        (
            "Der Export wuchs 2022 stark. Er hat 1,6 Milliarden Dollar erreicht.",
            "1,6 Milliarden Dollar",
            "2022",
        ),
        (
            "Das Jahr 2021 brachte einen Rekord. Die Zahl der Residenten ist auf 85 gestiegen.",
            "85",
            "2021",
        ),
        (
            "2017 wuchs der Export. Wir haben 47 Milchbetriebe, zwei Fleischbetriebe und fünf "
            "Geflügelfabriken eröffnet.",
            "47 Milchbetriebe",
            "2017",
        ),
        (  # a second verb joined by "und" is not the figure's
            "Die Einnahmen der Residenten waren 2024 ein Rekord. Sie sind um 40 Prozent "
            "gestiegen und wachsen jedes Jahr.",
            "40 Prozent",
            "2024",
        ),
        # the future, a plan, a modal
        (
            "Der Plan für 2022 ist ehrgeizig. Der Export wird 2 Milliarden Dollar betragen.",
            "2 Milliarden Dollar",
            "2022",
        ),
        # a figure in brackets has no verb of its own
        (
            "Im Jahr 2022 stieg der Export um das 1,4-fache. Der Treiber sind Milchprodukte "
            "(186,5 Tsd. t).",
            "186,5 Tsd. t",
            "2022",
        ),
    ],
)
def test_a_past_or_perfect_figure_keeps_its_paragraphs_year(text, figure, expected):
    assert as_of(text, figure) == expected


def test_the_text_s_own_year_and_a_heute_are_kept():
    # A period of the text's own year is no past year: its date stays the text's.
    text = "Im ersten Halbjahr wuchs der Export. Der Anteil Chinas beträgt 7 Prozent."
    assert as_of(text, "7 Prozent", "2023-08-01") == "2023-H1"
    # "Heute sind es 120": a word of now, the document's month, as before.
    text = "Im Jahr 2022 zählte der Park 100 Residenten. Heute sind es 120."
    assert as_of(text, "100 Residenten") == "2022"
    assert as_of(text, "120") == "2023-03"


def test_a_present_figure_is_a_point_of_the_document_date():
    text = (
        "MINSK, 31. März 2023 (BelTA) – Der Industriepark „Great Stone“ wurde 2012 "
        "gegründet. Der Industriepark „Great Stone“ zählt mehr als einhundert ansässige "
        "Unternehmen.\n"
    )
    series = news_series(text, "2023-03-31")
    residents = series[series.indicator == "park.residents"]
    assert list(zip(residents.as_of, residents.dated_by, strict=True)) == [("2023-03", "document")]


def test_a_footnoted_present_figure_takes_its_sources_year():
    """In a text with footnotes, the date of the source it cites (indicators.md)."""
    text = (
        ' Der Park\n \nDer Park entstand 2012. Es arbeiten dort 2.100 Menschen"1 .\n'
        + " " * 20
        + "\n1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\n"
    )
    frame = bycn.parse_text(text).figures
    row = frame[frame.text == "2.100 Menschen"].iloc[0]
    assert (row.as_of, row.source_year) == ("", 2021)


@pytest.mark.parametrize(
    ("sentence", "figure", "present"),
    [
        ("Im Park sind 120 Unternehmen tätig.", "120 Unternehmen", True),
        ("Die Universität hielt 37 Abkommen, die meisten sind neu.", "37 Abkommen", False),
        ("Es gibt 37 Abkommen mit chinesischen Hochschulen.", "37 Abkommen", True),
        ("Der Park hat 60 Residenten.", "60 Residenten", True),
        ("Der Park hat sich um 60 Prozent vergrößert.", "60 Prozent", False),
        ("Es wurden 60 Verträge unterzeichnet.", "60 Verträge", False),
        ("Bis 2025 soll die Zahl 170 betragen.", "170", False),
        ("Die Zahl belief sich auf 170.", "170", False),
    ],
)
def test_the_tense_of_a_figures_clause(sentence, figure, present):
    start = sentence.index(figure)
    assert present_tense(sentence, start, start + len(figure)) is present
