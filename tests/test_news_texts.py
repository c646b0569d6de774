"""News texts and web pages: paragraphs, headlines and the dates figures take from around them."""

from __future__ import annotations

import pytest

import bycn
from bycn.text.datelines import read_head
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


INTERVIEW = (
    "Ein Gespräch mit dem Rektor über die Zusammenarbeit mit China.\n"
    "\n"
    "**Wie viele Studierende aus China lernen bei Ihnen?**\n"
    "\n"
    "„Wir haben 410 Studierende aus China. Im Jahr 2020 waren es 250 Studierende.“\n"
    "\n"
    "**Und Ihre Pläne?**\n"
    "\n"
    "„Bis 2028 sollen es 600 Studierende werden.“\n"
)


def test_an_interviews_bold_questions_and_quoted_answers_end_their_paragraphs():
    # Lines that end with a closing German quote or a bold question's asterisks end where
    # their sentences do: blank lines between them end paragraphs, and the plan's 2028 in
    # the last answer dates none of the figures before it.
    sentences = parse_structure(INTERVIEW).sentences
    assert [(s.paragraph, s.text[:24]) for s in sentences] == [
        (1, "Ein Gespräch mit dem Rek"),
        (2, "**Wie viele Studierende "),
        (3, "„Wir haben 410 Studieren"),
        (3, "Im Jahr 2020 waren es 25"),
        (4, "**Und Ihre Pläne?**"),
        (5, "„Bis 2028 sollen es 600 "),
    ]
    dates = {text: as_of for text, (as_of, _) in figures(INTERVIEW, "2024-05-02").items()}
    assert dates == {"410 Studierende": "", "250 Studierende": "2020", "600 Studierende": "2028"}


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


@pytest.mark.parametrize("plan", ["Für 2025", "Ab dem Jahr 2025", "Spätestens Ende 2025"])
def test_a_plans_year_is_one_rule_for_the_text_and_its_figures(plan):
    """The words that make a year a plan's are those a dateline's year passes over too."""
    text = (
        f"MINSK, 12. Mai (BelTA) – {plan} sind neue Lieferungen nach China geplant. "
        "Im ersten Quartal 2023 wuchs der Export. Es wurden 5 Verträge unterzeichnet.\n"
    )
    assert read_head(text).date == "2023-05-12"
    plan_first = f"{plan} sind Lieferungen geplant. Es wurden 5 Verträge unterzeichnet."
    assert figures(plan_first, "2023-05-12")["5 Verträge"][0] == ""
    # The same words before a date that has passed: a fact's date.
    past = plan_first.replace("2025", "2022").replace("sind", "waren")
    assert figures(past, "2023-05-12")["5 Verträge"][0] != ""


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


# --- datelines: a place and an agency, not a sentence's opening --------------------------


@pytest.mark.parametrize(
    ("head", "place", "agency", "date"),
    [
        ("MINSK, 14. März (BelTA) – ", "MINSK", "BelTA", "2023-03-14"),
        ("PEKING, 3. Mai 2023, 10:15 (Xinhua) — ", "PEKING", "Xinhua", "2023-05-03"),
        ("Schanghai (dpa) - ", "Schanghai", "dpa", "2023"),
        ("NEW YORK (Reuters) - ", "NEW YORK", "Reuters", "2023"),
        ("Den Haag (dpa) - ", "Den Haag", "dpa", "2023"),
        ("Minsk, 14. Nov. 2023 /BelTA/. ", "Minsk", "BelTA", "2023-11-14"),
        ("6. Mai 2023 (Xinhua) – ", "", "Xinhua", "2023-05-06"),  # a date without a place
    ],
)
def test_a_dateline_is_a_place_or_a_date_and_an_agency(head, place, agency, date):
    found = read_head(f"Kalidünger für China\n\n{head}Der Umschlag wuchs 2023.\n")
    assert (found.place, found.agency, found.date) == (place, agency, date)


