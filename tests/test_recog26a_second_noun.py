"""Two nouns each with its own growth, joined by "und", the second with its adjective and no
article ("die die belarussischen Exporte nach China in den nächsten fünf Jahren um
mindestens 12% und chinesische Investitionen in Belarus um 30% steigern würden"): the second
growth is the second noun's, not the first's. The catalog's clause boundary parts them after
the first growth. Texts of our own in the style of agency reports on the free trade
agreement; counter-examples: a second predicate of the same noun ("und erreichten 2,1 Mrd.").
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2024-08-23", only="trade.", digits=1)

_OPENING = (
    "Handelsabkommen zwischen China und Belarus\n\n"
    "Belarus hat angekündigt, ein Freihandelsabkommen mit China für Dienstleistungen und "
    "Investitionen zu unterzeichnen. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minsk erklärte, dass das Abkommen Regeln schaffen würde, die die belarussischen "
            "Exporte nach China in den nächsten fünf Jahren um mindestens 12% und chinesische "
            "Investitionen in Belarus um 30% steigern würden.",
            [("trade.chinese_investment", 30.0), ("trade.exports", 12.0)],
        ),
        (
            "Das Abkommen soll die Exporte nach China um 12 Prozent und chinesische "
            "Direktinvestitionen um 30 Prozent erhöhen.",
            [("trade.chinese_investment", 30.0), ("trade.exports", 12.0)],
        ),
        (
            "Die Exporte nach China sollen sich um das 1,5-fache und chinesische Investitionen "
            "um 30 Prozent erhöhen.",
            [("trade.chinese_investment", 30.0), ("trade.exports", 1.5)],
        ),
        (
            "Die belarussischen Ausfuhren nach China stiegen 2023 um 12 % und belarussische "
            "Importe aus China um 30 %.",
            [("trade.exports", 12.0)],
        ),
        (
            "Chinesische Investitionen in Belarus sollen um 30 Prozent und belarussische "
            "Exporte nach China um 12 Prozent wachsen.",
            [("trade.chinese_investment", 30.0), ("trade.exports", 12.0)],
        ),
    ],
)
def test_each_noun_its_own_growth(text: str, expected: list[tuple[str, float]]) -> None:
    assert points(_OPENING + text) == sorted(expected)


def test_a_second_predicate_of_the_same_noun() -> None:
    text = "Die Exporte nach China stiegen 2023 um 12 % und erreichten 2,1 Mrd. Dollar."
    assert points(_OPENING + text) == [("trade.exports", 12.0), ("trade.exports", 2.1e9)]
