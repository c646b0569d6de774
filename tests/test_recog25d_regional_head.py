"""A region's head speaking for the region: the governor's "wir", "uns", "unsere Betriebe"
in a text on China are the region's trade (trade.regional), a goal said by its noun a target
("„Für 2026 haben wir uns ein Exportziel von 200 Millionen Dollar gesetzt“", "ein Ausfuhrziel
in Höhe von ..."), not food exports nor the park's exports when the text also names the park.
Texts of our own in the style of BelTA's regional reports; counter-examples: the park
administration's "wir", a minister's "wir" (the country's), the governor on exports to
Russia, "Exportziel" as where goods go (a fact).
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator entity status value", date="2026-01-28")


_GRODNO = (
    "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. Das teilte "
    "das Gebietsexekutivkomitee am Mittwoch mit. "
)
_GOVERNOR = "„Wir setzen auf Lebensmittel mit hoher Wertschöpfung“, sagte der Gouverneur. "
_MINSK = (
    "SMOLEWITSCHI, 28. Januar (BelTA) – Das Gebiet Minsk setzt beim Ausbau seiner Beziehungen "
    "zu China auf den Industriepark Großer Stein. "
)
_GOAL = ("trade.regional", "Grodno region", "target", 2e8)
_EXPORTS = ("trade.regional", "Minsk region", "actual", 2.65e8)
_PARK = (
    "SMOLEWITSCHI, 28. Januar (BelTA) – Der Industriepark Großer Stein wächst. „Unser Handel mit "
    "China ist gewachsen“, sagte der Leiter der Parkverwaltung. „Exportiert haben unsere "
    "Residenten im vergangenen Jahr Waren für 265 Millionen Dollar.“"
)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            _GOVERNOR + "„Für 2026 haben wir uns ein Exportziel von 200 Millionen Dollar gesetzt.“",
            _GOAL,
        ),
        (_GOVERNOR + "„Im Jahr 2026 peilen wir Exporte von 200 Millionen Dollar an.“", _GOAL),
        (
            "„Wir haben uns vorgenommen, die Ausfuhren im Jahr 2026 auf 200 Millionen Dollar zu "
            "steigern“, erklärte der Vorsitzende des Grodnoer Gebietsexekutivkomitees.",
            _GOAL,
        ),
        (_GOVERNOR + "„Unser Ziel für 2026 sind Exporte im Wert von 200 Millionen Dollar.“", _GOAL),
        (
            _GOVERNOR + "„Für 2026 haben wir uns ein Ausfuhrziel in Höhe von 200 Millionen Dollar "
            "gesetzt.“",
            _GOAL,
        ),
    ],
)
def test_a_region_s_head_sets_the_region_a_goal(text: str, point: tuple) -> None:
    assert point in points(_GRODNO + text)


@pytest.mark.parametrize(
    "text",
    [
        "Das erklärte der Gouverneur des Gebiets am Donnerstag. „Unsere Betriebe lieferten im "
        "vergangenen Jahr Waren für 265 Millionen Dollar nach China“, sagte der Gouverneur.",
        "„Unser Handel mit China ist gewachsen“, sagte der Gouverneur. „Im vergangenen Jahr "
        "haben wir Waren für 265 Millionen Dollar exportiert.“",
        "„Unser Handel mit China ist gewachsen“, sagte die Gouverneurin. „Exportiert haben "
        "unsere Unternehmen im vergangenen Jahr Waren für 265 Millionen Dollar.“",
        "Wie der Gouverneur auf dem Forum erklärte, haben unsere Betriebe im vergangenen Jahr "
        "Waren für 265 Millionen Dollar exportiert.",
        "Der Gebietschef unterstrich: „Im vergangenen Jahr haben unsere Betriebe Waren für 265 "
        "Millionen Dollar exportiert.“",
    ],
)
def test_a_region_s_head_speaks_for_the_region(text: str) -> None:
    assert _EXPORTS in points(_MINSK + text)


@pytest.mark.parametrize(
    "text",
    [
        _PARK,
        "MINSK, 28. Januar (BelTA) – Belarus baut den Handel mit China aus. „Unser Handel mit "
        "China ist gewachsen“, sagte der Außenminister. „Im vergangenen Jahr haben wir Waren "
        "für 2,2 Milliarden Dollar nach China exportiert.“",
        "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. „Wir "
        "sind zufrieden“, sagte der Gouverneur. „Nach Russland haben wir Waren für 2 "
        "Milliarden Dollar exportiert.“",
    ],
)
def test_no_regional_trade_of_another_speaker(text: str) -> None:
    assert not [p for p in points(text) if p[0] == "trade.regional"]


@pytest.mark.parametrize(
    "text",
    [
        _PARK,
        "SMOLEWITSCHI, 28. Januar (BelTA) – Der Industriepark Großer Stein wächst. Der "
        "Gouverneur besuchte am Donnerstag den Park. „Im vergangenen Jahr haben unsere "
        "Residenten Waren für 265 Millionen Dollar exportiert“, sagte der Leiter der "
        "Parkverwaltung.",
    ],
)
def test_the_park_administration_s_we_stays_the_park_s(text: str) -> None:
    assert ("park.exports", "Great Stone", "actual", 2.65e8) in points(text)


def test_an_export_destination_is_no_goal() -> None:
    text = (
        "China ist für das Gebiet das zweitwichtigste Exportziel, die Lieferungen erreichten im "
        "vergangenen Jahr 176 Millionen Dollar."
    )
    assert ("trade.regional", "Grodno region", "actual", 1.76e8) in points(_GRODNO + text)
