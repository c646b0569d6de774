"""The heads of saved agency pages: datelines without a point, a page's date line and stamp,
agency datelines without a date (corpus.md, "The document date"; issue 7).

Texts of our own in the style of BelTA's, Xinhua's, Reuters' and press-release pages, with
their furniture (menus, a date line, a stamp line of the time a page was shown).
"""

from __future__ import annotations

import pytest

import bycn
from bycn.text.datelines import read_head

MENU = "Projekte\nStaatsorgane\nAlle Nachrichten\nWirtschaft\n"


def document(text: str) -> tuple[str, str, str]:
    """(date, title, publisher) of a text without front matter."""
    doc = bycn.parse_text(text)
    return doc.date, doc.title, doc.publisher


def as_of(text: str) -> dict[str, str]:
    return {r.text: r.as_of for r in bycn.parse_text(text).figures.itertuples()}


# --- a day without a point ------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "GRODNO, 9 November (BelTA) - ",
        "GRODNO, 9. November (BelTA) – ",
        "GRODNO, 9 Nov. (BelTA) - ",
    ],
)
def test_a_datelines_day_may_stand_without_a_point(dateline):
    text = (
        f"{MENU}09 November 2018, 14:21\n\nExporte des Gebiets Grodno wachsen\n\n"
        f"{dateline}Die Ausfuhren des Gebiets stiegen im Januar-September um 25 Prozent.\n"
    )
    assert document(text) == ("2018-11-09", "Exporte des Gebiets Grodno wachsen", "BelTA")
    head = read_head(text)
    assert (head.place, head.agency) == ("GRODNO", "BelTA")


def test_without_a_point_the_year_comes_from_the_text_as_with_one():
    text = "MINSK, 14 März (BelTA) – Der Export nach China wuchs 2022 um 12 Prozent.\n"
    assert read_head(text).date == "2022-03-14"


@pytest.mark.parametrize(
    "opening",
    ["Bis 9 November (so das Ministerium) – ", "Am 9 November (laut BelTA) - "],
)
def test_a_sentence_opening_with_a_day_is_no_dateline(opening):
    head = read_head(f"Kali für China\n\n{opening}stiegen die Ausfuhren um 25 Prozent.\n")
    assert (head.agency, head.date) == ("", "")


# --- a page's date line and its stamp -------------------------------------------------------


@pytest.mark.parametrize(
    ("date_line", "dateline", "date"),
    [
        # The page's date line is the hour it went online; the dateline the day of the news.
        ("18 Oktober 2022, 09:22", "MINSK, 17. Oktober (BelTA) - ", "2022-10-17"),
        ("Wirtschaft 05.11.2019 | 15:18", "BREST, 4. November (BelTA) – ", "2019-11-04"),
        # over the new year: the year before the date line's
        ("02 Januar 2023, 08:10", "MINSK, 31. Dezember (BelTA) – ", "2022-12-31"),
        # a dateline with its own year
        ("04 Mai 2021, 08:00", "PEKING, 3. Mai 2021 (Xinhua) — ", "2021-05-03"),
        # the same day: as before
        ("12. März 2020", "BREST, 12. März (BelTA) – ", "2020-03-12"),
    ],
)
def test_the_datelines_day_wins_over_the_pages_date_line(date_line, dateline, date):
    text = (
        f"{MENU}{date_line}\n\nBelarus liefert mehr nach China\n\n"
        f"{dateline}Die Lieferungen nach China wuchsen um 30 Prozent.\n"
    )
    assert document(text) == (
        date,
        "Belarus liefert mehr nach China",
        "BelTA" if "BelTA" in dateline else "Xinhua",
    )


