"""Entities of regional points (issue 7): what refers back to a region, trade with China,
and two regions that share a figure. Texts of our own in the style of agency reports."""

from __future__ import annotations

import copy

import pytest
from tests.conftest import points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import default_catalog_path, load_catalog, parse_catalog
from bycn.yamlfiles import safe_load

Point = tuple[str, str, float]


points = points_of("indicator entity value", date="2023-09-01")


# --- one region anaphor ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Gebiet Gomel baut seine Kontakte nach China aus.\n\n"
            "Die chinesischen Direktinvestitionen in die Wirtschaft des Gebiets erreichten "
            "im ersten Halbjahr 9,8 Mio. US-Dollar.",
            [("trade.chinese_investment", "Gomel region", 9.8e6)],
        ),
        (
            "Der Gouverneur des Gebiets Witebsk empfing eine Delegation aus Harbin. "
            "Chinesische Investoren haben im Gebiet im vergangenen Jahr 12 Mio. US-Dollar "
            "angelegt.",
            [("trade.chinese_investment", "Vitebsk region", 12e6)],
        ),
        (
            "Grodno setzt auf Partner aus Fernost. Chinesische Direktinvestitionen in die "
            "Region beliefen sich 2022 auf 31 Mio. US-Dollar.",
            [("trade.chinese_investment", "Grodno region", 31e6)],
        ),
        (
            "Das Gebiet Mogiljow stellte sich auf einer Messe in Shanghai vor. Die "
            "hiesigen Betriebe exportierten 2022 Waren für 75 Mio. US-Dollar nach China.",
            [("trade.regional", "Mogilev region", 75e6)],
        ),
        (
            "Der Gouverneur der Oblast Brest sprach in Peking. Die Exporte der Oblast nach "
            "China stiegen 2022 auf 88 Mio. US-Dollar.",
            [("trade.regional", "Brest region", 88e6)],
        ),
    ],
)
def test_a_region_said_without_its_name_is_the_one_named_before(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region named after the noun is no anaphor: a Chinese province's investment.
        (
            "Das Gebiet Gomel baut seine Kontakte aus. Chinesische Investitionen in der "
            "Region Guangxi erreichten 2022 rund 40 Mio. US-Dollar.",
            [("trade.chinese_investment", "Belarus-China", 40e6)],
        ),
        # Several regions: no one region is referred to.
        (
            "Das Gebiet Brest wächst. Chinesische Investitionen in die Gebiete des Landes "
            "erreichten 2022 rund 500 Mio. US-Dollar.",
            [("trade.chinese_investment", "Belarus-China", 500e6)],
        ),
    ],
)
def test_a_named_or_plural_region_refers_to_nothing_before(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


def test_the_region_indicators_share_one_anaphor() -> None:
    catalog = load_catalog()
    shared = catalog.anaphors["region"]
    for ident in ("trade.regional", "trade.accredited_producers", "trade.chinese_investment"):
        assert catalog.indicator(ident).entity.anaphor is shared


def test_an_anaphor_is_checked() -> None:
    data = safe_load(default_catalog_path().read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    region = broken["anaphors"]["region"]
    region["pattern"] = r"\b(?:der|des) (?:Region|Gebiets)\b"  # takes a named one too
    region["examples"] = ["der Region", "im Gebiet"]
    region["counter_examples"] = ["des Gebiets Gomel"]
    broken["indicators"][0]["entity"] = {"kind": "region", "anaphor": "gebiet"}
    with pytest.raises(CatalogError) as err:
        parse_catalog(broken)
    message = " ".join(str(p) for p in err.value.problems)
    assert "'im Gebiet' does not match" in message
    assert "'des Gebiets Gomel' matches" in message
    assert "'der Region Gomel region' names 'Gomel region'" in message
    assert "'gebiet' names none of the catalog's anaphors" in message


# --- trade.regional is trade with China -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Unternehmen des Gebiets Grodno haben 2022 Waren im Wert von 61 Mio. "
            "US-Dollar in die Volksrepublik China exportiert.",
            [("trade.regional", "Grodno region", 61e6)],
        ),
        (
            "Der Handel des Gebiets Witebsk mit dem Reich der Mitte erreichte 2022 "
            "140 Mio. US-Dollar.",
            [("trade.regional", "Vitebsk region", 140e6)],
        ),
        # The partner named in the paragraph: a Chinese province.
        (
            "Seit 2020 hat das Gebiet Brest 30 Projekte mit Partnern aus Jiangsu begonnen. "
            "Im ersten Quartal wurden Waren im Wert von 20 Mio. US-Dollar geliefert.",
            [("trade.regional", "Brest region", 20e6)],
        ),
    ],
)
def test_a_regions_trade_with_china_is_its_point(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Unternehmen des Gebiets Gomel exportierten 2022 Waren für 2,1 Mrd. US-Dollar.",
        "Der Außenhandelsumsatz des Gebiets Mogiljow stieg 2022 um 12 Prozent.",
        "Das Gebiet Brest exportierte 2022 Waren in 90 Länder. Im ersten Quartal wurden "
        "Waren im Wert von 300 Mio. US-Dollar geliefert.",
        # China in another paragraph: no evidence for this one.
        "Das Gebiet Minsk pflegt Kontakte nach China.\n\n"
        "Die Exporte des Gebiets Minsk erreichten 2022 rund 4 Mrd. US-Dollar.",
        # Another partner, named in a paragraph on China.
        "Das Gebiet Brest pflegt Kontakte nach China. Die Exporte des Gebiets Brest nach "
        "Russland stiegen 2022 auf 900 Mio. US-Dollar.",
        # A free economic zone's residents are not the region.
        "Die Residenten der Freien Wirtschaftszone Grodnoinvest exportierten 2022 Waren "
        "für 50 Mio. US-Dollar nach China.",
    ],
)
def test_a_regions_trade_with_others_is_no_point(text: str) -> None:
    assert [p for p in points(text) if p[0] == "trade.regional"] == []


