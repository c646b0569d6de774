"""Prose of round K (prose18), each as a family of wordings with counter-examples: goods
sent to China with the participle put first ("Nach China ausgeführt wurden Waren im Wert
von ..."), a region's or the country's by the text.

Texts of our own in the style of BelTA's and the ministries' releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import news_series

_REGION = (
    "BREST, 14. März (BelTA) – Das Gebiet Brest hat seinen Handel mit China im vergangenen "
    "Jahr deutlich ausgebaut.\n\n{}"
)
_NATIONAL = "MINSK, 14. März (BelTA) – {}"
_AUGUST = "2026-08-14"


def _points(text: str, date: str = "2026-03-14") -> list[tuple[str, str, str, float]]:
    """(indicator, entity, as_of, value) of each point of a news text of ``date``."""
    series = news_series(text, date)
    return sorted(
        zip(series["indicator"], series["entity"], series["as_of"], series["value"], strict=True)
    )


# --- 1. Goods sent to China, the participle put first --------------------------------------

_FRONTED = [
    "Nach China ausgeführt wurden im vergangenen Jahr Waren im Wert von 214,6 Millionen Dollar.",
    "Nach China verkauft wurden 2025 Waren für 214,6 Millionen Dollar.",
    "Ausgeführt wurden nach China 2025 Erzeugnisse für 214,6 Millionen Dollar.",
    "In die Volksrepublik China abgesetzt wurden 2025 Produkte für 214,6 Millionen Dollar.",
    "Auf den chinesischen Markt verkauft wurden 2025 Güter für 214,6 Millionen Dollar.",
]


@pytest.mark.parametrize("text", _FRONTED)
def test_goods_sent_with_the_participle_first_in_a_regions_text_are_its_trade(text: str) -> None:
    assert _points(_REGION.format(text)) == [("trade.regional", "Brest region", "2025", 214.6e6)]


def test_the_times_after_the_fronted_participle_are_the_regions_too() -> None:
    text = _FRONTED[0][:-1] + ", das 1,4-fache des Vorjahreswertes."
    assert _points(_REGION.format(text)) == [
        ("trade.regional", "Brest region", "2025", 1.4),
        ("trade.regional", "Brest region", "2025", 214.6e6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nach China ausgeführt wurden im vergangenen Jahr Waren im Wert von 2,6 Milliarden Dollar.",
        "Verkauft wurden 2025 nach China Waren für 2,6 Milliarden Dollar.",
        "Geliefert wurden 2025 in die Volksrepublik China Güter für 2,6 Milliarden Dollar.",
        "Exportiert wurden 2025 nach China Erzeugnisse für 2,6 Milliarden Dollar.",
    ],
)
def test_goods_sent_with_the_participle_first_are_the_countrys_exports(text: str) -> None:
    assert _points(_NATIONAL.format(text)) == [("trade.exports", "Belarus-China", "2025", 2.6e9)]


@pytest.mark.parametrize(
    "text",
    [
        # works carried out, no goods
        "Nach China ausgeführt wurden 2025 Arbeiten für 214,6 Millionen Dollar.",
        # one product's, another country's
        "Nach China geliefert wurden 2025 Milchprodukte für 214,6 Millionen Dollar.",
        "Aus Russland geliefert wurden 2025 nach China Güter für 214,6 Millionen Dollar.",
    ],
)
def test_fronted_participles_not_of_goods_sent_to_china_are_no_trade(text: str) -> None:
    assert _points(_NATIONAL.format(text)) == []
    assert _points(_REGION.format(text)) == []


def test_goods_from_china_with_the_participle_first_are_no_exports() -> None:
    text = "Aus China geliefert wurden 2025 Waren für 214,6 Millionen Dollar."
    assert _points(_NATIONAL.format(text)) == []


# --- 2. The whole over the regions' parts is the country's ----------------------------------

_PARTS = (
    "MINSK, 14. August (BelTA) – Den größten Beitrag leistete das Gebiet Minsk, auf das knapp "
    "ein Drittel der Lieferungen nach China entfiel. {}"
)


@pytest.mark.parametrize(
    "text",
    [
        "Insgesamt stiegen die Exporte nach China im ersten Halbjahr 2026 um 9,8 Prozent.",
        "Alles in allem stiegen die Ausfuhren nach China im ersten Halbjahr 2026 um 9,8 Prozent.",
        "Über alle Gebiete hinweg nahmen die Exporte nach China im ersten Halbjahr 2026 um 9,8 "
        "Prozent zu.",
        "In der Summe legten die Exporte nach China im ersten Halbjahr 2026 um 9,8 Prozent zu.",
        "Zusammengenommen wuchs der Export nach China im ersten Halbjahr 2026 um 9,8 Prozent.",
        "Insgesamt wuchs der Export nach China im ersten Halbjahr 2026 um 9,8 Prozent.",
    ],
)
def test_the_whole_after_a_regions_part_is_the_countrys(text: str) -> None:
    assert _points(_PARTS.format(text), _AUGUST) == [
        ("trade.exports", "Belarus-China", "2026-H1", 9.8)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence naming nothing continues the region
        "Die Exporte nach China stiegen im ersten Halbjahr 2026 um 9,8 Prozent.",
        # "insgesamt" not opening the sentence, the region named
        "Insgesamt stiegen die Exporte des Gebiets nach China im ersten Halbjahr 2026 um 9,8 "
        "Prozent.",
        "Die Exporte nach China stiegen im ersten Halbjahr 2026 insgesamt um 9,8 Prozent.",
        # a pronoun of the region's exports told before
        "Die Exporte nach China stiegen im ersten Halbjahr 2026 stark. Insgesamt wuchsen sie um "
        "9,8 Prozent.",
    ],
)
def test_a_sentence_with_no_whole_continues_the_region(text: str) -> None:
    assert _points(_PARTS.format(text), _AUGUST) == [
        ("trade.regional", "Minsk region", "2026-H1", 9.8)
    ]


# --- 3. Compared with a whole year, the whole year after it --------------------------------

_GRODNO = (
    "GRODNO, 27. Februar (BelTA) – Die Betriebe des Gebiets Grodno haben ihre Ausfuhren nach "
    "China gesteigert. Im Jahr 2025 verkauften sie Waren für 203 Millionen Dollar nach China, "
    "davon {part}. {text}"
)


@pytest.mark.parametrize(
    ("part", "text"),
    [
        (
            "allein im ersten Halbjahr 88 Millionen",
            "Gegenüber 2024 legte der Export damit um 14,5 Prozent zu.",
        ),
        (
            "im vierten Quartal 88 Millionen",
            "Im Vergleich zu 2024 ist das ein Plus von 14,5 Prozent.",
        ),
        (
            "im Dezember 88 Millionen",
            "Die Exporte nach China wuchsen verglichen mit dem Jahr 2024 um 14,5 Prozent.",
        ),
        ("im ersten Halbjahr 88 Millionen", "Das sind 14,5 Prozent mehr als 2024."),
        (
            "in den ersten neun Monaten 88 Millionen",
            "Die Exporte nach China übertrafen das Jahr 2024 damit um 14,5 Prozent.",
        ),
    ],
)
def test_a_change_against_a_whole_year_is_of_the_year_after_not_the_part_before(
    part: str, text: str
) -> None:
    points = _points(_GRODNO.format(part=part, text=text))
    assert ("trade.regional", "Grodno region", "2025", 14.5) in points
    assert [p for p in points if p[3] == 14.5] == [
        ("trade.regional", "Grodno region", "2025", 14.5)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # compared with the same part of the year before: the part
        "Das ist ein Plus von 14,5 Prozent gegenüber dem ersten Halbjahr 2024.",
        # no base: the part named right before
        "Das ist ein Plus von 14,5 Prozent.",
    ],
)
def test_a_change_against_no_whole_year_keeps_the_part_before(text: str) -> None:
    points = _points(_GRODNO.format(part="im ersten Halbjahr 88 Millionen", text=text))
    assert [p for p in points if p[3] == 14.5] == [
        ("trade.regional", "Grodno region", "2025-H1", 14.5)
    ]


# --- 4. Compared with a part of a year, the same part of the year after ---------------------


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Insgesamt wuchs der Export nach China gegenüber dem ersten Halbjahr 2025 um 9,8 "
            "Prozent.",
            "2026-H1",
        ),
        (
            "Insgesamt stiegen die Ausfuhren nach China im Vergleich zu den ersten sechs Monaten "
            "2025 um 9,8 Prozent.",
            "2026-01/2026-06",
        ),
        (
            "Landesweit legten die Exporte nach China im Vergleich zum ersten Halbjahr 2025 um "
            "9,8 Prozent zu.",
            "2026-H1",
        ),
        (
            "Insgesamt wuchs der Export nach China ggü. dem zweiten Quartal 2025 um 9,8 Prozent.",
            "2026-Q2",
        ),
        (
            "Insgesamt nahm der Export nach China verglichen mit dem ersten Quartal 2025 um 9,8 "
            "Prozent zu.",
            "2026-Q1",
        ),
    ],
)
def test_a_change_against_a_part_of_a_year_is_of_that_part_a_year_on(text: str, as_of: str) -> None:
    assert _points(_PARTS.format(text), _AUGUST) == [("trade.exports", "Belarus-China", as_of, 9.8)]


@pytest.mark.parametrize(
    "text",
    [
        # the part a year on not over at the text's date (14 August 2026)
        "Insgesamt wuchs der Export nach China gegenüber dem dritten Quartal 2025 um 9,8 Prozent.",
        # no comparison's base: a time since
        "Insgesamt wuchs der Export nach China seit dem ersten Halbjahr 2025 um 9,8 Prozent.",
    ],
)
def test_no_part_a_year_on_dates_a_change_by_the_text(text: str) -> None:
    assert _points(_PARTS.format(text), _AUGUST) == [
        ("trade.exports", "Belarus-China", "2026-08", 9.8)
    ]


# --- 5. A head of the region the text is about, unnamed, speaks for it ----------------------

_FAR = (
    "BREST, 14. März (BelTA) – Das Gebiet Brest hat seinen Handel mit China im vergangenen "
    "Jahr deutlich ausgebaut. Der Warenumsatz erreichte 2025 rund 587 Millionen US-Dollar. "
    "Die Einfuhren aus der Volksrepublik beliefen sich auf 372,4 Millionen Dollar. Gefragt "
    "sind vor allem Milchpulver und Schnittholz. Neue Logistikzentren sind im Bau. Auch der "
    "Tourismus wächst.\n\n{}"
)


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sehen in China einen wichtigen Partner“, sagte der stellvertretende Vorsitzende "
        "des Gebietsexekutivkomitees. „Bis 2030 wollen wir die Exporte nach China auf 400 "
        "Millionen Dollar bringen.“",
        "„Bis 2030 wollen wir die Exporte nach China auf 400 Millionen Dollar bringen“, so der "
        "Gouverneur des Gebiets.",
        "Der Vorsitzende des Gebietsexekutivkomitees kündigte an: „Bis 2030 wollen wir unsere "
        "Lieferungen nach China auf 400 Millionen Dollar steigern.“",
        "„Bis 2030 wollen wir die Ausfuhren nach China auf 400 Millionen Dollar erhöhen“, "
        "erklärte der Vorsitzende der Gebietsverwaltung.",
        "Der erste stellvertretende Vorsitzende des Gebietsexekutivkomitees sprach von neuen "
        "Handelshäusern. „Bis 2030 wollen wir unseren Export nach China auf 400 Millionen "
        "Dollar ausbauen.“",
    ],
)
def test_a_head_of_the_texts_region_unnamed_speaks_for_it(text: str) -> None:
    points = _points(_FAR.format(text))
    assert ("trade.regional", "Brest region", "2030", 400e6) in points
    assert [p for p in points if p[2] == "2030"] == [
        ("trade.regional", "Brest region", "2030", 400e6)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a minister speaks for the country
        "„Bis 2030 wollen wir die Exporte nach China auf 4 Milliarden Dollar bringen“, sagte der "
        "Wirtschaftsminister.",
        # another region's head, named
        "„Bis 2030 wollen wir die Exporte nach China auf 400 Millionen Dollar bringen“, sagte der "
        "Vorsitzende des Gebietsexekutivkomitees Gomel.",
        # a head told three sentences before: no longer the teller
        "Der Vorsitzende des Gebietsexekutivkomitees eröffnete das Forum. Es kamen 300 Gäste. "
        "Viele Firmen stellten aus. Ein Konzert folgte. „Bis 2030 wollen wir die Exporte nach "
        "China auf 400 Millionen Dollar bringen.“",
    ],
)
def test_no_unnamed_head_of_the_texts_region_leaves_the_wir_not_the_regions(text: str) -> None:
    points = _points(_FAR.format(text))
    assert not [p for p in points if p[2] == "2030" and p[1] == "Brest region"]


# --- 6. The two countries trading with each other: the turnover ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Knapp zehn Milliarden Dollar setzten Belarus und China im vergangenen Jahr miteinander "
        "um.",
        "Belarus und China setzten 2025 Waren für zehn Milliarden Dollar miteinander um.",
        "China und Belarus tauschten 2025 Waren im Wert von zehn Milliarden Dollar aus.",
        "Zwischen Belarus und China wurden 2025 Güter für zehn Milliarden Dollar gehandelt.",
        "Belarus und China haben 2025 miteinander Waren für zehn Milliarden Dollar umgesetzt.",
        "Weißrussland und China handelten 2025 miteinander Waren für zehn Milliarden Dollar.",
    ],
)
def test_the_two_countries_trading_together_is_the_turnover(text: str) -> None:
    assert _points(_NATIONAL.format(text)) == [("trade.turnover", "Belarus-China", "2025", 1e10)]


def test_the_exports_after_the_turnover_stay_the_exports() -> None:
    text = (
        "Knapp zehn Milliarden Dollar setzten Belarus und China im vergangenen Jahr miteinander "
        "um, davon entfielen 3,9 Milliarden auf belarussische Exporte."
    )
    assert _points(_NATIONAL.format(text)) == [
        ("trade.exports", "Belarus-China", "2025", 3.9e9),
        ("trade.turnover", "Belarus-China", "2025", 1e10),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # projects put into effect, delegations exchanged: no trade
        ("Belarus und China setzten 2025 gemeinsam 40 Projekte um.", []),
        ("Belarus und China tauschten 2025 zehn Delegationen aus.", []),
        # the exports in a clause of their own stay the exports
        (
            "Belarus und China tauschten 2025 Erfahrungen aus, die Exporte nach China stiegen um "
            "12 Prozent.",
            [("trade.exports", "Belarus-China", "2025", 12.0)],
        ),
    ],
)
def test_the_two_countries_doing_other_things_is_no_turnover(text: str, expected: list) -> None:
    assert _points(_NATIONAL.format(text)) == expected


# --- 7. Producers accredited for China: their total, and sold in China ----------------------

_JULY = "2026-07-03"
_MINSK = "MINSK, 3. Juli (BelTA) – {}"


@pytest.mark.parametrize(
    "text",
    [
        "Seit Jahresbeginn wurden 14 weitere belarussische Hersteller für den chinesischen Markt "
        "akkreditiert, ihre Gesamtzahl beträgt nun 263.",
        "Für den Export nach China wurden 2026 neun neue Molkereien akkreditiert. Ihre "
        "Gesamtzahl liegt jetzt bei 263.",
        "Die Liste der für China zugelassenen Betriebe wuchs um 14, deren Gesamtzahl erreicht "
        "nun 263.",
        "Für den chinesischen Markt sind 14 weitere Firmen zertifiziert worden. Diese "
        "Gesamtzahl ist nun 263.",
        "Seit Jahresbeginn wurden 14 weitere Betriebe für China zugelassen, ihre Gesamtanzahl "
        "liegt damit bei 263.",
    ],
)
def test_the_total_of_the_accredited_producers_by_its_possessive(text: str) -> None:
    assert _points(_MINSK.format(text), _JULY) == [
        ("trade.accredited_producers", "Belarus-China", "2026-07", 263.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Heute dürfen 247 belarussische Hersteller ihre Produkte in China verkaufen.",
        "Inzwischen dürfen 247 Betriebe ihre Erzeugnisse in der Volksrepublik China vertreiben.",
        "Derzeit dürfen 247 belarussische Unternehmen ihre Waren in China absetzen.",
        "247 Firmen aus Belarus sind berechtigt, ihre Produkte in China zu verkaufen.",
        "Aktuell dürfen 247 belarussische Molkereien ihre Erzeugnisse in China vermarkten.",
    ],
)
def test_producers_permitted_to_sell_in_china_are_the_accredited(text: str) -> None:
    assert _points(_MINSK.format(text), _JULY) == [
        ("trade.accredited_producers", "Belarus-China", "2026-07", 247.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # selling, not permitted; Chinese producers
        "247 belarussische Hersteller verkaufen ihre Produkte in China.",
        "In China verkaufen 247 chinesische Hersteller ihre Produkte.",
        # the number of a total of something else
        "Seit Jahresbeginn wurden 14 weitere belarussische Hersteller für den chinesischen "
        "Markt akkreditiert. Die Gesamtzahl der Beschäftigten beträgt nun 263.",
    ],
)
def test_no_permission_for_china_or_no_total_of_producers_is_no_point(text: str) -> None:
    assert [p for p in _points(_MINSK.format(text), _JULY) if p[3] in (247.0, 263.0)] == []


# --- 8. A region's part of the trade with China, put on it by "entfallen" -------------------


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (
            "Knapp zehn Milliarden Dollar setzten Belarus und China 2025 miteinander um. Auf Minsk "
            "allein entfiel mit 2,3 Milliarden Dollar fast ein Viertel des Handels.",
            "Minsk",
            2.3e9,
        ),
        (
            "Der Handel mit China erreichte 2025 knapp zehn Milliarden Dollar. Davon entfielen 587 "
            "Millionen Dollar auf das Gebiet Brest.",
            "Brest region",
            587e6,
        ),
        (
            "Die Exporte nach China stiegen 2025 auf 3,9 Milliarden Dollar. Auf das Gebiet Gomel "
            "entfielen davon 800 Millionen Dollar.",
            "Gomel region",
            800e6,
        ),
        (
            "Der Warenumsatz mit China lag 2025 bei zehn Milliarden Dollar. Auf die Hauptstadt "
            "Minsk entfielen 2,3 Milliarden Dollar.",
            "Minsk",
            2.3e9,
        ),
        (
            "Der Handel mit China erreichte 2025 knapp zehn Milliarden Dollar. Auf Grodno "
            "entfielen rund 400 Millionen Dollar.",
            "Grodno region",
            400e6,
        ),
    ],
)
def test_a_regions_part_of_the_trade_with_china_is_its_trade(
    text: str, entity: str, value: float
) -> None:
    points = _points(_NATIONAL.format(text))
    assert [p for p in points if p[0] == "trade.regional"] == [
        ("trade.regional", entity, "2025", value)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a good's part, a share, another partner's trade, no trade
        "Die Exporte nach China stiegen 2025 auf 3,9 Milliarden Dollar. Auf Kalidünger "
        "entfielen 1,1 Milliarden Dollar.",
        "Der Handel mit China erreichte 2025 knapp zehn Milliarden Dollar. Auf das Gebiet Gomel "
        "entfielen 8 Prozent.",
        "Der Handel mit Russland erreichte 2025 50 Milliarden Dollar. Auf Minsk entfielen 12 "
        "Milliarden Dollar.",
        "Die Stadt baut neue Straßen. Auf Minsk entfielen 2025 Investitionen von 2,3 Milliarden "
        "Dollar.",
    ],
)
def test_no_regions_part_of_the_trade_with_china_is_no_regional_trade(text: str) -> None:
    assert [p for p in _points(_NATIONAL.format(text)) if p[0] == "trade.regional"] == []


# --- 9. A university's agreements counted by its Chinese research partners ------------------

_BSU = "Die Belarussische Staatliche Universität arbeitet eng mit China zusammen. {}"


@pytest.mark.parametrize(
    "text",
    [
        "Die Universität hat gegenwärtig Kooperationsabkommen mit 52 chinesischen "
        "Forschungseinrichtungen und Hochschulen.",
        "Die Universität hat Abkommen mit 52 Forschungsinstituten Chinas.",
        "Die Universität unterhält Vereinbarungen mit 52 chinesischen Forschungseinrichtungen.",
        "Die Universität ist mit 52 chinesischen Forschungseinrichtungen durch Verträge verbunden.",
    ],
)
def test_agreements_counted_by_chinese_research_partners_are_the_universitys(text: str) -> None:
    assert _points(_NATIONAL.format(_BSU.format(text))) == [
        ("edu.institution_agreements", "BSU", "2026-03", 52.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # research partners of all countries; research bodies with no agreement
        "Die Universität hat Abkommen mit 52 ausländischen Forschungseinrichtungen.",
        "Die Universität arbeitet mit 52 chinesischen Forschungseinrichtungen zusammen.",
    ],
)
def test_research_partners_of_all_countries_or_without_agreements_are_none(text: str) -> None:
    assert _points(_NATIONAL.format(_BSU.format(text))) == []


# --- 10. The balance of the trade with China is no turnover ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Saldo des Warenhandels mit China war 2025 mit 1,67 Milliarden Dollar negativ.",
        "Das Defizit im Handel mit China betrug 2025 1,67 Milliarden Dollar.",
        "Der Handel mit China wies 2025 ein Defizit von 1,67 Milliarden Dollar auf.",
        "Im Warenhandel mit China ergab sich 2025 ein negativer Saldo von 1,67 Milliarden Dollar.",
        "Die Handelsbilanz im Handel mit China war 2025 mit 1,67 Milliarden Dollar negativ.",
        "Der Handel mit China schloss 2025 mit einem Überschuss von 1,67 Milliarden Dollar.",
    ],
)
def test_the_balance_of_the_trade_with_china_is_no_turnover(text: str) -> None:
    assert _points(_NATIONAL.format(text)) == []


def test_the_turnover_beside_its_balance_stays_the_turnover() -> None:
    text = (
        "Der Handel mit China erreichte 2025 knapp zehn Milliarden Dollar, das Defizit betrug "
        "1,67 Milliarden Dollar."
    )
    assert _points(_NATIONAL.format(text)) == [("trade.turnover", "Belarus-China", "2025", 1e10)]