@pytest.mark.parametrize(
    ("opening", "as_of"),
    [
        ("Im März (laut BelTA) - ", "2023-03"),
        ("Im Jahr 2022 (nach Angaben des Zolls) – ", "2022"),
        ("Im ersten Quartal (so das Ministerium) – ", "2023-Q1"),
        ("Heute (laut Zoll) – ", "2023-05"),
    ],
)
def test_a_body_line_with_an_attribution_in_brackets_is_no_dateline(opening, as_of):
    """A date or a preposition then "(laut ...)" and a dash opens a sentence: its date is
    the figure's, and nothing of it is blanked as a head."""
    text = f"Kalidünger für China\n\n{opening}lieferte Belarus 1,1 Mio. Tonnen Kalidünger.\n"
    assert read_head(text).agency == ""
    assert figures(text, "2023-05-10")["1,1 Mio. Tonnen"][0] == as_of


SAVED_PAGE = (
    "Startseite\n"
    "Rubriken\n"
    "flag Montag, 3 Juni 2024\n"
    "Alle Meldungen\n"
    "Wirtschaft\n"
    "{date}\n"
    "\n"
    "Witebsker Flachs geht nach China\n"
    "\n"
    "{photo}"
    "WITEBSK, 14. März (BelTA) – Das Gebiet Witebsk hat im Januar und Februar Flachs für "
    "4,2 Mio. Dollar nach China geliefert.\n"
)


@pytest.mark.parametrize(
    ("date", "photo", "day"),
    [
        ("14 März 2023, 11:05", "", "2023-03-14"),
        ("Wirtschaft 14.03.2023 | 11:05", "Archivfoto\nArchivfoto\n\n", "2023-03-14"),
    ],
)
def test_a_saved_pages_headline_is_its_longest_block_before_the_dateline(date, photo, day):
    """A saved page's menu, rubric and crawl date stand before the headline; the page's own
    date line (with a rubric before it, or none) gives the year, the menu's "flag Montag, 3
    Juni 2024" (a line that is no date line) does not."""
    head = read_head(SAVED_PAGE.format(date=date, photo=photo))
    assert (head.title, head.date) == ("Witebsker Flachs geht nach China", day)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Mehr Flachs für China?\n\n", "Mehr Flachs für China?"),
        ("Flachsexport erreichte $4 Mio.\n\n", "Flachsexport erreichte $4 Mio."),
        ("![](https://example.org/img/flachs.jpg)\n", ""),
        ("Flachs für China\n![](https://example.org/img/flachs.jpg)\n\n", "Flachs für China"),
    ],
)
def test_a_headline_may_ask_and_an_image_is_no_headline(head, title):
    text = (
        f"{head}WITEBSK, 14. März 2023 (BelTA) – Das Gebiet lieferte Flachs für 4,2 Mio. Dollar.\n"
    )
    assert read_head(text).title == title
    assert read_head(text).date == "2023-03-14"


# --- markdown tables: a row is its own unit ----------------------------------------------

TABLE_BY_YEAR = (
    "Handel mit China wächst\n"
    "\n"
    "MINSK, 14. März 2024 (BelTA) – Der Warenumsatz mit China ist weiter gestiegen, "
    "teilte das Statistikamt mit.\n"
    "\n"
    "| Jahr | Warenumsatz |\n"
    "|------|-------------|\n"
    "| 2021 | 1,0 Mrd. Dollar |\n"
    "| 2022 | 1,2 Mrd. Dollar |\n"
    "| 2023 | 1,5 Mrd. Dollar |\n"
    "\n"
    "Im Januar exportierte Belarus Waren für 95 Mio. Dollar nach China.\n"
)

TABLE_BY_COLUMN = (
    "| Ware | 2022 | Januar-August 2023 |\n"
    "|:-----|-----:|-------------------:|\n"
    "| Milchpulver | 41,2 Mio. Dollar | 38,5 Mio. Dollar |\n"
    "| Rindfleisch | 12,0 Mio. Dollar | 15,3 Mio. Dollar |\n"
    "| Käse | 2021,5 Tonnen | 1.980 Tonnen |\n"
)


def test_a_table_rows_value_takes_its_own_rows_year_not_the_next():
    found = figures(TABLE_BY_YEAR, "")
    assert [found[f"{v} Mrd. Dollar"][0] for v in ("1,0", "1,2", "1,5")] == ["2021", "2022", "2023"]
    assert found["95 Mio. Dollar"][0] == "2024-01"  # the paragraph after the table


def test_a_table_cell_takes_its_column_headers_period():
    found = figures(f"Lieferungen aus dem Gebiet Grodno:\n\n{TABLE_BY_COLUMN}", "2023-09-05")
    assert found["41,2 Mio. Dollar"][0] == found["12,0 Mio. Dollar"][0] == "2022"
    assert found["38,5 Mio. Dollar"][0] == found["15,3 Mio. Dollar"][0] == "2023-01/2023-08"
    assert found["2021,5 Tonnen"][0] == "2022"  # its digits are no year of its own


