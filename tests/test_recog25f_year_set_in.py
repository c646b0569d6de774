"""A period without a year in a sentence set in a year named before it ("Im Jahr 2025 hatten
die Lieferungen nach China im ersten Halbjahr erst 1,4 Milliarden Dollar erreicht") is of that
year, not of the text's. Texts of our own in the style of BelTA's reports; counter-examples:
a year that is a thing's attribute ("Der 2012 gegründete Park"), a year of a plan ahead, a
year after "seit".
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.text.dates import find_dates

points = points_of("as_of value", date="2026-10-21", only="trade.exports")

_OPENING = "MINSK, 21. Oktober (BelTA) – Der Handel mit China wächst weiter.\n\n"


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Im Jahr 2025 hatten die Lieferungen nach China im ersten Halbjahr erst 1,4 "
            "Milliarden Dollar erreicht, im zweiten Halbjahr zogen sie deutlich an.",
            "2025-H1",
        ),
        (
            "2025 hatten die Exporte nach China im ersten Quartal erst 400 Millionen Dollar "
            "erreicht.",
            "2025-Q1",
        ),
        (
            "Im Jahre 2024 waren die Ausfuhren nach China im dritten Quartal auf 700 Millionen "
            "Dollar gestiegen.",
            "2024-Q3",
        ),
        (
            "Im Gesamtjahr 2025 lagen die Exporte nach China im ersten Halbjahr bei 1,4 "
            "Milliarden Dollar.",
            "2025-H1",
        ),
        (
            "Für das Jahr 2025 meldete das Zollkomitee im zweiten Halbjahr Exporte nach China "
            "von 1,6 Milliarden Dollar.",
            "2025-H2",
        ),
    ],
)
def test_the_period_is_of_the_year_named(text: str, as_of: str) -> None:
    assert [p[0] for p in points(_OPENING + text)] == [as_of]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Der 2012 gegründete Park hat im ersten Halbjahr neun Residenten registriert.", "2026-H1"),
        (
            "Bis 2030 sollen die Exporte verdoppelt werden, im ersten Halbjahr stiegen sie um "
            "5 Prozent.",
            "2026-H1",
        ),
        ("Seit 2015 wächst der Handel, im ersten Halbjahr um 5 Prozent.", "2026-H1"),
        ("Mehr als 2025 Betriebe exportierten im ersten Halbjahr nach China.", "2026-H1"),
    ],
)
def test_the_period_keeps_the_text_s_year(text: str, value: str) -> None:
    halves = [m.value for m in find_dates(text, "2026-10-21") if "H" in m.value]
    assert halves == [value]
