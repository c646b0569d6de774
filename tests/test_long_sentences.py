"""A sentence of thousands of characters (a list or a flattened table with no full stop) is
read by its figures in pieces, so that the series stage stays linear in its length; every
sentence of prose (the longest of our corpora has 752 characters) is read whole, as before."""

from __future__ import annotations

import re

import pytest
from tests.conftest import news_series

from bycn.indicators.clauses import LONG_SENTENCE, Clauses, sentence_pieces
from bycn.indicators.scopes import figure_scopes

_EXPORTS = "Im Jahr 2023 beliefen sich die Exporte von Belarus nach China auf 5,1 Mrd. US-Dollar"
_FILLER = " sowie Maschinen, Traktoren, Reifen, Holz, Zellstoff und Milchpulver aus dem Gebiet"


@pytest.mark.parametrize("size", [LONG_SENTENCE, LONG_SENTENCE + 1, 5_000, 40_001])
def test_pieces_cover_the_sentence_in_order(size: int) -> None:
    sentence = ("Ende 2021 612 Firmen, im Mai 2022 705 Firmen; " * 1000)[:size]
    pieces = sentence_pieces(sentence)
    assert "".join(sentence[p.start : p.end] for p in pieces) == sentence
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]
    # Each piece reads its own words where its shift says, after the sentence's opening.
    for piece in pieces:
        assert piece.text[piece.start - piece.shift :] == sentence[piece.start : piece.end]
        assert piece.text.startswith(sentence[:20])
    if size <= LONG_SENTENCE:
        assert [p.text for p in pieces] == [sentence]
    else:
        assert len(pieces) > 1
        assert all(p.end - p.start <= 500 and len(p.text) <= 710 for p in pieces)
        # Each cut is after a space: no word (nor number) is split.
        assert all(sentence[p.end - 1] == " " for p in pieces[:-1])


def test_a_piece_is_one_text_object_for_all_its_figures() -> None:
    sentence = "um das 2,5-fache " * 400
    clauses = Clauses(re.compile(r",(?!\d)"))
    first = clauses.piece(sentence, 1020, 11)
    second = clauses.piece(sentence, 1037, 11)
    assert first[0] == second[0] and first[1] is second[1]
    shift, text = first
    assert text[1020 - shift : 1031 - shift] == sentence[1020:1031]


def test_a_figure_across_a_cut_reads_on_to_its_end() -> None:
    sentence = "x" * 489 + " 2,5 Mrd. Dollar " + "y " * 1500
    assert sentence_pieces(sentence)[1].start == 499  # the cut is inside the figure
    start, text = Clauses(re.compile(",")).piece(sentence, 490, 15)
    assert start == 0 and text.endswith(" 2,5 Mrd. Dollar")


def test_figures_of_a_long_sentence_read_their_piece() -> None:
    sentence = "Ende 2021 612 Firmen, im Mai 2022 705 Firmen; " * 100
    starts = [m.start() for m in re.finditer(r"\b(?:612|705) Firmen", sentence)]
    n = len(starts)
    figures = {
        "figure_id": [f"d:1:{s}" for s in starts],
        "doc": ["d"] * n,
        "line": [1] * n,
        "start": starts,
        "text": [sentence[s : s + 10] for s in starts],
        "value": [float(sentence[s : s + 3]) for s in starts],
        "unit": ["count"] * n,
        "item": ["Firmen"] * n,
        "qualifier": ["exact"] * n,
        "article": [""] * n,
        "sentence": [sentence] * n,
        "as_of": [""] * n,
        "source_url": [""] * n,
        "source_year": [None] * n,
    }
    scopes = figure_scopes(figures, re.compile(r",(?!\d)|;"))
    assert len(scopes) == n
    for scope in scopes:
        assert len(scope.sentence) <= 710 + scope.length
        assert scope.sentence.startswith(sentence[:40])  # what the list is of
        read = scope.sentence[scope.position : scope.position + scope.length]
        assert read == f"{scope.value:.0f} Firmen"
        assert read in scope.clause


def _point(text: str) -> list[tuple[str, str, str, float]]:
    series = news_series(f"MINSK, 20. Juni (BelTA) – {text}.", "2024-06-20")
    return sorted((p.indicator, p.entity, p.as_of, p.value) for p in series.itertuples())


def test_a_point_at_the_head_of_a_long_sentence_is_found_as_in_a_short_one() -> None:
    short = _point(_EXPORTS)
    assert short == [("trade.exports", "Belarus-China", "2023", 5.1e9)]
    padded = _EXPORTS + _FILLER * (LONG_SENTENCE // len(_FILLER) + 5)
    assert len(padded) > LONG_SENTENCE
    assert _point(padded) == short


def test_a_point_deep_in_a_long_sentence_reads_the_words_near_it() -> None:
    # The figure stands thousands of characters into the sentence: its piece holds what
    # its clause says of it.
    padded = _FILLER * (LONG_SENTENCE // len(_FILLER) + 5) + "; " + _EXPORTS
    assert _point(padded) == [("trade.exports", "Belarus-China", "2023", 5.1e9)]
