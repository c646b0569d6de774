"""Report file names: one name per variant, so variants never overwrite each other.

A report's stem is the briefing's name followed by every parameter whose
value differs from its default, in declared order
(``trade--start-2022--language-de``). Values from closed sets (years,
languages, catalog entities, true/false) are unique once written as slugs.
A corpus is not from a closed set: two different paths can share a file
name (``a/text.txt``, ``b/text.txt``), differ only in letters a slug drops
or folds (``a b.txt``, ``a-b.txt``; ``Текст.txt``, ``текст.txt``), so its
part is a readable slug of its name plus a short hash of its full path:
``corpus-text-3f2a91c0``. The project's default corpus adds nothing.

>>> variant_stem("trade", {"region": "Gomel region", "language": "de"})
'trade--language-de--region-gomel-region'
>>> corpus_part("/data/a/text.txt") != corpus_part("/data/b/text.txt")
True
>>> corpus_part("/data/Текст.txt")[:12]
'corpus-текст'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from bycn.exceptions import BycnError
from bycn.report.briefings import get_briefing

__all__ = ["corpus_part", "variant_stem"]

# Letters of any script stay readable; everything else becomes one hyphen.
_SLUG = re.compile(r"[^\w.]+|_+")
_MAX_SLUG = 40
_HASH_CHARS = 8
_CORPUS_SUFFIXES = (".txt", ".md", ".html", ".htm")


def variant_stem(briefing: str, params: Mapping[str, object]) -> str:
    """The report file stem: the name, then every non-default value in declared order.

    Different parameter values give different stems; the defaults give just the name.
    """
    spec = get_briefing(briefing)
    parts = [spec.name]
    for param in spec.parameters:
        if param.name not in params:
            continue
        value = params[param.name]
        if param.name == "corpus":
            if value is not None and not _is_default_corpus(Path(str(value))):
                parts.append(corpus_part(str(value)))
            continue
        if value == param.default and type(value) is type(param.default):
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = _slug(str(value)) or "none"
        parts.append(f"{param.name}-{text}")
    return "--".join(parts)


def corpus_part(path: str) -> str:
    """``corpus-<readable name>-<hash of the full path>`` for a corpus file or folder.

    The hash is of the absolute path with symbolic links resolved, so the same
    corpus named two ways builds one report.
    """
    full = Path(path).expanduser().resolve()
    name = full.name
    for suffix in _CORPUS_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    digest = hashlib.sha256(str(full).encode("utf-8", "surrogateescape")).hexdigest()
    readable = _slug(name)[:_MAX_SLUG].strip("-")
    return "-".join(part for part in ("corpus", readable, digest[:_HASH_CHARS]) if part)


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return _SLUG.sub("-", text).strip("-.").lower()


def _is_default_corpus(path: Path) -> bool:
    from bycn.text.document import default_corpus_path

    try:
        return path.resolve() == default_corpus_path()
    except BycnError:
        return False
