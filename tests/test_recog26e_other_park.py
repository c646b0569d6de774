"""Another park is not Great Stone (round 26, E): the Minsk High-Tech Park by each of its
names, a technopark, a science or innovation park, a free economic zone, another country's
Chinese industrial park; its residents, jobs, output and exports are no park.* points, in
reported speech and with "der Park" referring back to it. The park named nearest to the
figure tells (its clause, its sentence, the sentences before, the title).

Texts of our own in the style of BelTA and Radio Belarus reports; counter-examples: Great
Stone named beside another park keeps its own figures, and a text on Great Stone that
mentions another park in passing keeps its points.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

from bycn.exceptions import CatalogError
from bycn.indicators.catalog import load_catalog, parse_catalog
from bycn.indicators.rivals import rival_named

points = points_of("indicator value", date="2024-05-15", only="park.")


@pytest.mark.parametrize(
    "text",
    [
        # the miss's shape: reported speech, the park referred back to
        "Die Leitung des Hochtechnologieparks stellte ihre Pläne vor. Im Hochtechnologiepark "
        "seien heute rund 150 ansässige Unternehmen angemeldet. Der Park beschäftige mehr "
        "als 20 000 Mitarbeiter, teilte der Leiter des Parks mit.",
        # its other names, other verbs and word orders
        "Im Park der Hochtechnologien sind 1.200 Residenten registriert.",
        "Der Park für Hochtechnologien zählt inzwischen 1.200 Residenten.",
        "1.200 Unternehmen haben den Residentenstatus des Hi-Tech-Parks.",
        "Der Minsker HTP hat 1.200 Residenten. Sie beschäftigen mehr als 70.000 Menschen.",
        "Die Residenten des High-Tech-Parks exportierten Software für 2,5 Mrd. Dollar.",
        "Das Produktionsvolumen des Hochtechnologieparks betrage rund 800 Mio. Dollar, sagte "
        "dessen Direktor.",
        # a technopark, a science park, an innovation park
        "Im Technopark der Polytechnischen Universität sind 60 Unternehmen ansässig.",
        "Der Wissenschafts- und Technologiepark der BNTU zählt 45 Residenten.",
        "Der neue Innovationspark in Minsk beherbergt 30 Residenten. Der Park beschäftigt "
        "900 Mitarbeiter.",
        # a free economic zone and another country's Chinese park
        "In der Freien Wirtschaftszone Minsk sind 110 Residenten registriert.",
        "Die FEZ Grodnoinvest zählt 60 Residenten, die 4.000 Arbeitsplätze geschaffen haben.",
        "Im chinesisch-kasachischen Industriepark haben sich 40 Unternehmen angesiedelt.",
        "Im usbekisch-chinesischen Industriepark Jizzakh arbeiten 25 Residenten.",
        "Der Chinesisch-Ägyptische Industriepark zählt 25 Residenten.",
        "Im Industriepark Suzhou sind 3.000 Unternehmen ansässig.",
        "Der Belarussische Hi-Tech Park zählt 1.200 Residenten.",
    ],
)
def test_another_parks_figures_are_no_points_of_great_stone(text: str) -> None:
    assert points(text) == []


def test_a_text_titled_on_another_park_keeps_der_park_its() -> None:
    text = (
        "Der belarussische Premier besuchte Minsk. Er besichtigte neue Gebäude. "
        "Dort traf er Studenten. Der Park beschäftigt mehr als 20 000 Mitarbeiter."
    )
    assert points(text, title="Premier besucht den Hochtechnologiepark") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Im Industriepark Great Stone sind 110 Residenten registriert, im "
            "Hochtechnologiepark 1.200.",
            [("park.residents", 110.0)],
        ),
        (
            "Der HTP zählt 1.200 Residenten, der Industriepark Great Stone 110 Residenten.",
            [("park.residents", 110.0)],
        ),
        (
            "Anders als der Technopark, in dem 60 Unternehmen ansässig sind, zählt Great Stone "
            "110 Residenten.",
            [("park.residents", 110.0)],
        ),
        (
            "Der Hochtechnologiepark hat 1.200 Residenten. Im Industriepark Great Stone sind "
            "dagegen 110 Residenten registriert.",
            [("park.residents", 110.0)],
        ),
        # Great Stone called a special economic zone, or by another park's word, is still
        # Great Stone
        (
            "Great Stone ist die größte Sonderwirtschaftszone des Landes. In der "
            "Sonderwirtschaftszone sind 110 Residenten registriert.",
            [("park.residents", 110.0)],
        ),
        (
            "Great Stone gilt als Innovationspark. Der Park zählt 110 Residenten.",
            [("park.residents", 110.0)],
        ),
    ],
)
def test_great_stone_beside_another_park_keeps_its_own(text: str, expected: list) -> None:
    assert points(text) == expected


def test_another_park_before_great_stone_named_again_does_not_reach() -> None:
    text = (
        "Der Hochtechnologiepark wächst schnell. Auch der Industriepark Great Stone legt zu. "
        "Der Park zählt 110 Residenten."
    )
    assert points(text) == [("park.residents", 110.0)]


@pytest.mark.parametrize(
    "rivals, message",
    [
        ({"nam": ["HTP"]}, "unknown key 'nam'"),
        ({"names": ["("]}, "entities[X].rivals.names"),
        ({"names": ["HTP"], "look_back": -1}, "expected a whole number >= 0"),
        (["HTP"], "expected a mapping {names"),
    ],
)
def test_a_bad_rivals_mapping_is_reported(rivals: object, message: str) -> None:
    data = {
        "version": 1,
        "clause_boundary": ",",
        "entities": [{"name": "X", "kind": "park", "aliases": [], "rivals": rivals}],
        "indicators": [],
    }
    with pytest.raises(CatalogError) as err:
        parse_catalog(data)
    assert message in str(err.value)


def test_the_shipped_catalog_gives_great_stone_its_rivals() -> None:
    park = next(e for e in load_catalog().entities if e.name == "Great Stone")
    assert park.rivals_look_back == 3
    for name in ("Hochtechnologiepark", "Park der Hochtechnologien", "HTP", "Technopark"):
        assert any(p.search(name) for p in park.rivals), name
    assert not any(p.search("Sonderwirtschaftszone") for p in park.rivals)


def test_each_clause_of_a_long_sentence_names_its_own_park() -> None:
    """The sentence's names are found once; each figure's clause takes the ones in it."""
    park = next(e for e in load_catalog().entities if e.name == "Great Stone")
    pieces = ["im Industriepark Great Stone 110", "im Hochtechnologiepark 1.200", "dann 5"] * 50
    sentence = ", ".join(pieces)
    start = 0
    for i, piece in enumerate(pieces):
        clause = (start, start + len(piece))
        # the third piece names none: the sentence before it names Great Stone (and the
        # High-Tech Park), and a stretch that names the park is the park's
        assert rival_named(park, sentence, clause, (), ()) is (i % 3 == 1), piece
        start += len(piece) + 2
