"""A corpus: a folder of documents, read into stacked tables (``corpus.md``).

Every document is parsed on its own, in parallel across cores when there are
many, and its tables are cached (:mod:`bycn.text.cache`) so that each is
parsed once: reading a corpus again parses only the documents added or
changed since. The tables of all documents are stacked, each row with its
document's id (``doc``), beside a documents table (title, publisher, date and
where it came from, URL, number of figures).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text(
...     "---\\ndate: 2019-08-06\\npublisher: BelTA\\n---\\n"
...     "Im ersten Halbjahr stieg der Export um 20 Prozent.\\n", encoding="utf-8")
>>> corpus = read_corpus(folder, cache=False)
>>> corpus.documents[["doc", "date", "date_source", "figures"]].to_dict("records")
[{'doc': 'a', 'date': '2019-08-06', 'date_source': 'front matter', 'figures': 1}]
>>> corpus.figures[["doc", "text", "as_of"]].to_dict("records")
[{'doc': 'a', 'text': '20 Prozent', 'as_of': '2019-H1'}]
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from bycn.exceptions import InputError
from bycn.schema import arrow_frame, arrow_schema, conform
from bycn.text.cache import KEY, TableCache, document_key, key_document, keys_of
from bycn.text.document import DOCUMENT_SUFFIXES, TABLE_SCHEMAS, TABLES, parse_file
from bycn.text.source import read_source, read_source_bytes
from bycn.text.workers import Derive, ParseProgress, parse_documents

__all__ = ["Corpus", "corpus_files", "default_cache_dir", "document_keys", "read_corpus"]

#: Environment variable naming the cache folder; ``off`` (or empty) reads without a cache.
CACHE_ENV = "BYCN_CACHE"
_NOTES = ("readme", "license", "licence")  # provenance notes beside the documents


@dataclass(frozen=True)
class Corpus:
    """The stacked tables of a corpus (see :mod:`bycn.schema` for each table's columns).

    path: the folder (or single file) read.
    derived: what the ``derive`` hook of :func:`read_corpus` returned for each document
        parsed by this read, by document id (none for documents read from the cache).
    keys: each document's cache key (:func:`~bycn.text.cache.document_key`), by id.
    """

    path: Path
    documents: pd.DataFrame
    articles: pd.DataFrame
    footnotes: pd.DataFrame
    sentences: pd.DataFrame
    figures: pd.DataFrame
    derived: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    keys: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def doc(self) -> str:
        """The corpus's name: its folder's (or file's) name."""
        return self.path.name

    def table(self, name: str) -> pd.DataFrame:
        """A table by name: documents, articles, footnotes, sentences or figures.

        The series over a corpus is ``bycn.load_series(corpus)`` (the indicators stage).
        """
        return getattr(self, name)


def corpus_files(path: str | Path) -> list[Path]:
    """The documents of a corpus folder (or the one file ``path``), sorted by path.

    Hidden files and folders and notes such as ``README.md`` are not documents; any
    other file that is not a text or a web page is an error, so that no source is
    left out silently.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir():
        return [path]  # a file, or something read_source refuses in one line (a FIFO ...)
    found = []
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if any(part.startswith((".", "_")) for part in relative.parts) or not file.is_file():
            continue
        if file.stem.lower() in _NOTES:
            continue
        if file.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise InputError(
                f"{file}: not a corpus document; a corpus holds {', '.join(DOCUMENT_SUFFIXES)} "
                "files (move other files out, or prefix their names with _)"
            )
        found.append(file)
    ids: dict[str, Path] = {}
    for file in found:
        if file.stem in ids:
            raise InputError(
                f"{file}: document id {file.stem!r} is already taken by {ids[file.stem]}; "
                "rename one of them"
            )
        ids[file.stem] = file
    return found


def document_keys(files: Iterable[Path]) -> list[str]:
    """Each document's cache key (its id, content hash and the parser's fingerprint).

    Every file is read: one that is no text (a FIFO, a device, binary data) is refused
    here, in one line naming it, before anything is parsed.
    """
    # The UTF-8 of the text read_source gives: most often the file's bytes as they are.
    return [document_key(f.stem, read_source_bytes(f)) for f in files]


def default_cache_dir(start: Path | None = None) -> Path | None:
    """Where parsed tables are cached: ``$BYCN_CACHE``, else ``data/processed/cache`` of
    the project (the folder holding ``data/raw``, searched from ``start`` upward, default
    the working directory); None when there is neither.
    """
    if CACHE_ENV in os.environ:
        value = os.environ[CACHE_ENV].strip()
        return Path(value) if value and value.lower() != "off" else None
    from bycn.text.document import project_corpus_path

    try:
        raw = project_corpus_path(start)
    except InputError:
        return None
    return raw.parent / "processed" / "cache"


def read_corpus(
    path: str | Path | None = None,
    *,
    cache: str | Path | bool | None = None,
    jobs: int | None = None,
    documents: Collection[str] | None = None,
    keys: Sequence[tuple[Path, str | None]] | None = None,
    derive: Derive | None = None,
    progress: ParseProgress | None = None,
) -> Corpus:
    """Read every document of the corpus at ``path`` (default: the project's ``data/raw``).

    path: a folder of documents, or one document.
    cache: a folder for the parsed tables; None for :func:`default_cache_dir` of the
        project the corpus lies in (none outside a project); False to parse in memory.
    jobs: worker processes for parsing (default: one per core); parsing is parallel only
        when there is enough to parse to pay for starting them.
    documents: read only the documents with these ids (default: all).
    keys: the corpus's files (:func:`corpus_files`), each with its key
        (:func:`document_keys`) when the caller has just read it (each file is then read
        once, not once there and once here), or None: keyed here, or where it is parsed.
    derive: called on each document parsed (its tables as columns, in the process that
        parsed it); what it returns is in :attr:`Corpus.derived`.
    progress: told how many of the documents not in the cache are parsed
        (:func:`~bycn.text.workers.parse_documents`).

    Raises :class:`~bycn.exceptions.InputError` naming the first document that cannot
    be read: a corpus is never read without one of its documents.
    """
    from bycn.text.document import default_corpus_path

    root = default_corpus_path() if path is None else Path(path)
    if keys is None:
        files = corpus_files(root)
        if documents is not None:
            files = [f for f in files if f.stem in documents]
        given: list[str | None] = [None] * len(files)
    else:
        # Pairs, not a mapping: hashing a Path costs more than the lookup saves.
        pairs = [(f, k) for f, k in keys if documents is None or f.stem in documents]
        files, given = [f for f, _ in pairs], [k for _, k in pairs]
    store = _cache(cache, root)
    known = store.keys(_STORED) if store is not None else set()
    # A document the store holds a version of is keyed here (is it this version?); any
    # other is keyed where it is parsed, from the bytes read to parse it: a cold read
    # reads each file once.
    held = {key_document(k) for k in known}
    for i, (file, key) in enumerate(zip(files, given, strict=True)):
        if key is None and file.stem in held:
            given[i] = document_key(file.stem, read_source_bytes(file))
    cached = [k for k in given if k is not None and k in known]
    stored = store.load(_STORED, keys=cached) if store is not None and cached else {}
    # What the store gave, in case it changed since its keys were read (another build).
    found = keys_of({"documents": stored["documents"]}) if "documents" in stored else set()
    missing = [(f, k) for f, k in zip(files, given, strict=True) if k is None or k not in found]
    parsed = parse_documents(missing, jobs, derive, progress)
    fresh = iter(parsed.keys)
    keys_read = [k if k is not None and k in found else next(fresh) for k in given]
    wanted = pa.array(keys_read, pa.string())
    tables = {
        name: _ordered(
            [stored[name], parsed.tables[name]] if name in stored else [parsed.tables[name]], wanted
        )
        for name in TABLES
    }
    if store is not None and missing:
        # Added to the store as a segment of its own, unless the store is unusable.
        _save(store, parsed.tables, append=bool(known) and (not cached or bool(stored)))
    frames = {name: arrow_frame(tables[name], TABLE_SCHEMAS[name]) for name in TABLES}
    paths = {f.stem: str(f) for f in files}
    documents = frames["documents"].assign(path=lambda t: t["doc"].map(paths).fillna(""))
    frames["documents"] = conform(documents, TABLE_SCHEMAS["documents"])
    derived = {f.stem: d for (f, _), d in zip(missing, parsed.derived, strict=True)}
    return Corpus(
        path=root,
        **frames,
        derived=derived if derive is not None else {},
        keys={f.stem: k for f, k in zip(files, keys_read, strict=True)},
    )


# Each stored table's Arrow schema: its columns, then the key of its row's document.
_STORED = {name: arrow_schema(TABLE_SCHEMAS[name], (KEY,)) for name in TABLES}


def _save(store: TableCache, tables: dict[str, pa.Table], append: bool) -> None:
    """Store the tables of the documents parsed now."""
    try:
        store.save(tables, append=append)
    except OSError as err:  # a cache that cannot be written costs time, not correctness
        print(f"bycn: warning: cache not written to {store.folder}: {err}", file=sys.stderr)


def _cache(cache: str | Path | bool | None, root: Path) -> TableCache | None:
    if cache is False:
        return None
    if cache is None or cache is True:
        # The project the corpus lies in; a folder outside any project is read uncached
        # (unless $BYCN_CACHE says where), so no stray reads fill the project's cache.
        folder = default_cache_dir(root.resolve() if root.is_dir() else root.resolve().parent)
        return TableCache(folder) if folder is not None else None
    return TableCache(Path(cache))


def _ordered(parts: list[pa.Table], keys: pa.Array) -> pa.Table:
    """The rows of ``parts`` in the corpus's document order (``keys``), each document's
    rows in order."""
    stacked = pa.concat_tables(parts) if len(parts) > 1 else parts[0]
    rank = pc.index_in(stacked[KEY], value_set=keys).to_numpy()
    order = np.argsort(rank, kind="stable")
    if (order == np.arange(len(order))).all():
        return stacked  # read in order (all parsed now, say): nothing to move
    return stacked.take(order)


def add_document(
    source: str | Path, folder: str | Path | None = None, meta: dict[str, str] | None = None
) -> Path:
    """Copy the text or web page ``source`` into the corpus ``folder``; return the new path.

    For a text, ``meta`` (title, publisher, url, date, language) is merged into its
    front matter (the given values win). Nothing is written, and an
    :class:`~bycn.exceptions.InputError` says why, for a missing file, a date that is
    not ISO, front matter that is not valid YAML or has an unknown key, metadata given
    for a web page (it carries its own), or a document already in the corpus (the
    same text, or the same file name).
    """
    from bycn.text.document import HTML_SUFFIXES, default_corpus_path
    from bycn.text.frontmatter import (
        check_date,
        check_front_matter,
        render_front_matter,
        split_front_matter,
    )

    source = Path(source)
    folder = default_corpus_path() if folder is None else Path(folder)
    given = {k: v for k, v in (meta or {}).items() if v}
    content = read_source(source)
    if source.suffix.lower() not in DOCUMENT_SUFFIXES:
        raise InputError(f"{source}: not a text or web page ({', '.join(DOCUMENT_SUFFIXES)})")
    if source.suffix.lower() in HTML_SUFFIXES:
        if given:
            raise InputError(
                f"{source}: --{next(iter(given))}: a web page carries its own metadata; "
                "give it for a text only"
            )
        new = content
    else:
        if "date" in given:
            check_date(given["date"], f"{source}: --date")  # names the option, not a block
        checked = check_front_matter(given, f"{source}: options")
        existing, body = split_front_matter(content, str(source))
        new = render_front_matter({**existing, **checked}) + body.lstrip("\n")
    target = folder / source.name
    parse_file(target, new)  # refuse what the corpus could not read
    if not folder.is_dir():
        raise InputError(f"{folder}: no such corpus folder")
    identity = _identity(target, new)
    for present in corpus_files(folder):
        if present.stem == target.stem:
            raise InputError(f"{source}: a document named {present.name!r} is already in {folder}")
        if _identity(present, read_source(present)) == identity:
            raise InputError(f"{source}: already in the corpus as {present}")
    temporary = folder / f".{target.name}.adding"
    temporary.write_text(new, encoding="utf-8")
    os.replace(temporary, target)
    return target


def _identity(path: Path, content: str) -> str:
    """What makes two documents the same: the text without front matter, or the page."""
    import hashlib

    from bycn.text.document import HTML_SUFFIXES
    from bycn.text.frontmatter import split_front_matter

    if path.suffix.lower() not in HTML_SUFFIXES:
        # A broken neighbour still has an identity: its bytes.
        with contextlib.suppress(InputError):
            content = split_front_matter(content, str(path))[1]
    return hashlib.sha256(" ".join(content.split()).encode()).hexdigest()
