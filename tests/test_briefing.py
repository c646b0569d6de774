"""Briefing parts: key figures, duplicates, caveats, escaping, Babel formats en/de, evidence."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from bycn.indicators.stored import with_documents
from bycn.report import briefing
from bycn.report.briefing import Briefing, filter_period
from bycn.report.facts import facts, find_conflicts
from bycn.report.formatting import format_number, format_period, format_value, texts

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
    text: str = "",
    doc: str = "corpus",
) -> dict:
    return {
        "indicator": indicator,
        "entity": entity,
        "as_of": as_of,
        "status": status,
        "value": float(value),
        "unit": unit,
        "qualifier": qualifier,
        "figure_id": f"{doc}:{line}:1",
        "line": line,
        "source_url": f"https://x.by/{footnote}",
        "sentence": sentence,
        "footnote": footnote,
        "source_title": title,
        "source_year": 2022,
        "article": "A",
        "text": text,
        "doc": doc,
    }


def points(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows).astype({"footnote": "Int64", "source_year": "Int64"})


def plain(text: str) -> str:
    """Babel's no-break spaces as spaces, tags removed: the text a reader sees."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text.replace("\xa0", " ")))


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


def make(rows: pd.DataFrame, name: str = "park_investment", language: str = "en", **kw) -> Briefing:
    return Briefing.of(name, rows, language=language, built=dt.date(2024, 5, 1), **kw)


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "en", "de"),
    [
        (730.6e6, "USD", "exact", "USD 730.6 m", "730,6 Mio. USD"),
        (1.24e9, "USD", "exact", "USD 1.24 bn", "1,24 Mrd. USD"),
        (1800, "count", "more_than", "more than 1,800", "mehr als 1.800"),
        (1234.5, "count", "exact", "1,234.5", "1.234,5"),
        (16, "percent", "more_than", "more than 16%", "mehr als 16 %"),
        # 10.1 is 10.099999999999999 once divided by 100: no binary noise may show.
        (10.1, "percent", "exact", "10.1%", "10,1 %"),
        (14.8, "percent", "exact", "14.8%", "14,8 %"),
        (2.5, "times", "almost", "almost 2.5×", "fast 2,5-fach"),
        (222.6e6, "BYN", "about", "about BYN 222.6 m", "etwa 222,6 Mio. BYN"),
        (86, "ordinal", "exact", "No. 86", "Nr. 86"),
    ],
)
def test_format_value(value: float, unit: str, qualifier: str, en: str, de: str) -> None:
    assert plain(format_value(value, unit, qualifier, "en")) == en
    assert plain(format_value(value, unit, qualifier, "de")) == de


def test_format_number_and_period() -> None:
    assert format_number(1234567.891, "en", 2) == "1,234,567.89"
    assert format_number(1234567.891, "de", 2) == "1.234.567,89"
    assert format_period("2021-12", "de") == "Dezember 2021"
    assert format_period("2022-Q1", "en") == "Q1 2022"
    assert format_period("2021-01/2021-05", "de") == "Januar–Mai 2021"
    assert format_period("2023-01/2023-05", "en", short=True) == "Jan–May 2023"
    assert format_period("", "en") == "undated"


def test_same_fact_quoted_twice_shows_once_and_cites_both() -> None:
    b = make(RESIDENTS[RESIDENTS["as_of"] != "2022-12"])
    table = b.key_figures()
    row = table[(table["indicator"] == "park.residents") & (table["status"] == "actual")].iloc[0]
    assert row["latest"] == "85 [36, 83]"
    assert row["latest_as_of"] == "December 2021"
    assert row["previous"] == "81 [D1]"
    assert plain(row["change"]) == "+4 (+4.9%)"
    html = plain(make(RESIDENTS, language="de").key_figures_table().data)
    assert html.count("85 [36, 83]") == 1


