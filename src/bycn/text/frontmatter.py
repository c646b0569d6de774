"""YAML front matter of a text document: its title, publisher, URL, date and language.

A text may start with a block between two ``---`` lines (``corpus.md``)::

    ---
    title: Handelsvolumen zwischen Gebiet Minsk und China wächst
    publisher: BelTA
    date: 2019-08-06
    ---

Every key is optional; an unknown key, a date that is not ISO (``2019-08-06``,
``2019-08`` or ``2019``) or a block that is not valid YAML is an
:class:`~bycn.exceptions.InputError` naming the file and the key.

>>> meta, body = split_front_matter("---\\ntitle: T\\ndate: 2019-08\\n---\\nText\\n", "a.txt")
>>> meta, body
({'title': 'T', 'date': '2019-08'}, '\\n\\n\\n\\nText\\n')
>>> split_front_matter("---\\nautor: X\\n---\\n", "a.txt")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
bycn.exceptions.InputError: a.txt: front matter: unknown key 'autor' (known: title, ...)
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from bycn.exceptions import InputError

__all__ = ["FRONT_MATTER_KEYS", "check_date", "render_front_matter", "split_front_matter"]

#: The keys a front matter block may hold, in the order :func:`render_front_matter` writes.
FRONT_MATTER_KEYS = ("title", "publisher", "url", "date", "language")

_OPEN = re.compile(r"\A---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def check_date(value: object, where: str) -> str:
    """``value`` as an ISO date string (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

    >>> check_date("2019-08-06", "x"), check_date(2019, "x")
    ('2019-08-06', '2019')
    >>> check_date("6.8.2019", "a.txt: date")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    bycn.exceptions.InputError: a.txt: date: '6.8.2019' is not an ISO date; write 2019-08-06, ...
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip() if isinstance(value, str | int) else ""
    m = _ISO.match(text)
    if m:
        year, month, day = int(m[1]), m[2], m[3]
        try:
            dt.date(year, int(month or 1), int(day or 1))
        except ValueError:
            m = None
    if not m:
        raise InputError(
            f"{where}: {value!r} is not an ISO date; write 2019-08-06, 2019-08 or 2019"
        )
    return text


def split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """The front matter of ``text`` (checked) and the text with the block blanked.

    The block's lines become empty lines, so line numbers in the rest stay
    those of the file. ``name`` is how errors name the file.
    """
    if not _OPEN.match(text):
        return {}, text
    close = _CLOSE.search(text, _OPEN.match(text).end())  # type: ignore[union-attr]
    if close is None:
        raise InputError(f"{name}: front matter: no closing '---' line")
    import yaml

    block = text[_OPEN.match(text).end() : close.start()]  # type: ignore[union-attr]
    try:
        data = _load(block) if block.strip() else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise InputError(f"{name}: front matter is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise InputError(f"{name}: front matter is not a mapping of keys to values")
    end = text.find("\n", close.end())
    end = len(text) if end < 0 else end
    blanked = "\n" * text.count("\n", 0, end) + text[end:]
    return check_front_matter(data, name), blanked


def _load(block: str) -> object:
    """``block`` read as YAML: with libyaml when PyYAML has it (several times faster);
    a block libyaml refuses is read again by the pure-Python loader, whose error is the
    one reported, so messages do not depend on how PyYAML was built."""
    import yaml

    fast, plain = _loaders()
    if fast is plain:
        return yaml.load(block, Loader=plain)
    try:
        return yaml.load(block, Loader=fast)
    except yaml.YAMLError:
        return yaml.load(block, Loader=plain)


@functools.cache
def _loaders() -> tuple[type, type]:
    """Safe YAML loaders (libyaml's, or the pure one twice, and the pure one) that leave
    dates as written, so that :func:`check_date` judges them and names the key (PyYAML
    would fail on ``2019-13-01`` without saying where)."""
    import yaml

    def without_timestamps(base: type) -> type:
        loader = type("Loader", (base,), {})
        loader.yaml_implicit_resolvers = {
            first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
            for first, resolvers in base.yaml_implicit_resolvers.items()
        }
        return loader

    plain = without_timestamps(yaml.SafeLoader)
    fast = getattr(yaml, "CSafeLoader", None)
    return (without_timestamps(fast) if fast is not None else plain), plain


def check_front_matter(data: dict[object, object], name: str) -> dict[str, str]:
    """Check the keys and values of a front matter mapping; return it as strings."""
    meta: dict[str, str] = {}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            raise InputError(
                f"{name}: front matter: unknown key {key!r} (known: {', '.join(FRONT_MATTER_KEYS)})"
            )
        if value is None:
            continue
        where = f"{name}: front matter: {key}"
        if key == "date":
            meta[key] = check_date(value, where)
        elif not isinstance(value, str) or not value.strip():
            raise InputError(f"{where}: expected a text, got {value!r}")
        elif key == "language" and not _LANGUAGE.match(value.strip()):
            raise InputError(f"{where}: {value!r} is not a language code such as de or en")
        else:
            meta[key] = " ".join(value.split())
    return meta


def render_front_matter(meta: dict[str, str]) -> str:
    """A front matter block for ``meta`` (keys in :data:`FRONT_MATTER_KEYS` order).

    >>> print(render_front_matter({"date": "2020-03-12", "title": "Besuch: Gomel"}), end="")
    ---
    title: 'Besuch: Gomel'
    date: '2020-03-12'
    ---
    """
    import yaml

    ordered = {k: meta[k] for k in FRONT_MATTER_KEYS if meta.get(k)}
    if not ordered:
        return ""
    body = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n"
