"""Dating of points (round 23, dating14): a stock's level reached within a quarter or a
half year is at the period's last month; a sub-period told as a part of the period before
(``Allein im vierten Quartal``) is not the period of later facts; a comparison with a
whole year (``ein Plus von 27 Prozent gegenüber 2024``) dates its figure to the year after;
a flow told in the past carries the period of its entity's facts before it.

Texts of our own in the style of BelTA's and the regional executive committees' releases;
each family with counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

_LEVEL = "MINSK, 15. Juli (BelTA) – {} {}"


def _point(series, indicator: str, value: float) -> tuple[str, str]:
    """(as_of, dated_by) of the one point of ``indicator`` with ``value``."""
    rows = series[(series["indicator"] == indicator) & (series["value"] == value)]
    assert len(rows) == 1, series[["indicator", "as_of", "value"]]
    return rows["as_of"].iloc[0], rows["dated_by"].iloc[0]


@pytest.mark.parametrize(
    ("opening", "level", "value", "as_of"),
    [
        (
            "Im ersten Halbjahr 2026 hat der Industriepark Großer Stein neun neue Residenten "
            "registriert.",
            "Damit ist die Gesamtzahl der Residenten auf 151 gestiegen.",
            151.0,
            "2026-06",
        ),
        (
            "Im ersten Quartal 2026 kamen im Industriepark Großer Stein sieben neue Residenten "
            "hinzu.",
            "Die Zahl der Residenten des Parks erhöhte sich damit auf 149.",
            149.0,
            "2026-03",
        ),
        (
            "Im zweiten Halbjahr 2025 ließen sich im Industriepark Großer Stein zwölf neue "
            "Residenten nieder.",
            "Insgesamt zählte der Park damit 142 Residenten.",
            142.0,
            "2025-12",
        ),
        (
            "Im dritten Quartal 2025 registrierte der Industriepark Großer Stein fünf neue "
            "Residenten.",
            "So wuchs die Zahl der Parkbewohner auf 137.",
            137.0,
            "2025-09",
        ),
        (
            "In den ersten sechs Monaten 2026 wurden im Industriepark Großer Stein neun neue "
            "Residenten registriert.",
            "Damit stieg die Zahl der Residenten auf 151.",
            151.0,
            "2026-06",
        ),
    ],
)
def test_a_level_reached_within_a_quarter_or_half_year_is_at_its_end(
    opening: str, level: str, value: float, as_of: str
) -> None:
    series = news_series(_LEVEL.format(opening, level), "2026-07-15")
    assert _point(series, "park.residents", value) == (as_of, "text")


def test_the_new_residents_of_a_half_year_stay_a_flow_of_it() -> None:
    # counter-example: the count within the half year is a sum over it, not a level
    text = _LEVEL.format(
        "Im ersten Halbjahr 2026 hat der Industriepark Großer Stein neun neue Residenten "
        "registriert.",
        "Damit ist die Gesamtzahl der Residenten auf 151 gestiegen.",
    )
    series = news_series(text, "2026-07-15")
    assert _point(series, "park.new_residents", 9.0) == ("2026-H1", "text")


def test_a_level_of_a_year_over_stays_the_year() -> None:
    # counter-example: a year is no quarter or half year; its level keeps the year
    text = _LEVEL.format(
        "Im Jahr 2025 hat der Industriepark Großer Stein 21 neue Residenten registriert.",
        "Damit ist die Gesamtzahl der Residenten auf 142 gestiegen.",
    )
    series = news_series(text, "2026-07-15")
    assert _point(series, "park.residents", 142.0) == ("2025", "text")


_REGION = """Gebiet Mogiljow baut Handel mit China aus

Mogiljow, 11. August. Um 14,8 Prozent hat das Gebiet Mogiljow im ersten Halbjahr seinen \
Warenumsatz mit China ausgeweitet. Er erreichte 203,5 Millionen Dollar, teilte das \
Gebietsexekutivkomitee mit.

{} Im Vorjahreszeitraum waren es 71 Millionen.
"""


@pytest.mark.parametrize(
    "exports",
    [
        "Die Ausfuhren nach China summierten sich auf 88,2 Millionen Dollar.",
        "Die Exporte nach China addierten sich auf 88,2 Millionen Dollar.",
        "Die Lieferungen nach China bezifferten sich auf 88,2 Millionen Dollar.",
        "Die Ausfuhren des Gebiets nach China kletterten auf 88,2 Millionen Dollar.",
        "Auf 88,2 Millionen Dollar summierte sich der Export nach China.",
        "Bei den Ausfuhren nach China verbuchte das Gebiet 88,2 Millionen Dollar.",
    ],
)
def test_a_flow_told_in_the_past_carries_its_entitys_period_across_a_paragraph(
    exports: str,
) -> None:
    series = news_series(_REGION.format(exports), "2025-08-11")
    assert _point(series, "trade.regional", 88.2e6) == ("2025-H1", "text")
    # the year before, of the period carried, not of the document's month
    assert _point(series, "trade.regional", 71e6) == ("2024-H1", "text")


@pytest.mark.parametrize(
    "exports",
    [
        # counter-examples: a sum told in the present is of the text's month, as is one of
        # another region than the period's facts
        "Die Ausfuhren nach China summieren sich auf 88,2 Millionen Dollar.",
        "Die Ausfuhren des Gebiets Gomel nach China summierten sich auf 88,2 Millionen Dollar.",
    ],
)
def test_a_flow_in_the_present_or_of_another_region_keeps_the_documents_month(
    exports: str,
) -> None:
    series = news_series(_REGION.format(exports), "2025-08-11")
    rows = series[series["value"] == 88.2e6]
    assert list(zip(rows["as_of"], rows["dated_by"], strict=True)) == [("2025-08", "document")]