# --- coordination across a pronoun clause -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Handel der Gebiete Brest und Gomel mit China wuchs deutlich, er betrug "
        "100 Mio. Dollar.",
        "Die Exporte der Gebiete Grodno, Witebsk und Mogiljow nach China stiegen, sie "
        "erreichten 2022 rund 300 Mio. US-Dollar.",
        "Die Gebiete Brest und Gomel lieferten 2022 mehr Waren nach China. Der Wert "
        "der Exporte erreichte 90 Mio. US-Dollar.",
    ],
)
def test_two_coordinated_regions_share_the_figure_no_point(text: str) -> None:
    assert points(text) == []


def test_one_region_before_a_pronoun_clause_is_its_point() -> None:
    text = "Der Handel des Gebiets Gomel mit China wuchs deutlich, er betrug 100 Mio. Dollar."
    assert points(text) == [("trade.regional", "Gomel region", 100e6)]


# --- a region said without its name is no national total ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The region named too far back to be found: the figure is the region's all the
        # same, so it is no Belarus-China point.
        "Das Gebiet Brest meldet neue Rekorde. Die Landwirtschaft wuchs. Die Industrie "
        "auch. Der Bau legte zu. Der Handel blühte. Der Tourismus erholte sich.\n"
        "Der Außenhandelsumsatz des Gebiets mit China erreichte 2022 rund 700 Mio. Dollar.",
        "Im Jahr 2022 wuchs der Warenumsatz der Region mit China um 14 Prozent.",
    ],
)
def test_a_figure_said_of_the_region_is_no_national_total(text: str) -> None:
    assert [p for p in points(text) if p[1] == "Belarus-China"] == []


@pytest.mark.parametrize(
    ("partner", "regional"),
    [
        ("der Volksrepublik", True),
        ("der Volksrepublik China", True),
        ("der Volksrepublik Bangladesch", False),
    ],
)
def test_the_peoples_republic_alone_is_china(partner: str, regional: bool) -> None:
    """... where the text has named China before it (test_entities_topic.py: not where it
    has not)."""
    text = (
        "Das Gebiet Witebsk baut seine Kontakte nach China aus.\n\n"
        f"Die Betriebe des Gebiets Witebsk lieferten 2022 Waren für 52 Mio. Dollar an {partner}."
    )
    found = [p for p in points(text) if p[0] == "trade.regional"]
    assert (found == [("trade.regional", "Vitebsk region", 52e6)]) is regional


