"""Whose a point is when the figure's sentence does not name it (issue 7, item 3): a
nationwide word in the figure's clause, the topic carried from the sentences before, and
"Beide Seiten" (the parties named before). Texts of our own in the style of agency reports,
each rule with counter-examples it must not take."""

from __future__ import annotations

import copy

import pytest
from tests.conftest import points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import default_catalog_path, load_catalog, parse_catalog
from bycn.yamlfiles import safe_load

Point = tuple[str, str, float]


points = points_of("indicator entity value", date="2023-09-01")


# --- a nationwide word in the figure's clause ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Das Gebiet Brest steigerte seine Ausfuhren nach China auf 100 Millionen Dollar, "
            "die belarussischen Ausfuhren nach China stiegen um 20 Prozent.",
            ("trade.regional", "Brest region", 100e6),
        ),
        (
            "Das Gebiet Gomel lieferte Waren für 70 Millionen Dollar nach China, die Exporte "
            "des Landes nach China wuchsen um 20 Prozent.",
            ("trade.regional", "Gomel region", 70e6),
        ),
        (
            "Im Gebiet Witebsk stieg der Handel mit China auf 100 Millionen Dollar, die "
            "Exporte aus Belarus nach China um 20 Prozent.",
            ("trade.regional", "Vitebsk region", 100e6),
        ),
    ],
)
def test_a_nationwide_word_in_the_clause_is_no_region_of_a_clause_before(
    text: str, own: Point
) -> None:
    """The 20 Prozent are the country's exports (the region named in a clause before
    does not make them no national total), not the region's; the region's own figure
    stays its point."""
    assert points(text) == sorted([own, ("trade.exports", "Belarus-China", 20.0)])


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # no nationwide word in the figure's clause: the region named before it
        (
            "Das Gebiet Brest steigerte seine Lieferungen nach China auf 100 Millionen "
            "Dollar, die Ausfuhren stiegen damit um 20 Prozent.",
            "Brest region",
        ),
        # the country named after the figure: a comparison, the region's figure
        (
            "Das Gebiet Brest steigerte seine Lieferungen nach China auf 100 Millionen "
            "Dollar, sie wuchsen um 20 Prozent schneller als die Ausfuhren von ganz Belarus.",
            "Brest region",
        ),
        # the region's anaphor in the clause: the region's, though the country is named
        (
            "Belarus baut seine Exporte nach China aus. Das Gebiet Gomel ist dabei vorn, "
            "die Ausfuhren des Gebiets nach China stiegen um 20 Prozent.",
            "Gomel region",
        ),
    ],
)
def test_without_a_nationwide_word_in_the_clause_the_region_before_stays(
    text: str, region: str
) -> None:
    assert ("trade.regional", region, 20.0) in points(text)


# --- a figure that continues a point before it ("waren es") ----------------------------------

BREST_EXPORTS = "Das Gebiet Brest exportierte 2022 Waren für 100 Millionen Dollar nach China. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country: no region's point (trade.regional has no country default) ...
        (BREST_EXPORTS + "Landesweit waren es 1,3 Milliarden Dollar.", []),
        (BREST_EXPORTS + "Für ganz Belarus waren es 1,3 Milliarden Dollar.", []),
        # ... and the country's, where the indicator has it as its default
        (
            "Chinesische Investoren legten im Gebiet Brest 2022 rund 10 Millionen Dollar an. "
            "Landesweit waren es 500 Millionen Dollar.",
            [("trade.chinese_investment", "Belarus-China", 500e6)],
        ),
        # another region named in the clause: its point; two: no one's
        (
            BREST_EXPORTS + "Im belarussischen Gebiet Gomel waren es 80 Millionen Dollar.",
            [("trade.regional", "Gomel region", 80e6)],
        ),
        (BREST_EXPORTS + "In den Gebieten Gomel und Mogiljow waren es je 80 Millionen Dollar.", []),
        # counter-examples: the region continued
        (
            BREST_EXPORTS + "Im Vorjahr waren es 80 Millionen Dollar.",
            [("trade.regional", "Brest region", 80e6)],
        ),
        (
            BREST_EXPORTS + "Im Gebiet Brest waren es im Vorjahr 80 Millionen Dollar.",
            [("trade.regional", "Brest region", 80e6)],
        ),
    ],
)
def test_a_continued_point_is_of_the_entity_its_clause_speaks_of(
    text: str, expected: list[Point]
) -> None:
    found = [p for p in points(text) if p[2] != 100e6 and p[2] != 10e6]
    assert found == expected


