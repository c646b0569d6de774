"""Another park by an English name is not Great Stone (round 26, K): "der Suzhou
Industrial Park", a science park, a hi-tech or economic zone named in English in a German
text is a rival in the catalog's Great Stone entity; its companies and jobs are no park.*
points. Great Stone's own English names ("China-Belarus Industrial Park", "Great Stone
Industrial Park") stay its own.

Texts of our own in the style of reportages and BelTA reports.
"""

from __future__ import annotations

import pytest
from tests.conftest import points_of

points = points_of("indicator value", date="2026-03-15", only="park.")


@pytest.mark.parametrize(
    "text",
    [
        # the miss's shape: a comparison with another park by its English name
        "Zum Vergleich: Der Suzhou Industrial Park in der Provinz Jiangsu beherbergt mehr "
        "als 4.000 ausländische Unternehmen.",
        # other parks and zones, other verbs and word orders
        "Im Zhongguancun Science Park sind rund 20.000 Unternehmen registriert.",
        "Die Chengdu Hi-Tech Zone zählt inzwischen 1.500 ausländische Residenten.",
        "Mehr als 300 Unternehmen haben sich in der Tianjin Economic-Technological "
        "Development Area angesiedelt.",
        "Die Shenzhen Special Economic Zone beschäftigt 90.000 Mitarbeiter.",
        "Rund 600 Firmen sind in der Zhangjiang Hi-Tech Park ansässig.",
        "Der Qingdao Free Trade Zone gehören 2.000 Residenten an.",
    ],
)
def test_a_park_by_its_english_name_is_a_rival(text: str) -> None:
    assert points(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Great Stone by its English names keeps its figures
        ("Der China-Belarus Industrial Park zählt 158 Residenten.", [("park.residents", 158.0)]),
        (
            "Im Great Stone Industrial Park sind 158 Residenten registriert.",
            [("park.residents", 158.0)],
        ),
        # another park in passing, Great Stone's figure in its own sentence
        (
            "Vorbild war der Suzhou Industrial Park. Im Industriepark Great Stone sind heute "
            "158 Residenten registriert.",
            [("park.residents", 158.0)],
        ),
        # an article before the English words is no name
        (
            "Great Stone ist Belarus' größter Industrial Park. Der Park zählt 158 Residenten.",
            [("park.residents", 158.0)],
        ),
    ],
)
def test_great_stone_by_its_own_english_name_keeps_its_points(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert points(text) == expected