def test_the_same_fact_from_two_documents_shows_once_citing_both() -> None:
    rows = points(
        [
            pt("park.jobs", 1800, "2022", 5, 7, doc="a"),
            pt("park.jobs", 1800, "2022", 9, None, doc="b"),
        ]
    )
    b = make(rows)
    assert len(b.facts) == 1 and b.facts[0].docs == ("a", "b")
    cell = plain(b.key_figures_table().data)
    assert cell.count("1,800") == 1 and "[7, D1]" in cell
    assert 'id="doc-b"' in b.sources().data


def test_two_documents_that_disagree_are_a_caveat_naming_both() -> None:
    rows = points(
        [
            pt("park.jobs", 1800, "2022", 5, 7, doc="agency-report"),
            pt("park.jobs", 900, "2022", 9, 8, doc="ministry-statement"),
        ]
    )
    text = make(rows).caveats().data
    assert "agency-report" in text and "ministry-statement" in text


def test_targets_are_their_own_row() -> None:
    table = make(RESIDENTS).key_figures()
    target = table[table["status"] == "target"].iloc[0]
    assert target["label"].endswith("(target)")
    assert target["latest"] == "at least 170 [1]"


def test_disagreeing_values_for_one_date_are_a_caveat() -> None:
    b = make(RESIDENTS)
    assert len(b.conflicts) == 1
    assert {f.value for f in b.conflicts[0].facts} == {100.0, 19.0}
    table = b.key_figures()
    row = table[(table["indicator"] == "park.residents") & (table["status"] == "actual")].iloc[0]
    assert "100 [84]" in row["latest"] and "19 [86]" in row["latest"]  # both, not a pick
    text = b.caveats().data
    assert "Die Marke von 100" in text and "Insgesamt 19 Einwohner" in text
    assert 'href="#fn-84"' in text and 'href="#fn-86"' in text


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
            pt("trade.turnover", 1.2e9, "2022-Q4", 2, 2, unit="USD", entity="Belarus-China"),
            False,
        ),  # a flow: a year is no quarter
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
        (
            pt("park.investment_declared", 1.3e9, "2023", 1, 1, unit="USD", text="1,3 Milliarden"),
            pt("park.investment_declared", 1.34e9, "2023", 2, 2, unit="USD", text="1,34 Mrd."),
            False,
        ),  # 1,3 bn is 1.34 bn rounded to the decimal written
        (
            pt("park.investment_declared", 1.3e9, "2023", 1, 1, unit="USD", text="1,3 Milliarden"),
            pt("park.investment_declared", 1.36e9, "2023", 2, 2, unit="USD", text="1,36 Mrd."),
            True,
        ),  # but 1.36 bn rounds to 1,4
        (
            pt("park.residents", 100, "2023", 1, 1, text="100"),
            pt("park.residents", 101, "2023", 2, 2, text="101"),
            True,
        ),  # whole numbers are taken as written
    ],
)
def test_conflict_rules(a: dict, b: dict, conflict: bool) -> None:
    assert bool(find_conflicts(facts(points([a, b])))) is conflict


def test_a_flow_dated_by_the_end_of_a_year_is_that_year() -> None:
    sentence = "Die Länder haben Ende 2022 ein Rekordvolumen von 5,8 Mrd. Dollar erreicht."
    rows = points(
        [
            pt(
                "trade.turnover",
                6e9,
                "2021",
                1,
                31,
                unit="USD",
                entity="Belarus-China",
                qualifier="almost",
            ),
            pt(
                "trade.turnover",
                5.8e9,
                "2022-12",
                2,
                111,
                unit="USD",
                entity="Belarus-China",
                sentence=sentence,
                text="5,8 Mrd. Dollar",
            ),
        ]
    )
    b = make(rows, name="trade")
    row = b.key_figures().iloc[-1]
    assert (row["latest_as_of"], row["previous_as_of"]) == ("2022", "2021")
    text = plain(b.narrative().data)
    assert "In 2022 trade turnover" in text and "USD 5.8 bn [111]" in text
    assert "after almost USD 6 bn [31] in 2021" in text
    assert "December" not in text + plain(b.key_figures_table().data)
    evidence = b.evidence_appendix().data
    assert "<mark>5,8 Mrd. Dollar</mark>" in evidence and "whole year 2022" in evidence
    # A stock at the end of a year stays at its month.
    assert make(RESIDENTS).key_figures().iloc[0]["latest_as_of"] == "December 2022"


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
    b = make(rows, corpus="x<script>.txt")
    rendered = "".join(
        part.data
        for part in (
            b.caveats(),
            b.sources(),
            b.key_figures_table(),
            b.header(),
            b.narrative(),
            b.evidence_appendix(),
        )
    )
    for raw in (SCRIPT, IMG, "<img", "<script"):
        assert raw not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert 'href="javascript' not in rendered
    assert 'href="https://x.by/84"' in rendered