# --- the seat of government is the state, not the city -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Minsk will die chinesischen Investitionen bis 2025 auf "
            "1,5 Mrd. US-Dollar steigern.",
            [("trade.chinese_investment", "Belarus-China", 1.5e9)],
        ),
        # The sentence that names the government is the next one's topic: the country,
        # not the region of the paragraph before.
        (
            "Das Gebiet Gomel lieferte 2022 Holz nach China.\n\n"
            "Die Regierung in Minsk setzt auf Partner aus Fernost. Bis 2026 sollen "
            "chinesische Investitionen auf jährlich 3 Mrd. Dollar steigen.",
            [("trade.chinese_investment", "Belarus-China", 3e9)],
        ),
        (
            "Peking und Minsk vereinbarten, die Exporte nach China bis 2025 auf 2 Mrd. "
            "US-Dollar zu steigern.",
            [("trade.exports", "Belarus-China", 2e9)],
        ),
        (
            "Minsk plant, die Exporte nach China bis 2025 auf 3 Mrd. US-Dollar zu erhöhen, "
            "sagte der Wirtschaftsminister.",
            [("trade.exports", "Belarus-China", 3e9)],
        ),
        (
            "Die Minsker Regierung erwartet in diesem Jahr chinesische Investitionen von "
            "1,2 Mrd. Dollar.",
            [("trade.chinese_investment", "Belarus-China", 1.2e9)],
        ),
    ],
)
def test_the_government_in_minsk_is_the_country(text: str, expected: list[Point]) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadtverwaltung Minsk meldete für 2022 chinesische Investitionen von 57 Mio. Dollar.",
        "Das Minsker Stadtexekutivkomitee teilte mit, chinesische Investitionen in die "
        "Wirtschaft der Stadt hätten 2022 rund 40 Mio. US-Dollar erreicht.",
        "Chinesische Investitionen in Minsk erreichten 2022 rund 80 Mio. US-Dollar.",
        "Minsk exportierte 2022 Waren für 300 Mio. Dollar nach China.",
    ],
)
def test_the_citys_own_figures_stay_the_citys(text: str) -> None:
    assert [p[1] for p in points(text)] == ["Minsk"]


# --- a university said without its name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Institut für Maschinenbau der Belarussischen Nationalen Technischen "
            "Universität, das mit einer Hochschule in Harbin zusammenarbeitet, wurde ein "
            "Labor eröffnet. Dort studieren derzeit 180 chinesische Studenten.",
            [("edu.institution_students", "BNTU", 180)],
        ),
        (
            "Die Belarussische Staatliche Universität feierte ihr Jubiläum. An der "
            "Hochschule sind 2023 rund 1.900 chinesische Studierende eingeschrieben.",
            [("edu.institution_students", "BSU", 1900)],
        ),
        (
            "Die Staatliche Universität Gomel stellte ihre Partner vor. Dieser Universität "
            "gehören 45 Abkommen mit chinesischen Hochschulen.",
            [("edu.institution_agreements", "GSU", 45)],
        ),
    ],
)
def test_a_university_said_without_its_name_is_the_one_named_before(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Another university, named or called by a foreign place.
        "Eine Delegation der Belarussischen Staatlichen Universität reiste nach Harbin. "
        "An der dortigen Polytechnischen Universität studieren 300 chinesische Studenten.",
        "Die Belarussische Staatliche Universität feierte ihr Jubiläum. An der Hochschule "
        "für Landwirtschaft in Gorki lernen 90 chinesische Studenten.",
        "Die Belarussische Staatliche Universität feierte ihr Jubiläum. Dortmund meldete "
        "40 chinesische Studenten.",
    ],
)
def test_another_university_is_none_named_before(text: str) -> None:
    assert [p for p in points(text) if p[0].startswith("edu.institution")] == []


def test_the_university_indicators_share_one_anaphor() -> None:
    catalog = load_catalog()
    shared = catalog.anaphors["institution"]
    for ident in ("edu.institution_students", "edu.institution_agreements"):
        assert catalog.indicator(ident).entity.anaphor is shared


