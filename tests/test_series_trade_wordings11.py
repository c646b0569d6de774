"""Trade wordings as families (round D, trade11): the level reached said after a comma
("um 9 Prozent gewachsen, auf knapp 4 Milliarden Dollar"), a target said as the trade the
object of an infinitive ("Das Ziel, den Handel ... auf zehn Milliarden Dollar zu
steigern"), a pronoun after the auxiliary of a perfect, in reported speech too ("habe er
... betragen", "ist er um weitere sieben Prozent gewachsen"), and producers cleared for
China by "dürfen" or counted as "Erzeuger".

Texts of our own in the style of BelTA, CRI and embassy statements; each family with
sentences said alike that must not become such points.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

Point = tuple[str, str, str, float, str, str]


points = points_of("indicator entity as_of value unit status", date="2026-06-20")


# --- the level reached after a comma ----------------------------------------------------------

LEAD = "Belarus handelt zunehmend mit China. "


@pytest.mark.parametrize(
    ("text", "indicator", "as_of"),
    [
        (
            "In den ersten fünf Monaten dieses Jahres ist der Warenumsatz um 9 Prozent gewachsen, "
            "auf knapp 4 Milliarden Dollar.",
            "trade.turnover",
            "2026-01/2026-05",
        ),
        (
            "In den ersten fünf Monaten wuchs der Handelsumsatz um 9 Prozent, auf knapp 4 "
            "Milliarden Dollar.",
            "trade.turnover",
            "2026-01/2026-05",
        ),
        (
            "In den ersten fünf Monaten erhöhte sich das Handelsvolumen um 9 Prozent, auf knapp 4 "
            "Milliarden Dollar.",
            "trade.turnover",
            "2026-01/2026-05",
        ),
        (
            "In den ersten fünf Monaten ist der Warenumsatz um 9 Prozent gestiegen, und zwar auf "
            "knapp 4 Milliarden Dollar.",
            "trade.turnover",
            "2026-01/2026-05",
        ),
        (
            "Im ersten Quartal legte der Warenaustausch um 9 Prozent zu, nämlich auf knapp vier "
            "Milliarden Dollar.",
            "trade.turnover",
            "2026-Q1",
        ),
        (
            "Die Exporte nach China sind im ersten Quartal um 9 Prozent gestiegen, auf knapp 4 "
            "Milliarden Dollar.",
            "trade.exports",
            "2026-Q1",
        ),
    ],
)
def test_the_level_after_a_comma_continues_the_change(text, indicator, as_of):
    assert points(LEAD + text) == sorted(
        [
            (indicator, "Belarus-China", as_of, 4e9, "USD", "actual"),
            (indicator, "Belarus-China", as_of, 9.0, "percent", "actual"),
        ]
    )


def test_no_level_after_a_comma_that_opens_a_clause_of_its_own():
    # "auf Russland entfielen ...": "auf" before a name, not a number, opens another clause
    text = (
        LEAD + "Im ersten Quartal ist der Warenumsatz um 9 Prozent gewachsen, auf Russland "
        "entfielen 40 Milliarden Dollar."
    )
    assert points(text) == [
        ("trade.turnover", "Belarus-China", "2026-Q1", 9.0, "percent", "actual")
    ]


# --- a target: the trade the object of an infinitive ------------------------------------------

TARGET = [("trade.turnover", "Belarus-China", "2027", 1e10, "USD", "target")]


@pytest.mark.parametrize(
    "text",
    [
        "Das Ziel, den Handel bis 2027 auf zehn Milliarden Dollar zu steigern, gilt als ehrgeizig.",
        "Das Ziel lautet, den Handel bis 2027 auf zehn Milliarden Dollar zu erhöhen.",
        "Beide Seiten streben an, den Handel bis 2027 auf zehn Milliarden Dollar zu bringen.",
        "Die Regierungen haben vor, den bilateralen Handel bis 2027 auf zehn Milliarden Dollar "
        "zu steigern.",
        "Beide Seiten haben sich das Ziel gesetzt, den Warenumsatz bis 2027 auf zehn Milliarden "
        "Dollar zu steigern.",
        "Die Absicht, den Warenaustausch bis 2027 auf zehn Milliarden Dollar auszubauen, "
        "bekräftigten beide Seiten.",
    ],
)
def test_a_target_said_as_the_trade_to_be_raised(text):
    assert points("Belarus und China bauen den Handel aus. " + text) == TARGET


@pytest.mark.parametrize(
    "text",
    [
        # another partner's trade
        "Man will, den Handel mit Russland bis 2027 auf 60 Milliarden Dollar zu steigern.",
        # retail, no trade between the countries
        "Das Ziel, den Einzelhandel bis 2027 auf zehn Milliarden Dollar zu steigern, gilt als "
        "ehrgeizig.",
    ],
)
def test_no_target_of_other_trade(text):
    assert points("Belarus und China bauen den Handel aus. " + text) == []


# --- a pronoun after the auxiliary of a perfect, in reported speech too -----------------------

SPEECH = "Der Minister sprach über den Handel mit China. "


@pytest.mark.parametrize(
    ("before", "text", "second"),
    [
        (
            "Im vergangenen Jahr sei der Warenumsatz auf 8,4 Milliarden US-Dollar gestiegen.",
            "Im ersten Halbjahr 2025 habe er 5,2 Milliarden US-Dollar betragen.",
            ("trade.turnover", "2025-H1", 5.2e9, "USD"),
        ),
        (
            "Im Jahr 2024 habe der Warenumsatz 8,4 Milliarden US-Dollar erreicht.",
            "Im ersten Halbjahr 2025 sei er um 12 Prozent gestiegen.",
            ("trade.turnover", "2025-H1", 12.0, "percent"),
        ),
        (
            "Im Jahr 2024 erreichte der Warenumsatz 8,4 Milliarden US-Dollar.",
            "Im ersten Halbjahr 2025 hat er 5,2 Milliarden US-Dollar erreicht.",
            ("trade.turnover", "2025-H1", 5.2e9, "USD"),
        ),
        (
            "Im Jahr 2024 betrug der Warenumsatz 8,4 Milliarden Dollar.",
            "In den ersten fünf Monaten dieses Jahres ist er um weitere sieben Prozent gewachsen.",
            ("trade.turnover", "2026-01/2026-05", 7.0, "percent"),
        ),
        (
            "Im Jahr 2024 betrug der Warenumsatz 8,4 Milliarden Dollar.",
            "Im ersten Quartal legte er um nochmals 7 Prozent zu.",
            ("trade.turnover", "2026-Q1", 7.0, "percent"),
        ),
        (
            "Im Jahr 2024 stiegen die Exporte nach China auf 8,4 Milliarden US-Dollar.",
            "Im ersten Halbjahr 2025 seien sie um 12 Prozent gewachsen.",
            ("trade.exports", "2025-H1", 12.0, "percent"),
        ),
        (
            "Im Jahr 2024 stieg die Ausfuhr nach China auf 8,4 Milliarden US-Dollar.",
            "Im ersten Halbjahr 2025 habe sie 5,2 Milliarden US-Dollar überschritten.",
            ("trade.exports", "2025-H1", 5.2e9, "USD"),
        ),
    ],
)
def test_a_pronoun_after_a_perfects_auxiliary_continues_the_point(before, text, second):
    indicator, as_of, value, unit = second
    first = (
        indicator,
        "Belarus-China",
        "2024" if "2024" in before else "2025",
        8.4e9,
        "USD",
        "actual",
    )
    assert points(SPEECH + before + " " + text) == sorted(
        [first, (indicator, "Belarus-China", as_of, value, unit, "actual")]
    )


@pytest.mark.parametrize(
    "text",
    [
        # a person's journeys and time, no change of the trade
        "Im Juni 2025 ist er zum dritten Mal nach Peking gereist, wo er 12 Verträge "
        "unterzeichnete.",
        "Seit 2020 hat er 40 Prozent seiner Zeit in China verbracht.",
        # an amount said as a difference is no point
        "Im ersten Quartal wuchs er um weitere 700 Millionen Dollar.",
    ],
)
def test_no_point_from_a_pronoun_that_tells_no_level(text):
    before = "Im Jahr 2024 erreichte der Warenumsatz 8,4 Milliarden US-Dollar. "
    assert points(SPEECH + before + text) == [
        ("trade.turnover", "Belarus-China", "2024", 8.4e9, "USD", "actual")
    ]


# --- producers cleared for China -------------------------------------------------------------

ACCREDITED = "trade.accredited_producers"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Inzwischen dürfen 183 belarussische Betriebe ihre Produkte nach China exportieren.", 183),
        (
            "Derzeit dürfen 95 belarussische Hersteller Lebensmittel auf den chinesischen Markt "
            "liefern.",
            95,
        ),
        (
            "Mittlerweile dürfen 60 Molkereien und Fleischbetriebe aus Belarus nach China liefern.",
            60,
        ),
        (
            "Insgesamt sind 187 belarussische Erzeuger bei der Zollverwaltung Chinas registriert.",
            187,
        ),
        (
            "Heute haben 120 belarussische Unternehmen die Zulassung für Lieferungen nach China.",
            120,
        ),
        ("Für den Export nach China sind inzwischen 150 belarussische Erzeuger zugelassen.", 150),
    ],
)
def test_producers_cleared_for_china_by_every_wording(text, value):
    assert points(text) == [
        (ACCREDITED, "Belarus-China", "2026-06", float(value), "count", "actual")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Chinese firms in Belarus
        "In Belarus dürfen 30 chinesische Unternehmen Waren verkaufen.",
        # another market
        "Inzwischen dürfen 40 belarussische Betriebe ihre Produkte nach Russland exportieren.",
        # no export at all
        "Im Industriepark dürfen 15 Unternehmen zollfrei produzieren.",
        "Inzwischen dürfen 40 belarussische Erzeuger an der Messe in Shanghai teilnehmen.",
    ],
)
def test_no_producers_cleared_for_china_without_export_to_china(text):
    assert points(text) == []


# --- a pronoun whose noun the sentence before names without a figure --------------------------


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "Der Handel zwischen China und Belarus entwickle sich stabil, sagte der Handelsrat in "
            "Guangzhou. Im ersten Halbjahr 2025 habe er 5,2 Milliarden US-Dollar betragen.",
            ("trade.turnover", 5.2e9, "USD"),
        ),
        (
            "Der Warenumsatz mit China wächst stetig. Im ersten Halbjahr 2025 erreichte er 5,2 "
            "Milliarden US-Dollar.",
            ("trade.turnover", 5.2e9, "USD"),
        ),
        (
            "Das Handelsvolumen zwischen Belarus und China wächst. Im ersten Halbjahr 2025 stieg "
            "es um 12 Prozent.",
            ("trade.turnover", 12.0, "percent"),
        ),
        (
            "Die Exporte nach China entwickeln sich gut, hieß es. Im ersten Halbjahr 2025 seien "
            "sie um 12 Prozent gestiegen.",
            ("trade.exports", 12.0, "percent"),
        ),
        (
            "Der bilaterale Handel mit der Volksrepublik China legt zu. Er belief sich im ersten "
            "Halbjahr 2025 auf 5,2 Milliarden US-Dollar.",
            ("trade.turnover", 5.2e9, "USD"),
        ),
    ],
)
def test_a_pronoun_names_the_subject_of_the_sentence_before(text, point):
    indicator, value, unit = point
    assert points(text, "2025-10-20") == [
        (indicator, "Belarus-China", "2025-H1", value, unit, "actual")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "er" is the minister, the trade is named later in his sentence
        "Der Minister sprach über den negativen Saldo im Handel mit China. Er beträgt zurzeit "
        "2,6 Milliarden Dollar.",
        # the article does not agree with the pronoun: "die Lage", "er"
        "Die Lage im Handel mit China ist stabil. Im ersten Halbjahr 2025 habe er 5,2 "
        "Milliarden US-Dollar betragen.",
        # the ambassador is the subject, the trade his object
        "Der Botschafter lobte den Handel mit China. Im ersten Halbjahr 2025 habe er 5,2 "
        "Milliarden US-Dollar investiert.",
    ],
)
def test_no_point_where_the_pronoun_names_another_subject(text):
    assert points(text, "2025-10-20") == []


# --- a region's own web page: its title names the region --------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} – {publisher}</title>
<meta property="article:published_time" content="2026-02-10T11:20:00+03:00"></head>
<body><main><article><h1>{title}</h1>
{paragraphs}
</article></main><footer><p>{publisher}</p></footer></body></html>
"""

