"""Dates and periods in German, resolved to as_of strings."""

from __future__ import annotations

import pytest

import bycn
from bycn.text.dates import find_dates


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Ende 2021", None, ["2021-12"]),
        ("Mitte April 2022", None, ["2022-04"]),
        ("bis Anfang 2022", None, ["2022-01"]),
        ("im ersten Quartal 2022", None, ["2022-Q1"]),
        ("nach den Ergebnissen des ersten Quartals 2022", None, ["2022-Q1"]),
        ("von Januar bis Mai dieses [2021] Jahres", None, ["2021-01/2021-05"]),
        ("im Zeitraum Januar-November letzten Jahres [2021]", None, ["2021-01/2021-11"]),
        ("in den ersten drei Quartalen dieses Jahres", 2021, ["2021-01/2021-09"]),
        ("im vergangenen Jahr", 2023, ["2022"]),
        # Two months joined by "und": the two together when they follow each other.
        ("Im Januar und Februar 2024 stiegen die Lieferungen", None, ["2024-01/2024-02"]),
        ("im März und April dieses Jahres", 2024, ["2024-03/2024-04"]),
        ("im Januar und Februar", "2024-05-10", ["2024-01/2024-02"]),
        ("im Januar und März 2024", None, ["2024-03"]),  # not one period
        # The year after the reference: a plan's ("soll im nächsten Jahr ... erreichen").
        ("im nächsten Jahr", "2024-07-03", ["2025"]),
        ("im kommenden Jahr", 2024, ["2025"]),
        ("bis Ende des nächsten Jahres", 2024, ["2025-12"]),
        ("Anfang kommenden Jahres", 2024, ["2025-01"]),
        ("in den nächsten Jahren", 2024, []),  # no one year
        ("im nächsten Jahr", None, []),  # of an undated text: unknown
        # "im Vorjahr" with no year or "Jahr" beside it, and at a sentence's start.
        ("Der Export stieg im Vorjahr um 5 Prozent.", 2019, ["2018"]),
        ("Im Vorjahr zählte der Park 85 Einwohner.", 2019, ["2018"]),
        # The same period a year before, not the year: of the period named before it.
        ("im Vorjahreszeitraum", 2019, [""]),
        ("im ersten Halbjahr 2021 (im Vorjahreszeitraum: 12)", None, ["2021-H1", "2020-H1"]),
        # A comparison's baseline is not the figure's date; a deadline is.
        ("20 Prozent mehr als im Vorjahr", 2019, []),
        ("um 12 Prozent höher als 2018", 2019, []),
        ("nicht später als 2025", 2019, ["2025"]),
        ("im Mai 2022", None, ["2022-05"]),
        ("in den letzten Tagen des Jahres 2022", None, ["2022-12"]),
        ("für 2021-2025", None, ["2021/2025"]),
        ("um 17 Prozent im Vergleich zu 2020", None, []),
        ("dieses Jahres", None, []),
        ("Anfang dieses Monats", 2022, []),
        ("Fünf Monate dieses Jahres", 2023, ["2023-01/2023-05"]),
        ("in diesem Jahr", 2023, ["2023"]),
        ("in der ersten Hälfte des Jahres 2023", None, ["2023-H1"]),
        ("in der zweiten Jahreshälfte 2022", None, ["2022-H2"]),
        ("in der ersten Jahreshälfte", "2019-08-06", ["2019-H1"]),
        ("in der ersten Hälfte des Monats Mai 2023", None, ["2023-05"]),  # a month's half
        ("Seit Jahresbeginn wurden Waren exportiert", "2024-08-10", ["2024-01/2024-08"]),
        ("seit Anfang dieses Jahres", "2024-01-10", ["2024-01"]),
        ("seit Jahresbeginn", None, []),  # the year so far of an undated text: unknown
        # Since a month of the text's year (or the year before, if it is later in the year).
        ("Seit Januar wurden 20 Unternehmen registriert", "2023-05-18", ["2023-01/2023-05"]),
        ("seit Mai", "2023-05-18", ["2023-05"]),
        ("seit Oktober", "2024-02-10", ["2023-10/2024-02"]),
        ("seit Januar", None, []),
        ("seit Januar 2023", "2023-05-18", ["2023-01/2023-05"]),  # as "seit Anfang 2023"
        ("seit Januar 2022", "2023-05-18", []),  # an earlier year's: as "seit 2022"
        ("seit Beginn des Jahres 2023", "2024-08-10", []),  # a baseline, as "seit 2023"
        # The year's parts without a year are of the reference's year.
        ("Bis Ende des Jahres sollen 20 Betriebe folgen", "2023-11-14", ["2023-12"]),
        ("Mitte des Jahres", 2023, ["2023-06"]),
        ("zum Jahresende", 2023, ["2023-12"]),
        ("Jahresende 2021", None, ["2021-12"]),
        ("Legende 2021", None, ["2021"]),  # "ende" inside a word is no part of a year
        # Years back from the reference.
        ("Vor fünf Jahren waren es 3.000", "2023-09-01", ["2018"]),
        ("vor einem Jahr", 2023, ["2022"]),
        ("vor 3 Jahren", 2023, ["2020"]),
        ("vor fünf Jahren", None, []),
        ("doppelt so viel wie vor zwei Jahren", 2023, []),  # a baseline
        ("doppelt so viele wie 2022", 2023, []),
        # Spans of years in words; two years joined by "und" stay two.
        ("von 2016 bis 2020", None, ["2016/2020"]),
        ("zwischen 2018 und 2022", None, ["2018/2022"]),
        ("2022 und 2023", None, ["2022", "2023"]),
        ("bis 2025", None, ["2025"]),
        # Halves in figures, relative years and "now" in other words, a day's month.
        ("im 1. Halbjahr 2023", None, ["2023-H1"]),
        ("im II. Halbjahr", "2023-11-14", ["2023-H2"]),
        ("im vorigen Jahr, letztes Jahr", 2023, ["2022", "2022"]),
        # "mittlerweile" names no time: a mention without a value (the source's date).
        ("aktuell sind es, mittlerweile; die aktuelle Lage", "2023-11-14", ["2023-11", ""]),
        ("zum 1. Juli", "2023-11-14", ["2023-07"]),
        ("Stand: 1.10.2023; am 01.07.2022", None, ["2023-10", "2022-07"]),
        ("per 1. Juli 2023", None, ["2023-07"]),
        # An academic or financial year is one period.
        ("im Studienjahr 2023/2024", None, ["2023/2024"]),
        ("im Studienjahr 2022/23", None, ["2022/2023"]),
        (
            "Januar bis Mai 2021, im gleichen Zeitraum des Vorjahres",
            None,
            ["2021-01/2021-05", "2020-01/2020-05"],
        ),
        # The period named before, whichever pattern found it; a comparison names none.
        (
            "im ersten Halbjahr 2023 und im gleichen Zeitraum des Vorjahres",
            None,
            ["2023-H1", "2022-H1"],
        ),
        ("im ersten Quartal stieg er, im selben Zeitraum sank er", 2023, ["2023-Q1", "2023-Q1"]),
        (
            "im Januar-August, im gleichen Zeitraum des Vorjahres, im genannten Zeitraum",
            "2023-09-05",
            ["2023-01/2023-08", "2022-01/2022-08", "2023-01/2023-08"],
        ),
        ("im gleichen Zeitraum 2022; in diesem Zeitraum des Jahres 2021", None, ["2022", "2021"]),
        (
            "2022 waren es 16.000, im Jahr davor 15.183, vor Jahresfrist",
            None,
            ["2022", "2021", "2021"],
        ),
        (
            "im Mai 2023 und ein Jahr zuvor; doppelt so viel wie ein Jahr zuvor",
            None,
            ["2023-05", "2022-05"],
        ),
        # Months cut short, as a table's header writes them.
        ("Jan.-Aug. 2023", None, ["2023-01/2023-08"]),
        ("Sept. 2023; Nov. bis Dez. 2022", None, ["2023-09", "2022-11/2022-12"]),
        ("Jana 2023", None, ["2023"]),
        # Nothing named before it in the text: the caller looks in the sentences before.
        ("In diesem Zeitraum kamen 6 hinzu", 2023, [""]),
        # Agencies' forms of a year's first months: a slash, "innerhalb", "beiden".
        ("Die Ausfuhr stieg im März/Juni um 7 Prozent", "2021-08-02", ["2021-03/2021-06"]),
        ("Januar/Mai 2020 und Februar/April", 2022, ["2020-01/2020-05", "2022-02/2022-04"]),
        ("Innerhalb von sieben Monaten exportierte Grodno", "2024-08", ["2024-01/2024-07"]),
        ("innerhalb der ersten zehn Monate", "2023-11", ["2023-01/2023-10"]),
        ("in den ersten beiden Monaten des Jahres 2022", None, ["2022-01/2022-02"]),
        ("In den ersten beiden Monaten lieferte Mogiljow", "2025-03", ["2025-01/2025-02"]),
        # The year an editor adds in brackets, as BelTA does.
        ("Zum Ende des Jahres (2023 - Anm. d. Red.) will der Park", 2022, ["2023-12"]),
        # A comparison's base, however far its words reach back, dates nothing.
        ("ein Plus von 12 % gegenüber dem gleichen Zeitraum des Jahres 2019", 2020, []),
        ("45 Prozent mehr als im selben Zeitraum im Jahr 2022", 2023, []),
        ("im Vergleich mit dem Jahr 2018", 2019, []),
        ("Im gleichen Zeitraum des Jahres 2018 waren es 40", None, ["2018"]),
    ],
)
def test_find_dates(text, reference, expected):
    assert [m.value for m in find_dates(text, reference)] == expected


