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


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. Das "
            "teilte das Gebietsexekutivkomitee am Mittwoch mit. „Wir setzen auf Lebensmittel mit "
            "hoher Wertschöpfung“, sagte der Gouverneur. „Für 2026 haben wir uns ein Exportziel "
            "von 200 Millionen Dollar gesetzt.“",
            ("trade.regional", "Grodno region", "target", 200000000.0),
        ),
        (
            "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. Das "
            "teilte das Gebietsexekutivkomitee am Mittwoch mit. „Wir setzen auf Lebensmittel mit "
            "hoher Wertschöpfung“, sagte der Gouverneur. „Im Jahr 2026 peilen wir Exporte von 200"
            " Millionen Dollar an.“",
            ("trade.regional", "Grodno region", "target", 200000000.0),
        ),
        (
            "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. Das "
            "teilte das Gebietsexekutivkomitee am Mittwoch mit. „Wir haben uns vorgenommen, die "
            "Ausfuhren im Jahr 2026 auf 200 Millionen Dollar zu steigern“, erklärte der "
            "Vorsitzende des Grodnoer Gebietsexekutivkomitees.",
            ("trade.regional", "Grodno region", "target", 200000000.0),
        ),
        (
            "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. Das "
            "teilte das Gebietsexekutivkomitee am Mittwoch mit. „Wir setzen auf Lebensmittel mit "
            "hoher Wertschöpfung“, sagte der Gouverneur. „Unser Ziel für 2026 sind Exporte im "
            "Wert von 200 Millionen Dollar.“",
            ("trade.regional", "Grodno region", "target", 200000000.0),
        ),
        (
            "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. Das "
            "teilte das Gebietsexekutivkomitee am Mittwoch mit. „Wir setzen auf Lebensmittel mit "
            "hoher Wertschöpfung“, sagte der Gouverneur. „Für 2026 haben wir uns ein Ausfuhrziel "
            "in Höhe von 200 Millionen Dollar gesetzt.“",
            ("trade.regional", "Grodno region", "target", 200000000.0),
        ),
        (
            "SMOLEWITSCHI, 16. Mai (BelTA) – Das Gebiet Minsk setzt beim Ausbau seiner "
            "Beziehungen zu China auf den Industriepark Großer Stein. Das erklärte der Gouverneur"
            " des Gebiets am Donnerstag. „Unsere Betriebe lieferten im vergangenen Jahr Waren für"
            " 265 Millionen Dollar nach China“, sagte der Gouverneur.",
            ("trade.regional", "Minsk region", "actual", 265000000.0),
        ),
        (
            "SMOLEWITSCHI, 16. Mai (BelTA) – Das Gebiet Minsk setzt beim Ausbau seiner "
            "Beziehungen zu China auf den Industriepark Großer Stein. „Unser Handel mit China ist"
            " gewachsen“, sagte der Gouverneur. „Im vergangenen Jahr haben wir Waren für 265 "
            "Millionen Dollar exportiert.“",
            ("trade.regional", "Minsk region", "actual", 265000000.0),
        ),
        (
            "SMOLEWITSCHI, 16. Mai (BelTA) – Das Gebiet Minsk setzt beim Ausbau seiner "
            "Beziehungen zu China auf den Industriepark Großer Stein. „Unser Handel mit China ist"
            " gewachsen“, sagte die Gouverneurin. „Exportiert haben unsere Unternehmen im "
            "vergangenen Jahr Waren für 265 Millionen Dollar.“",
            ("trade.regional", "Minsk region", "actual", 265000000.0),
        ),
    ],
)
def test_a_region_s_head_speaks_for_the_region(text: str, point: tuple) -> None:
    assert point in points(text)


@pytest.mark.parametrize(
    "text",
    [
        "SMOLEWITSCHI, 16. Mai (BelTA) – Der Industriepark Großer Stein wächst. „Unser Handel"
        " mit China ist gewachsen“, sagte der Leiter der Parkverwaltung. „Exportiert haben "
        "unsere Residenten im vergangenen Jahr Waren für 265 Millionen Dollar.“",
        "MINSK, 16. Mai (BelTA) – Belarus baut den Handel mit China aus. „Unser Handel mit "
        "China ist gewachsen“, sagte der Außenminister. „Im vergangenen Jahr haben wir Waren "
        "für 2,2 Milliarden Dollar nach China exportiert.“",
        "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. „Wir "
        "sind zufrieden“, sagte der Gouverneur. „Nach Russland haben wir Waren für 2 "
        "Milliarden Dollar exportiert.“",
    ],
)
def test_no_regional_trade_of_another_speaker(text: str) -> None:
    assert not [p for p in points(text) if p[0] == "trade.regional"]


def test_the_park_administration_s_we_stays_the_park_s() -> None:
    text = (
        "SMOLEWITSCHI, 16. Mai (BelTA) – Der Industriepark Großer Stein wächst. „Unser Handel"
        " mit China ist gewachsen“, sagte der Leiter der Parkverwaltung. „Exportiert haben "
        "unsere Residenten im vergangenen Jahr Waren für 265 Millionen Dollar.“"
    )
    assert ("park.exports", "Great Stone", "actual", 2.65e8) in points(text)


def test_an_export_destination_is_no_goal() -> None:
    text = (
        "GRODNO, 28. Januar (BelTA) – Das Gebiet Grodno baut den Handel mit China aus. China "
        "ist für das Gebiet das zweitwichtigste Exportziel, die Lieferungen erreichten im "
        "vergangenen Jahr 176 Millionen Dollar.\n"
    )
    assert ("trade.regional", "Grodno region", "actual", 1.76e8) in points(text)
