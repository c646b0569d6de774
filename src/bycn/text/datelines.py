"""The head of a news text: headline, dateline and date lines, and the date they give.

A news agency report opens with a headline, often a line with its date and
time (``06 August 2019, 16:38``) and a dateline before the first sentence
(``MINSK, 6. August (BelTA) –``, ``Berlin (dpa) -``). None of these is body
text: :func:`read_head` finds them, so that the caller can blank them (a
``16:38`` is no figure) and date the document (``corpus.md``, "The document
date"):

>>> head = read_head("Handel wächst\\n06 August 2019, 16:38\\n"
...                  "MINSK, 6. August (BelTA) – Der Handel stieg um 20 Prozent.\\n")
>>> head.date, head.title, head.place, head.agency
('2019-08-06', 'Handel wächst', 'MINSK', 'BelTA')
>>> read_head("12. März 2020\\nGomel liefert mehr\\nDer Export wuchs.\\n").date
'2020-03-12'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bycn.text.datepatterns import month_number
from bycn.text.lexicon import LEXICON
from bycn.text.plandates import PLAN_BEFORE
from bycn.text.yearparts import ANY_MONTH
from bycn.vocabulary import MONTHS

__all__ = ["Head", "read_head"]

# A month written out or cut short: "November", "Nov.", "Sept.".
_MONTH = ANY_MONTH
_HEAD_LINES = 12  # a dateline stands in the first lines, or nowhere
_TITLE_MAX = 160
_ISO_LINE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ][\d:]+)?\s*$")
_TIME = r"(?:\s*[,|]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
_GERMAN_LINE = re.compile(
    rf"^\s*(?:[A-ZÄÖÜ][a-zäöü]+,?\s+(?:den\s+)?)?(?P<d>\d{{1,2}})\.?\s*(?P<mn>{_MONTH})\s+(?P<y>(?:19|20)\d{{2}}){_TIME}\s*$"
)
# A page's rubric may stand before its date and time: "Wirtschaft 05.11.2019 | 15:18".
_NUMERIC_LINE = re.compile(
    rf"^\s*(?:[A-ZÄÖÜ][a-zäöü]+\s+)?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d{{2}}){_TIME}\s*$"
)
# A time before a date, "10:37 16 Oktober 2018": a saved page's stamp (when it was shown or
# crawled), not its article's date, which may be years older. Head, blanked; it dates nothing.
_STAMP_LINE = re.compile(
    rf"^\s*\d{{1,2}}:\d{{2}}\s*,?\s*(?:\d{{1,2}}\.?\s*{_MONTH}\s+|\d{{1,2}}\.\d{{1,2}}\.)"
    r"(?:19|20)\d{2}\s*$"
)
# "MINSK, 6. August (BelTA) –", "Berlin (dpa) -", "PEKING, 3. Mai 2021, 10:15 (Xinhua) —",
# "Minsk, 14. Nov. 2023 /BelTA/.", "GRODNO, 9 November (BelTA) -" (no point after the day),
# "Minsk, Weißrussland (ots/PRNewswire) -" (a place and its country).
# A place, a date, or a place and a date, then the agency ("6. Mai 2023 (Xinhua) –" too).
_NAME = r"[A-ZÄÖÜ][\wÄÖÜäöüß.\-/]*(?:\s[A-ZÄÖÜ][\wÄÖÜäöüß.\-/]*){0,2}"
_DATELINE = re.compile(
    rf"^\s*(?:(?P<place>{_NAME}(?:,\s*{_NAME}(?=\s*[(/]))?)(?:,\s*|(?=\s*[(/])))?"
    rf"(?:(?P<d>\d{{1,2}})(?:\.\s*|\s+)(?P<mn>{_MONTH})(?:\s+(?P<y>(?:19|20)\d{{2}}))?{_TIME})?"
    r"\s*(?:\((?P<agency>[^()\n]{1,30})\)\s*[-–—]+|/(?P<slashed>[^/\n]{1,30})/(?:\.|\s*[-–—]+))\s*"
)
# A dateline names a place and an agency: no word of either is a word that opens a German
# clause ("Im", "Laut", "Nach": a preposition or an article), a month or a year.
# "Im März (laut BelTA) –" and "Heute (nach Angaben des Zolls) -" are body text.
_NOT_NAMES = LEXICON.function_words | frozenset(MONTHS)
# A year not within a longer number. Its digits first and the digit before it tested
# after, so that the engine skips ahead to a 1 or a 2 in a long text.
_YEAR = re.compile(r"(?:19|20)\d{2}(?<!\d{5})(?!\d)")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# A line that ends so begins the body; a headline may ask or exclaim ("Wie will Belarus ...?").
_STATEMENT_END = re.compile(r"[.:;]\s*$")
# A line that is only an image, a link or an address: a saved page's furniture, no headline.
_FURNITURE = re.compile(r"^\s*(?:!?\[[^\]]*\]\(\S*\)|https?://\S+)\s*$")
_BLANK_AFTER = re.compile(r"\n[ \t]*\n")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True)
class Head:
    """What the head of a text says.

    date: the document date it gives (``2019-08-06``, ``2019-08``), or ``""``.
    title: the headline, or ``""``.
    place, agency: of the dateline, if there is one.
    spans: ``(start, end)`` character ranges that are head, not body.
    """

    date: str = ""
    title: str = ""
    place: str = ""
    agency: str = ""
    spans: tuple[tuple[int, int], ...] = ()

    def blank(self, text: str) -> str:
        """``text`` with the head's spans blanked to spaces (offsets and lines kept)."""
        if not self.spans:
            return text
        parts, last = [], 0
        for start, end in self.spans:
            parts += [text[last:start], _NOT_NEWLINE.sub(" ", text[start:end])]
            last = end
        return "".join([*parts, text[last:]])