def test_figures_take_the_nearest_date_of_their_sentence(corpus):
    figures = corpus.figures.set_index("line")
    assert figures.loc[866, "as_of"] == "2021-12"  # Ende 2021 85 Einwohner
    assert figures.loc[801, "as_of"] == "2022-Q1"
    assert figures.loc[913, "as_of"] == "2022-03"  # der 86. Bewohner ... im März 2022
    # "im gleichen Zeitraum des letzten Jahres": the period named before, a year earlier.
    assert figures.loc[368, "as_of"] == "2020-01/2020-05"
    # A date right after the figure belongs to it: "um das 1,6-fache in den ersten fünf Monaten".
    assert figures.loc[2791, "as_of"].tolist() == ["2022", "2023-01/2023-05"]
    # "Zum Vergleich: Ende 2021 ..." is a baseline; the 99th resident follows the end of 2022.
    assert figures.loc[2012, "as_of"] == "2022-12"


def _first_characters(items) -> set[str] | None:
    """The characters a match of the parsed regex ``items`` can start with; None: any."""
    from re import _constants as c

    found: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is c.LITERAL:
            return found | {chr(av)}
        if op is c.IN:
            chars = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE:
                    chars |= {chr(x) for x in range(a[0], a[1] + 1)}
                else:
                    return None  # a category or a negated class: too many to list
            return found | chars
        if op is c.BRANCH:
            for alternative in av[1]:
                first = _first_characters(alternative.data)
                if first is None:
                    return None
                found |= first
            return found
        if op is c.SUBPATTERN:
            first = _first_characters(av[3].data)
            return None if first is None else found | first
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, item = av
            first = _first_characters(item.data)
            if first is None:
                return None
            found |= first
            if low > 0:
                return found
            continue  # optional: the match may start with what follows
        return None
    return None  # the pattern may match the empty string