GROWTH = "Der Export von Waren nach China wuchs im Jahr 2025 um 18,7 Prozent."


def page_points(tmp_path, title: str, publisher: str, *paragraphs: str) -> list[Point]:
    """The points of a web page of our own (its headline ``title``), as the CLI reads it."""
    import bycn
    from bycn.indicators.series import load_series

    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = PAGE.format(title=title, publisher=publisher, paragraphs=body)
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    series = load_series(bycn.read_corpus(tmp_path, cache=False, jobs=1))
    return sorted(
        (p.indicator, p.entity, p.as_of, p.value, p.unit, p.status) for p in series.itertuples()
    )


@pytest.mark.parametrize(
    ("title", "paragraphs", "point"),
    [
        (
            "Außenhandel des Gebiets Gomel mit China 2025",
            [GROWTH],
            ("Gomel region", 18.7, "percent"),
        ),
        (
            "Gebiet Brest: Exporte nach China gestiegen",
            ["Die Ausfuhren nach China erhöhten sich im Jahr 2025 um 18,7 Prozent."],
            ("Brest region", 18.7, "percent"),
        ),
        (
            "Witebsker Betriebe auf dem chinesischen Markt",
            [
                "Im Jahr 2025 lieferten die Unternehmen Waren für 241,2 Millionen US-Dollar "
                "nach China."
            ],
            ("Vitebsk region", 241.2e6, "USD"),
        ),
        (
            "Region Mogiljow baut Handel mit China aus",
            [
                "Eine Delegation reiste nach Harbin.",
                "Der Warenumsatz mit China erreichte 2025 insgesamt 689,4 Millionen Dollar.",
            ],
            ("Mogilev region", 689.4e6, "USD"),
        ),
        (
            "Grodnoer Exporte in die Volksrepublik China",
            ["Die Lieferungen nach China stiegen im Jahr 2025 um das 1,3-fache."],
            ("Grodno region", 1.3, "times"),
        ),
    ],
)
def test_a_regions_own_page_is_about_the_region_its_title_names(tmp_path, title, paragraphs, point):
    entity, value, unit = point
    found = page_points(tmp_path, title, "Gebietsexekutivkomitee", *paragraphs)
    assert found == [("trade.regional", entity, "2025", value, unit, "actual")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the title speaks of the country, the region only its best
        ("Exporte von Belarus nach China: Gebiet Gomel vorn", GROWTH),
        # two regions: neither is the page's
        ("Gomel und Brest steigern Exporte nach China", GROWTH),
        # a national agency's page names no region
        ("Außenhandel mit China 2025", GROWTH),
        # the sentence speaks of the country
        (
            "Außenhandel des Gebiets Gomel mit China 2025",
            "Landesweit wuchs der Export von Waren nach China im Jahr 2025 um 18,7 Prozent.",
        ),
    ],
)
def test_no_regions_point_where_the_title_names_no_one_region(tmp_path, title, text):
    found = page_points(tmp_path, title, "BelTA", text)
    assert found == [("trade.exports", "Belarus-China", "2025", 18.7, "percent", "actual")]