def _iso(year: int | str, month: int | str, day: int | str | None) -> str:
    month = int(month)
    if not 1 <= month <= 12:
        return ""
    if day is None:
        return f"{int(year)}-{month:02d}"
    return f"{int(year)}-{month:02d}-{int(day):02d}" if 1 <= int(day) <= 31 else ""


def _date_line(line: str) -> str:
    """The date a line that is nothing but a date (and a time) gives, or ``""``."""
    if m := _ISO_LINE.match(line):
        return _iso(m["y"], m["m"], m["d"])
    if m := _GERMAN_LINE.match(line):
        return _iso(m["y"], month_number(m["mn"]), m["d"])
    if m := _NUMERIC_LINE.match(line):
        return _iso(m["y"], m["m"], m["d"])
    return ""


def read_head(text: str) -> Head:
    """The headline, date lines and dateline at the start of ``text``.

    A text without a dateline or a date line in its first lines has no head
    (a report extracted from a PDF starts with its title, which the structure
    parser finds). Without a year of its own, a dateline's day and month take
    the year of a full date elsewhere in the head, else the latest year the
    text names outside its plans (``bis 2025``, ``für 2024``: a plan's year is
    not the text's).
    """
    lines: list[tuple[int, int, str]] = []  # (start, end, line) of the first non-blank lines
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line), line))
            if len(lines) == _HEAD_LINES:
                break
        offset += len(line) + 1
    dates: list[str] = []
    spans: list[tuple[int, int]] = []
    dateline: re.Match[str] | None = None
    dateline_at = body_at = -1
    stamps: list[tuple[int, int]] = []  # a page's stamps: no year of theirs is the text's
    for i, (start, end, line) in enumerate(lines):
        if found := _date_line(line):
            dates.append(found)
            spans.append((start, end))
            continue
        if _STAMP_LINE.match(line):
            spans.append((start, end))
            stamps.append((start, end))
            continue
        m = _DATELINE.match(line)
        if (
            m
            and (m["place"] or m["d"])
            and _names(_without_article(m["place"] or ""))
            and _names(m["agency"] or m["slashed"])
        ):
            dateline, dateline_at = m, i
            spans.append((start, start + m.end()))
            break
        if len(line.strip()) > _TITLE_MAX or _ends_statement(line):
            body_at = i
            break  # the body has begun
    if dateline is None and not dates:
        # A page that opens with its stamp has its menus and headline after it, up to the
        # first paragraph of its body, as before a dateline.
        opens = stamps and stamps[0][0] == lines[0][0] and body_at > 1
        if not (opens and _BLANK_AFTER.match(text, lines[body_at - 1][1])):
            return Head(spans=tuple(spans))  # a page's stamps, or nothing
        dateline_at = body_at
    date = _head_date(dateline, dates, Head(spans=tuple(stamps)).blank(text))
    # Without a dateline, the lines from the body's first on are no headline: a date line
    # over a first paragraph of one sentence ("10.02.2026" above "Im Jahr 2025 erreichte ...")
    # must not lose that paragraph as a title.
    body_start = lines[body_at][0] if body_at >= 0 else len(text)
    title_lines = [
        line for line in _headline(text, lines, dateline_at, spans) if line[0] < body_start
    ]
    # Before a dateline (or a page's body after its stamp), every line is head: the headline,
    # and on a saved page its site's menu and rubric, which would run into the first sentence
    # (with a crawl date in it).
    head_lines = lines[:dateline_at] if dateline_at >= 0 else title_lines
    spans = sorted({*spans, *((s, e) for s, e, _ in head_lines)})
    return Head(
        date=date,
        title=" ".join(" ".join(line.split()) for _, _, line in title_lines),
        place=(dateline["place"] or "") if dateline else "",
        agency=" ".join((dateline["agency"] or dateline["slashed"]).split()) if dateline else "",
        spans=tuple(spans),
    )


