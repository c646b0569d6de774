"""A figure said of each of the regions listed before it ("steigerten die Gebiete Gomel und
Grodno ... ihre Lieferungen nach China um jeweils mehr als 20 Prozent", "Waren für je 40
Millionen Dollar") is a point of each, the same value. Texts of our own in the style of the
statistics committee's releases; counter-examples: the two regions' figure with no "jeweils"
(no one region's), "zusammen" (together), "je nach" (by), one region's "jeweils".
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("entity value", date="2025-05-14", only="trade.regional")

_OPENING = (
    "MINSK, 14. Mai (Belstat) – Die Exporte nach China sanken im ersten Quartal um 3,1 Prozent. "
)


@pytest.mark.parametrize(
    ("text", "entities", "value"),
    [
        (
            "Im ersten Quartal steigerten auch die Gebiete Gomel und Grodno, die in der Tabelle "
            "nicht aufgeführt sind, ihre Lieferungen nach China um jeweils mehr als 20 Prozent.",
            ["Gomel region", "Grodno region"],
            20.0,
        ),
        (
            "Die Gebiete Gomel und Grodno exportierten im ersten Quartal jeweils Waren für rund "
            "40 Millionen Dollar nach China.",
            ["Gomel region", "Grodno region"],
            40000000.0,
        ),
        (
            "In den Gebieten Gomel und Grodno wuchsen die Exporte nach China im ersten Quartal um"
            " jeweils rund 20 Prozent.",
            ["Gomel region", "Grodno region"],
            20.0,
        ),
        (
            "Die Gebiete Gomel und Grodno lieferten im ersten Quartal Waren für je 40 Millionen "
            "Dollar nach China.",
            ["Gomel region", "Grodno region"],
            40000000.0,
        ),
        (
            "Die Gebiete Gomel, Grodno und Brest steigerten ihre Ausfuhren nach China im ersten "
            "Quartal um jeweils 20 Prozent.",
            ["Brest region", "Gomel region", "Grodno region"],
            20.0,
        ),
    ],
)
def test_a_point_of_each(text: str, entities: list[str], value: float) -> None:
    assert points(_OPENING + text) == [(entity, value) for entity in entities]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gebiete Gomel und Grodno steigerten ihre Ausfuhren nach China im ersten Quartal "
        "um 20 Prozent.",
        "Die Gebiete Gomel und Grodno lieferten im ersten Quartal zusammen Waren für 40 "
        "Millionen Dollar nach China.",
        "Die Gebiete Gomel und Grodno lieferten im ersten Quartal je nach Monat Waren für 40 "
        "Millionen Dollar nach China.",
    ],
)
def test_no_one_region_s_point(text: str) -> None:
    assert points(_OPENING + text) == []


def test_one_region_s_jeweils_is_its_own() -> None:
    text = (
        "Das Gebiet Gomel steigerte seine Ausfuhren nach China im ersten Quartal um jeweils "
        "20 Prozent.\n"
    )
    assert points(_OPENING + text) == [("Gomel region", 20.0)]
