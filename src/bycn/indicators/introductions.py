"""The paragraph that introduces a table: what the rows of a table without a caption are of.

A table's row is a sentence of its own, read with its caption and headers
(:meth:`bycn.text.tables.Tables.reading`). A statistics release often says in prose, just
above the table, what it shows ("Das Statistikamt legte die Zahlen zum Handel der Gebiete
mit China vor."): for a catalog rule that reads a figure's paragraph, that prose is the
paragraph of the table's rows, as a caption would be.

>>> entries = [("a", "Die Zahlen zum Handel der Gebiete mit China.", 1, 1),
...            ("a", "| Gebiet | Mio. USD |", 3, 3), ("a", "| Gebiet Brest | 4,1 |", 5, 5)]
>>> introduction(entries, 2)
('Die Zahlen zum Handel der Gebiete mit China.',)
>>> introduction(entries[1:], 1)
()
"""

from __future__ import annotations

from bycn.text.tables import reads_as_row

__all__ = ["Entry", "introduction", "joined"]

#: A sentence: (article, text, first line, last line), as :class:`~bycn.indicators.scopes.
#: Contexts` keeps them, in document order.
Entry = tuple[str, str, int, int]


def introduction(entries: list[Entry], first: int) -> tuple[str, ...]:
    """The sentences of the paragraph just above the header of the table whose first row is
    ``entries[first]`` (a blank line between or not, in the same article; prose, not
    another table's rows); () where there is none."""

    def near(i: int) -> bool:  # at most one line between: a blank line, a table's rule
        return entries[i - 1][0] == entries[i][0] and entries[i - 1][3] + 2 >= entries[i][2]

    while first > 0 and reads_as_row(entries[first - 1][1]) and near(first):
        first -= 1  # up over the table's header
    if first == 0 or not near(first):
        return ()
    start = first - 1
    while start > 0 and joined(entries[start - 1], entries[start]):
        start -= 1  # the sentences of that paragraph
    return tuple(e[1] for e in entries[start:first])


def joined(first: Entry, second: Entry) -> bool:
    """Whether two sentences, the second just after the first, stand in one paragraph: the
    same article, no blank line between them."""
    return first[0] == second[0] and first[3] + 1 >= second[2]
