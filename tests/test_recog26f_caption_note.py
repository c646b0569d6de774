"""A table's caption set under it with its note on the same line, as a statistics release
sets its legend (figures.md: a table's caption and headers say what a value in it is the
value of; indicators.md: trade.turnover, trade.exports): ``| Januar–März 2025 | 1.512,4 |
561,3 | 951,1 |``, then ``Außenhandel der Republik Belarus mit der Volksrepublik China
(Waren), kumuliert seit Jahresbeginn. Quelle: Nationales Statistikkomitee.`` The title
before the note is the caption; prose before a note (a sentence with a verb, two sentences)
is none, nor another partner's title. Tables and legends are our own, in the style of
Belstat releases.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of value unit", date="2025-10-24", digits=3)

HEAD = "Minsk, 24. Oktober 2025 (Belstat) – Das Statistikkomitee legte neue Zahlen vor.\n\n"


def _table(header: str, row: str) -> str:
    rule = "|---" * (header.count("|") - 1) + "|"
    return f"{header}\n{rule}\n{row}\n\n"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (  # the miss's shape: turnover, exports and imports of a cumulated period
            _table(
                "| Zeitraum | Warenumsatz, Mio. USD | Export, Mio. USD | Import, Mio. USD |",
                "| Januar–März 2025 | 1.512,4 | 561,3 | 951,1 |",
            )
            + "Außenhandel der Republik Belarus mit der Volksrepublik China (Waren), kumuliert "
            "seit Jahresbeginn. Quelle: Nationales Statistikkomitee der Republik Belarus.\n",
            [
                ("trade.exports", "Belarus-China", "2025-01/2025-03", 561.3e6, "USD"),
                ("trade.turnover", "Belarus-China", "2025-01/2025-03", 1512.4e6, "USD"),
            ],
        ),
        (  # other nouns, nine months as the period, the note "Angaben:"
            _table(
                "| Zeitraum | Umsatz, Mio. USD | Ausfuhren, Mio. USD | Einfuhren, Mio. USD |",
                "| 9 Monate 2025 | 4.688,9 | 1.802,6 | 2.886,3 |",
            )
            + "Warenaustausch zwischen Belarus und China, kumuliert. Angaben: Nationales "
            "Statistikkomitee.\n",
            [
                ("trade.exports", "Belarus-China", "2025-01/2025-09", 1802.6e6, "USD"),
                ("trade.turnover", "Belarus-China", "2025-01/2025-09", 4688.9e6, "USD"),
            ],
        ),
        (  # the partners named before a colon, the note without a full stop
            _table(
                "| Zeitraum | Warenumsatz, Mio. USD | Export, Mio. USD |",
                "| Januar–Juni 2025 | 3.104,7 | 1.188,0 |",
            )
            + "Belarus – China: Außenhandel mit Waren. Quelle: Belstat\n",
            [
                ("trade.exports", "Belarus-China", "2025-01/2025-06", 1188.0e6, "USD"),
                ("trade.turnover", "Belarus-China", "2025-01/2025-06", 3104.7e6, "USD"),
            ],
        ),
        (  # a half-year, the note after a semicolon: its date
            _table(
                "| Periode | Handelsumsatz, Mio. US-Dollar | Ausfuhr, Mio. US-Dollar |",
                "| I. Halbjahr 2025 | 3.104,7 | 1.188,0 |",
            )
            + "Handel von Belarus mit China seit Jahresbeginn; Stand: 1. Oktober 2025\n",
            [
                ("trade.exports", "Belarus-China", "2025-H1", 1188.0e6, "USD"),
                ("trade.turnover", "Belarus-China", "2025-H1", 3104.7e6, "USD"),
            ],
        ),
        (  # the unit spelt out, "Januar bis September", the note "Daten:"
            _table(
                "| Zeitraum | Warenhandel, Millionen US-Dollar | Exporte, Millionen US-Dollar |",
                "| Januar bis September 2025 | 4.688,9 | 1.802,6 |",
            )
            + "Warenverkehr zwischen Belarus und der Volksrepublik China. Daten: Belstat, "
            "vorläufig.\n",
            [
                ("trade.exports", "Belarus-China", "2025-01/2025-09", 1802.6e6, "USD"),
                ("trade.turnover", "Belarus-China", "2025-01/2025-09", 4688.9e6, "USD"),
            ],
        ),
    ],
)
def test_a_title_before_its_note_is_the_caption(table: str, expected: list[tuple]) -> None:
    assert points(HEAD + table) == expected


EXPORTS = _table("| Zeitraum | Export, Mio. USD |", "| Januar–März 2025 | 561,3 |")


@pytest.mark.parametrize(
    "below",
    [
        "Die Exporte nach China stiegen kräftig. Quelle: Belstat.\n",  # prose, a verb
        "Im Handel mit China wuchs der Absatz. Quelle: Belstat.\n",
        # two sentences before the note: a paragraph, not a title
        "Die Angaben sind vorläufig. Der Handel mit China bleibt wichtig. Quelle: Belstat.\n",
        # another partner's table
        "Außenhandel der Republik Belarus mit Russland, kumuliert. Quelle: Belstat.\n",
        "Quelle: Nationales Statistikkomitee.\n",  # a note alone names no partner
    ],
)
def test_no_caption_before_a_note(below: str) -> None:
    assert points(HEAD + EXPORTS + below) == []