def test_a_table_row_without_a_date_takes_none_from_the_text_around_it():
    text = (
        "Im ersten Halbjahr 2023 wuchs der Export.\n"
        "| Ware | Menge |\n"
        "|---|---|\n"
        "| Milch | 12.000 Tonnen |\n"
        "| Käse | 2.000 Tonnen |\n"
        "Im Jahr 2022 waren es 9.000 Tonnen.\n"
    )
    found = figures(text, "")
    assert found["12.000 Tonnen"][0] == found["2.000 Tonnen"][0] == ""
    assert found["9.000 Tonnen"][0] == "2022"


def test_each_table_row_is_a_sentence_and_blank_lines_still_end_paragraphs():
    sentences = parse_structure(TABLE_BY_YEAR).sentences
    texts = [s.text for s in sentences]
    assert texts[2:6] == [
        "| Jahr | Warenumsatz |",
        "| 2021 | 1,0 Mrd. Dollar |",
        "| 2022 | 1,2 Mrd. Dollar |",
        "| 2023 | 1,5 Mrd. Dollar |",
    ]  # the rule line is no sentence
    assert len({s.paragraph for s in sentences}) == len(sentences)


# --- a period named earlier ---------------------------------------------------------------

NAMED_BEFORE = (
    "Milch für China\n"
    "\n"
    "GRODNO, 5. September (BelTA) – Die Molkereien des Gebiets exportierten im "
    "Januar-August 2023 Milchpulver für 38,5 Mio. Dollar nach China.\n"
    "\n"
    "Im gleichen Zeitraum des Vorjahres waren es 29,1 Mio. Dollar.\n"
    "\n"
    "Im genannten Zeitraum stieg die Zahl der Exporteure auf 14 Betriebe.\n"
    "\n"
    "Die Einfuhren aus China beliefen sich im ersten Halbjahr auf 120 Mio. Dollar. In diesem "
    "Zeitraum kamen 6 neue Lieferanten hinzu, 2 mehr als im selben Zeitraum des Vorjahres.\n"
)


def test_a_period_named_earlier_dates_the_figures_that_refer_to_it():
    found = figures(NAMED_BEFORE, "")
    assert found["38,5 Mio. Dollar"][0] == "2023-01/2023-08"
    # "des Vorjahres" is no baseline here: the figure is of the year before.
    assert found["29,1 Mio. Dollar"][0] == "2022-01/2022-08"
    # A comparison names no period of its own: "im genannten Zeitraum" is January-August 2023.
    assert found["14 Betriebe"][0] == "2023-01/2023-08"
    assert found["120 Mio. Dollar"][0] == "2023-H1"
    assert found["6 neue Lieferanten"][0] == "2023-H1"
    # "2 mehr als im selben Zeitraum des Vorjahres": a baseline, the figure's own is H1 2023.
    assert found["2"][0] == "2023-H1"


def test_a_reference_looks_back_into_the_paragraph_before_but_no_further():
    """A news paragraph is often one sentence: "in diesem Zeitraum" points back past it."""
    text = (
        "Im ersten Quartal 2023 stieg der Export um 12 Prozent.\n\n"
        "Der Park meldete neue Residenten. Im genannten Zeitraum kamen 5 Firmen hinzu.\n\n"
        "Die Zahl der Beschäftigten stieg.\n\n"
        "Sie erreichten in diesem Zeitraum 40 Mio. Dollar.\n"
    )
    found = figures(text, "")
    assert found["5 Firmen"][0] == "2023-Q1"
    assert found["40 Mio. Dollar"][0] == ""  # two paragraphs back: no reference


def test_a_plans_period_is_not_the_period_a_reference_names():
    """ "Für dieses Jahr ... geplant" in February: a plan, as its year has not ended."""
    text = (
        "WITEBSK, 9. Februar 2021 (BelTA) – Der Umsatz des Gebiets mit China betrug 2020 "
        "rund 180 Mio. Dollar. Für dieses Jahr ist ein Plus von 15 Prozent geplant.\n\n"
        "Das Gebiet Mogiljow exportierte im gleichen Zeitraum Waren für 96 Mio. Dollar.\n\n"
        "Bis Ende des Jahres sollen 20 Betriebe folgen. Es wurden 7 Verträge unterzeichnet.\n"
    )
    found = figures(text, "")
    assert found["96 Mio. Dollar"][0] == "2020"
    assert found["7 Verträge"][0] == ""


