"""Wordings of a real-text round (session 24, realfix17): a sum over a span of years that
ends at the text's own time, the older name of Belarus (``Weißrussland``, ``weißrussisch``).

Test texts of our own in the style of agency reports (BelTA, Xinhua), several phrasings
each, with counter-examples that must not become points (or must stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

Point = tuple[str, str, str, float, str, str, str]


def points(text: str, date: str = "2018-10-29") -> list[Point]:
    """(indicator, entity, as_of, value, unit, status, dated_by) of each point of a news
    text dated ``date``."""
    series = news_series(f"MINSK, 29. Oktober (BelTA) – {text}", date)
    return sorted(
        (p.indicator, p.entity, p.as_of, p.value, p.unit, p.status, p.dated_by)
        for p in series.itertuples()
    )


# --- 1. a sum over a span of years that ends now is a sum so far, of the text's date --------

#: A paragraph before that dates a fact of the same entity by a period of this year: a sum
#: told in the past after it would take that period (PointDates.carried) unless it is a sum
#: so far.
EIGHT_MONTHS = (
    "In den ersten acht Monaten des laufenden Jahres stieg der Handelsumsatz zwischen "
    "Belarus und China auf 2,3 Mrd. Dollar.\n\n"
)
TURNOVER = ("trade.turnover", "Belarus-China", "2018-01/2018-08", 2.3e9, "USD", "actual", "text")


def investment(value: float, as_of: str = "2018-10", dated_by: str = "document") -> Point:
    return ("trade.chinese_investment", "Belarus-China", as_of, value, "USD", "actual", dated_by)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the real wording
        ("„In den letzten 10 Jahren hat China fast $1,9 Milliarden in Belarus investiert.", 1.9e9),
        (
            "Im Laufe der letzten fünf Jahre haben Investoren aus China 800 Millionen "
            "US-Dollar in die belarussische Wirtschaft investiert.",
            8e8,
        ),
        (
            "Über die vergangenen zwei Jahrzehnte hat China mehr als 3 Mrd. Dollar in Belarus "
            "investiert.",
            3e9,
        ),
        (
            "In den vergangenen Jahren hat China 1,2 Mrd. Dollar in die belarussische "
            "Wirtschaft investiert, sagte der Minister.",
            1.2e9,
        ),
        ("Chinesische Unternehmen haben kumuliert 1,5 Mrd. Dollar in Belarus investiert.", 1.5e9),
        (
            "Während der letzten zehn Jahre flossen Investitionen aus China in Höhe "
            "von 2 Mrd. Dollar nach Belarus.",
            2e9,
        ),
    ],
)
def test_sum_over_a_span_to_now_is_dated_by_its_document(sentence: str, value: float) -> None:
    assert points(EIGHT_MONTHS + sentence) == sorted([TURNOVER, investment(value)])


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("„In den letzten 10 Jahren hat China fast $1,9 Milliarden in Belarus investiert.", 1.9e9),
        (
            "Im Laufe der letzten fünf Jahre haben Investoren aus China 800 Millionen "
            "US-Dollar in die belarussische Wirtschaft investiert.",
            8e8,
        ),
        ("In den vergangenen zwei Jahrzehnten hat China 3 Mrd. Dollar in Belarus investiert.", 3e9),
    ],
)
def test_sum_over_a_span_to_now_in_the_paragraph_of_a_period(sentence: str, value: float) -> None:
    # the sentence before names a period in the same paragraph: its date is no date of a sum
    # over years to now (contextdates: SPAN_TO_NOW)
    assert points(EIGHT_MONTHS.rstrip() + " " + sentence) == sorted([TURNOVER, investment(value)])


def test_a_span_to_now_takes_no_year_of_the_sentence_before() -> None:
    import bycn

    text = (
        "MINSK, 29. Oktober (BelTA) – Das Memorandum wurde im Jahr 2007 unterzeichnet. In den "
        "letzten 15 Jahren wurden mehr als 10 Abkommen geschlossen. Im Jahr 2007 kamen 40 "
        "Delegationen."
    )
    figures = bycn.parse_text(text, doc="n", meta={"date": "2022-05-01"}).figures
    assert list(zip(figures.text, figures.as_of, strict=True)) == [
        ("mehr als 10 Abkommen", ""),
        ("40 Delegationen", "2007"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sum told in the past with no span of its own: of the period the text named before
        (
            "China investierte 500 Millionen Dollar in Belarus.",
            investment(5e8, "2018-01/2018-08", "text"),
        ),
        # a span that is a period of its own: that period, not the text's date
        (
            "Im letzten Jahr investierte China 500 Millionen Dollar in Belarus.",
            investment(5e8, "2017", "text"),
        ),
        (
            "Im vergangenen Jahr hat China 500 Millionen Dollar in Belarus investiert.",
            investment(5e8, "2017", "text"),
        ),
    ],
)
def test_sum_without_a_span_to_now_keeps_its_period(sentence: str, expected: Point) -> None:
    assert points(EIGHT_MONTHS + sentence) == sorted([TURNOVER, expected])


# --- 2. the older name of Belarus's adjective and people: "weißrussisch", "Weißrussen" -------


def test_older_names_keep_their_length() -> None:
    from bycn.text.lexicon import LEXICON

    assert LEXICON.older_names
    assert all(len(old) == len(new) for old, new in LEXICON.older_names.items())


def by_in_cn(value: float, qualifier_as_of: str = "2020-08") -> tuple[str, str, str, float, str]:
    return ("edu.students_by_in_cn", "Belarus-China", qualifier_as_of, value, "count")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In China studieren derzeit mehr als 1000 weißrussische Studenten.", [by_in_cn(1000)]),
        (
            "Die Zahl der weißrussischen Studenten in China ist auf 1500 gestiegen.",
            [by_in_cn(1500)],
        ),
        (
            "An chinesischen Hochschulen sind derzeit rund 1200 Weißrussen immatrikuliert.",
            [by_in_cn(1200)],
        ),
        (
            "Derzeit studieren an Universitäten der Volksrepublik 900 weißrussische Studierende.",
            [by_in_cn(900)],
        ),
        # the name used now reads as it did
        ("In China studieren derzeit mehr als 1000 belarussische Studenten.", [by_in_cn(1000)]),
        # counter-examples: Chinese students at Weißrussland's universities are the other way
        (
            "An weißrussischen Hochschulen studieren derzeit mehr als 5000 chinesische Studenten.",
            [("edu.students_cn_in_by", "Belarus-China", "2020-08", 5000.0, "count")],
        ),
        # ... and a Belarusian firm's money is no count of students
        ("Weißrussische Firmen kauften in China Technik für 40 Millionen Dollar.", []),
    ],
)
def test_older_adjective_of_belarus(text: str, expected: list[tuple]) -> None:
    series = news_series(f"MINSK, 20. August (BelTA) – {text}", "2020-08-20")
    found = [(p.indicator, p.entity, p.as_of, p.value, p.unit) for p in series.itertuples()]
    assert sorted(found) == sorted(expected)


# --- 4. persons studying in China as the counterpart of Chinese students in Belarus ----------

CN_IN_BY = "An belarussischen Hochschulen studieren derzeit rund 2500 chinesische Studenten. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the real wording's shape (its sentence before names 2000, read as a year: another
        # matter, of the dating of text/, so the tests name 2500)
        (
            CN_IN_BY
            + "Auch in China würden sich im Moment mehr als 500 junge Menschen ausgebildet.",
            True,
        ),
        (CN_IN_BY + "Umgekehrt lernen in China etwa 500 junge Leute.", True),
        (
            CN_IN_BY
            + "Im Gegenzug studieren an chinesischen Hochschulen mehr als 500 Jugendliche.",
            True,
        ),
        (CN_IN_BY + "In China wiederum werden über 500 junge Menschen ausgebildet.", True),
        (
            "In Belarus sind über 2500 chinesische Studierende eingeschrieben, und auch in "
            "China studieren inzwischen mehr als 500 junge Leute.",
            True,
        ),
        # counter-examples: no counterpart before, no study, the Chinese themselves
        ("In China studieren auch mehr als 40 Millionen junge Menschen.", False),
        (CN_IN_BY + "Auch in China besuchten 500 junge Menschen das Festival.", False),
        (CN_IN_BY + "In China studieren mehr als 500 junge Menschen.", False),
        (CN_IN_BY + "Auch in China lernen mehr als 500 chinesische Jugendliche Russisch.", False),
        (CN_IN_BY + "Auch in China haben 500 junge Menschen ihr Studium begonnen.", False),
    ],
)
def test_counterpart_of_chinese_students_in_belarus(text: str, found: bool) -> None:
    series = news_series(f"MINSK, 22. März (BelTA) – {text}", "2017-03-22")
    by_in_cn = series[series.indicator == "edu.students_by_in_cn"]
    expected = [("2017-03", 500.0)] if found else []
    assert list(zip(by_in_cn.as_of, by_in_cn.value, strict=True)) == expected
    assert list(series[series.indicator == "edu.students_cn_in_by"].value) == [2500.0] * (
        "2500" in text
    )


# --- 4b. a year's digits after a qualifier are a figure, no year of the sentences after -------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("An belarussischen Hochschulen sind über 2000 chinesische Studenten immatrikuliert.", []),
        ("Im Park arbeiten mehr als 2010 Beschäftigte.", []),
        ("Rund 2000 Fachkräfte wurden geschult.", []),
        ("Fast 2020 Container fuhren über die Route.", []),
        ("Nicht weniger als 2000 Studierende nahmen teil.", []),
        # counter-examples: years
        ("Im Jahr 2000 studierten dort 300 Studenten.", ["2000"]),
        ("Der Handel wuchs 2010 um 5 Prozent.", ["2010"]),
        ("Bis 2020 soll der Handel auf 5 Mrd. Dollar wachsen.", ["2020"]),
        ("Über das Jahr 2019 hinaus gilt das Abkommen.", ["2019"]),
        ("Das Programm läuft bis zu 2024.", ["2024"]),
    ],
)
def test_year_digits_after_a_qualifier_are_no_year(text: str, years: list[str]) -> None:
    from bycn.text.dates import find_dates

    assert [m.value for m in find_dates(text, 2017)] == years


def test_count_like_a_year_dates_no_sentence_after() -> None:
    text = (
        "Dass an belarussischen Hochschulen über 2000 chinesische Studenten immatrikuliert "
        "seien, bewerte der Botschafter als wichtig. Auch in China werden mehr als 500 junge "
        "Menschen ausgebildet."
    )
    series = news_series(f"MINSK, 22. März (BelTA) – {text}", "2017-03-22")
    assert sorted(zip(series.indicator, series.as_of, series.value, strict=True)) == [
        ("edu.students_by_in_cn", "2017-03", 500.0),
        ("edu.students_cn_in_by", "2017-03", 2000.0),
    ]


# --- 2b. a comment set between two commas inside the clause: who told it, what a name is called


def investment_points(text: str) -> list[tuple[str, str, float]]:
    series = news_series(f"MINSK, 20. August (BelTA) – {text}", "2020-08-20")
    return sorted(zip(series.indicator, series.as_of, series.value, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording's shape: what the project is called in English, set in
        (
            "Laut einem Investitionsmonitor haben chinesische Investoren seit dem Start der "
            "Belt and Road Initiative (BRI), wie das Seidenstraßenprojekt im Englischen "
            "genannt wird, bisher schon 1,6 Milliarden US-Dollar in Weißrussland investiert.",
            [("trade.chinese_investment", "2020-08", 1.6e9)],
        ),
        (
            "Chinesische Investoren haben, so der Minister, bisher 1,6 Milliarden US-Dollar "
            "in Belarus investiert.",
            [("trade.chinese_investment", "2020-08", 1.6e9)],
        ),
        (
            "Chinesische Investoren haben, wie BelTA berichtet, bisher 1,6 Milliarden "
            "US-Dollar in Belarus investiert.",
            [("trade.chinese_investment", "2020-08", 1.6e9)],
        ),
        (
            "Die chinesischen Investitionen in Belarus erreichten, laut Angaben des "
            "Wirtschaftsministeriums, im vergangenen Jahr 300 Millionen Dollar.",
            [("trade.chinese_investment", "2019", 3e8)],
        ),
        (
            "Der Handel zwischen Belarus und China ist, wie das Ministerium mitteilte, im "
            "ersten Halbjahr auf 2 Mrd. Dollar gestiegen.",
            [("trade.turnover", "2020-H1", 2e9)],
        ),
        (
            "Die chinesischen Investitionen in Belarus erreichten, so Botschafter Xie "
            "Xiaoyong, im vergangenen Jahr 300 Millionen Dollar.",
            [("trade.chinese_investment", "2019", 3e8)],
        ),
        # counter-examples: a consecutive clause, and a comment that ends one clause before
        # another (the figure's clause opens after "und")
        (
            "Der Handel zwischen Belarus und China wuchs, so dass die Exporte 2 Mrd. Dollar "
            "erreichten.",
            [],
        ),
        (
            "Chinesische Investoren kamen nach Minsk, wie BelTA berichtet, und die Firma "
            "verkaufte Waren für 5 Mio. Dollar.",
            [],
        ),
    ],
)
def test_comment_set_in_a_clause(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert investment_points(text) == expected


# --- 3. the park's investment said with no word of declaring or making -----------------------


def park_points(text: str, date: str = "2025-08-29") -> list[tuple[str, float, str]]:
    series = news_series(f"MINSK, 29. August (BelTA) – {text}", date)
    return sorted(zip(series.indicator, series.value, series.unit, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real wording
        (
            "Seinen Worten zufolge unterstützte der Vorsitzende der Volksrepublik China diesen "
            "Ansatz, und jetzt gibt es in „Great Stone“ Unternehmen mit fortschrittlichen "
            "Technologien und Investitionen in Höhe von bereits fast $2 Mrd.",
            [("park.investment_actual", 2e9, "USD")],
        ),
        (
            "Die Investitionen in den Industriepark Great Stone belaufen sich inzwischen auf "
            "fast 2 Mrd. Dollar.",
            [("park.investment_actual", 2e9, "USD")],
        ),
        (
            "Der Industriepark Great Stone hat bereits Investitionen von fast 2 Mrd. Dollar "
            "angezogen.",
            [("park.investment_actual", 2e9, "USD")],
        ),
        (
            "Great Stone zog bislang Investitionen in Höhe von fast 2 Milliarden US-Dollar an.",
            [("park.investment_actual", 2e9, "USD")],
        ),
        (
            "Im Park Great Stone stecken heute Investitionen von fast 2 Mrd. Dollar.",
            [("park.investment_actual", 2e9, "USD")],
        ),
        # counter-examples: declared (its own indicator), Chinese investment in the country,
        # each firm's size, one firm's
        (
            "Im Industriepark Great Stone haben Residenten Investitionen in Höhe von 500 Mio. "
            "Dollar angekündigt.",
            [("park.investment_declared", 5e8, "USD")],
        ),
        (
            "Der Industriepark Great Stone wächst. Chinesische Investitionen in Belarus "
            "erreichten im vergangenen Jahr 2 Mrd. Dollar.",
            [("trade.chinese_investment", 2e9, "USD")],
        ),
        (
            "Im Industriepark Great Stone sind Unternehmen mit Investitionen von jeweils mehr "
            "als 5 Mio. Dollar tätig.",
            [],
        ),
        (
            "Im Industriepark Great Stone hat das Unternehmen Investitionen in Höhe von 27 Mio. "
            "Euro getätigt.",
            [],
        ),
        (
            "Der Industriepark bietet Vorzugsbedingungen für Investitionsprojekte mit "
            "Investitionen von mehr als 50 Millionen Dollar.",
            [],
        ),
    ],
)
def test_park_investment_without_a_word_of_declaring(text: str, expected: list) -> None:
    assert park_points(text) == sorted(expected)


# --- 6. one firm's investment and a share of its goods by market are no park sums ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Unternehmen investiert laut Angaben des Industrieparks 27 Millionen Euro.", []),
        (
            "Der österreichische Konzern hat im Industriepark Great Stone 27 Mio. Euro investiert.",
            [],
        ),
        (
            "Ein chinesischer Hersteller investierte im Park 40 Millionen Dollar in eine neue "
            "Fabrik.",
            [],
        ),
        ("Die Firma investiert im Industriepark Great Stone rund 30 Mio. Dollar.", []),
        # the park's sum stays one
        (
            "Die Residenten des Industrieparks Great Stone haben insgesamt 1,3 Mrd. Dollar "
            "investiert.",
            [("park.investment_actual", 1.3e9, "USD")],
        ),
        (
            "In den Industriepark Great Stone wurden bislang 1,3 Mrd. Dollar investiert.",
            [("park.investment_actual", 1.3e9, "USD")],
        ),
        # a share of the goods by where they go
        (
            "Im Industriepark Great Stone wird ein neues Werk gebaut. Der Hersteller wird dort "
            "Platten herstellen, größtenteils für den Inlandsmarkt (ca. 80%) sowie für den "
            "Export nach Russland und Polen.",
            [],
        ),
        (
            "Im Industriepark Great Stone wird ein neues Werk gebaut. Rund 80 Prozent der "
            "Produktion gehen in den Export nach Europa.",
            [],
        ),
        (
            "Im Industriepark Great Stone wird ein neues Werk gebaut. Die Platten sind zu 80 "
            "Prozent für den Export in die EU bestimmt.",
            [],
        ),
        (
            "Im Industriepark Great Stone wird ein neues Werk gebaut. Die Erzeugnisse gehen in "
            "den Export nach Russland (20 %) und auf den Binnenmarkt (80 %).",
            [],
        ),
        # the residents' export growth stays one
        (
            "Die Residenten des Industrieparks Great Stone steigerten ihre Exporte um 30 Prozent.",
            [("park.exports", 30.0, "percent")],
        ),
    ],
)
def test_one_firm_and_share_by_market(text: str, expected: list) -> None:
    assert park_points(text, "2017-06-15") == sorted(expected)


# --- 5. "ihre Zahl" after the noun its sentence names, no count before it ---------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Es wurden gemeinsame Strukturen in Bildung und Forschung geschaffen, ihre Zahl ist "
            "in den letzten Jahren von 9 auf 20 gestiegen.",
            [("9", "Strukturen"), ("20", "Strukturen")],
        ),
        ("Die Labore der Universität wachsen, ihre Zahl liegt bei 12.", [("12", "Labore")]),
        (
            "Es gibt gemeinsame Programme mit China, deren Zahl auf 40 gewachsen ist.",
            [("40", "Programme")],
        ),
        (
            "Mit chinesischen Hochschulen wurden Partnerschaften geschlossen, ihre Zahl liegt "
            "bei 35.",
            [("35", "Partnerschaften")],
        ),
        # a count before names what it counts, as before
        (
            "Mehr als 30 Labore wurden gegründet, ihre Zahl soll auf 50 steigen.",
            [("Mehr als 30 Labore", "Labore"), ("50", "Labore")],
        ),
        # counter-example: no noun before it in its sentence, no figure
        ("In den letzten Jahren ist ihre Zahl auf 20 gestiegen.", []),
    ],
)
def test_their_number_counts_the_noun_named_before(text: str, figures: list) -> None:
    import bycn

    parsed = bycn.parse_text(f"MINSK, 14. Oktober (BelTA) – {text}", doc="n", meta={})
    assert list(zip(parsed.figures.text, parsed.figures.item, strict=True)) == figures


STRUCTURES_20 = [("edu.joint_structures", "Belarus-China", "2025-10", 20.0, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus und China arbeiten eng zusammen. Es wurden gemeinsame Strukturen in "
            "Bildung und Forschung geschaffen, ihre Zahl ist in den letzten Jahren von 9 auf 20 "
            "gestiegen.",
            STRUCTURES_20,
        ),
        (
            "Belarus und China haben gemeinsame Bildungsstrukturen aufgebaut; deren Zahl liegt "
            "heute bei 20.",
            STRUCTURES_20,
        ),
        (
            "Die belarussischen und chinesischen Hochschulen haben gemeinsame Strukturen in "
            "Wissenschaft und Lehre gegründet, ihre Zahl wuchs auf 20.",
            STRUCTURES_20,
        ),
        (
            "Gemeinsame Strukturen in Bildung und Forschung mit China entstehen an vielen "
            "Universitäten, inzwischen ist ihre Zahl auf 20 gestiegen.",
            STRUCTURES_20,
        ),
        (
            "Mit China wurden gemeinsame Wissenschaftsstrukturen geschaffen, ihre Anzahl hat "
            "sich von 9 auf 20 erhöht.",
            STRUCTURES_20,
        ),
        # counter-examples: projects, structures of administration, no noun before
        ("Mit China wurden gemeinsame Projekte geschaffen, ihre Zahl ist auf 20 gestiegen.", []),
        (
            "Die Zahl der Abkommen mit China wächst, es wurden neue Strukturen in der "
            "Verwaltung geschaffen, ihre Zahl stieg auf 20.",
            [],
        ),
        (
            "Belarus und China arbeiten eng zusammen. In den letzten Jahren ist ihre Zahl auf 20 "
            "gestiegen.",
            [],
        ),
    ],
)
def test_joint_structures_counted_by_their_number(text: str, expected: list) -> None:
    series = news_series(f"MINSK, 14. Oktober (BelTA) – {text}", "2025-10-14")
    found = [(p.indicator, p.entity, p.as_of, p.value, p.unit) for p in series.itertuples()]
    assert found == expected


def test_a_total_in_the_paragraph_of_a_period_is_of_that_period() -> None:
    # "insgesamt" in the paragraph that names a period sums that period: no span to now
    text = EIGHT_MONTHS.rstrip() + " Insgesamt investierte China 500 Millionen Dollar in Belarus."
    assert points(text) == sorted([TURNOVER, investment(5e8, "2018-01/2018-08", "text")])