def test_each_date_pattern_is_led_by_every_character_it_can_start_with():
    """A pattern led by a test of its first character finds what it found without."""
    import re
    from re import _parser

    from bycn.text.datepatterns import PATTERNS

    led = re.compile(r"\(\?=\[(?P<first>[^\]]*)\]\)")
    for kind, _, pattern in PATTERNS:
        lead = led.match(pattern.pattern)
        if lead is None:
            continue
        allowed = re.compile(f"[{lead['first']}]")
        first = _first_characters(_parser.parse(pattern.pattern[lead.end() :]).data)
        assert first is not None, kind
        assert all(allowed.fullmatch(ch) for ch in first), (kind, sorted(first))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Leute kamen jederzeit, heute mehr", [(27, 32, "2019-08")]),
        ("Heute_x und heute", [(12, 17, "2019-08")]),
        ("Derzeitig 5, zurzeit 6, Inzwischen7", [(13, 20, "2019-08")]),
        ("Im ersten Quartal des Vorjahres", [(0, 31, "2018-Q1")]),
        ("Im ersten Quartal stieg er gegenüber dem Vorjahr", [(0, 17, "2019-Q1")]),
    ],
)
def test_now_opens_a_word_and_a_quarter_takes_the_year_right_after(text, expected):
    found = [(m.start, m.end, m.value) for m in find_dates(text, "2019-08-06")]
    assert found == expected