# --- the topic carried from the sentences before -----------------------------------------

NATIONAL_TEXT = (
    "Handel zwischen Belarus und China wächst\n\n"
    "MINSK, 1. September (BelTA) – Der Warenumsatz zwischen Belarus und China hat im "
    "Januar-Juli 4 Milliarden US-Dollar erreicht.\n\n"
    "Unter den Regionen wuchs der Handel des Gebiets Brest mit China am stärksten, um "
    "40 Prozent.\n\n"
    "Im vergangenen Jahr hatte das bilaterale Handelsvolumen 5 Milliarden Dollar "
    "betragen.\n\n"
    "Bis 2026 sollen die Lieferungen nach China auf 2 Milliarden Dollar steigen, sagte "
    "der Minister."
)


def test_a_topic_is_not_carried_past_a_sentence_of_the_country() -> None:
    """The sentence before the figure's names no one, but its point is the country's (the
    bilateral trade volume): the region named two paragraphs up is not the topic."""
    found = points(NATIONAL_TEXT)
    assert ("trade.exports", "Belarus-China", 2e9) in found
    assert ("trade.regional", "Brest region", 40.0) in found
    assert ("trade.turnover", "Belarus-China", 5e9) in found


@pytest.mark.parametrize(
    "country",
    [
        "Das Land insgesamt lieferte Waren für 2,5 Milliarden Dollar.",
        "Unser Land lieferte Waren für 2,5 Milliarden Dollar.",
        "Im ganzen Land waren es Lieferungen für 2,5 Milliarden Dollar.",
        "Belarus insgesamt lieferte Waren für 2,5 Milliarden Dollar.",
    ],
)
def test_the_country_said_as_das_land_is_no_regional_topic(country: str) -> None:
    text = "Die Region Mogiljow exportierte 2023 Waren für 90 Millionen Dollar nach China. "
    text += country
    found = points(text)
    assert ("trade.regional", "Mogilev region", 90e6) in found
    assert ("trade.regional", "Mogilev region", 2.5e9) not in found


@pytest.mark.parametrize(
    "text",
    [
        # the sentence between is the region's point, carried as the topic
        "Gebiet Brest baut Handel mit China aus\n\n"
        "BREST, 1. September (BelTA) – Das Gebiet Brest steigerte seine Ausfuhren nach "
        "China um 40 Prozent.\n\n"
        "Im ersten Halbjahr erreichten die Lieferungen nach China 60 Millionen Dollar.\n\n"
        "Bis 2026 sollen die Lieferungen nach China auf 2 Milliarden Dollar steigen, sagte "
        "der Gouverneur.",
        # ... and the sentence between holds no point at all
        "Gebiet Brest baut Handel mit China aus\n\n"
        "BREST, 1. September (BelTA) – Das Gebiet Brest steigerte seine Ausfuhren nach "
        "China um 40 Prozent.\n\n"
        "Gefragt sind vor allem Milchprodukte und Rindfleisch.\n\n"
        "Bis 2026 sollen die Lieferungen nach China auf 2 Milliarden Dollar steigen, sagte "
        "der Gouverneur.",
    ],
)
def test_a_regional_topic_is_carried_past_sentences_of_its_own(text: str) -> None:
    assert ("trade.regional", "Brest region", 2e9) in points(text)


