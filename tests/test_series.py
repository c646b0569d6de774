"""Indicator series: synthetic figures for the rules, the real corpus for recall and precision."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from tests.conftest import news_series

import bycn
from bycn.indicators.catalog import load_catalog
from bycn.indicators.series import DocumentSeries, build_series, join_figures, series_table
from bycn.schema import FIGURES, SERIES

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "corpus"
#: Figures made by hand have no other tables: said, as build_series requires.
HAND_MADE = {"sentences": None, "documents": None, "articles": None}


def figure(
    line: int,
    text: str,
    value: float,
    unit: str,
    sentence: str,
    *,
    item: str = "",
    qualifier: str = "exact",
    kind: str = "count",
    as_of: str = "",
    footnote=None,
    article: str = "A",
) -> dict:
    start = line * 100
    return {
        "doc": "t",
        "figure_id": f"t:{line}:1",
        "line": line,
        "start": start,
        "end": start + len(text),
        "text": text,
        "value": float(value),
        "unit": unit,
        "item": item,
        "qualifier": qualifier,
        "kind": kind,
        "article": article,
        "sentence": sentence,
        "footnote": footnote,
        "source_title": "T",
        "source_url": f"https://x.by/{line}",
        "source_year": 2022,
        "as_of": as_of,
        "topic": "park",
    }


def frame(rows: list[dict]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=FIGURES.names)
    return table.astype({"footnote": "Int64", "source_year": "Int64"})


SYNTHETIC = [
    figure(
        10,
        "85 Einwohner",
        85,
        "count",
        "Genauer gesagt waren im Industriepark Ende 2021 85 Einwohner gemeldet.",
        item="Einwohner",
        as_of="2021-12",
        footnote=36,
    ),
    figure(
        12,
        "nicht weniger als 170 Unternehmen",
        170,
        "count",
        "Bis 2025 soll die Zahl der Parkbewohner nicht weniger als 170 Unternehmen betragen.",
        item="Unternehmen",
        qualifier="at_least",
        as_of="2025",
        footnote=1,
    ),
    figure(
        14,
        "12 Unternehmen",
        12,
        "count",
        "Im Industriepark sind 12 Unternehmen der medizinischen Richtung ansässig.",
        item="Unternehmen",
    ),
    figure(
        20,
        "730,6 Millionen Dollar",
        730.6e6,
        "USD",
        "Der Handelsumsatz von Minsk mit der "
        "VR China betrug von Januar bis Mai 2021 insgesamt 730,6 Millionen Dollar.",
        kind="amount",
        as_of="2021-01/2021-05",
        footnote=16,
        article="B",
    ),
    figure(
        22,
        "20-fache",
        20,
        "times",
        "Die Region Homiel hat Partner in China.",
        kind="multiple",
        article="B",
    ),
    figure(
        24,
        "20(!)-fache",
        20,
        "times",
        "In den letzten drei Jahren sind die Lieferungen aus "
        "dieser belarussischen Region auf den chinesischen Markt um das 20(!)-fache "
        "gestiegen.",
        kind="multiple",
        as_of="2021",
        article="B",
    ),
    figure(
        30,
        "der 86. Bewohner",
        86,
        "ordinal",
        "Der 86. Bewohner des Industrieparks im März "
        "2022 war Bel Samoyed Cloud LLC, das plant, Zahlungssysteme zu entwickeln.",
        item="Bewohner",
        kind="ordinal",
        as_of="2022-03",
    ),
]


@pytest.fixture(scope="module")
def synthetic() -> pd.DataFrame:
    return build_series(frame(SYNTHETIC), **HAND_MADE)


def test_series_has_exactly_the_schema_columns(synthetic: pd.DataFrame) -> None:
    assert synthetic.columns.tolist() == SERIES.names


def test_rules_recognise_values_entities_and_status(synthetic: pd.DataFrame) -> None:
    points = {row.line: row for row in synthetic.itertuples()}
    assert (points[10].indicator, points[10].entity, points[10].status) == (
        "park.residents",
        "Great Stone",
        "actual",
    )
    assert (points[12].status, points[12].as_of, points[12].qualifier) == (
        "target",
        "2025",
        "at_least",
    )
    assert (points[20].indicator, points[20].entity) == ("trade.regional", "Minsk")
    # "dieser belarussischen Region" reaches back to the sentence that names the region.
    assert (points[24].indicator, points[24].entity) == ("trade.regional", "Gomel region")
    # An ordinal is a registration, never a plan, whatever verbs its sentence holds.
    assert (points[30].indicator, points[30].unit, points[30].status) == (
        "park.residents",
        "ordinal",
        "actual",
    )
    assert points[20].source_url == "https://x.by/20"


def test_figures_that_are_no_indicator_value_are_no_points(synthetic: pd.DataFrame) -> None:
    assert 14 not in set(synthetic["line"])  # 12 companies of one branch, not all residents
    assert 22 not in set(synthetic["line"])  # growth of nothing the catalog knows


def test_order_is_deterministic() -> None:
    shuffled = frame(list(reversed(SYNTHETIC)))
    pd.testing.assert_frame_equal(
        build_series(shuffled, **HAND_MADE), build_series(frame(SYNTHETIC), **HAND_MADE)
    )


def test_empty_figures_give_an_empty_series() -> None:
    empty = build_series(frame([]), **HAND_MADE)
    assert empty.empty and empty.columns.tolist() == SERIES.names


# --- the real corpus ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def document(corpus):
    return corpus


@pytest.fixture(scope="module")
def series(document) -> pd.DataFrame:
    return build_series(
        document.figures,
        sentences=document.sentences,
        documents=document.documents,
        articles=document.articles,
    )


def test_every_indicator_has_a_point_in_the_corpus(series: pd.DataFrame) -> None:
    counts = series["indicator"].value_counts()
    missing = [i for i in load_catalog().ids if counts.get(i, 0) == 0]
    assert not missing


def point(series: pd.DataFrame, indicator: str, value: float, **where) -> pd.Series:
    rows = series[(series["indicator"] == indicator) & (series["value"] == value)]
    for key, wanted in where.items():
        rows = rows[rows[key] == wanted]
    assert len(rows) >= 1, (indicator, value, where)
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("indicator", "value", "where"),
    [
        ("park.residents", 85, {"as_of": "2021-12", "line": 866, "status": "actual"}),
        ("park.residents", 85, {"as_of": "2021-12", "line": 2010}),  # the same fact, quoted again
        ("park.residents", 170, {"status": "target", "qualifier": "at_least", "line": 31}),
        ("park.residents", 86, {"unit": "ordinal", "line": 913, "as_of": "2022-03"}),
        ("park.new_residents", 21, {"as_of": "2021", "line": 864}),
        ("park.investment_declared", 1.24e9, {"unit": "USD", "line": 905}),
        ("park.investment_actual", 750e6, {"unit": "USD", "line": 905}),
        ("trade.turnover", 1.2e9, {"unit": "USD", "as_of": "2022-Q1"}),
        ("trade.regional", 730.6e6, {"entity": "Minsk", "as_of": "2021-01/2021-05"}),
        ("trade.regional", 100e6, {"entity": "Gomel region", "qualifier": "more_than"}),
        ("trade.food_exports", 900e6, {"status": "target"}),
        ("edu.institution_agreements", 80, {"entity": "BSU"}),
        ("edu.institution_students", 244, {"entity": "BSU-DPU Joint Institute"}),
    ],
)
def test_known_points(series: pd.DataFrame, indicator: str, value: float, where: dict) -> None:
    point(series, indicator, value, **where)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (252, "12 Unternehmen"),  # companies of one branch in the park
        (870, "37 Unternehmen"),  # companies producing, not residents
        (1096, "21 Ländern"),  # the Cuban zone Mariel, not Great Stone
        (1175, "3.000 neue Arbeitsplätze"),  # an Uzbek car plant
        (191, "mehr als 50 Millionen Dollar"),  # a threshold in a decree
        (45, "20 Länder"),  # export destinations, not residents' countries
        (623, "rund 2,6 Millionen US-Dollar"),  # one company's deliveries
        (1618, "142 belarussische Studenten"),  # Belarusians, not Chinese students
        (1640, "etwa 53 Tausend Studenten"),  # a Chinese university
        (2276, "mindestens 150 Millionen US-Dollar"),  # a target per region, not in total
        (2085, "zwei"),  # "zwei mit Kapital aus Belarus": part of three new ones
    ],
)
def test_figures_that_are_not_indicator_values(
    document, series: pd.DataFrame, line: int, text: str
) -> None:
    figures = document.figures
    ids = figures[(figures["line"] == line) & (figures["text"] == text)]["figure_id"]
    assert len(ids) == 1, (line, text)
    assert ids.iloc[0] not in set(series["figure_id"])


def test_every_point_leads_back_to_its_figure(document, series: pd.DataFrame) -> None:
    joined = join_figures(series, document.figures)
    assert len(joined) == len(series)
    figures = document.figures.set_index("figure_id")
    assert (figures.loc[series["figure_id"], "line"].to_numpy() == series["line"]).all()
    assert (figures.loc[series["figure_id"], "value"].to_numpy() == series["value"]).all()
    assert joined["sentence"].str.len().gt(0).all()
    assert series["figure_id"].is_unique  # a figure is a value of one indicator at most


def test_one_matcher_document_by_document_gives_the_corpus_series() -> None:
    # One DocumentSeries (one matcher, which forgets each document's texts after it),
    # applied to each document's tables in turn, twice: the points of the whole corpus.
    from bycn.text.corpus import read_corpus

    document = read_corpus(FIXTURE_CORPUS)
    series = build_series(
        document.figures,
        sentences=document.sentences,
        documents=document.documents,
        articles=document.articles,
    )
    assert len(series) > 1
    catalog = load_catalog()
    derive = DocumentSeries(catalog)
    names = ("figures", "sentences", "documents", "articles")
    docs = list(document.documents["doc"])
    assert len(docs) > 1
    for _ in range(2):
        rows = []
        for doc in reversed(docs):
            tables = {n: getattr(document, n) for n in names}
            rows += derive({n: t[t["doc"] == doc] for n, t in tables.items()})
        pd.testing.assert_frame_equal(series_table(rows, catalog), series)


def test_load_series_matches_build_series(document, series: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(bycn.load_series(document), series)


# --- news texts: how agencies, ministries and statistics releases put it -----------------


def news_points(text: str, date: str = "2023-09-01") -> list[tuple[str, str, float, str]]:
    """(indicator, entity, value, status) of each point of a news text dated ``date``."""
    return [
        (p.indicator, p.entity, p.value, p.status) for p in news_series(text, date).itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Warenumsatz zwischen Belarus und China belief sich auf 6,3 Milliarden "
            "US-Dollar, ein Plus von 33,6 Prozent.",
            [
                ("trade.turnover", "Belarus-China", 6.3e9, "actual"),
                ("trade.turnover", "Belarus-China", 33.6, "actual"),
            ],
        ),
        (
            "Außenhandel mit der Volksrepublik China im Jahr 2023.\n\nDie Ausfuhr belief sich "
            "auf 2.731,2 Mio. US-Dollar (+17,4 %), die Einfuhr auf 5.692,3 Mio. US-Dollar. "
            "Der Anteil Chinas am Außenhandel lag bei 14,6 Prozent.",
            [
                ("trade.exports", "Belarus-China", 2731.2e6, "actual"),
                ("trade.exports", "Belarus-China", 17.4, "actual"),
            ],
        ),
        (
            "Die belarussischen Exporte nach China stiegen auf 2,1 Mrd. Dollar.",
            [("trade.exports", "Belarus-China", 2.1e9, "actual")],
        ),
        (
            "Derzeit sind mehr als 180 belarussische Betriebe für den Export von "
            "Lebensmitteln nach China zugelassen.",
            [("trade.accredited_producers", "Belarus-China", 180.0, "actual")],
        ),
        (
            "Das Gebiet Gomel will den Handel mit China bis 2025 auf 100 Millionen Dollar "
            "steigern. Chinesische Direktinvestitionen in die Region erreichten 12,8 Millionen "
            "Dollar.",
            [
                ("trade.regional", "Gomel region", 100e6, "target"),
                ("trade.chinese_investment", "Gomel region", 12.8e6, "actual"),
            ],
        ),
        (
            "Im Industriepark Großer Stein arbeiten heute rund 3.000 Menschen. Die Produktion "
            "der Residenten wuchs um 43 Prozent.",
            [
                ("park.jobs", "Great Stone", 3000.0, "actual"),
                ("park.output", "Great Stone", 43.0, "actual"),
            ],
        ),
        (
            "An belarussischen Hochschulen studieren etwa 8.500 Bürger der Volksrepublik "
            "China. An der Belarussischen Staatlichen Universität studieren 3.000 Studierende "
            "aus China.",
            [
                ("edu.students_cn_in_by", "Belarus-China", 8500.0, "actual"),
                ("edu.institution_students", "BSU", 3000.0, "actual"),
            ],
        ),
        (
            "In China studieren derzeit mehr als 7.000 Belarussen. Gleichzeitig lernen an "
            "belarussischen Hochschulen über 5.000 chinesische Studierende.",
            [
                ("edu.students_by_in_cn", "Belarus-China", 7000.0, "actual"),
                ("edu.students_cn_in_by", "Belarus-China", 5000.0, "actual"),
            ],
        ),
        (
            "Das Gebiet Brest hat Holz und Holzprodukte im Wert von 35,2 Mio. Dollar nach China "
            "geliefert. Insgesamt exportierte das Gebiet Brest Waren für 61 Mio. Dollar.",
            [("trade.regional", "Brest region", 61e6, "actual")],
        ),
        (
            "Der Industriepark Great Stone zählt inzwischen 140 Residenten. Im Jahr 2023 "
            "erhielten 23 Unternehmen den Residentenstatus. Die Residenten des Parks "
            "exportierten Waren für 210 Millionen Dollar, ein Plus von 31 Prozent.",
            [
                ("park.residents", "Great Stone", 140.0, "actual"),
                ("park.new_residents", "Great Stone", 23.0, "actual"),
                ("park.exports", "Great Stone", 210e6, "actual"),
                ("park.exports", "Great Stone", 31.0, "actual"),
            ],
        ),
        (
            "Das Gebiet Grodno steigerte seine Lieferungen nach China um 12 Prozent, das "
            "Gebiet Mogiljow um 8 Prozent.",
            [
                ("trade.regional", "Grodno region", 12.0, "actual"),
                ("trade.regional", "Mogilev region", 8.0, "actual"),
            ],
        ),
        (
            "Der belarussisch-chinesische Handel erreichte 2022 rund 5,1 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 5.1e9, "actual")],
        ),
        (
            "Für den chinesischen Markt sind 27 Molkereien zugelassen. Insgesamt exportierte "
            "Belarus Lebensmittel im Wert von 620 Millionen Dollar nach China.",
            [
                ("trade.accredited_producers", "Belarus-China", 27.0, "actual"),
                ("trade.food_exports", "Belarus-China", 620e6, "actual"),
            ],
        ),
        (
            "Belarus und China bauen ihre Zusammenarbeit aus. "
            "Laut Prognose wird der Handelsumsatz 2024 rund 9 Milliarden Dollar erreichen.",
            [("trade.turnover", "Belarus-China", 9e9, "target")],
        ),
        (
            "Zwischen belarussischen und chinesischen Hochschulen bestehen rund 600 "
            "Kooperationsvereinbarungen. Die BSU hat 80 Abkommen mit chinesischen Universitäten.",
            [
                ("edu.agreements", "Belarus-China", 600.0, "actual"),
                ("edu.institution_agreements", "BSU", 80.0, "actual"),
            ],
        ),
    ],
)
def test_news_texts_give_their_points(text: str, expected: list) -> None:
    assert sorted(news_points(text)) == sorted(expected)


# --- entities: how news texts name regions, the capital, the park and the partners -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name in another transliteration (German, English, Belarusian), with its noun.
        (
            "Im Gebiet Wizebsk stiegen die Exporte nach China um 14 Prozent. Die Oblast "
            "Mahiljou exportierte Waren für 52 Millionen Dollar nach China.",
            [
                ("trade.regional", "Vitebsk region", 14.0, "actual"),
                ("trade.regional", "Mogilev region", 52e6, "actual"),
            ],
        ),
        # The adjective, undeclined in any case, and the genitive of the name.
        (
            "Die Exporte des Mogilewer Gebiets nach China stiegen um 9 Prozent. Der "
            "Handelsumsatz Grodnos mit China erreichte 310 Millionen Dollar. Hrodnaer "
            "Betriebe lieferten Waren für 41 Millionen Dollar nach China.",
            [
                ("trade.regional", "Mogilev region", 9.0, "actual"),
                ("trade.regional", "Grodno region", 310e6, "actual"),
                ("trade.regional", "Grodno region", 41e6, "actual"),
            ],
        ),
        # Minsk: the city by its name, adjective and genitive; the region by its noun.
        (
            "Der Handelsumsatz Minsks mit China betrug 900 Millionen Dollar. Die Exporte der "
            "Oblast Minsk nach China stiegen um 11 Prozent. Minsker Betriebe lieferten Waren "
            "für 75 Millionen Dollar nach China.",
            [
                ("trade.regional", "Minsk", 900e6, "actual"),
                ("trade.regional", "Minsk region", 11.0, "actual"),
                ("trade.regional", "Minsk", 75e6, "actual"),
            ],
        ),
        # The region's authorities are the region's, though "Minsker" alone is the city's.
        (
            "Das Minsker Gebietsexekutivkomitee teilte mit, die Exporte der Region nach China "
            "seien um 13 Prozent gestiegen. Die hauptstädtischen Betriebe lieferten Waren für "
            "60 Millionen Dollar nach China.",
            [
                ("trade.regional", "Minsk region", 13.0, "actual"),
                ("trade.regional", "Minsk", 60e6, "actual"),
            ],
        ),
        (
            "Ein Abteilungsleiter der Minsker Gebietsregierung sagte, das bilaterale "
            "Handelsvolumen habe 1,1 Milliarden Dollar erreicht. Das Gebiet Minsk liefert vor "
            "allem Kalidünger nach China. Die direkten Investitionen aus der Volksrepublik China "
            "erreichten 61 Millionen Dollar.",
            [
                ("trade.regional", "Minsk region", 1.1e9, "actual"),
                ("trade.chinese_investment", "Minsk region", 61e6, "actual"),
            ],
        ),
        # "Hauptstadt" alone is Belarus's capital; China's capital or a province's is not.
        (
            "Die Exporte der Hauptstadt nach China stiegen um 16 Prozent. Chinesische "
            "Direktinvestitionen in die belarussische Hauptstadt erreichten 45 Millionen Dollar.",
            [
                ("trade.regional", "Minsk", 16.0, "actual"),
                ("trade.chinese_investment", "Minsk", 45e6, "actual"),
            ],
        ),
        (
            "In der chinesischen Hauptstadt sagte der Minister, der Warenumsatz zwischen Belarus "
            "und China habe 5 Milliarden Dollar erreicht. In Zhengzhou, der Hauptstadt der "
            "Provinz Henan, erreichte der Handel mit Belarus 80 Millionen Dollar.",
            [("trade.turnover", "Belarus-China", 5e9, "actual")],
        ),
        # Two regions that share a figure: no point of either, nor a national total.
        (
            "Die Gebiete Brest und Gomel exportierten Waren für 50 Millionen Dollar nach China. "
            "In den Gebieten Grodno und Witebsk sind 40 Betriebe für Lieferungen nach China "
            "akkreditiert. Das Gebiet Grodno steigerte seine Lieferungen nach China um 12 "
            "Prozent, das Gebiet Mogiljow um 8 Prozent.",
            [
                ("trade.regional", "Grodno region", 12.0, "actual"),
                ("trade.regional", "Mogilev region", 8.0, "actual"),
            ],
        ),
        # A Chinese province is the partner, never the point's entity, before or after.
        (
            "Das Gebiet Gomel exportierte Waren für 50 Mio. Dollar in die Provinz Henan. Der "
            "Handel zwischen der Provinz Jiangsu und dem Gebiet Witebsk erreichte 30 Millionen "
            "Dollar.",
            [
                ("trade.regional", "Gomel region", 50e6, "actual"),
                ("trade.regional", "Vitebsk region", 30e6, "actual"),
            ],
        ),
        # The clause's "der Region" is the region named before, not the city where the
        # figure was said, named in another clause.
        (
            "Der Gouverneur des Gebiets Brest sprach von neuen Projekten. Derzeit sind 87 "
            "Betriebe der Region für Lieferungen nach China akkreditiert, sagte er am Rande "
            "eines Forums in Minsk.",
            [("trade.accredited_producers", "Brest region", 87.0, "actual")],
        ),
        # A sentence that names no one continues its paragraph's topic, a region; a name
        # in a later clause (where it was said) comes after that topic.
        (
            "Das Gebiet Brest baut seine Beziehungen zu China aus. Die Exporte nach China "
            "stiegen um 23 Prozent. Für Lieferungen nach China sind 66 Betriebe zugelassen, "
            "hieß es bei einem Treffen in Minsk.",
            [
                ("trade.regional", "Brest region", 23.0, "actual"),
                ("trade.accredited_producers", "Brest region", 66.0, "actual"),
            ],
        ),
        # The topic is the nearest sentence that speaks of someone: here the country, so
        # the exports are Belarus's though a region was named before.
        (
            "Das Gebiet Brest baut seine Beziehungen zu China aus. Belarus will seine "
            "Lieferungen nach China verdoppeln. Die Exporte nach China stiegen um 23 Prozent.",
            [("trade.exports", "Belarus-China", 23.0, "actual")],
        ),
        # A region's trade is never a national total, though the region's indicator does
        # not take a clause on imports.
        (
            "Die Exporte aus Grodno nach China stiegen um 20 Prozent, die Importe um 5 Prozent. "
            "Der Handelsumsatz des Gebiets Witebsk mit China stieg um 18 Prozent, die Einfuhren "
            "um 4 Prozent.",
            [
                ("trade.regional", "Grodno region", 20.0, "actual"),
                ("trade.regional", "Vitebsk region", 18.0, "actual"),
            ],
        ),
        # The park by its other names.
        (
            "Im Industriepark Velikij Kamen arbeiten heute rund 3.100 Menschen. Im Großen Stein "
            "sind 150 Residenten registriert.",
            [
                ("park.jobs", "Great Stone", 3100.0, "actual"),
                ("park.residents", "Great Stone", 150.0, "actual"),
            ],
        ),
    ],
)
def test_news_texts_name_their_entities(text: str, expected: list) -> None:
    assert sorted(news_points(text)) == sorted(expected)
