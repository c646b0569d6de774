"""Relative dates resolved against the text's own date: a month since which, with its
year written relative to the text's, and a year's end or middle told as past."""

import pytest

from bycn.text.dates import find_dates


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # A month since which, with its year written relative to the text's: from that
        # month to the text's date.
        (
            "Seit Januar dieses Jahres wurden Waren für 20 Mio. Dollar geliefert.",
            "2024-05-18",
            ["2024-01/2024-05"],
        ),
        ("seit März des laufenden Jahres kamen 4 Residenten hinzu", "2024-07", ["2024-03/2024-07"]),
        (
            "Seit September vergangenen Jahres wurden 12 Verträge geschlossen.",
            "2024-02-01",
            ["2023-09/2024-02"],
        ),
        ("seit Oktober des Vorjahres", "2024-02", ["2023-10/2024-02"]),
        ("seit Mai 2024", "2024-05-30", ["2024-05"]),
        # Counter-examples: a month after the text's; an earlier year in digits (a
        # comparison's base: "der höchste Stand seit März 2022"); no date to end at.
        ("seit Oktober dieses Jahres", "2024-05", []),
        ("Das ist der höchste Stand seit März 2022.", "2024-05", []),
        ("Seit Januar dieses Jahres kamen fünf hinzu.", None, []),
    ],
)
def test_since_a_month_of_a_year_named_runs_to_the_texts_date(text, reference, expected):
    assert [m.value for m in find_dates(text, reference)] == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # The year's end or middle told as past, in a text of a month before it: the year
        # before's (in January, "zum Jahresende" that is over is last December).
        ("Zum Jahresende waren im Park 137 Residenten registriert.", "2024-01-18", ["2023-12"]),
        ("Ende des Jahres zählte der Park 137 Residenten.", "2024-03", ["2023-12"]),
        ("Bis zum Jahresende ist die Zahl auf 137 gestiegen.", "2024-02-02", ["2023-12"]),
        ("Mitte des Jahres betrug der Umsatz 2 Mrd. Dollar.", "2024-04", ["2023-06"]),
        # Counter-examples: a plan or the future (this year's end); the present; a text of
        # December; a past told of the year's start.
        ("Bis zum Jahresende sollen 150 Residenten im Park arbeiten.", "2024-01-18", ["2024-12"]),
        ("Zum Jahresende wird die Zahl auf 150 steigen.", "2024-01-18", ["2024-12"]),
        ("Bis Ende des Jahres rechnet der Park mit 150 Residenten.", "2024-01-18", ["2024-12"]),
        ("Zum Jahresende waren es 137.", "2024-12-28", ["2024-12"]),
        ("Zu Jahresbeginn waren es 137.", "2024-03", ["2024-01"]),
    ],
)
def test_a_years_end_told_as_past_before_it_is_the_year_befores(text, reference, expected):
    assert [m.value for m in find_dates(text, reference)] == expected
