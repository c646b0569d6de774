"""Round L (real set g's misses), each as a family of wordings with counter-examples
(indicators.md; figures.md). Texts of our own in the style of BelTA releases of the
statistics committee, Xinhua and CRI reports and embassy statements:

- a value with last year's value beside it in brackets ("65 Unternehmen (55 - im
  Vorjahr)", "(Vorjahr: 55)", "(im Vorjahr 55)", "(55 im Vorjahreszeitraum)"): the bracket's
  date is its value's, neither the figure's nor the next sentences'; a release's "am Ende
  des Berichtszeitraums", "im Berichtszeitraum" is the period its lead names.
"""

from __future__ import annotations

import pytest

import bycn
from bycn.indicators.series import load_series

Point = tuple[str, str, str, float, str]

RESIDENTS, JOBS, REVENUE = "park.residents", "park.jobs", "park.revenue"
GS = "Great Stone"


def points(text: str, date: str = "2020-11-17") -> list[Point]:
    """(indicator, entity, as_of, value, unit) of each point of a text of ``date``."""
    series = load_series(bycn.parse_text(text, doc="text", meta={"date": date}))
    return sorted((p.indicator, p.entity, p.as_of, p.value, p.unit) for p in series.itertuples())


# ---------------------------------------------------------------------------------------
# 2. Last year's value in brackets; the release's period by "Berichtszeitraum"
# ---------------------------------------------------------------------------------------

LEAD = (
    "MINSK, 17. November (BelTA) – Der Erlös der Residenten des Industrieparks „Great "
    "Stone“ ist im Januar/September 2020 auf 126 Mio. US-Dollar gestiegen. "
)
# A count at the end of the nine months, or over them (the readings take either).
NINE_MONTHS = ("2020-09", "2020-01/2020-09")


def of_nine_months(found: list[Point], indicator: str, value: float) -> bool:
    """Whether ``found`` holds the point of ``indicator`` and ``value``, dated by the lead's
    nine months, and no other of that value."""
    dates = [p[2] for p in found if p[0] == indicator and p[3] == value]
    return len(dates) == 1 and dates[0] in NINE_MONTHS


@pytest.mark.parametrize(
    "bracket",
    [
        "(55 - im Vorjahr)",  # the miss
        "(Vorjahr: 55)",
        "(im Vorjahr 55)",
        "(im Vorjahr: 55 Unternehmen)",
        "(55 im Vorjahreszeitraum)",
        "(55 im gleichen Zeitraum des Vorjahres)",
        "(2019: 55)",
    ],
)
def test_a_bracketed_base_dates_its_own_value(bracket: str) -> None:
    text = LEAD + f"Die Zahl der Residenten des Industrieparks lag bei 65 Unternehmen {bracket}."
    assert of_nine_months(points(text), RESIDENTS, 65.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die durchschnittliche Zahl der Beschäftigten betrug 970 (596 - im Vorjahr).",
        "Im Park arbeiteten 970 Beschäftigte (Vorjahr: 596).",
        "Die Zahl der Arbeitsplätze im Park erreichte 970 (im Vorjahreszeitraum 596).",
    ],
)
def test_jobs_beside_last_years_jobs(sentence: str) -> None:
    assert of_nine_months(points(LEAD + sentence), JOBS, 970.0)


def test_the_bracket_dates_no_sentence_after_it() -> None:
    text = (
        LEAD + "Die Zahl der Residenten stieg auf 65 Unternehmen (55 - im Vorjahr). "
        "Die durchschnittliche Zahl der Beschäftigten betrug 970."
    )
    found = points(text)
    assert of_nine_months(found, JOBS, 970.0) and of_nine_months(found, RESIDENTS, 65.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Anzahl der ansässigen Unternehmen lag am Ende des Berichtszeitraums bei 65.",
        "Zum Ende des Berichtszeitraums waren im Park 65 Unternehmen registriert.",
        "Im Berichtszeitraum zählte der Park 65 Residenten.",
        "In der Berichtsperiode waren 65 Residenten im Industriepark tätig.",
        "Während des Berichtszeitraums stieg die Zahl der Residenten auf 65.",
    ],
)
def test_the_report_period_is_the_leads(sentence: str) -> None:
    # paragraphs of their own, one naming no date between the lead and the reference
    text = LEAD + "\n\nDie Exporte der Residenten wuchsen ebenfalls.\n\n" + sentence
    assert of_nine_months(points(text), RESIDENTS, 65.0)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # a gloss with no value of its own still dates its figure
        (LEAD + "Im Park sind 65 Unternehmen registriert (Stand: Oktober 2020).", "2020-10"),
        # a year in brackets with no value beside it dates the figure
        ("Die Zahl der Residenten des Industrieparks stieg auf 65 (im Jahr 2019).", "2019"),
        # no period named before: "im Berichtszeitraum" dates nothing, the text's date holds
        ("Im Berichtszeitraum zählte der Industriepark Great Stone 65 Residenten.", "2020-11"),
    ],
)
def test_counter_examples_of_the_bracket_and_the_report(text: str, as_of: str) -> None:
    assert [p[2] for p in points(text) if p[3] == 65.0] == [as_of]