def test_a_pages_stamp_dates_neither_an_old_article_nor_its_figures():
    article = (
        "10:37 16 Oktober 2018\nWirtschaft\n\nChina will in den Industriepark investieren\n\n"
        "MINSK, 9. August (BelTA) – Der Vizepremier sagte, China werde mindestens eine "
        "Milliarde Dollar investieren. Im Jahr 2011 wurden 200 Millionen Dollar angelegt.\n"
    )
    date, title, _ = document(article)
    assert (date, title) == ("2011-08-09", "China will in den Industriepark investieren")
    # Without a dateline: the stamp is no date (the text has none) and dates no figure; the
    # page's menus and headline after it, up to the body's first paragraph, are its head.
    page = (
        "10:37 16 Oktober 2018\nRadio\n    Wirtschaft\n\n"
        "    China will in Industriepark investieren\n\n    Wirtschaft\n    Kurzlink\n    0 21\n\n"
        "    China will eine Milliarde Dollar in den Industriepark investieren.\n\n"
        "    Ein Abkommen soll im September unterzeichnet werden.\n"
    )
    assert document(page)[:2] == ("", "China will in Industriepark investieren")
    assert as_of(page) == {"eine Milliarde Dollar": ""}  # and no "21" of the menu
    # A stamp before a paragraph that runs on from it: no head but the stamp.
    wrapped = "10:37 16 Oktober 2018\nChina will eine Milliarde Dollar\ninvestieren, sagte er.\n"
    assert read_head(wrapped).spans == ((0, 21),)


def test_a_stamp_is_read_only_in_the_head():
    text = "Der Handel wuchs um 5 Prozent.\n\n10:37 16 Oktober 2018\n"
    assert read_head(text).spans == ()


# --- agency datelines without a date --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "agency", "date"),
    [
        (
            "Minsk, Weißrussland (ots/PRNewswire) - Am 21. Juni fand in Minsk eine Messe statt. "
            "Der Handel erreichte Ende 2016 1,5 Milliarden Dollar.\n",
            "Minsk, Weißrussland",
            "ots/PRNewswire",
            "2016",  # no date line: the latest year the text names (corpus.md)
        ),
        (
            "Freitag, 23. August 2024\n\nPeking (Reuters) - China und Belarus wollen mehr "
            "handeln. Der Handel soll 2023 gewachsen sein.\n",
            "Peking",
            "Reuters",
            "2024-08-23",  # the page's date line
        ),
        (
            "Schanghai, China (Xinhua) – Die Messe zählte 2023 mehr Aussteller.\n",
            "Schanghai, China",
            "Xinhua",
            "2023",
        ),
        ("Peking (Reuters) - China und Belarus wollen mehr handeln.\n", "Peking", "Reuters", ""),
    ],
)
def test_an_agency_dateline_without_a_date_gives_place_and_publisher(text, place, agency, date):
    head = read_head(text)
    assert (head.place, head.agency, head.date) == (place, agency, date)
    assert bycn.parse_text(text).publisher == agency


@pytest.mark.parametrize(
    "opening",
    [
        "Minsk, Gomel und Brest (alle Gebiete) - ",  # a list of places, no agency
        "Das Werk in Minsk, Belarus (Foto) - ",  # a sentence
    ],
)
def test_places_in_a_sentence_are_no_dateline(opening):
    head = read_head(f"Kali für China\n\n{opening}lieferten 2023 mehr nach China.\n")
    assert (head.place, head.agency) == ("", "")


# --- a date line over a first paragraph of one sentence ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Im Jahr 2025 erreichte der Außenhandelsumsatz des Gebiets mit China 689,4 Mio. USD.",
        "Der Handel mit China wuchs 2025 um 12 Prozent. Das ist ein Rekord.",
        "Die Exporte nach China stiegen im Jahr 2025 auf 241,2 Millionen US-Dollar.",
        "Laut Zollamt belief sich der Warenumsatz auf 1,2 Mrd. Dollar.",
        "Mit 158 Residenten ist der Park so groß wie nie.",
    ],
)
@pytest.mark.parametrize(
    "date_line",
    [
        "10.02.2026",
        "10. Februar 2026",
        "2026-02-10",
        "Dienstag, 10. Februar 2026",
        "10.02.2026 | 11:20",
    ],
)
def test_a_first_paragraph_under_a_date_line_is_body_not_headline(date_line, paragraph):
    text = f"{date_line}\n\n{paragraph}\n\nDer Export wuchs um 18,7 Prozent.\n"
    head = read_head(text)
    assert head.date == "2026-02-10"
    assert head.title == ""
    assert all(start < text.index(paragraph) for start, _ in head.spans)


@pytest.mark.parametrize(
    "headline", ["Handel mit China wächst", "Exporte nach China: Rekord im Jahr 2025"]
)
def test_a_headline_under_a_date_line_stays_a_headline(headline):
    head = read_head(f"10.02.2026\n\n{headline}\n\nDer Export wuchs um 18,7 Prozent.\n")
    assert head.title == headline