def test_sources_list_every_footnote_used_with_its_url_and_say_which_are_missing() -> None:
    rows = pd.concat([RESIDENTS, points([pt("park.jobs", 900, "2022", 70, 95, title="")])])
    rows.loc[rows["footnote"] == 95, "source_url"] = ""
    text = make(rows).sources().data
    for number in (1, 36, 83, 84, 86):
        assert f'id="fn-{number}">[{number}]' in text and f"https://x.by/{number}" in text
    assert "footnote 95 is missing from the source text" in text
    assert "Fußnote 95 fehlt im Quelltext" in make(rows, language="de").sources().data


def test_filter_period() -> None:
    kept = filter_period(RESIDENTS, 2022, 2022)
    assert set(kept["as_of"]) == {"2022-12", "2025"}  # targets look ahead
    assert len(filter_period(RESIDENTS, None, None)) == len(RESIDENTS)
    assert set(filter_period(RESIDENTS, None, 2021)["as_of"]) == {"2021-11", "2021-12", "2025"}


def test_header_names_title_period_build_date_corpus_and_documents() -> None:
    text = plain(
        make(RESIDENTS, language="de", corpus="/x/corpus.de.txt", start=2021, end=2022)
        .header()
        .data
    )
    for part in (
        "Der Industriepark Großer Stein",
        "2021–2022",
        "1. Mai 2024",
        "corpus.de.txt",
        "1 Dokument, datiert 2022",
    ):
        assert part in text, part
    text = plain(make(RESIDENTS, corpus="c.txt").header().data)
    assert "May 1, 2024" in text and "2021–2022" in text  # targets do not stretch the period


def test_a_start_after_every_value_says_so_instead_of_none() -> None:
    b = make(filter_period(RESIDENTS, 2100, None), start=2100)
    text = plain(b.header().data)
    assert "None" not in text and "no values from 2100 on" in text


def test_narrative_is_sentences_with_linked_numbers_and_skips_what_it_lacks() -> None:
    rows = RESIDENTS[RESIDENTS["as_of"] != "2022-12"]
    text = plain(make(rows).narrative().data)
    assert "As of December 2021, Great Stone counted 85 [36, 83] residents" in text
    assert "after 81 [D1] as of November 2021" in text
    assert "The goal is at least 170 [1] residents by 2025." in text
    assert "{" not in text and "jobs" not in text  # no job figures: that sentence is left out
    assert "85 [36, 83] Residenten" in plain(make(rows, language="de").narrative().data)


def test_entity_labels_are_german_in_german_briefings() -> None:
    rows = points(
        [
            pt("trade.regional", 1e8, "2021", 5, 25, unit="USD", entity="Gomel region"),
            pt("trade.regional", 2e8, "2021", 6, 26, unit="USD", entity="Minsk"),
        ]
    )
    assert "Gebiet Gomel" in make(rows, name="trade", language="de").key_figures_table().data
    assert "Gomel region" in make(rows, name="trade", language="en").key_figures_table().data


def test_every_number_links_to_its_evidence_and_every_link_resolves() -> None:
    b = make(RESIDENTS)
    parts = [
        b.header(),
        b.key_figures_table(),
        b.narrative(),
        b.chart("park.residents"),  # as in the notebooks: the charts before the sources
        b.caveats(),
        b.sources(),
        b.evidence_appendix(),
    ]
    page = "".join(p.data for p in parts if p is not None)
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', page)
    assert links and all(link in ids for link in links), set(links) - ids
    # In the key figures, every number (a value or a change) links to its evidence entry.
    table = b.key_figures_table().data
    cells = re.findall(r'<td class="num">(.*?)</td>', table, re.S)
    numbers = [c for c in cells if re.search(r"\d", c)]
    assert len(numbers) >= 3
    for cell in numbers:
        assert re.search(r'<a href="#ev-\d+"', cell), cell