def test_a_year_before_the_period_named_is_that_period_a_year_earlier():
    text = (
        "PEKING, 3. Juli 2023 (Xinhua) -- Im ersten Halbjahr fuhren 8.641 Güterzüge zwischen "
        "China und Europa. Ein Jahr zuvor waren es 7.449 Güterzüge.\n"
        "Im Vorjahreszeitraum wurden 410.000 Container befördert.\n"
    )
    found = figures(text, "")
    assert found["8.641 Güterzüge"][0] == "2023-H1"
    assert found["7.449 Güterzüge"][0] == "2022-H1"
    assert found["410.000 Container"][0] == "2022-H1"


# --- issue 7, round 2: comparison bases, words of "now", restated figures -------------------


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # A multiple or a level of a period: the period is the base, the date is the other one.
        (
            "Im ersten Halbjahr exportierte das Gebiet Waren für 95 Mio. Dollar nach China. "
            "Das ist das 1,6-fache des Vorjahreszeitraums.",
            "1,6-fache",
            "2023-H1",
        ),
        (
            "In den ersten acht Monaten stieg der Umsatz auf 5 Mrd. Dollar, das 2,3-fache "
            "des Vorjahreswertes.",
            "2,3-fache",
            "2023-01/2023-08",
        ),
        (
            "Im dritten Quartal erreichten die Lieferungen das Doppelte des Vorjahres, "
            "insgesamt 40 Mio. Dollar.",
            "40 Mio. Dollar",
            "2023-Q3",
        ),
        (
            "Im Jahr 2022 lag der Umsatz bei 80 Prozent des Niveaus des Jahres 2019.",
            "80 Prozent",
            "2022",
        ),
        # Comparisons: "verglichen mit", "im Vergleich mit", "zum", "gegenüber", "mehr als".
        (
            "Im ersten Quartal stiegen die Exporte um 40 Prozent verglichen mit dem "
            "Vorjahresquartal.",
            "40 Prozent",
            "2023-Q1",
        ),
        (
            "Im ersten Halbjahr wuchs der Handel um 12 Prozent im Vergleich mit dem "
            "gleichen Zeitraum des Vorjahres.",
            "12 Prozent",
            "2023-H1",
        ),
        (
            "Im ersten Halbjahr legten die Exporte um 18 Prozent zum Vorjahreszeitraum zu.",
            "18 Prozent",
            "2023-H1",
        ),
        (
            "Im Jahr 2022 stieg der Handel um 18 Prozent gegenüber dem Vorjahreszeitraum.",
            "18 Prozent",
            "2022",
        ),
        ("Im Jahr 2022 waren es 18 Prozent mehr als im Vorjahr.", "18 Prozent", "2022"),
    ],
)
def test_a_comparisons_base_dates_nothing(text, figure, as_of):
    assert figures(text)[figure][0] == as_of


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # The same period a year before is a date where it is no base.
        (
            "Im ersten Halbjahr stieg der Umsatz. Im Vorjahreszeitraum waren es 4 Mrd. Dollar.",
            "4 Mrd. Dollar",
            "2022-H1",
        ),
        (
            "Im dritten Quartal 2023 wuchs der Handel. Im Vorjahresquartal lag er bei "
            "3 Mrd. Dollar.",
            "3 Mrd. Dollar",
            "2022-Q3",
        ),
        # A multiple with a date right after it, no genitive: that date is its own.
        ("Die Exporte wuchsen um das 1,8-fache im Jahr 2022.", "1,8-fache", "2022"),
        ("Der Umsatz des Vorjahres betrug 4 Mrd. Dollar.", "4 Mrd. Dollar", "2022"),
    ],
)
def test_a_period_that_is_no_base_still_dates(text, figure, as_of):
    assert figures(text)[figure][0] == as_of


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # Words that name the present: the text's date, a date of the text.
        (
            "Ende 2021 waren es 85. Aktuell zählt der Park 98 Residenten.",
            "98 Residenten",
            "2023-10",
        ),
        ("Im Jahr 2020 gab es 20 Projekte. Zurzeit laufen 35 Projekte.", "35 Projekte", "2023-10"),
        ("Im Jahr 2020 gab es 20 Projekte, derzeit sind es 50.", "50", "2023-10"),
        (
            "Von April 2020 bis heute hat China Hilfe für 30 Mio. Dollar geleistet.",
            "30 Mio. Dollar",
            "2023-10",
        ),
        # Words that say how far a state got by the text's time: no date of the text, and
        # none of the sentence before; the series dates them by the document (or source).
        (
            "Der Park wurde 2015 gegründet. Im Park haben sich bisher acht Unternehmen "
            "angesiedelt.",
            "acht Unternehmen",
            "",
        ),
        (
            "Im ersten Halbjahr stieg der Export um 20 Prozent. Über 1.600 Arbeitsplätze wurden "
            "im Park bereits geschaffen.",
            "Über 1.600 Arbeitsplätze",
            "",
        ),
        (
            "2019 kamen 13 neue Residenten. Bislang wurden mehr als 700 Mio. Dollar investiert.",
            "mehr als 700 Mio. Dollar",
            "",
        ),
        ("Im Jahr 2020 gab es 20 Projekte. Inzwischen sind es 50 Projekte.", "50 Projekte", ""),
        ("Im Jahr 2020 gab es 20 Projekte, mittlerweile sind es 50 Projekte.", "50 Projekte", ""),
    ],
)
def test_a_word_of_now_dates_its_clause_to_the_texts_time(text, figure, as_of):
    assert figures(text)[figure][0] == as_of


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        ("Bereits 2019 wurden 40 Projekte umgesetzt.", "40 Projekte", "2019"),
        ("Bereits im Oktober 2022 wurden 40 Projekte umgesetzt.", "40 Projekte", "2022-10"),
        (
            "Im ersten Quartal 2023 haben sich bereits 11 neue Residenten registriert.",
            "11 neue Residenten",
            "2023-Q1",
        ),
        (
            "Bis Anfang 2022 wurden bereits mehr als 718 Mio. Dollar investiert.",
            "mehr als 718 Mio. Dollar",
            "2022-01",
        ),
        ("Mitte April 2022 waren bereits 89 Residenten registriert.", "89 Residenten", "2022-04"),
    ],
)
def test_a_word_of_now_with_a_date_of_its_own_keeps_that_date(text, figure, as_of):
    assert figures(text)[figure][0] == as_of


