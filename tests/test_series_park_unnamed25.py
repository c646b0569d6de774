"""The park unnamed: an industrial park (or zone) the two countries built in Belarus is Great
Stone, and firms that settled there, said in the past ("in dem sich 111 Firmen
niederließen", "ließen sich ... nieder", "siedelten sich ... an"), are its residents. Texts
of our own in the style of dpa's and BelTA's reports; counter-examples: another country's
park, a Belarusian free economic zone, a technopark, a town's industrial zone.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2023-12-05")

_OPENING = "PEKING (dpa-AFX) - Xi Jinping hat Lukaschenko weitere Zusammenarbeit zugesichert. "
_RESIDENTS = ("park.residents", "Great Stone", 111.0)


@pytest.mark.parametrize(
    "text",
    [
        "Die beiden Länder bauten demnach für Hunderte Millionen US-Dollar einen Industriepark "
        "in Belarus, in dem sich 111 Firmen aus verschiedenen Branchen niederließen.",
        "Der chinesisch-belarussische Industriepark wächst weiter: Bis Ende November ließen "
        "sich dort 111 Firmen nieder.",
        "Im gemeinsamen Industriepark bei Minsk siedelten sich bislang 111 Unternehmen an.",
        "Beide Staaten errichteten ein Industriegebiet nahe Minsk, in dem sich 111 Unternehmen "
        "angesiedelt haben.",
        "China und Belarus entwickeln seit 2012 ein gemeinsames Industriegebiet. Dort haben "
        "sich inzwischen 111 Firmen niedergelassen.",
        "Seit 2012 entsteht bei Minsk das chinesisch-belarussische Industriegebiet. 111 "
        "Unternehmen haben sich dort angesiedelt.",
        "Im Industriepark, den beide Länder bei Minsk gebaut haben, sind 111 Unternehmen ansässig.",
    ],
)
def test_the_two_countries_park_unnamed_is_great_stone(text: str) -> None:
    assert _RESIDENTS in points(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        "In der Freien Wirtschaftszone Brest ließen sich 111 Firmen nieder.",
        "Im FEZ Brest haben sich 111 Firmen niedergelassen.",
        "Im Technopark der Universität siedelten sich 111 Start-ups an.",
        "Russland und China bauten einen Industriepark in Kasachstan, in dem sich 111 Firmen "
        "niederließen.",
        "China baute auch in Kasachstan einen Industriepark. Dort haben sich 111 Firmen "
        "niedergelassen.",
        "Im usbekisch-chinesischen Industriepark Jizzakh ließen sich 111 Firmen nieder.",
        "Im Industriegebiet von Grodno ließen sich 111 Firmen nieder.",
        "Im neuen Industriegebiet von Smorgon ließen sich 111 Firmen nieder.",
        "Russland und Belarus entwickeln ein gemeinsames Industriegebiet bei Orscha. Dort "
        "ließen sich 111 Firmen nieder.",
    ],
)
def test_other_parks_and_zones_are_not_great_stone(text: str) -> None:
    assert not any(p[0].startswith("park.") for p in points(_OPENING + text))
