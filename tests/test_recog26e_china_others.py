"""China's trade with another partner is no Belarus-China turnover (round 26, E): a text on
China and Central Asia, the ASEAN states, Africa, or China's trade with Kazakhstan, whose
later sentence tells the trade alone ("Damit überschritt das Handelsvolumen erstmals die
Marke von 100 Milliarden US-Dollar"). The pair named nearest to the figure (its sentence,
then the article's title and lead) tells.

Texts of our own in the style of Xinhua's, CRI's and BelTA's reports; counter-examples: a
text on Belarus and China keeps its trade though a comparison with China's trade with
another country stands beside it.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-01-19", only="trade.")


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "Handel zwischen China und Zentralasien erreicht Rekord",
            "Der Handel zwischen China und Zentralasien wuchs 2025 kräftig. Damit "
            "überschritt das Handelsvolumen erstmals die Marke von 100 Milliarden US-Dollar.",
        ),
        (
            "China und die ASEAN-Staaten bauen Zusammenarbeit aus",
            "China und die ASEAN-Staaten vertiefen ihre Beziehungen. Das Handelsvolumen "
            "stieg im vergangenen Jahr um 7 Prozent.",
        ),
        (
            "Kasachstan bleibt wichtiger Partner",
            "Der Handel Chinas mit Kasachstan erreichte 2025 einen neuen Höchststand. Das "
            "Handelsvolumen belief sich auf 44 Milliarden Dollar.",
        ),
        (
            "Gipfel China–Zentralasien in Astana",
            "Beim Gipfel wurden zahlreiche Abkommen unterzeichnet. Der Warenumsatz legte um "
            "12 Prozent auf 106 Milliarden Dollar zu.",
        ),
        (
            "Wirtschaftsforum in Peking",
            "Die Zusammenarbeit zwischen China und den afrikanischen Staaten wächst. Der "
            "Handelsumsatz erreichte 295 Milliarden Dollar.",
        ),
        (
            "Astana und Peking ziehen Bilanz",
            "Der chinesisch-kasachische Handel legte 2025 kräftig zu. Das Handelsvolumen "
            "erreichte 44 Milliarden Dollar.",
        ),
        (
            "Moskau und Peking ziehen Bilanz",
            "Die russisch-chinesischen Wirtschaftsbeziehungen wachsen. Das Handelsvolumen "
            "stieg um 2 Prozent.",
        ),
        (
            "Wirtschaftsforum in Peking",
            "Zwischen China und den fünf zentralasiatischen Staaten wurde 2025 ein "
            "Handelsvolumen von 106 Milliarden Dollar erreicht.",
        ),
    ],
)
def test_chinas_trade_with_another_partner_is_no_belarus_china_point(title: str, text: str) -> None:
    assert points(text, title=title) == []


@pytest.mark.parametrize(
    "title, text, expected",
    [
        (
            "Handel mit China: Belarus steigert Ausfuhren",
            "Der Warenumsatz zwischen Belarus und China erreichte 8,4 Mrd. Dollar. Zum "
            "Vergleich: Der Handel Chinas mit Russland lag bei 245 Milliarden Dollar. Bis "
            "2027 soll der bilaterale Handel auf 10 Milliarden Dollar wachsen.",
            [("trade.turnover", 8.4e9), ("trade.turnover", 1e10)],
        ),
        (
            "Belarus und China handeln mehr",
            "Während der Handel zwischen China und Zentralasien schneller wächst, erreichte "
            "das Handelsvolumen zwischen Belarus und China 8,4 Milliarden Dollar.",
            [("trade.turnover", 8.4e9)],
        ),
        (
            "Der belarussisch-chinesische Handel wächst",
            "Die Zahl der chinesisch-europäischen Güterzüge stieg. Das Handelsvolumen "
            "wuchs um 7 Prozent.",
            [("trade.turnover", 7.0)],
        ),
        (
            "Minsk und Peking vertiefen Zusammenarbeit",
            "China ist ein wichtiger Partner von Belarus. Das Handelsvolumen stieg um 7 Prozent.",
            [("trade.turnover", 7.0)],
        ),
    ],
)
def test_a_text_on_belarus_keeps_its_trade(title: str, text: str, expected: list) -> None:
    assert points(text, title=title) == expected