def test_a_word_of_now_dates_no_sentence_after_it():
    text = (
        "China ist derzeit der drittgrößte Handelspartner. Im Jahr 2022 kamen 13 neue "
        "Residenten.\n\nDerzeit sind 23 Betriebe akkreditiert. Sie beschäftigen 900 Mitarbeiter."
    )
    found = figures(text)
    assert found["23 Betriebe"][0] == "2023-10"
    assert found["900 Mitarbeiter"][0] == ""  # the document's date, dated_by document


def test_a_sentence_restating_the_figure_before_dates_no_sentence_after_it():
    text = (
        "Derzeit studieren in Belarus mehr als 18.000 Chinesen. Im vergangenen Jahr waren es "
        "rund 15.400. In China sind etwa 1.200 Belarussen eingeschrieben."
    )
    found = figures(text)
    assert found["rund 15.400"][0] == "2022"
    # Nor does "Derzeit" two sentences before: the document's date (dated_by document).
    assert found["etwa 1.200 Belarussen"][0] == ""
    # A sentence pointing back at the restated one takes its date.
    pointed = figures("Im Jahr 2021 waren es 80 Firmen. Davon sind 20 aus China.")
    assert pointed["20"][0] == "2021"


def test_in_a_text_of_quoted_sources_a_word_of_now_takes_the_sources_date(corpus):
    figures = corpus.figures.set_index(["line", "text"])
    # '"... die tatsächlichen Investitionen des Parks bereits 830 Millionen Dollar
    # überschritten hat ..."116': as of its source (2023), not a date of the text.
    quoted = figures.loc[(2910, "830 Millionen Dollar")]
    assert (quoted["as_of"], quoted["source_year"]) == ("", 2023)
    # "Und allein im ersten Quartal 2023 haben sich bereits 11 neue ...": the date it has.
    assert figures.loc[(2914, "11 neue Unternehmen")]["as_of"] == "2023-Q1"


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # The year the paragraph opens with dates its figures, over sentences without one.
        (
            "Das Statistikkomitee legte am Montag die Zahlen für 2022 vor. Der Warenumsatz "
            "mit China wuchs kräftig. Die Ausfuhren nach China erreichten 2,07 Mrd. USD.",
            "2,07 Mrd. USD",
            "2022",
        ),
        (
            "Im ersten Halbjahr 2023 arbeiteten die Exporteure gut. Das ist ein Plus "
            "gegenüber dem Vorjahr. Die Lieferungen wuchsen. Die Ausfuhren erreichten "
            "900 Mio. USD.",
            "900 Mio. USD",
            "2023-H1",
        ),
        # A comparison's base is no date of the paragraph; nor is a plan's, which also ends
        # the search (what came before the plan is not what comes after it).
        (
            "Gegenüber 2020 hat sich der Handel mit China verdoppelt. Die Ausfuhren "
            "erreichten 1,5 Mrd. USD.",
            "1,5 Mrd. USD",
            "",
        ),
        (
            "Im Jahr 2022 wuchs der Handel mit China stark. Bis 2026 soll er sich verdoppeln. "
            "Die Ausfuhren erreichten 1,5 Mrd. USD.",
            "1,5 Mrd. USD",
            "",
        ),
        # Another paragraph's year dates nothing; nor does one before a word of "now".
        (
            "Das Statistikkomitee legte die Zahlen für 2022 vor.\n\nDie Ausfuhren nach China "
            "erreichten 1,5 Mrd. USD.",
            "1,5 Mrd. USD",
            "",
        ),
        (
            "Im Jahr 2022 wuchs der Handel stark. Derzeit sind 40 Betriebe akkreditiert. "
            "Die Lieferungen wuchsen. Die Ausfuhren erreichten 1,5 Mrd. USD.",
            "1,5 Mrd. USD",
            "",
        ),
    ],
)
def test_a_figure_takes_the_date_its_paragraph_named_before_it(text, figure, as_of):
    assert figures(text)[figure][0] == as_of


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # A word of "now" in a clause of saying dates the telling, not the figure: the
        # figure takes its paragraph's date, else none (the series: its document's).
        (
            "Wie der Bildungsminister heute mitteilte, wurden 30 neue Bildungsprogramme gestartet.",
            "30 neue Bildungsprogramme",
            "",
        ),
        (
            "Im Jahr 2022 wuchs der Handel stark. Wie der Minister heute mitteilte, "
            "erreichten die Exporte nach China 2,5 Mrd. Dollar.",
            "2,5 Mrd. Dollar",
            "2022",
        ),
        (
            "Der Minister sagte heute, es seien 40 Betriebe akkreditiert.",
            "40 Betriebe",
            "",
        ),
        ("Wie BelTA heute berichtet, wurden 12 Verträge unterzeichnet.", "12 Verträge", ""),
        ("Wie heute bekannt wurde, haben sich 9 neue Firmen angesiedelt.", "9 neue Firmen", ""),
        # In a clause of its own, or with no verb of saying, it dates its figures.
        (
            "Heute studieren 8.000 chinesische Studenten in Belarus, teilte der Minister mit.",
            "8.000 chinesische Studenten",
            "2023-10",
        ),
        (
            "Der Minister teilte heute mit, dass derzeit 40 Betriebe akkreditiert sind.",
            "40 Betriebe",
            "2023-10",
        ),
        (
            "Nach Angaben des Ministeriums sind heute 40 Betriebe akkreditiert.",
            "40 Betriebe",
            "2023-10",
        ),
    ],
)
def test_a_word_of_now_in_a_clause_of_saying_dates_the_telling(text, figure, as_of):
    assert figures(text)[figure][0] == as_of


@pytest.mark.parametrize(
    ("text", "dated_by"),
    [
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Wie der Minister heute mitteilte, gibt es 46 gemeinsame Bildungsprogramme.",
            "document",
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Derzeit gibt es 46 gemeinsame Bildungsprogramme, sagte der Minister.",
            "text",
        ),
    ],
)
def test_a_figure_told_today_is_dated_by_its_document(text, dated_by):
    from tests.conftest import news_series

    found = [(p.as_of, p.dated_by) for p in news_series(text, "2024-03-15").itertuples()]
    assert found == [("2024-03", dated_by)]