def test_the_evidence_quotes_the_german_sentence_with_the_figure_marked() -> None:
    rows = points(
        [
            pt(
                "park.jobs",
                1800,
                "",
                5,
                7,
                sentence="Es gibt mehr als 1800 Jobs.",
                text="mehr als 1800",
            )
        ]
    )
    text = make(rows, language="de").evidence_appendix().data
    assert "<h2" in text and "Belege" in text
    assert "Es gibt <mark>mehr als 1800</mark> Jobs." in text
    assert 'href="#fn-7"' in text and "https://x.by/7" in text
    assert "Datiert nach seiner Quelle (Datum der Fußnote): 2022" in text  # no date in the text


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language 'fr' is not known"):
        texts("fr")


@pytest.fixture(scope="module")
def park(corpus_path) -> briefing.Briefing:
    return briefing.prepare("park_investment", corpus=str(corpus_path), language="de")


def test_prepare_on_the_corpus(park: briefing.Briefing, corpus_path) -> None:
    assert park.points["indicator"].str.startswith("park.").all()
    table = park.key_figures()
    assert {"park.residents", "park.investment_declared", "park.jobs"} <= set(table["indicator"])
    assert "Kennzahlen" in park.key_figures_table().data
    no_targets = briefing.prepare("park_investment", corpus=str(corpus_path), include_targets=False)
    assert (no_targets.points["status"] == "actual").all()
    minsk = briefing.prepare("trade", corpus=str(corpus_path), region="Minsk")
    regional = minsk.points[minsk.points["indicator"] == "trade.regional"]
    assert set(regional["entity"]) == {"Minsk"}


def test_the_2022_trade_turnover_reads_2022_on_the_corpus(corpus_path) -> None:
    trade = briefing.prepare("trade", corpus=str(corpus_path))
    table = trade.key_figures()
    row = table[(table["indicator"] == "trade.turnover") & (table["unit"] == "USD")].iloc[0]
    assert (plain(row["latest"]), row["latest_as_of"]) == ("USD 5.8 bn [111]", "2022")
    text = plain(trade.narrative().data)
    assert "In 2022 trade turnover between Belarus and China reached USD 5.8 bn [111]" in text
    # Two sentences in a row about January–May 2023: the second does not repeat the period.
    assert "In January–May 2023 turnover grew 1.5× [111] year on year." in text
    assert "At the same time Belarusian exports to China grew 1.6× [111]" in text


def test_documents_of_a_corpus_are_cited_with_title_publisher_date_and_url() -> None:
    rows = points(
        [
            pt("trade.regional", 1e8, "2019-H1", 5, None, unit="USD", entity="Minsk region",
               doc="minsk-handel", sentence="Im ersten Halbjahr 100 Mio. Dollar.",
               text="100 Mio. Dollar"),
            pt("trade.regional", 2e8, "2019-H2", 7, None, unit="USD", entity="Minsk region",
               doc="minsk-jahr"),
        ]
    )  # fmt: skip
    # Two halves: the key figures show both (a half year and a whole year are not compared).
    rows["dated_by"] = ["document", "text"]
    documents = pd.DataFrame(
        {
            "doc": ["minsk-handel", "minsk-jahr"],
            "title": ["Handel <wächst>", "Jahresbilanz"],
            "publisher": ["BelTA", "BelTA"],
            "date": ["2019-08-06", "2020-01-15"],
            "url": ["https://example.org/news/123", ""],
        }
    )
    b = make(with_documents(rows, documents), name="trade", language="de")
    header = plain(b.header().data)
    assert "2 Dokumente, datiert 2019-08-06–2020-01-15" in header
    sources = b.sources().data
    assert (
        'id="doc-minsk-handel"' in sources and "Handel &lt;wächst&gt;, BelTA, 2019-08-06" in sources
    )
    assert 'href="https://example.org/news/123"' in sources
    evidence = b.evidence_appendix().data
    assert "<mark>100 Mio. Dollar</mark>" in evidence
    assert "Datiert nach dem Datum seines Dokuments (2019-08-06): 1. Halbjahr 2019" in evidence


