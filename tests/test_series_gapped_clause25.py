"""A second clause that shares the first's subject and verb, saying only its own period
and figure (gapped: "Der Handel stieg 2023 um 12 Prozent, in den ersten neun Monaten 2024
um 8 Prozent"), is a point of the first clause's indicator, of its own period. Texts of our
own in the style of BelTA's trade reports; counter-examples where the first clause names no
indicator, or the second a subject of its own, or says its figure otherwise.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator as_of value", date="2024-10-15")

_OPENING = "MINSK, 15. Oktober (BelTA) – "


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "Der Handel zwischen Belarus und China stieg 2023 um 12 Prozent, in den ersten "
            "neun Monaten 2024 um 8 Prozent.",
            ("trade.turnover", "2024-01/2024-09", 8.0),
        ),
        (
            "Der Warenumsatz zwischen Belarus und China wuchs im Jahr 2023 um 12 Prozent, im "
            "ersten Halbjahr 2024 um weitere 8 Prozent.",
            ("trade.turnover", "2024-H1", 8.0),
        ),
        (
            "Der belarussisch-chinesische Handel legte 2023 um 12 Prozent zu, von Januar bis "
            "September 2024 um 8 Prozent.",
            ("trade.turnover", "2024-01/2024-09", 8.0),
        ),
        (
            "Der Handel zwischen Belarus und China stieg 2023 um 12 Prozent, im Januar-August "
            "2024 um 8 Prozent.",
            ("trade.turnover", "2024-01/2024-08", 8.0),
        ),
        (
            "Die Exporte von Lebensmitteln nach China stiegen 2023 um 40 Prozent, in den "
            "ersten neun Monaten 2024 um 8 Prozent.",
            ("trade.food_exports", "2024-01/2024-09", 8.0),
        ),
    ],
)
def test_a_gapped_clause_is_of_the_first_clauses_indicator(text: str, point: tuple) -> None:
    found = points(_OPENING + text)
    assert point in found
    assert point[0] in [p[0] for p in found if p[1] == "2023"]  # the first clause's too


@pytest.mark.parametrize(
    "text",
    [
        # the first clause names no indicator
        "Die Industrieproduktion stieg 2023 um 12 Prozent, in den ersten neun Monaten 2024 "
        "um 8 Prozent.",
        # a subject of its own in the second clause
        "Der Handel zwischen Belarus und China stieg 2023 um 12 Prozent, in den ersten neun "
        "Monaten die Produktion um 8 Prozent.",
        # the first clause says a level ("8,4 Mrd."), the second a change with a noun
        "Der Handel zwischen Belarus und China erreichte 2023 8,4 Mrd. US-Dollar, in den "
        "ersten neun Monaten 2024 um 8 Prozent mehr Waren.",
    ],
)
def test_no_gapped_clause_no_point(text: str) -> None:
    assert 8.0 not in [p[2] for p in points(_OPENING + text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Der Handel zwischen Belarus und China stieg im Jahr 2023 um 12 Prozent und in den "
            "ersten neun Monaten 2024 um 8 Prozent.",
            ("trade.turnover", "2023", 12.0),
            ("trade.turnover", "2024-01/2024-09", 8.0),
        ),
        (
            "Der Warenumsatz zwischen Belarus und China wuchs 2023 um 12 Prozent und im ersten "
            "Halbjahr 2024 um weitere 8 Prozent.",
            ("trade.turnover", "2023", 12.0),
            ("trade.turnover", "2024-H1", 8.0),
        ),
        (
            "Die Exporte nach China stiegen 2023 um 12 Prozent und von Januar bis August 2024 "
            "um 8 Prozent.",
            ("trade.exports", "2023", 12.0),
            ("trade.exports", "2024-01/2024-08", 8.0),
        ),
    ],
)
def test_a_date_after_und_opens_the_next_part(text: str, first: tuple, second: tuple) -> None:
    # the date right after "und" is the second figure's, not the first's before it
    found = points(_OPENING + text)
    assert first in found
    assert second in found


def test_a_date_right_after_its_figure_stays_its_own() -> None:
    text = (
        "Der Handel zwischen Belarus und China stieg um das 1,6-fache in den ersten fünf "
        "Monaten 2023."
    )
    assert points(_OPENING + text) == [("trade.turnover", "2023-01/2023-05", 1.6)]