def _head_date(dateline: re.Match[str] | None, dates: list[str], text: str) -> str:
    """The date of a head: its dateline's day, of the year the dateline names, else of the
    year of the head's last date line (which may be a day later: ``18 Oktober 2022, 09:22``
    above ``MINSK, 17. Oktober (BelTA)``; over the new year, the year before: ``02 Januar
    2023`` above ``31. Dezember``), else of the latest year the text names.
    Without a day, the head's first date line; a dateline without a date (``Peking
    (Reuters) -``, corpus.md's ``Berlin (dpa) -``) under no date line gives the latest
    year the text names, as a dateline without its year does; a text without a dateline
    takes no year from its words.

    >>> line = _DATELINE.match("MINSK, 31. Dezember (BelTA) - ")
    >>> _head_date(line, ["2023-01-02"], ""), _head_date(line, [], "Im Jahr 2021 ...")
    ('2022-12-31', '2021-12-31')
    >>> agency = _DATELINE.match("Berlin (dpa) - ")
    >>> _head_date(agency, [], "2019 und 2020"), _head_date(agency, [], "")
    ('2020', '')
    >>> _head_date(None, [], "2020")
    ''

    """
    if dateline is None or not dateline["d"]:
        if dates or dateline is None:
            return dates[0] if dates else ""
        year = _latest_year(text)
        return str(year) if year else ""
    month, day = month_number(dateline["mn"]), int(dateline["d"])
    year = int(dateline["y"]) if dateline["y"] else None
    if year is None and dates:  # a date line's date has a day (_date_line)
        y, m, _ = (int(part) for part in dates[-1].split("-"))
        year = y - 1 if month - m == 11 else y + 1 if m - month == 11 else y  # the new year
    year = year or _latest_year(text)
    return _iso(year, month, day) if year else ""


def _names(words: str) -> bool:
    """Whether ``words`` (a dateline's place or agency) can be a name: no year, no month,
    no word that opens a clause, in any case ("laut BelTA" is an attribution).

    >>> _names("MINSK"), _names("dpa"), _names("Im März"), _names("laut BelTA"), _names("2019")
    (True, True, False, False, False)
    """
    return not any(
        word[:1].upper() + word[1:] in _NOT_NAMES or _YEAR.fullmatch(word) for word in words.split()
    )


def _ends_statement(line: str) -> bool:
    """Whether ``line`` ends as a body sentence does: a headline may ask, exclaim, or end
    on an abbreviation ("... erreichte $1 Mrd.").

    >>> _ends_statement("Der Park wächst."), _ends_statement("Investitionen erreichten $1 Mrd.")
    (True, False)
    """
    if not _STATEMENT_END.search(line):
        return False
    last = line.rstrip().rsplit(None, 1)[-1].rstrip(".").lower()
    return last not in LEXICON.abbreviations


def _without_article(place: str) -> str:
    """A place's name without an article that opens it.

    >>> _without_article("Den Haag"), _without_article("Den")
    ('Haag', 'Den')
    """
    first, _, rest = place.partition(" ")
    return rest if first in LEXICON.place_articles and rest else place


def _headline(
    text: str, lines: list[tuple[int, int, str]], dateline_at: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The headline: lines before the body that are not dates and end no sentence.

    Before a dateline, the lines fall into blocks, parted by blank lines and date lines; a
    saved web page has its site's menu and rubric there too ("Projekte", "Alle
    Nachrichten", "Wirtschaft"), each a short line. The headline is the block with the
    longest line (the last of equals). Without a dateline, only a single line followed by
    an empty one is a headline (else it may be the first line of a wrapped paragraph).
    """
    dates = {s for s, _ in spans}
    if dateline_at < 0:
        k = next((k for k, (start, _, _) in enumerate(lines) if start not in dates), len(lines))
        if k + 1 >= len(lines) or not _BLANK_AFTER.match(text, lines[k][1]):
            return []  # the last line of a text, or a line that runs on, is no headline
        return _headline_lines(lines[k : k + 1])
    blocks = _blocks(text, lines[:dateline_at], dates)
    return max(blocks, key=lambda block: max(len(line.strip()) for _, _, line in block), default=[])


def _blocks(
    text: str, lines: list[tuple[int, int, str]], dates: set[int]
) -> list[list[tuple[int, int, str]]]:
    """``lines`` in blocks parted by blank lines and date lines, each cut before a line too
    long for a headline, or before a line that ends a sentence after its first."""
    blocks: list[list[tuple[int, int, str]]] = [[]]
    for start, end, line in lines:
        if start in dates or _FURNITURE.match(line):
            blocks.append([])
            continue
        blocks[-1].append((start, end, line))
        if _BLANK_AFTER.match(text, end):
            blocks.append([])
    return [cut for block in blocks if (cut := _headline_lines(block))]


def _headline_lines(block: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    for k, (_, _, line) in enumerate(block):
        if len(line.strip()) > _TITLE_MAX or (k and _SENTENCE_END.search(line)):
            return block[:k]
    return block


def _latest_year(text: str) -> int | None:
    """The latest year the text names, passing over the years of its plans and goals
    (plandates.PLAN_BEFORE: the words alone decide, as the text's date is unknown)."""
    years = [
        int(m.group())
        for m in _YEAR.finditer(text)
        if not PLAN_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]
    return max(years) if years else None
