"""News texts and web pages: paragraphs, headlines and the dates figures take from around them."""

from __future__ import annotations

import bycn
from bycn.text.structure import parse_structure
from bycn.text.webpage import parse_webpage

NEWS = (
    "Witebsker Betriebe liefern mehr nach China\n"
    "\n"
    "Die Unternehmen des Gebiets Witebsk haben im ersten Halbjahr 2023 Waren für 28,4 "
    "Millionen Dollar nach China exportiert.\n"
    "\n"
    "Das sind 31 Prozent mehr als im gleichen Zeitraum des Vorjahres.\n"
    "\n"
    "Der Handelsumsatz der Region mit China belief sich auf 95 Mio. Dollar.\n"
)


def figures(text: str, date: str = "2023-10-05") -> dict[str, tuple[str, str]]:
    """Each figure's text: its as_of and topic, in a text dated ``date``."""
    frame = bycn.parse_text(text, meta={"date": date}).figures
    return {r.text: (r.as_of, r.topic) for r in frame.itertuples()}


def test_a_blank_line_ends_a_paragraph_where_lines_end_with_their_sentences():
    sentences = parse_structure(NEWS).sentences
    assert [(s.paragraph, s.text[:30]) for s in sentences] == [
        (1, "Witebsker Betriebe liefern meh"),  # a headline: a sentence of its own
        (2, "Die Unternehmen des Gebiets Wi"),
        (3, "Das sind 31 Prozent mehr als i"),
        (4, "Der Handelsumsatz der Region m"),
    ]


def test_in_a_hard_wrapped_text_blank_lines_say_nothing():
    wrapped = (
        "Die Unternehmen des Gebiets haben im ersten Halbjahr Waren\n\n"
        "für 28,4 Millionen Dollar nach China exportiert, und\n\n"
        "der Handelsumsatz belief sich auf 95 Mio. Dollar.\n"
    )
    assert len(parse_structure(wrapped).sentences) == 1


def test_a_figure_takes_no_date_from_another_paragraph_unless_it_points_back():
    found = figures(NEWS)
    assert found["28,4 Millionen Dollar"] == ("2023-H1", "trade")
    # "Das sind ..." is about the sentence before it, across the paragraph's end.
    assert found["31 Prozent"] == ("2023-H1", "trade")
    assert found["95 Mio. Dollar"] == ("", "trade")  # a paragraph of its own: undated


def test_a_plans_deadline_dates_no_figure_after_it_but_a_past_bis_does():
    plan = "Ziel ist es, bis 2025 Milch zu liefern. Belarus exportierte 620 Millionen Dollar."
    assert figures(plan)["620 Millionen Dollar"] == ("", "trade")
    past = "Bis Anfang 2022 wurden 718 Mio. Dollar investiert. Es entstanden 1.700 Arbeitsplätze."
    assert figures(past, "2022-05-01")["1.700 Arbeitsplätze"][0] == "2022-01"


def test_a_web_pages_headline_is_its_title_not_its_body():
    html = (
        "<html><head><title>Milch nach China: 30 Prozent mehr | Agrarportal</title></head>"
        "<body><article><h1>Milch nach China: 30 Prozent mehr</h1>"
        "<p>Belarussische Molkereien exportierten Milchprodukte für 148 Millionen Dollar nach "
        "China, 30 Prozent mehr als im Vorjahr, sagte der Minister am Montag.</p>"
        "</article></body></html>"
    )
    page = parse_webpage(html, "page.html")
    assert page.text.startswith("Belarussische Molkereien")
    assert "Milch nach China" in page.title


def test_a_stand_date_dates_the_sentences_figures_across_a_clause_end():
    found = figures("Im Park sind 140 Residenten registriert (Stand: Oktober 2023).")
    assert found["140 Residenten"][0] == "2023-10"


def test_a_texts_headline_that_is_its_title_is_no_body_text():
    text = "# Handel wächst um 30 Prozent\n\nDer Handel wuchs im ersten Quartal um 30 Prozent.\n"
    document = bycn.parse_text(text, meta={"title": "Handel wächst um 30 Prozent"})
    assert document.figures["line"].tolist() == [3]
    assert document.sentences["text"].tolist() == [
        "Der Handel wuchs im ersten Quartal um 30 Prozent."
    ]


def test_a_pages_metadata_are_those_trafilatura_reads():
    """The page's title, date, URL and site name are read without trafilatura's author,
    tag and licence search: they must still be what trafilatura itself reads."""
    import trafilatura

    html = (
        "<html><head><title>Gomel liefert mehr – Nachrichten</title>"
        '<meta name="author" content="Anna Muster"><meta property="og:site_name" content="@belta">'
        '<meta name="date" content="2023-03-14"><meta name="keywords" content="Milch, China">'
        '<link rel="canonical" href="https://news.example.org/a?b=1"></head><body><article>'
        "<p>Die Region Gomel hat Milch für 12,5 Millionen Dollar geliefert, 30 Prozent mehr.</p>"
        '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a>'
        "</article></body></html>"
    )
    page = parse_webpage(html, "a.html")
    meta = trafilatura.extract_metadata(html)
    assert meta.author and meta.license  # the parts the page's row does without
    assert (page.title, page.date, page.url, page.publisher) == (
        meta.title,
        meta.date,
        meta.url,
        meta.sitename,
    )
    assert page.publisher == "Belta" and page.url == "https://news.example.org/a?b=1"