# --- how far back an entity is found ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Five sentences back, across paragraphs (a news text's first paragraph names it).
        (
            "Der Außenhandel des Gebiets Witebsk mit China wächst. Die Molkereien liefern "
            "mehr. Die Holzbetriebe auch. Ein Logistikzentrum wurde eröffnet.\n\n"
            "Die Messe in Harbin war ein Erfolg.\n\n"
            "Im vergangenen Jahr hatte der Handelsumsatz des Gebiets mit China 210 Millionen "
            "Dollar betragen.",
            [("trade.regional", "Vitebsk region", 210e6)],
        ),
        # Six sentences back, in the figure's paragraph: by an anaphor, and by the topic.
        (
            "Die Staatliche Universität Gomel empfing Gäste aus Shandong. Ein Vertrag wurde "
            "unterzeichnet. Die Gäste besichtigten die Labore. Ein Konzert folgte. Die Mensa "
            "servierte Teigtaschen. Die Gäste lobten die Stadt. An der Universität studieren "
            "derzeit 800 chinesische Studenten.",
            [("edu.institution_students", "GSU", 800)],
        ),
        (
            "Das Gebiet Brest meldete 2023 Rekorde. Der Handel mit China wuchs. Die "
            "Molkereien lieferten mehr. Neue Märkte wurden erschlossen. Eine Delegation "
            "reiste nach Xiamen. Ein Vertrag wurde unterzeichnet. Die Exporte nach China "
            "stiegen 2023 auf 95 Mio. US-Dollar.",
            [("trade.regional", "Brest region", 95e6)],
        ),
        # A sentence on the country continues no region's topic.
        (
            "Der Außenhandel des Gebiets Brest mit China wächst. Die Molkereien liefern "
            "mehr.\n\nLandesweit belief sich der belarussisch-chinesische Handel im "
            "Januar-Juli auf 3,1 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 3.1e9)],
        ),
    ],
)
def test_an_entity_is_found_in_its_paragraph_or_five_sentences_back(
    text: str, expected: list[Point]
) -> None:
    assert points(text) == expected


def test_an_entity_six_sentences_back_in_other_paragraphs_is_not_found() -> None:
    # Not in the text's lead either: one named there is what the text is about, however
    # far back (tests/test_institutions.py).
    text = (
        "Eine Delegation aus Shandong reiste nach Belarus. Sie besuchte Minsk. Dann fuhr "
        "sie weiter.\n\nDie Staatliche Universität Gomel empfing die Gäste. Ein Vertrag "
        "wurde unterzeichnet.\n\nDie Gäste besichtigten die Labore. Ein Konzert folgte.\n\n"
        "Die Mensa servierte Teigtaschen. Die Gäste lobten die Stadt. An der Universität "
        "studieren derzeit 800 chinesische Studenten."
    )
    assert points(text) == []


# --- a place the figure was told at is not what it is about ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The country spoken of: no later clause's place.
        (
            "Der Handel zwischen Belarus und China stieg 2023 um 20 Prozent, sagte der "
            "Minister am Dienstag in Minsk.",
            [("trade.turnover", "Belarus-China", 20.0)],
        ),
        # Only the place of a telling or an occasion.
        (
            "Die Exporte nach China stiegen 2023 auf 3 Mrd. Dollar, hieß es bei einem "
            "Treffen in Minsk.",
            [("trade.exports", "Belarus-China", 3e9)],
        ),
        (
            "Chinesische Investitionen erreichten 2023 rund 1,1 Mrd. Dollar, erklärte der "
            "Wirtschaftsminister auf einer Pressekonferenz in der Hauptstadt.",
            [("trade.chinese_investment", "Belarus-China", 1.1e9)],
        ),
        # Who told it is named there, not where: the region's.
        (
            "Die Exporte nach China stiegen 2023 auf 300 Mio. Dollar, teilte das "
            "Gebietsexekutivkomitee Gomel mit.",
            [("trade.regional", "Gomel region", 3e8)],
        ),
        # The region of the paragraph comes before the place of telling.
        (
            "Das Gebiet Witebsk lieferte mehr Milch. Die Exporte nach China stiegen 2023 auf "
            "90 Mio. Dollar, sagte der Gouverneur am Dienstag in Minsk.",
            [("trade.regional", "Vitebsk region", 9e7)],
        ),
    ],
)
def test_a_place_a_figure_was_told_at_is_not_its_entity(text: str, expected: list[Point]) -> None:
    assert points(text) == expected