def test_no_date_anchor_word_ends_with_the_start_of_another():
    """The anchor scan consumes each anchor it finds: it may miss none that a text holds.

    It would miss one only where an anchor begins inside another or one is a prefix of
    another.
    """
    from bycn.text.datepatterns import FAMILY_OF

    words = list(FAMILY_OF)
    for a in words:
        for b in words:
            tails = [a[i:] for i in range(1, len(a))]
            assert not any(b.startswith(tail) or tail.startswith(b) for tail in tails), (a, b)
            assert a == b or not b.startswith(a), (a, b)


_MANY_DATES = [
    "im Januar-August des Vorjahres, Mitte 2020 und heute",
    "seit Jahresbeginn 2021–2023 im gleichen Zeitraum des letzten Jahres",
    "in den ersten fünf Monaten dieses Jahres, im dritten Quartal, in der Jahreshälfte",
    "Ende März, derzeit, im Vorjahr, inzwischen, das 1.Quartal 2021",
    "Zurzeit, aktuell, mittlerweile: zwischen 2019 und 2021, vor fünf Jahren, zum 1. Juli",
    "Bis Jahresende, vor einem Jahr, 2022/23 und 2016 bis 2020, im 1. Halbjahr",
    "Stand: 1.10.2023 und 01.07.2022",
    "Im ersten Quartal 9 Prozent mehr als im gleichen Zeitraum des Vorjahres, im Vorjahr 5",
    "Ende des Jahres 2021 und im Jahr 20192020, Mitte 201920 und 2019-2020",
    "im ersten Halbjahr 2021 (im Vorjahreszeitraum: 12), in der zweiten Jahreshälfte 2020",
    "Im ersten Quartal, im zweiten Quartal und im Halbjahr, in den ersten zwei Quartalen",
    "in den ersten fünf Monaten, in der ersten Jahreshälfte und im gleichen Zeitraum des Jahres",
    "Im genannten Zeitraum, in diesem Zeitraum 2021, im selben Zeitraum des Vorjahres, 2022",
    "Jan.-Aug. 2023, Sept. 2022, Sep. 2021 und im Mär. sowie Jul.-Dez. 2020 oder Juli 2019",
]


@pytest.mark.parametrize("text", _MANY_DATES)
def test_the_anchor_scan_skips_no_pattern_that_matches(text):
    """Every pattern that matches a text is among those its anchor families let through."""
    from bycn.text.datepatterns import PATTERNS, candidates, families_of

    allowed = candidates(families_of(text))
    for pattern in PATTERNS:
        if pattern[2].search(text):
            assert pattern in allowed, pattern[0]


@pytest.mark.parametrize("text", _MANY_DATES)
def test_each_match_holds_an_anchor_of_its_families(text):
    """What lets find_dates pass over a pattern whose anchors all lie in spans taken."""
    from bycn.text.datepatterns import ANCHORED, ENDS_WITH, PATTERNS, families_of

    for kind, _, pattern in PATTERNS:
        for match in pattern.finditer(text):
            assert families_of(match[0]) & ANCHORED[kind], (kind, match[0])
            # ... and where find_dates stops searching: after the last word it ends with.
            assert match[0].endswith(ENDS_WITH.get(kind, ("",))), (kind, match[0])


@pytest.mark.parametrize("text", _MANY_DATES)
@pytest.mark.parametrize("reference", [None, 2021, "2020-02-10"])
def test_passing_over_patterns_with_every_anchor_taken_changes_no_date(
    text, reference, monkeypatch
):
    from bycn.text import dates

    found = dates.find_dates(text, reference)
    # "now" marks a pattern never passed over: every pattern is tried.
    monkeypatch.setattr(dates, "ANCHORED", dict.fromkeys(dates.ANCHORED, frozenset({"now"})))
    assert dates.find_dates(text, reference) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Q1 2023 und Q3/2022, Q2-2021", ["2023-Q1", "2022-Q3", "2021-Q2"]),
        ("Qualität 2023", ["2023"]),  # no quarter inside a word
        # Words of "now": the reference's month, or none (the source's date) for those
        # that name no time; none at all where they stand with a date.
        ("Heute 7, bisher 8, bislang 9, bereits 10", ["2023-10", "", "", ""]),
        ("Bereits 2019 und bereits im Oktober 2022", ["2019", "2022-10"]),
        ("Mitte April 2022 waren bereits 89 registriert, derzeit 98", ["2022-04", "2023-10"]),
        ("Von April 2020 bis heute", ["2020-04", "2023-10"]),
        # A comparison's base is no date.
        ("das 1,6-fache des Vorjahreszeitraums", []),
        ("das Doppelte des Vorjahres", []),
        ("das Niveau des Jahres 2019", []),
        ("verglichen mit dem Jahr 2020", []),
        ("im Vergleich mit dem gleichen Zeitraum des Vorjahres", []),
        ("ein Plus von 5 Prozent zum Vorjahreszeitraum", []),
        # ... but a date right after a multiple, and the same period a year before, are.
        ("um das 1,8-fache im Jahr 2022", ["2022"]),
        ("der Wert des Vorjahreswertes des Vorjahres", ["2022"]),
    ],
)
def test_quarters_words_of_now_and_comparison_bases(text, expected):
    assert [m.value for m in find_dates(text, "2023-10-05")] == expected