def test_the_evidence_holds_the_values_shown_and_no_others() -> None:
    # 81 (November 2021) is neither the latest value nor the one before: only a chart shows it.
    b = make(RESIDENTS)
    b.key_figures_table()
    appendix = plain(b.evidence_appendix().data)
    assert "Insgesamt 19 Einwohner" in appendix and "line 49" not in appendix
    assert "81 [D" not in plain(b.sources().data + b.key_figures_table().data)
    drawn = make(RESIDENTS)
    chart = drawn.chart("park.residents")
    assert chart is not None
    assert "line 49" in plain(drawn.evidence_appendix().data)
    numbers = re.findall(r"E(\d+)</span>", drawn.evidence_appendix().data)
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]  # no gaps


def test_many_sources_that_disagree_show_the_best_the_lowest_and_the_highest() -> None:
    values = [120, 90, 150, 100, 130, 60]  # six documents, one date
    rows = points(
        [
            pt("park.residents", v, "2023-12", 10 + i, None, doc=f"d{i}", sentence=f"Es sind {v}.")
            for i, v in enumerate(values)
        ]
    )
    b = make(rows)
    row = b.key_figures().iloc[0]
    assert row["latest"].split(" / ")[0].startswith("150")  # the best: exact, then highest
    cell = plain(b.key_figures_table().data)
    assert "150 [D1] / 60 [D2]" in cell and "(and 4 more values, see caveats)" in cell
    caveats = b.caveats().data
    shown = plain(caveats)
    assert "150 [D1] vs. 60 [D2] and 4 more values in between." in shown
    assert caveats.count("<blockquote>") == 2 and 'id="caveats"' in caveats
    appendix = plain(b.evidence_appendix().data)
    assert "Es sind 150." in appendix and "Es sind 120." not in appendix
    sources = b.sources().data  # the marks' numbers, D1 D2 ..., in the order of first use
    assert 'id="doc-d2">[D1]' in sources and 'id="doc-d5">[D2]' in sources


def test_a_value_quoted_by_many_documents_shows_three_quotes_and_counts_the_rest() -> None:
    rows = points(
        [pt("park.jobs", 1800, "2022", 5 + i, None, doc=f"d{i}", sentence=f"Satz {i}.")
         for i in range(5)]
    )  # fmt: skip
    b = make(rows, language="de")
    cell = plain(b.key_figures_table().data)
    assert "1.800 [D1, D2, D3, +2]" in cell
    appendix = plain(b.evidence_appendix().data)
    assert "Satz 2." in appendix and "Satz 3." not in appendix
    assert "Ebenso in 2 weiteren Sätzen." in appendix
    sources = b.sources().data
    assert 'id="doc-d2"' in sources and 'id="doc-d3"' not in sources


def test_conflicts_at_dates_not_shown_are_counted_not_listed() -> None:
    older = points(
        [
            pt("park.residents", 40, "2019-12", 300, 50, sentence="Es waren 40."),
            pt("park.residents", 55, "2019-12", 310, 51, sentence="Es waren 55."),
        ]
    )
    b = make(pd.concat([RESIDENTS, older], ignore_index=True))
    assert len(b.conflicts) == 2
    text = plain(b.caveats().data)
    assert "100 [84] vs. 19 [86]" in text and "Es waren 40" not in text
    assert "The sources also disagree on 1 value this briefing does not show" in text
    assert 'id="fn-50"' not in b.sources().data
    drawn = make(pd.concat([RESIDENTS, older], ignore_index=True))
    assert drawn.chart("park.residents") is not None  # the chart shows 2019: now a caveat
    assert "Es waren 40" in plain(drawn.caveats().data)


