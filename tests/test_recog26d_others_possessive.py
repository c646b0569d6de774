"""Recognition round N (recog26d): another country's trade with China said in the sentence
after the one that names it, by a possessive ("Kasachstan baut seine Beziehungen zu Peking
aus. Sein Handel mit China erreichte 2025 rund 44 Milliarden Dollar."): the possessive
refers to that country, so the figure is no Belarus–China point (indicators.md: trade.*
are Belarus's trade with China). Texts of our own in the style of agency reports, several
possessives, nouns, word orders and countries, with counter-examples where the possessive
is Belarus's.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-02-05", only="trade.")

_OPENING = "MINSK, 5. Februar (BelTA) – Belarus und China bauen ihren Handel weiter aus. "

OTHERS = [
    # the miss's wording
    "Kasachstan baut seine Beziehungen zu Peking aus. Sein Handel mit China erreichte 2025 "
    "rund 44 Milliarden Dollar.",
    # other possessives, nouns, verbs, countries and word orders
    "Russland ist der wichtigste Nachbar Chinas im Norden. Dessen Warenumsatz mit China stieg "
    "2025 auf 245 Milliarden Dollar.",
    "Die Europäische Union bleibt ein schwieriger Partner Pekings. 2025 belief sich ihr "
    "Warenaustausch mit China auf 730 Milliarden Euro.",
    "Zum Vergleich ein Blick nach Usbekistan. Seine Exporte nach China stiegen 2025 um 18 Prozent.",
    "Die Mongolei liefert vor allem Kohle und Kupfer. Ihre Ausfuhren in die Volksrepublik "
    "erreichten 2025 rund 15 Milliarden Dollar.",
    "Auch Kasachstan verstärkt die Zusammenarbeit mit China. Im vergangenen Jahr wuchs sein "
    "Handelsvolumen mit der Volksrepublik um 12 Prozent.",
    "Polen setzt auf Agrarprodukte. Seine Lebensmittelexporte nach China stiegen 2025 um 20 "
    "Prozent.",
    # the country by its noun, not by a possessive
    "Auch Usbekistan verstärkt die Zusammenarbeit mit Peking. Der Handel des Landes mit China "
    "wuchs 2025 um 12 Prozent.",
    "Auch Usbekistan verstärkt die Zusammenarbeit mit Peking. Der Warenumsatz der Republik mit "
    "China erreichte 2025 rund 13 Milliarden Dollar.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_another_country_s_trade_by_a_possessive(text: str) -> None:
    assert points(_OPENING + text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Belarus is the one the possessive refers to
        (
            "Belarus baut seine Beziehungen zu Peking aus. Sein Handel mit China erreichte "
            "2025 rund 8 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 8e9)],
        ),
        (
            "China ist nach Russland der wichtigste Handelspartner von Belarus. Sein Handel mit "
            "der Volksrepublik erreichte 2025 rund 8 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 8e9)],
        ),
        # "des Landes" after a sentence on Belarus and China
        (
            "Der Handel zwischen Belarus und China stieg 2025 um 9 Prozent. Der Handel des "
            "Landes mit der Volksrepublik erreichte damit 8 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 9.0), ("trade.turnover", "Belarus-China", 8e9)],
        ),
        # no possessive: the country's own trade after a sentence on another country
        (
            "Kasachstan baut seine Beziehungen zu Peking aus. Der Handel zwischen Belarus und "
            "China erreichte 2025 rund 8 Milliarden Dollar.",
            [("trade.turnover", "Belarus-China", 8e9)],
        ),
        # Belarus the subject before the possessive in the figure's own sentence
        (
            "Kasachstan baut seine Beziehungen zu Peking aus. Belarus steigerte seine "
            "Exporte nach China 2025 um 9 Prozent.",
            [("trade.exports", "Belarus-China", 9.0)],
        ),
        (
            "Russland ist der wichtigste Nachbar Chinas im Norden. Belarussische Betriebe "
            "steigerten ihre Lebensmittelexporte nach China 2025 um 9 Prozent.",
            [("trade.food_exports", "Belarus-China", 9.0)],
        ),
    ],
)
def test_belarus_s_own_trade(text: str, found: list[tuple]) -> None:
    assert points(_OPENING + text) == found