def test_the_same_period_a_year_before_in_one_word():
    found = find_dates("Im ersten Halbjahr 2023, im Vorjahreshalbjahr und Vorjahresquartals", None)
    assert [(m.value, m.shift) for m in found] == [
        ("2023-H1", None),
        ("2022-H1", -1),
        ("2022-H1", -1),
    ]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Since the start of the text's own year named: from January to the text's date,
        # as "seit Jahresbeginn".
        ("Seit Anfang 2022 kamen fünf neue Residenten hinzu.", "2022-05-17", ["2022-01/2022-05"]),
        ("seit Beginn des Jahres 2022 wurden 40 Verträge", "2022-03", ["2022-01/2022-03"]),
        ("Seit Anfang 2023 sind es 12.", "2023-01-20", ["2023-01"]),
        # A past start after "ab" is a start: the period runs from it to the text's date.
        ("Ab Anfang 2017 warb der Park 17 Firmen an.", "2018-01-16", ["2017-01/2018-01"]),
        ("Ab Beginn 2019 kamen 40 Firmen hinzu.", "2020-06", ["2019-01/2020-06"]),
        # Counter-examples: since an earlier year, a comparison's base, as "seit 2015"; after
        # "ab", a plan's start, its month, and a start of a text whose month is unknown too;
        # in a text without a date, "seit" names no period it could end.
        ("Seit Anfang 2021 wuchs der Export um 40 Prozent.", "2022-05", []),
        ("Seit 2015 wuchs der Export um 40 Prozent.", "2022-05", []),
        ("Ab Anfang 2026 sollen es 20 sein.", "2025-05", ["2026-01"]),
        ("Ab Anfang 2017 warb der Park 17 Firmen an.", 2018, ["2017-01"]),
        ("Seit Anfang 2022 kamen fünf hinzu.", None, []),
    ],
)
def test_since_the_start_of_the_texts_year_runs_to_its_date(text, reference, expected):
    assert [m.value for m in find_dates(text, reference)] == expected


def test_after_ab_the_period_leaves_a_plans_word_before_it():
    """ "ab" stays before the date, where the figures' plan rule (PLAN_BEFORE) looks."""
    text = "Ab Anfang 2026 sollen es 20 sein."
    (mention,) = find_dates(text, "2025-05")
    assert text[mention.start : mention.end] == "Anfang 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "zum Jahr 2020" names its year as "im Jahr 2020" does: one date, right after a figure.
        ("auf 35 im Jahr 2018 und auf 60-70 zum Jahr 2020 erhöhen", ["2018", "2020"]),
        ("Bis zum Jahre 2025 sollen es 170 sein", ["2025"]),
        # a comparison's base stays none
        ("um 20 Prozent im Vergleich zum Jahr 2021", []),
    ],
)
def test_zum_jahr_is_part_of_its_years_date(text, expected):
    found = find_dates(text, "2018-01-16")
    assert [m.value for m in found] == expected
    if expected:  # the date begins at "zum"/"im", so that the figure before it is next to it
        assert text[found[-1].start :].startswith("zum Jahr")


def test_a_figure_right_before_zum_jahr_takes_its_year():
    text = (
        "MINSK, 16. Januar 2018 (BelTA) – Der Park will die Zahl der Residenten auf 35 im Jahr "
        "2018 und auf 60-70 zum Jahr 2020 erhöhen.\n"
    )
    frame = bycn.parse_text(text).figures
    assert dict(zip(frame.text, frame.as_of, strict=True)) == {
        "35": "2018",
        "60": "2020",
        "70": "2020",
    }
