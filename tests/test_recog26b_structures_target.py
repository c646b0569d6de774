"""Recognition round N (recog26b), as a family of wordings (indicators.md, edu): joint
structures said bare ("60 gemeinsame Strukturen") in a plan ("Bis 2030 sollen es nach dem
Programm der Akademie 60 gemeinsame Strukturen sein.") are edu.joint_structures, a target,
when the text named them as science's or teaching's further back than the sentence before
("47 gemeinsame Forschungs- und Bildungsstrukturen", two paragraphs earlier).

Texts of our own in the style of the academy of sciences' news pages, with
counter-examples.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity as_of status value", date="2025-12-03")

NAMED = (
    "Die Akademie der Wissenschaften hat Bilanz gezogen.\n\n"
    "Insgesamt bestehen in Belarus inzwischen 47 gemeinsame Forschungs- und "
    "Bildungsstrukturen mit chinesischen Partnern.\n\n"
    "Gemeinsam mit chinesischen Partnern wurden bislang 36 Patente angemeldet. Im Technopark "
    "in Harbin arbeiten Teams an 18 Projekten.\n\n"
)
TARGET = ("edu.joint_structures", "Belarus-China", "2030", "target", 60.0)


@pytest.mark.parametrize(
    "plan",
    [
        # the miss
        "Bis 2030 sollen es nach dem Programm der Akademie 60 gemeinsame Strukturen sein.",
        # other verbs of planning and word orders
        "Bis 2030 sollen es 60 gemeinsame Strukturen werden.",
        "Das Programm sieht bis 2030 60 gemeinsame Strukturen vor.",
        "Geplant sind bis 2030 insgesamt 60 gemeinsame Strukturen.",
        "Bis zum Jahr 2030 soll es 60 gemeinsame Strukturen geben.",
        "Bis 2030 sollen 60 gemeinsame Strukturen arbeiten.",
    ],
)
def test_a_plans_bare_joint_structures_are_a_target(plan: str) -> None:
    found = points(NAMED + plan)
    assert TARGET in found
    assert ("edu.joint_structures", "Belarus-China", "2025-12", "actual", 47.0) in found


@pytest.mark.parametrize(
    "text",
    [
        # no structures of science or teaching named before: some other joint structures
        "Die Zollbehörden beider Länder arbeiten eng zusammen.\n\n"
        "Die Kontrollen an der Grenze wurden beschleunigt.\n\n"
        "Bis 2030 sollen es 60 gemeinsame Strukturen sein.",
        # named only after the plan
        "Bis 2030 sollen es 60 gemeinsame Strukturen sein.\n\n"
        "Heute gibt es 47 gemeinsame Forschungs- und Bildungsstrukturen.",
        # China's academies' own
        "Die Chinesische Akademie der Wissenschaften hat Bilanz gezogen: Sie betreibt 47 "
        "gemeinsame Forschungs- und Bildungsstrukturen mit ausländischen Partnern.\n\n"
        "Die Patente nehmen zu.\n\nBis 2030 sollen es 60 gemeinsame Strukturen sein.",
    ],
)
def test_joint_structures_of_no_named_kind_are_no_point(text: str) -> None:
    assert not [p for p in points(text) if p[4] == 60.0]
