"""Recognition round N (recog26d): a university said by its noun without its name ("die
Universität", "an der Hochschule", "der Uni") refers back to the last university named,
not to the academy of sciences named after it (edu.institution_agreements places
institutions and the academy: indicators.md, `entity` = the university). Texts of our own
in the style of agency reports: the noun as subject, object of a preposition, genitive;
counter-examples: "die Akademie" is the academy's, and a text with no academy.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity value", date="2026-02-05", only="edu.institution")

_DATELINE = "MINSK, 5. Februar (BelTA) – "
_BSU = "Die Belarussische Staatliche Universität baut ihre Beziehungen zu China aus. "
_ACADEMY = "Die Nationale Akademie der Wissenschaften unterzeichnete ebenfalls ein Abkommen. "


@pytest.mark.parametrize(
    "text",
    [
        # the miss's wording
        "Die Universität hat inzwischen 45 Abkommen mit chinesischen Hochschulen.",
        # other cases of the noun, other nouns, word orders
        "Mit chinesischen Hochschulen hat die Hochschule inzwischen 45 Abkommen geschlossen.",
        "An der Universität bestehen 45 Abkommen mit chinesischen Hochschulen.",
        "Nach Angaben der Universität unterhält sie 45 Abkommen mit Partnern in China.",
        "Die Uni pflegt heute 45 Kooperationsabkommen mit chinesischen Universitäten.",
    ],
)
def test_the_university_not_the_academy_named_after_it(text: str) -> None:
    assert points(_DATELINE + _BSU + _ACADEMY + text) == [
        ("edu.institution_agreements", "BSU", 45.0)
    ]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # the academy by its own noun
        (
            _BSU + _ACADEMY + "Die Akademie hat inzwischen 45 Abkommen mit chinesischen Partnern.",
            "NAS of Belarus",
        ),
        # no academy: the university named last
        (
            "Die Staatliche Universität Grodno arbeitet eng mit China zusammen. Die Universität "
            "hat inzwischen 45 Abkommen mit chinesischen Hochschulen.",
            "GrSU",
        ),
    ],
)
def test_the_one_its_own_noun_says(text: str, entity: str) -> None:
    assert points(_DATELINE + text) == [("edu.institution_agreements", entity, 45.0)]