# --- a table by region: its total row is the country's ---------------------------------------

REGIONS = (
    "Export von Waren nach China nach Regionen im Januar–Juni 2025\n\n"
    "Den größten Anteil hatte das Gebiet Minsk, gefolgt vom Gebiet Brest.\n\n"
    "Tabelle 1. Export von Waren nach China nach Regionen\n\n"
)
WITH_CHANGE = (
    "| Region | Januar–Juni 2025, Mio. US-Dollar | Veränderung, % |\n|---|---|---|\n"
    "| Gebiet Brest | 168,2 | +12,4 |\n| Stadt Minsk | 212,3 | +19,8 |\n"
    "| {total} | 1.230,0 | +16,9 |\n"
)
AMOUNTS = (
    "| Region | Mio. US-Dollar |\n|---|---|\n| Gebiet Brest | 168,2 |\n| Gebiet Gomel | 121,5 |\n"
    "| {total} | 1.230,0 |\n"
)


def table_points(text: str) -> list[tuple[str, str, float]]:
    """(indicator, entity, value) of each point of a Belstat release of our own."""
    series = news_series(text, "2025-08-15")
    return sorted((p.indicator, p.entity, p.value) for p in series.itertuples())


@pytest.mark.parametrize("total", ["Insgesamt", "insgesamt", "Gesamt", "Summe", "Total"])
def test_the_total_row_of_a_table_by_region_is_the_countrys(total):
    found = table_points(REGIONS + WITH_CHANGE.format(total=total))
    assert ("trade.exports", "Belarus-China", 1.23e9) in found
    assert ("trade.exports", "Belarus-China", 16.9) in found
    assert ("trade.regional", "Brest region", 168.2e6) in found
    assert not [p for p in found if p[0] == "trade.regional" and p[2] in (1.23e9, 16.9)]
    found = table_points(REGIONS + AMOUNTS.format(total=total))
    assert ("trade.exports", "Belarus-China", 1.23e9) in found
    assert ("trade.regional", "Gomel region", 121.5e6) in found


def test_a_regions_own_total_row_stays_the_regions():
    # the total of the region's districts, the region named in its label
    text = (
        "Export des Gebiets Brest nach China nach Bezirken im Januar–Juni 2025\n\n"
        "| Bezirk | Mio. US-Dollar |\n|---|---|\n| Bezirk Pinsk | 40,1 |\n"
        "| Gebiet Brest insgesamt | 168,2 |\n"
    )
    assert ("trade.regional", "Brest region", 168.2e6) in table_points(text)