def test_a_regional_value_of_a_national_indicator_is_not_told_as_national() -> None:
    regional = pt("trade.accredited_producers", 40, "2023-12", 5, None, entity="Brest region")
    national = pt("trade.accredited_producers", 900, "2022-12", 9, None, entity="Belarus-China")
    alone = plain(make(points([regional]), name="trade").narrative().data)
    assert "40 [D1] Belarusian producers were accredited to supply China (Brest region)." in alone
    both = plain(make(points([regional, national]), name="trade").narrative().data)
    assert "900 [D1] Belarusian producers were accredited to supply China." in both
    german = plain(make(points([regional]), name="trade", language="de").narrative().data)
    assert "für Lieferungen nach China akkreditiert (Gebiet Brest)." in german


def test_three_disagreeing_values_read_as_a_list_and_charts_name_documents() -> None:
    rows = points(
        [
            pt("park.residents", v, "2023-12", 10 + i, None, doc=f"d{i}")
            for i, v in enumerate([9, 7, 8])
        ]
        + [pt("park.residents", 5, "2022-12", 40, None, doc="d9")]
    )
    b = make(rows)
    assert "9 [D1], 8 [D2] or 7 [D3]" in plain(b.narrative().data)
    chart = b.chart("park.residents")
    assert chart is not None and "Sources: D4, D1" in plain(chart.data)  # its points, in time


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        ("more_than", "more_than", "–"),  # more than 1,700, then more than 1,800: anything
        ("more_than", "exact", "–"),
        ("exact", "up_to", "–"),
        ("almost", "exact", "+100 (+5.9%)"),  # two estimates: a change, as an analyst reads it
    ],
)
def test_no_change_is_read_off_between_bounds(before: str, after: str, change: str) -> None:
    rows = [
        pt("park.jobs", 1700, "2022-01", 10, 36, qualifier=before),
        pt("park.jobs", 1800, "2022-12", 20, 38, qualifier=after),
    ]
    row = make(pd.DataFrame(rows)).key_figures().iloc[0]
    assert plain(row["change"]) == change


def test_the_first_caveats_quote_their_sentences_and_the_rest_list_their_values() -> None:
    from bycn.report.summary import CAVEATS_QUOTED

    count = CAVEATS_QUOTED + 2
    rows = [
        pt(
            "park.residents",
            value,
            "2023",
            10 * i + j,
            10 * i + j,
            entity=f"Park {i:02d}",
            sentence=f"Satz {i}-{j}: {value:g} Einwohner.",
            text=f"{value:g} Einwohner",
        )
        for i in range(count)
        for j, value in enumerate((100 + i, 200 + i))
    ]
    b = make(pd.DataFrame(rows))
    assert len(b.conflicts) == count
    text = plain(b.caveats().data)
    assert f"Satz {CAVEATS_QUOTED - 1}-0" in text and f"Satz {CAVEATS_QUOTED}-0" not in text
    assert "The sentences of the last 2 caveats are in the evidence appendix" in text
    appendix = plain(b.evidence_appendix().data)
    assert all(f"Satz {i}-{j}" in appendix for i in range(count) for j in (0, 1))


def test_the_narrative_names_a_region_and_an_institution_with_their_articles() -> None:
    rows = [
        pt("trade.regional", 1e8, "2021", 5, 25, unit="USD", entity="Gomel region"),
        pt("edu.institution_students", 3000, "2023", 7, 27, entity="BSU", qualifier="more_than"),
    ]
    en = plain(make(pd.DataFrame(rows), name="trade").narrative().data)
    de = plain(make(pd.DataFrame(rows), name="trade", language="de").narrative().data)
    assert "Among the regions, the Gomel region reports USD 100 m [25]" in en
    assert "Aus den Regionen meldet das Gebiet Gomel 100 Mio. USD [25]" in de
    edu = plain(make(pd.DataFrame(rows), name="education", language="de").narrative().data)
    assert "Die Belarussische Staatliche Universität (BSU) zählte mehr als 3.000 [27]" in edu
