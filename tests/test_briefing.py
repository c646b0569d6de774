"""Briefing helpers: key figures, duplicates, caveats, escaping, number formats en/de."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from bycn.report import briefing
from bycn.report.briefing import (
    caveats,
    filter_period,
    find_conflicts,
    format_date,
    format_number,
    format_value,
    header,
    key_figures,
    key_figures_table,
    narrative,
    sources,
)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def pt(
    indicator: str,
    value: float,
    as_of: str,
    line: int,
    footnote: int | None,
    *,
    unit: str = "count",
    qualifier: str = "exact",
    status: str = "actual",
    entity: str = "Great Stone",
    sentence: str = "Satz.",
    title: str = "Quelle",
) -> dict:
    return {
        "indicator": indicator,
        "entity": entity,
        "as_of": as_of,
        "status": status,
        "value": float(value),
        "unit": unit,
        "qualifier": qualifier,
        "figure_id": f"t:{line}:1",
        "line": line,
        "source_url": f"https://x.by/{footnote}",
        "sentence": sentence,
        "footnote": footnote,
        "source_title": title,
        "source_year": 2022,
        "article": "A",
        "text": str(value),
    }


def points(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows).astype({"footnote": "Int64", "source_year": "Int64"})


RESIDENTS = points(
    [
        pt("park.residents", 81, "2021-11", 49, None),
        pt("park.residents", 85, "2021-12", 866, 36),
        pt("park.residents", 85, "2021-12", 2010, 83),
        pt("park.residents", 100, "2022-12", 2010, 84, sentence=f"Die Marke von 100 {SCRIPT}."),
        pt("park.residents", 19, "2022-12", 2057, 86, sentence=f"Insgesamt 19 Einwohner {IMG}."),
        pt("park.residents", 170, "2025", 31, 1, qualifier="at_least", status="target"),
    ]
)


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "en", "de"),
    [
        (730.6e6, "USD", "exact", "USD 730.6 m", "730,6 Mio. USD"),
        (1.24e9, "USD", "exact", "USD 1.24 bn", "1,24 Mrd. USD"),
        (1800, "count", "more_than", "more than 1,800", "mehr als 1.800"),
        (1234.5, "count", "exact", "1,234.5", "1.234,5"),
        (16, "percent", "more_than", "more than 16%", "mehr als 16 %"),
        (2.5, "times", "almost", "almost 2.5×", "fast 2,5-fach"),
        (222.6e6, "BYN", "about", "about BYN 222.6 m", "etwa 222,6 Mio. BYN"),
        (86, "ordinal", "exact", "No. 86", "Nr. 86"),
    ],
)
def test_format_value(value: float, unit: str, qualifier: str, en: str, de: str) -> None:
    assert format_value(value, unit, qualifier, "en") == en
    assert format_value(value, unit, qualifier, "de") == de


def test_format_number_and_date() -> None:
    assert format_number(1234567.891, "en", 2) == "1,234,567.89"
    assert format_number(1234567.891, "de", 2) == "1.234.567,89"
    assert format_number(3.0, "de", 1) == "3,0"
    assert format_date("2021-12", "de") == "Dezember 2021"
    assert format_date("2022-Q1", "en") == "Q1 2022"
    assert format_date("2021-01/2021-05", "de") == "Januar–Mai 2021"
    assert format_date("", "en") == "undated"


def test_same_fact_quoted_twice_shows_once_and_cites_both() -> None:
    table = key_figures(RESIDENTS[RESIDENTS["as_of"] != "2022-12"], language="en")
    row = table[(table["indicator"] == "park.residents") & (table["status"] == "actual")].iloc[0]
    assert row["latest"] == "85 [36, 83]"
    assert row["latest_as_of"] == "December 2021"
    assert row["previous"] == "81 [line 49]"
    assert row["change"] == "+4 (+4.9%)"
    html = key_figures_table(RESIDENTS, language="de").data
    assert html.count("85 [36, 83]") == 1


def test_targets_are_their_own_row() -> None:
    table = key_figures(RESIDENTS, language="en")
    target = table[table["status"] == "target"].iloc[0]
    assert target["label"].endswith("(target)")
    assert target["latest"] == "at least 170 [1]"


def test_disagreeing_values_for_one_date_are_a_caveat() -> None:
    conflicts = find_conflicts(RESIDENTS)
    assert len(conflicts) == 1
    assert {conflicts[0].first.value, conflicts[0].second.value} == {100.0, 19.0}
    table = key_figures(RESIDENTS, language="en")
    row = table[(table["indicator"] == "park.residents") & (table["status"] == "actual")].iloc[0]
    assert "100 [84]" in row["latest"] and "19 [86]" in row["latest"]  # both, not a pick
    text = caveats(RESIDENTS, language="en").data
    assert "Die Marke von 100" in text and "Insgesamt 19 Einwohner" in text
    assert "[84]" in text and "[86]" in text


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (
            pt("park.residents", 100, "2023", 1, 1, qualifier="more_than"),
            pt("park.residents", 107, "2023", 2, 2),
            False,
        ),  # "more than 100" allows 107
        (
            pt("park.residents", 100, "2022", 1, 1),
            pt("park.residents", 19, "2022-12", 2, 2),
            True,
        ),  # a stock: same year end
        (
            pt("trade.turnover", 6e9, "2022", 1, 1, unit="USD", entity="Belarus-China"),
            pt("trade.turnover", 1.2e9, "2022-12", 2, 2, unit="USD", entity="Belarus-China"),
            False,
        ),  # a flow: a year is no month
        (
            pt("park.residents", 85, "2021-12", 1, 1, unit="ordinal"),
            pt("park.residents", 99, "2021-12", 2, 2, unit="ordinal"),
            False,
        ),  # ordinals never clash
        (
            pt("park.residents", 100, "2022-12", 1, 1),
            pt("park.residents", 19, "2022-12", 2, 2, status="target"),
            False,
        ),  # actual only
    ],
)
def test_conflict_rules(a: dict, b: dict, conflict: bool) -> None:
    assert bool(find_conflicts(points([a, b]))) is conflict


def test_source_text_is_escaped_everywhere() -> None:
    rows = points(
        [
            pt(
                "park.residents",
                100,
                "2022-12",
                2010,
                84,
                sentence=f"Satz {SCRIPT} {IMG}",
                title=f"Titel {SCRIPT}",
            ),
            pt("park.residents", 19, "2022-12", 2057, 86, sentence=f"Satz {IMG}", title=IMG),
        ]
    )
    rows.loc[1, "source_url"] = "javascript:alert(1)"
    rendered = (
        caveats(rows).data
        + sources(rows).data
        + key_figures_table(rows).data
        + header("park_investment", "x<script>.txt", rows).data
    )
    for raw in (SCRIPT, IMG, "<img", "<script"):
        assert raw not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert 'href="javascript' not in rendered
    assert 'href="https://x.by/84"' in rendered


def test_sources_list_every_footnote_used_with_its_url() -> None:
    text = sources(RESIDENTS, language="en").data
    for number in (1, 36, 83, 84, 86):
        assert f"[{number}]" in text and f"https://x.by/{number}" in text


def test_filter_period() -> None:
    kept = filter_period(RESIDENTS, 2022, 2022)
    assert set(kept["as_of"]) == {"2022-12", "2025"}  # targets look ahead
    assert len(filter_period(RESIDENTS, None, None)) == len(RESIDENTS)
    assert set(filter_period(RESIDENTS, None, 2021)["as_of"]) == {"2021-11", "2021-12", "2025"}


def test_header_names_title_period_build_date_and_corpus() -> None:
    text = header(
        "park_investment",
        Path("/x/corpus.de.txt"),
        RESIDENTS,
        2021,
        2022,
        "de",
        built=dt.date(2024, 5, 1),
    ).data
    for part in ("Der Industriepark Großer Stein", "2021–2022", "2024-05-01", "corpus.de.txt"):
        assert part in text


def test_narrative_fills_numbers_from_the_data_and_skips_what_it_lacks() -> None:
    rows = RESIDENTS[RESIDENTS["as_of"] != "2022-12"]
    text = narrative("park_investment", rows, "en").data
    assert "85 [36, 83] residents" in text and "at least 170 [1]" in text
    assert "{" not in text and "jobs" not in text  # no job figures: that sentence is left out
    assert "85 [36, 83] Residenten" in narrative("park_investment", rows, "de").data


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        briefing.texts("fr")


@pytest.fixture(scope="module")
def park(corpus_path) -> briefing.Briefing:
    return briefing.prepare("park_investment", corpus=corpus_path, language="de")


def test_prepare_on_the_corpus(park: briefing.Briefing, corpus_path) -> None:
    assert park.points["indicator"].str.startswith("park.").all()
    table = park.key_figures()
    assert {"park.residents", "park.investment_declared", "park.jobs"} <= set(table["indicator"])
    assert "Kennzahlen" in park.key_figures_table().data
    no_targets = briefing.prepare("park_investment", corpus=corpus_path, include_targets=False)
    assert (no_targets.points["status"] == "actual").all()
    minsk = briefing.prepare("trade", corpus=corpus_path, region="Minsk")
    regional = minsk.points[minsk.points["indicator"] == "trade.regional"]
    assert set(regional["entity"]) == {"Minsk"}
