"""The source a figure cites: the footnote of the first marker after it in its paragraph.

A study's sentence cites its source by a footnote marker after its figures
(``... stieg auf 3,5 Mrd. USD.16``); every figure of the paragraph before that
marker takes the footnote's title, URL and year. A figure with no marker after
it in its paragraph cites nothing.

>>> from bycn.text.structure import parse_structure
>>> structure = parse_structure(' Titel\\n \\nDer Park hat 85 Einwohner"1 . Es kamen 9 Gäste.\\n'
...     + ' ' * 20 + '\\n1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\\n')
>>> first, second = structure.sentences
>>> citations = Citations(structure)
>>> citations.of(first, first.start + first.text.index(" Einwohner"))
Citation(footnote=1, title='Quelle', url='https://x.by/a', year=2021)
>>> citations.of(second, second.start + second.text.index(" Gäste"))  # no marker after it
Citation(footnote=None, title='', url='', year=None)
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from bycn.text.sentences import Sentence
from bycn.text.structure import Structure

__all__ = ["NO_CITATION", "Citation", "Citations"]


class Citation(NamedTuple):
    """What a footnote marker gives the figures before it in its paragraph: the marker's
    number and its footnote's title, URL and year (empty where the footnote is lost)."""

    footnote: int | None
    title: str
    url: str
    year: int | None


#: What a figure with no marker after it in its paragraph cites.
NO_CITATION = Citation(None, "", "", None)


class Citations:
    """The sources cited in a structure's body, each marker's looked up once."""

    def __init__(self, structure: Structure) -> None:
        self.structure = structure
        self.starts = [m.start for m in structure.markers]
        # each marker's (paragraph of its sentence, citation), found when first asked for
        self.found: dict[int, tuple[int | None, Citation]] = {}

    def of(self, sentence: Sentence, end: int) -> Citation:
        """The source cited by the figure that ends at offset ``end`` in ``sentence``."""
        starts = self.starts
        if not starts:  # most texts cite no footnotes
            return NO_CITATION
        i = bisect.bisect_left(starts, end)
        if i == len(starts):
            return NO_CITATION
        found = self.found.get(i)
        if found is None:
            found = self.found[i] = self._marker(i)
        paragraph, citation = found
        return citation if paragraph == sentence.paragraph else NO_CITATION

    def _marker(self, i: int) -> tuple[int | None, Citation]:
        """The paragraph of the ``i``-th marker's sentence (or of the sentence before it,
        for a marker between sentences) and the source it cites."""
        structure = self.structure
        marker = structure.markers[i]
        sentence = structure.sentence_at(marker.start) or _sentence_before(structure, marker.start)
        paragraph = sentence.paragraph if sentence is not None else None
        if marker.footnote is None:
            return paragraph, Citation(marker.number, "", "", None)
        source = structure.footnotes[marker.footnote]
        return paragraph, Citation(marker.number, source.title, source.url, source.year)


def _sentence_before(structure: Structure, offset: int) -> Sentence | None:
    i = bisect.bisect_right(structure.sentence_starts, offset) - 1
    return structure.sentences[i] if i >= 0 else None
