"""Recognition round L (recog25e): a table's caption set in bold or italics (figures.md: a
table's caption and headers say what a value in it is the value of). "**Großer Stein in
Zahlen (Mio. US-Dollar)**" above a table gives its unit to every value column, as the same
caption in plain text does; the caption's words are read without the emphasis.

Tables of our own in the style of a park's press release and a weekly's analysis, several
caption shapes, with counter-examples that must not give a unit.
"""

from __future__ import annotations

import pytest

import bycn
from bycn.indicators.series import load_series

TABLE = (
    "| Jahr | Produktion | Export |\n|---|---|---|\n| 2023 | 900 | 500 |\n| 2024 | 1.100 | 650 |\n"
)


def _document(caption: str, table: str = TABLE) -> bycn.Document:
    text = f"---\ndate: 2025-05-01\n---\n\nDer Park wächst weiter.\n\n{caption}\n\n{table}"
    return bycn.parse_text(text, doc="release", meta={"date": "2025-05-01"})


def _exports(document: bycn.Document) -> list[tuple[str, str, float]]:
    series = load_series(document)
    series = series[series["indicator"] == "park.exports"]
    return sorted((r.entity, r.as_of, r.value) for r in series.itertuples())


CAPTIONS = [
    # the miss's caption
    "**Großer Stein in Zahlen (Mio. US-Dollar)**",
    # other emphasis, unit shapes and closings
    "*Großer Stein in Zahlen (Mio. US-Dollar)*",
    "__Kennzahlen des Industrieparks Großer Stein (in Mio. US-Dollar)__",
    "**Kennzahlen des Industrieparks Großer Stein (Mio. US-Dollar):**",
    "**Großer Stein in Zahlen, in Mio. US-Dollar**",
    "**Großer Stein in Zahlen, Mio. US-Dollar**",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_an_emphasised_caption_gives_every_value_column_its_unit(caption: str) -> None:
    document = _document(caption)
    values = sorted((f.value, f.unit) for f in document.figures.itertuples())
    assert values == [(5e8, "USD"), (6.5e8, "USD"), (9e8, "USD"), (1.1e9, "USD")]
    assert _exports(document) == [("Great Stone", "2023", 5e8), ("Great Stone", "2024", 6.5e8)]


def test_the_caption_is_read_without_its_emphasis() -> None:
    from bycn.text.captions import caption

    lines = ["**Großer Stein in Zahlen (Mio. US-Dollar)**", "", "| A | B |"]
    assert caption(lambda n: lines[n - 1], 3) == "Großer Stein in Zahlen (Mio. US-Dollar)"


@pytest.mark.parametrize(
    "caption",
    [
        # a bold sentence of prose, no unit
        "**Der Park ist weiter gewachsen.**",
        # a bold title with no unit
        "**Großer Stein in Zahlen**",
    ],
)
def test_no_unit_from_an_emphasised_line_that_names_none(caption: str) -> None:
    units = {f.unit for f in _document(caption).figures.itertuples()}
    assert "USD" not in units


def test_an_emphasised_unit_heads_no_paragraph_of_prose() -> None:
    # the next paragraph is prose, not a table: its count keeps its own unit
    document = _document(
        "**Großer Stein in Zahlen (Mio. US-Dollar)**",
        "Im Park arbeiten inzwischen 120 Unternehmen mit vielen neuen Beschäftigten.\n",
    )
    assert [(f.value, f.unit) for f in document.figures.itertuples()] == [(120.0, "count")]
