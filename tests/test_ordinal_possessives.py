"""An ordinal resident after a possessive (indicators.md: park.residents, an ordinal is a
point too): "hat seinen 150. Residenten registriert", "ihren", "unseren", as "der 150.
Resident" is. The ordinal's full stop ends no sentence. Not an anniversary, a rank or an
edition after a possessive ("seinen 10. Jahrestag", "seinen 3. Platz", "seine 5.
Investorenkonferenz"). Sentences of our own, in the style of Sputnik and BelTA reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

import bycn

points = points_of("indicator entity as_of value unit", date="2026-06-05", digits=3)

HEAD = "MINSK, 5. Juni (Sputnik) – "
ORDINAL = [("park.residents", "Great Stone", "2026-06", 150.0, "ordinal")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Chinesisch-Belarussische Industriepark „Großer Stein“ hat seinen 150. Residenten "
        "registriert. Das teilte die Parkverwaltung am Freitag mit.",
        "Der Industriepark „Großer Stein“ begrüßte am Freitag seinen 150. Residenten, einen "
        "Hersteller von Elektrobussen.",
        "Die Verwaltung des Industrieparks „Großer Stein“ hat ihren 150. Residenten eingetragen.",
        "„Wir haben unseren 150. Residenten registriert“, sagte der Leiter des Industrieparks "
        "„Großer Stein“.",
        "Ein Hersteller aus Anhui ist der 150. Resident des Industrieparks „Großer Stein“.",
    ],
)
def test_an_ordinal_resident_after_a_possessive(sentence: str) -> None:
    assert points(HEAD + sentence) == ORDINAL


def test_the_ordinals_full_stop_ends_no_sentence() -> None:
    text = HEAD + "Der Industriepark „Großer Stein“ hat seinen 150. Residenten registriert.\n"
    sentences = bycn.parse_text(text, doc="news", meta={"date": "2026-06-05"}).sentences
    assert any("seinen 150. Residenten registriert" in s for s in sentences["text"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Industriepark „Großer Stein“ feierte seinen 10. Jahrestag.",
        "Der Industriepark „Großer Stein“ belegte seinen 3. Platz im Ranking der Zonen.",
        "Der Industriepark „Großer Stein“ richtete seine 5. Investorenkonferenz aus.",
        "Die Universität ehrte ihren 150. Absolventen aus China.",
    ],
)
def test_no_resident_after_a_possessive(sentence: str) -> None:
    assert points(HEAD + sentence) == []
