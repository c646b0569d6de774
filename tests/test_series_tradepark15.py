"""Trade points as families of wordings, round H (indicators.md): a region's trade told on in
a paragraph of its own, a region kept in mind by "das Gebiet" however long ago it was named,
a place that only says where the region lies, producers accredited by a relative clause, a
threshold a plan aims at, an aim said by "peilt ... an" and a goal one has set oneself.

Texts of our own in the style of regional newspapers, agency reports and interviews,
several wordings per family, with counter-examples that must not become points (or must
stay what they were).
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series, points_of

import bycn
from bycn.indicators.catalog import load_catalog

Point = tuple[str, str, float, str]


points = points_of("indicator entity value status", date="2026-04-17")


# --- 1. a region's trade told on in a paragraph of its own ------------------------------------

GOMEL = (
    "Um 31 Prozent hat das Gebiet Gomel seine Lieferungen nach China im vergangenen Jahr "
    "gesteigert. Der gesamte Warenaustausch des Gebiets mit China belief sich 2025 auf 702 "
    "Millionen Dollar.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the miss's wording
        (
            "Im ersten Quartal 2026 setzte sich der Trend fort: Die Ausfuhren kletterten auf "
            "81,9 Millionen Dollar.",
            81.9e6,
        ),
        # the subject after its verb
        ("Im ersten Quartal 2026 stiegen die Warenexporte um 12 Prozent.", 12.0),
        # the region said again by its anaphor, in the clause
        ("Der Export des Gebiets wuchs im ersten Quartal 2026 auf 40 Millionen Dollar.", 40e6),
        # the trade rather than the exports
        ("Der Warenaustausch legte im ersten Quartal 2026 um 9 Prozent zu.", 9.0),
        ("Im ersten Quartal 2026 erhöhte sich der Handel auf 190 Millionen Dollar.", 190e6),
        # a speaker of the region ("unsere Exporte")
        (
            "„Unsere Exporte erreichten im ersten Quartal 2026 schon 55 Millionen Dollar“, sagte "
            "der Gouverneur.",
            55e6,
        ),
    ],
)
def test_a_regions_trade_told_on_in_a_paragraph_of_its_own(sentence: str, value: float) -> None:
    found = points(GOMEL + sentence)
    assert ("trade.regional", "Gomel region", value, "actual") in found
    assert not [p for p in found if p[0] == "trade.exports"]


@pytest.mark.parametrize(
    "opening",
    [
        "Die Region Brest lieferte 2025 Waren für 120 Millionen Dollar nach China.\n\n",
        "Unternehmen aus dem Gebiet Brest exportierten 2025 Waren für 120 Millionen Dollar "
        "nach China.\n\n",
    ],
)
def test_the_region_of_the_paragraph_before_by_its_other_names(opening: str) -> None:
    found = points(
        opening + "Im ersten Quartal 2026 kletterten die Ausfuhren auf 35 Millionen Dollar."
    )
    assert ("trade.regional", "Brest region", 35e6, "actual") in found


def test_the_countrys_exports_after_a_paragraph_on_the_country_stay_the_countrys() -> None:
    text = (
        "Belarus lieferte 2025 Waren für 2,4 Milliarden Dollar nach China.\n\n"
        "Im ersten Quartal 2026 setzte sich der Trend fort: Die Ausfuhren kletterten auf "
        "610 Millionen Dollar."
    )
    assert ("trade.exports", "Belarus-China", 610e6, "actual") in points(text)


def test_the_countrys_exports_said_as_such_after_a_region_are_not_the_regions() -> None:
    text = GOMEL + "Die belarussischen Ausfuhren stiegen im ersten Quartal 2026 um 5 Prozent."
    found = points(text)
    assert ("trade.regional", "Gomel region", 5.0, "actual") not in found


def test_a_regions_exports_with_no_china_near_are_no_point() -> None:
    text = (
        "Das Gebiet Brest exportierte 2025 Waren in 90 Länder. Die wichtigsten Abnehmer sind "
        "Russland und Kasachstan. Der Maschinenbau wächst.\n\n"
        "Im ersten Quartal 2026 kletterten die Ausfuhren auf 300 Millionen Dollar."
    )
    assert points(text) == []


# --- 2. a place that only says where the region lies ------------------------------------------

GRODNO = "Das Gebiet Grodno lieferte 2025 Waren für 97 Millionen Dollar nach China. "
PLAN = " Bis 2030 soll der Handel mit China auf 300 Millionen Dollar steigen."


@pytest.mark.parametrize(
    "lies",
    [
        "Das Gebiet liegt rund 300 Kilometer westlich von Minsk und zählt eine Million Einwohner.",
        "Die Region liegt 270 km von Minsk entfernt.",
        "Das Gebiet liegt nordwestlich der Hauptstadt an der Grenze zu Polen.",
        "Die Region liegt unweit von Minsk und doch weit vom Meer.",
        "Das Gebiet liegt in der Nähe von Minsk.",
        "Die Gebietshauptstadt liegt vier Autostunden von Minsk entfernt.",
    ],
)
def test_a_place_that_only_says_where_the_region_lies_is_no_topic(lies: str) -> None:
    found = points(GRODNO + lies + PLAN)
    assert ("trade.regional", "Grodno region", 300e6, "target") in found
    assert not [p for p in found if p[1] == "Minsk"]


def test_a_place_the_text_goes_on_about_is_the_topic() -> None:
    text = GRODNO + "Auch die Stadt Minsk steigerte ihre Lieferungen deutlich." + PLAN
    assert ("trade.regional", "Minsk", 300e6, "target") in points(text)


@pytest.mark.parametrize(
    ("said", "landmark"),
    [
        ("Das Gebiet liegt rund 300 Kilometer südöstlich von ", True),
        ("Es liegt 20 km von ", True),
        ("Die Stadt liegt nordöstlich der ", True),
        ("unweit von ", True),
        ("in der Nähe von ", True),
        ("nahe ", True),
        ("an der Grenze zum ", True),
        ("Die Exporte von ", False),
        ("im Gebiet ", False),
        ("Das Gebiet exportierte Waren nach ", False),
        ("Die Lieferungen aus ", False),
    ],
)
def test_landmarks_are_read_as_places_aside(said: str, landmark: bool) -> None:
    told_at = load_catalog().told_at
    assert told_at is not None
    assert bool(told_at.search(said)) is landmark


# --- 3. a region kept in mind by its anaphor ----------------------------------------------------


def test_a_region_kept_in_mind_by_das_gebiet_however_long_ago_it_was_named() -> None:
    text = (
        "Um 31 Prozent hat das Gebiet Gomel seine Lieferungen nach China 2025 gesteigert.\n\n"
        "Gefragt sind vor allem Zellstoff und Milch. Die Nachfrage wächst. "
        "Der Warenaustausch des Gebiets mit China erreichte 702 Millionen Dollar.\n\n"
        "Ein Werk fertigt Mähdrescher. Die Nachfrage nach Holz steigt. Es wird viel gebaut. "
        "Die Preise sind stabil.\n\nDie Region zählt etwa 1,36 Millionen Einwohner. "
        "Bis 2030 soll der Handel mit China auf 1,2 Milliarden Dollar steigen."
    )
    assert ("trade.regional", "Gomel region", 1.2e9, "target") in points(text)


def test_a_region_named_long_ago_and_never_again_is_not_kept_in_mind() -> None:
    text = (
        "Um 31 Prozent hat das Gebiet Gomel seine Lieferungen nach China 2025 gesteigert.\n\n"
        "Gefragt sind vor allem Zellstoff und Milch. Die Nachfrage wächst. "
        "Ein Werk fertigt Mähdrescher. Die Nachfrage nach Holz steigt. Es wird viel gebaut. "
        "Die Preise sind stabil.\n\nDie Region zählt etwa 1,36 Millionen Einwohner. "
        "Bis 2030 soll der Handel mit China auf 1,2 Milliarden Dollar steigen."
    )
    assert ("trade.regional", "Gomel region", 1.2e9, "target") not in points(text)


# --- 4. producers accredited by a relative clause on the figure's noun --------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Heute sind es 196 Unternehmen, die bei der chinesischen Zollverwaltung registriert "
            "sind.",
            196.0,
        ),
        ("Inzwischen gibt es 150 Betriebe, die für den Export nach China zugelassen sind.", 150.0),
        ("Belarus hat 80 Molkereien, welche für Lieferungen nach China akkreditiert wurden.", 80.0),
        (
            "Derzeit sind es 175 Hersteller, die auf den Listen der chinesischen "
            "Zollbehörde GACC gelistet sind.",
            175.0,
        ),
        ("Mittlerweile zählt das Land 190 Produzenten, die nach China exportieren dürfen.", 190.0),
        ("Es gibt 60 Fleischbetriebe, die beim chinesischen Zoll eingetragen sind.", 60.0),
    ],
)
def test_producers_accredited_by_a_relative_clause(sentence: str, value: float) -> None:
    found = points(sentence)
    assert ("trade.accredited_producers", "Belarus-China", value, "actual") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # firms with Chinese capital registered in Belarus
        "In Belarus arbeiten 200 Unternehmen, die mit chinesischem Kapital registriert sind.",
        # no permission: firms that export
        "Wir haben 50 Betriebe, die nach China liefern.",
        # registered elsewhere
        "Es gibt 30 Unternehmen, die in Minsk registriert sind und nach China liefern.",
        # the relative clause of another noun
        "Heute sind es 40 Betriebe in 12 Städten, die für den Export nach China zugelassen sind.",
    ],
)
def test_a_relative_clause_of_no_permission_or_of_another_noun_accredits_none(
    sentence: str,
) -> None:
    assert not [p for p in points(sentence) if p[0] == "trade.accredited_producers" and p[2] != 12]


# --- 5. a threshold a plan aims at ------------------------------------------------------------

ACCREDITED = "Die Zahl der für den Export nach China zugelassenen Betriebe ist auf 196 gestiegen. "


@pytest.mark.parametrize(
    "plan",
    [
        "Bis Ende 2026 wollen wir die Marke von 220 überschreiten.",
        "Bis Ende 2026 wollen wir die Schwelle von 220 erreichen.",
        "Bis Ende 2026 wollen wir die Grenze von 220 knacken.",
        "Bis Ende 2026 streben wir die Hürde von 220 an.",
        "Bis Ende 2026 wollen wir 220 erreichen.",
    ],
)
def test_a_threshold_a_plan_aims_at_counts_the_noun_before(plan: str) -> None:
    found = points(ACCREDITED + plan)
    assert ("trade.accredited_producers", "Belarus-China", 220.0, "target") in found


def test_a_threshold_with_no_count_before_is_no_figure() -> None:
    tables = bycn.parse_text(
        "Der Minister sprach über Logistik. Bis Ende 2026 wollen wir die Marke von 220 "
        "überschreiten.",
        doc="news",
        meta={"date": "2026-03-12"},
    )
    assert 220.0 not in set(tables.figures["value"])


# --- 6. an aim of someone named, with no noun of its own ---------------------------------------

FOOD = (
    "Die Agrar- und Lebensmittelexporte des Landes nach China sind in den ersten zehn "
    "Monaten dieses Jahres um 16 Prozent auf 671 Millionen Dollar gestiegen. "
)


@pytest.mark.parametrize(
    "aim",
    [
        "Für das Gesamtjahr peilt das Ministerium 800 Millionen Dollar an.",
        "Für das Gesamtjahr strebt der Verband 800 Millionen Dollar an.",
        "Das Ministerium rechnet für das Gesamtjahr mit 800 Millionen Dollar.",
        "Für das ganze Jahr erwartet die Behörde 800 Millionen Dollar.",
        "Bis Jahresende peilen die Exporteure 800 Millionen Dollar an.",
    ],
)
def test_an_aim_with_no_noun_of_its_own_continues_the_amount_before(aim: str) -> None:
    found = points(FOOD + aim, date="2025-11-09")
    assert ("trade.food_exports", "Belarus-China", 800e6, "target") in found


def test_an_aim_with_a_noun_of_its_own_continues_nothing() -> None:
    text = (
        FOOD + "Für das Gesamtjahr peilt das Ministerium Investitionen von 50 Millionen Dollar an."
    )
    assert not [
        p for p in points(text, date="2025-11-09") if p[2] == 50e6 and p[0] == "trade.food_exports"
    ]


def test_an_aim_after_no_point_is_none() -> None:
    text = "Die Messe war gut besucht. Für das Gesamtjahr peilt das Ministerium 800 Mio. Dollar an."
    assert points(text, date="2025-11-09") == []


# --- 7. a goal one has set oneself ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Für 2026 haben wir uns einen Warenumsatz mit China von zehn Mrd. Dollar vorgenommen.",
        "Für 2026 habe ich mir einen Warenumsatz mit China von zehn Mrd. Dollar vorgenommen.",
        "Für 2026 nehmen wir uns einen Warenumsatz mit China von zehn Milliarden Dollar vor.",
        "Für 2026 hat sich die Regierung einen Warenumsatz mit China von zehn Milliarden Dollar "
        "vorgenommen.",
        "Einen Warenumsatz mit China von zehn Milliarden Dollar hat sich die Regierung für 2026 "
        "vorgenommen.",
    ],
)
def test_a_goal_one_has_set_oneself_is_a_target(sentence: str) -> None:
    found = points(sentence, date="2026-03-12")
    assert ("trade.turnover", "Belarus-China", 1e10, "target") in found


@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("haben wir uns einen Warenumsatz von zehn Milliarden Dollar vorgenommen", True),
        ("Wir nehmen uns für 2026 zehn Milliarden vor", True),
        ("Investitionen wurden vorgenommen", False),
        ("Prüfungen wurden bei uns vorgenommen", False),
        ("Die Änderungen wurden von uns vorgenommen", False),
    ],
)
def test_the_words_of_a_goal_set(said: str, target: bool) -> None:
    import re

    patterns = [re.compile(p) for p in load_catalog().target]
    assert any(p.search(said) for p in patterns) is target


# --- 8. a count said as of now by "nun" or "jetzt", after a period told before ------------------

GRODNO_NEWS = (
    "GRODNO, 17. Dezember (BelTA) – Die Region Grodno exportiert so viel nach China wie nie zuvor. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the extra's wording
        "Acht weitere Betriebe der Region haben in diesem Jahr die Zulassung für den "
        "chinesischen Markt erhalten, damit sind es nun 19.",
        "Acht weitere Betriebe der Region haben in diesem Jahr die Zulassung für den "
        "chinesischen Markt erhalten, damit sind es jetzt 19.",
        "In diesem Jahr erhielten acht weitere Betriebe der Region die Zulassung für den "
        "chinesischen Markt; nun dürfen 19 Betriebe nach China liefern.",
        "In diesem Jahr kamen acht Betriebe der Region hinzu. Jetzt sind 19 Betriebe für den "
        "Export nach China zugelassen.",
    ],
)
def test_a_count_said_as_of_now_is_of_the_texts_month(sentence: str) -> None:
    series = news_series(GRODNO_NEWS + sentence, "2025-12-17")
    found = {(p.indicator, p.entity, p.as_of, p.value) for p in series.itertuples()}
    assert ("trade.accredited_producers", "Grodno region", "2025-12", 19.0) in found


def test_a_count_with_no_word_of_now_keeps_the_period_told_before() -> None:
    sentence = (
        "Acht weitere Betriebe der Region haben in diesem Jahr die Zulassung für den "
        "chinesischen Markt erhalten, damit sind es 19."
    )
    series = news_series(GRODNO_NEWS + sentence, "2025-12-17")
    found = {(p.indicator, p.as_of, p.value) for p in series.itertuples()}
    assert ("trade.accredited_producers", "2025", 19.0) in found


# --- 9. residents registered on one day are no period's count ------------------------------------

PARK_NEWS = (
    "MINSK, 3. März (BelTA) – Der Chinesisch-Belarussische Industriepark „Großer Stein“ "
    "wächst weiter. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the extra's wording
        "Der Aufsichtsrat des Parks hat am Dienstag zwei neue Residenten registriert.",
        "Am Mittwoch wurden im Park zwei neue Residenten registriert.",
        "Der Aufsichtsrat des Parks registrierte am 3. März zwei neue Residenten.",
        "Auf seiner jüngsten Sitzung nahm der Aufsichtsrat des Parks zwei neue Residenten auf.",
        "Bei der Sitzung des Aufsichtsrats kamen zwei neue Residenten hinzu.",
        "Der Aufsichtsrat hat dem Park am Dienstag zwei Unternehmen als Residenten "
        "registriert, sie wurden als Residenten zugelassen.",
    ],
)
def test_residents_registered_on_one_day_are_no_periods_count(sentence: str) -> None:
    found = points(PARK_NEWS + sentence, date="2026-03-03")
    assert not [p for p in found if p[0] == "park.new_residents"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Im März wurden im Park zwei neue Residenten registriert.", 2.0),
        ("Seit Jahresbeginn hat der Park damit vier neue Residenten gewonnen.", 4.0),
        # the day it was told, not the day they were registered
        (
            "Im Jahr 2025 kamen 21 neue Residenten hinzu, teilte die Verwaltung am Dienstag mit.",
            21.0,
        ),
        (
            "2025 kamen 21 neue Residenten hinzu, wie die Verwaltung am Dienstag mitteilte.",
            21.0,
        ),
    ],
)
def test_residents_registered_in_a_period_stay_points(sentence: str, value: float) -> None:
    found = points(PARK_NEWS + sentence, date="2026-03-03")
    assert ("park.new_residents", "Great Stone", value, "actual") in found


# --- 10. a plan goes on with the count before an addition told in words --------------------------

REGISTERED_PRODUCERS = (
    "Heute sind es 196 Unternehmen, die bei der chinesischen Zollverwaltung registriert sind. "
)


@pytest.mark.parametrize(
    "addition",
    [
        # the miss's wording
        "Allein seit Jahresbeginn kamen elf hinzu.",
        "Zuletzt sind weitere dazugekommen.",
        "Fast jeden Monat kommt ein neuer Betrieb hinzu.",
        "Seit Januar sind elf weitere hinzugekommen.",
        "In diesem Jahr kamen einige dazu.",
    ],
)
def test_a_plan_goes_on_with_the_count_before_an_addition_told_in_words(addition: str) -> None:
    text = (
        REGISTERED_PRODUCERS
        + addition
        + " Bis Ende 2026 wollen wir die Marke von 220 überschreiten."
    )
    found = points(text, date="2026-03-12")
    assert ("trade.accredited_producers", "Belarus-China", 220.0, "target") in found


def test_a_plan_after_a_sentence_on_something_else_goes_on_with_nothing() -> None:
    text = (
        REGISTERED_PRODUCERS
        + "Die Nachfrage nach Milch steigt. "
        + "Bis Ende 2026 wollen wir die Marke von 220 überschreiten."
    )
    found = points(text, date="2026-03-12")
    assert ("trade.accredited_producers", "Belarus-China", 220.0, "target") not in found


# --- 11. all exports by their exporter with the verb put first, after a sentence on food ---------

FOOD_BEFORE = (
    "Der Export von Nahrungsmitteln nach China stieg im Januar–September 2025 um 14,2 Prozent "
    "auf 598,4 Millionen Dollar. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the miss's wording
        "Allein im September exportierte Belarus Waren für 243,1 Millionen Dollar nach China.",
        "Im September lieferte Belarus Waren für 243,1 Millionen Dollar nach China.",
        "Im September lieferte Belarus Güter im Wert von 243,1 Millionen Dollar nach China.",
        "Im September exportierte Weißrussland Waren für 243,1 Millionen Dollar nach China.",
        # the exporter first, as before
        "Im September exportierte Belarus insgesamt Waren für 243,1 Millionen Dollar nach China.",
    ],
)
def test_all_exports_with_the_verb_first_are_no_food(sentence: str) -> None:
    found = points(FOOD_BEFORE + sentence, date="2025-10-28")
    assert ("trade.exports", "Belarus-China", 243.1e6, "actual") in found
    assert ("trade.food_exports", "Belarus-China", 243.1e6, "actual") not in found


def test_food_exports_with_the_verb_first_stay_food() -> None:
    sentence = (
        "Allein im September exportierte Belarus Lebensmittel für 90 Millionen Dollar nach China."
    )
    found = points(FOOD_BEFORE + sentence, date="2025-10-28")
    assert ("trade.food_exports", "Belarus-China", 90e6, "actual") in found


# --- 12. a table's index column, measured against the months of a year before ---------------------


@pytest.mark.parametrize(
    ("header", "period"),
    [
        # the extra's wording
        ("Januar–September 2025 in % zu Januar–September 2024", "Januar–September 2025"),
        ("Januar–Juni 2025 in % zu Januar–Juni 2024", "Januar–Juni 2025"),
        ("Januar-März 2025 in % zu Januar-März 2024", "Januar-März 2025"),
        ("September 2025 in % zu September 2024", "September 2025"),
        ("2025 in % zu 2024", "2025"),
    ],
)
def test_an_index_column_is_percent_though_the_caption_scales_dollars(
    header: str, period: str
) -> None:
    text = (
        "Der Warenumsatz von Belarus mit China wuchs.\n\n"
        "Tabelle 1. Außenhandel mit China (Mio. US-Dollar)\n\n"
        f"| | {period} | {header} |\n"
        "|---|---|---|\n"
        "| Warenumsatz | 6.470,3 | 104,1 |\n"
        "| Export | 1.981,6 | 111,7 |\n"
    )
    figures = bycn.parse_text(text, doc="news", meta={"date": "2025-10-28"}).figures
    units = dict(zip(figures["value"], figures["unit"], strict=False))
    assert units[111.7] == "percent"
    assert units[104.1] == "percent"
    assert units[1981.6e6] == "USD"