# --- "Beide Seiten": the parties named before ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gebiet Witebsk baut Handel mit chinesischen Provinzen aus\n\n"
            "Der Gouverneur des Gebiets Witebsk traf eine Delegation aus der Provinz "
            "Heilongjiang. Im ersten Quartal stieg der Außenhandel der Region mit China auf "
            "40 Millionen US-Dollar.\n\n"
            "Beide Seiten vereinbarten, den Warenaustausch bis Ende 2025 auf 100 Millionen "
            "Dollar zu steigern.",
            ("trade.regional", "Vitebsk region", 100e6),
        ),
        (
            "Gebiet Gomel vertieft Kontakte nach China\n\n"
            "GOMEL, 3. Mai (BelTA) – Der Gouverneur des Gebiets Gomel empfing eine "
            "Delegation aus der Provinz Hubei. Die Exporte des Gebiets nach China erreichten "
            "im vergangenen Jahr 80 Millionen Dollar.\n\n"
            "Die Partner wollen den Handelsaustausch bis 2027 auf 150 Millionen Dollar "
            "ausbauen.",
            ("trade.regional", "Gomel region", 150e6),
        ),
        # China (a province) named in the title only, sentences before
        (
            "Gebiet Mogiljow knüpft Kontakte nach Jiangsu\n\n"
            "MOGILJOW, 3. Mai (BelTA) – Der Gouverneur des Gebiets Mogiljow empfing am "
            "Montag eine Delegation.\n\n"
            "Die Gäste besichtigten mehrere Betriebe. Gefragt sind Milchprodukte. Auch Flachs "
            "ist gefragt. Die Region liefert bereits Möbel.\n\n"
            "Beide Seiten vereinbarten, den Warenaustausch bis 2026 auf 60 Millionen Dollar "
            "zu steigern.",
            ("trade.regional", "Mogilev region", 60e6),
        ),
        # the two countries' leaders: their countries' trade
        (
            "Präsidenten bekräftigen Partnerschaft\n\n"
            "Alexander Lukaschenko und Xi Jinping trafen sich in Peking. Der Warenumsatz "
            "zwischen Belarus und China stieg auf 8 Milliarden Dollar.\n\n"
            "Beide Seiten vereinbarten, den Warenaustausch bis 2030 auf 10 Milliarden Dollar "
            "zu steigern.",
            ("trade.turnover", "Belarus-China", 10e9),
        ),
        # ... though a region and the city they met in are named before them
        (
            "Minsk und Peking bauen Handel aus\n\n"
            "MINSK, 3. Mai (BelTA) – Der Gouverneur des Gebiets Gomel empfing am Montag eine "
            "Delegation aus Hubei.\n\n"
            "Am Dienstag trafen sich die Regierungschefs von Belarus und China in Minsk.\n\n"
            "Beide Seiten vereinbarten, den Warenaustausch bis 2030 auf 12 Milliarden Dollar "
            "zu steigern.",
            ("trade.turnover", "Belarus-China", 12e9),
        ),
    ],
)
def test_both_sides_are_the_parties_named_before(text: str, expected: Point) -> None:
    found = points(text)
    assert expected in found
    assert [p for p in found if p[2] == expected[2]] == [expected]


def test_a_regions_trade_said_as_warenaustausch_is_the_regions() -> None:
    text = "Der Warenaustausch des Gebiets Brest mit China stieg im ersten Halbjahr um 20 Prozent."
    assert points(text) == [("trade.regional", "Brest region", 20.0)]


# --- "die Volksrepublik" without its name ---------------------------------------------------

VOLKSREPUBLIK = (
    "Im vergangenen Jahr beliefen sich die Ausfuhren des Gebiets in die Volksrepublik auf "
    "45 Millionen Dollar."
)


@pytest.mark.parametrize(
    "before",
    [
        # China in the title
        "Gebiet Brest baut Kontakte nach China aus\n\n"
        "BREST, 2. Juni (BelTA) – Das Gebiet Brest will seine Zusammenarbeit ausbauen.\n\n",
        # ... or as an adjective two paragraphs up, not in the sentences just before
        "Gebiet Brest baut Kontakte aus\n\n"
        "BREST, 2. Juni (BelTA) – Das Gebiet Brest will mit chinesischen Partnern "
        "zusammenarbeiten.\n\n"
        "Eine Delegation besuchte im Mai mehrere Betriebe.\n\n"
        "Gefragt sind vor allem Lebensmittel.\n\n"
        "Auch die Holzindustrie sucht neue Märkte.\n\n",
    ],
)
def test_the_volksrepublik_is_china_where_the_text_named_china_before(before: str) -> None:
    assert points(before + VOLKSREPUBLIK) == [("trade.regional", "Brest region", 45e6)]


@pytest.mark.parametrize(
    "before",
    [
        # China never named
        "Gebiet Brest steigert Exporte\n\n"
        "BREST, 2. Juni (BelTA) – Das Gebiet Brest hat seine Exporte gesteigert.\n\n",
        # another people's republic named before
        "Gebiet Brest und Laos\n\n"
        "BREST, 2. Juni (BelTA) – Das Gebiet Brest will mit der Demokratischen "
        "Volksrepublik Laos zusammenarbeiten.\n\n",
    ],
)
def test_the_volksrepublik_is_no_china_where_the_text_did_not_name_china(before: str) -> None:
    assert points(before + VOLKSREPUBLIK) == []


def test_a_volksrepublik_by_its_name_is_no_china() -> None:
    text = (
        "Gebiet Brest handelt mit Laos\n\n"
        "Die Ausfuhren des Gebiets Brest in die Volksrepublik Laos beliefen sich im "
        "vergangenen Jahr auf 45 Millionen Dollar."
    )
    assert points(text) == []


def test_a_rules_topic_is_read_and_checked() -> None:
    """``topic`` is a list of regexes like the others: read into the rule, and a bad one is
    a problem named by its place."""
    catalog = load_catalog()
    rules = catalog.indicator("trade.regional").rules
    assert any(p.search("China") for rule in rules for p in rule.topic)
    data = safe_load(default_catalog_path().read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    regional = next(i for i in broken["indicators"] if i["id"] == "trade.regional")
    regional["rules"][0]["topic"] = ["(unclosed"]
    with pytest.raises(CatalogError, match=r"trade\.regional.*topic"):
        parse_catalog(broken)


# --- a region's noun before its object ("exportierte das Gebiet Waren") ----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Im vergangenen Jahr exportierte das Gebiet Waren für 45 Millionen Dollar in die "
            "Volksrepublik.",
            [("trade.regional", "Brest region", 45e6)],
        ),
        (
            "Im vergangenen Jahr lieferte die Region Produkte für 45 Millionen Dollar nach China.",
            [("trade.regional", "Brest region", 45e6)],
        ),
        # a name after the noun: a region the catalog does not know, no one's point
        (
            "Im vergangenen Jahr exportierte das Gebiet Smolensk Waren für 45 Millionen Dollar "
            "nach China.",
            [],
        ),
    ],
)
def test_goods_after_a_regions_noun_are_its_object_not_its_name(
    sentence: str, expected: list[Point]
) -> None:
    text = (
        "Gebiet Brest baut Kontakte nach China aus\n\n"
        "Das Gebiet Brest will mit chinesischen Partnern zusammenarbeiten. " + sentence
    )
    assert points(text) == expected


# --- the place where something was told is no topic ------------------------------------------

BREST_LEAD = (
    "Gebiet Brest steigert Exporte nach China\n\n"
    "BREST, 2. Juni (BelTA) – Das Gebiet Brest hat seine Lieferungen nach China im ersten "
    "Quartal auf 40 Millionen Dollar gesteigert. "
)


@pytest.mark.parametrize(
    ("told", "entity"),
    [
        ("Das sagte der Gouverneur bei einem Forum in Minsk.", "Brest region"),
        (
            "Das teilte das Gebietsexekutivkomitee Brest auf einer Pressekonferenz in Minsk mit.",
            "Brest region",
        ),
        # a counter-example: Minsk as what is spoken of, not where
        ("Auch die Stadt Minsk baut ihren Handel mit China aus.", "Minsk"),
    ],
)
def test_a_place_where_it_was_told_is_no_topic(told: str, entity: str) -> None:
    later = "\n\nIm gesamten Jahr sollen die Exporte nach China 200 Millionen Dollar erreichen."
    assert ("trade.regional", entity, 200e6) in points(BREST_LEAD + told + later)


def test_a_region_anaphor_does_not_refer_to_where_it_was_told() -> None:
    text = (
        BREST_LEAD + "Das sagte der Gouverneur bei einem Forum in Minsk.\n\n"
        "Die Exporte der Region nach China sollen 2024 auf 200 Millionen Dollar steigen."
    )
    assert ("trade.regional", "Brest region", 200e6) in points(text)
