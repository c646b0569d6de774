"""The parameters of each briefing, declared once, and their validation.

Every briefing notebook takes the common parameters ``corpus``, ``start``,
``end`` and ``language`` plus one of its own (``region`` for trade,
``institution`` for education, ``include_targets`` for park_investment).
The declarations below are the single source of truth: the CLI types
``-p key=value`` by them, :func:`check_parameters` validates against them
(before any kernel starts, and again in the notebook's validation cell), and
report file names list the values that differ from their defaults.

>>> from bycn.build.parameters import check_parameters, parse_assignments, variant_stem
>>> values = parse_assignments(["language=de", "start=2022"])
>>> values
{'language': 'de', 'start': 2022}
>>> params = check_parameters("trade", values)
>>> [params[k] for k in ("start", "end", "language", "region")]
[2022, None, 'de', 'all']
>>> variant_stem("trade", params)
'trade--start-2022--language-de'
>>> check_parameters("trade", {"language": "fr"})
Traceback (most recent call last):
...
bycn.exceptions.ParameterError: language='fr' is not allowed; choose one of: en, de

In a notebook, the cell after the ``parameters`` cell validates them::

    from bycn.build.parameters import check_parameters
    params = check_parameters("trade", {"corpus": corpus, "start": start, "end": end,
                                        "language": language, "region": region})
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from numbers import Integral
from pathlib import Path
from types import MappingProxyType

from bycn.exceptions import BycnError, ParameterError
from bycn.vocabulary import LANGUAGES

__all__ = [
    "BRIEFINGS",
    "Briefing",
    "Parameter",
    "check_parameters",
    "get_briefing",
    "parse_assignments",
    "variant_stem",
]


_TRUE = ("true", "yes", "1", "on")
_FALSE = ("false", "no", "0", "off")
_NONE = ("none", "null", "")


@dataclass(frozen=True)
class Parameter:
    """One notebook parameter.

    name: the variable name in the notebook's ``parameters`` cell.
    type: ``str``, ``int`` or ``bool``; CLI values (strings) are converted to it.
    default: the value when the parameter is not given.
    help: one line for the user.
    choices: the allowed values of a ``str`` parameter (matched ignoring case);
        empty means any value (``corpus``: any existing file).
    entity_kind: if set, the allowed values are ``"all"`` plus the catalog's entity
        names of this kind (``bycn.indicators.catalog.load_catalog().entity_names(kind)``).
    minimum, maximum: the allowed range of an ``int`` parameter (inclusive).
    nullable: whether ``None`` is allowed (for ``start``/``end``: the whole range).
    """

    name: str
    type: type
    default: object
    help: str
    choices: tuple[str, ...] = ()
    entity_kind: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    nullable: bool = False


@dataclass(frozen=True)
class Briefing:
    """A briefing: its notebook name (``notebooks/<name>.ipynb``), title and parameters."""

    name: str
    title: str
    parameters: tuple[Parameter, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The parameter names in declared order (the order of report file names)."""
        return tuple(p.name for p in self.parameters)

    def defaults(self) -> dict[str, object]:
        """Every parameter with its default value, in declared order."""
        return {p.name: p.default for p in self.parameters}

    def parameter(self, name: str) -> Parameter:
        """The declared parameter called ``name``; ParameterError if it does not apply."""
        for param in self.parameters:
            if param.name == name:
                return param
        raise ParameterError(
            f"parameter {name!r} does not apply to briefing {self.name!r}; "
            f"its parameters: {', '.join(self.names)}"
        )


_COMMON = (
    Parameter(
        "corpus",
        str,
        None,
        "corpus folder or document to build from; None: the project's data/raw folder",
        nullable=True,
    ),
    Parameter(
        "start",
        int,
        None,
        "first year covered; None: from the earliest figure",
        minimum=1990,
        maximum=2100,
        nullable=True,
    ),
    Parameter(
        "end",
        int,
        None,
        "last year covered; None: up to the latest figure",
        minimum=1990,
        maximum=2100,
        nullable=True,
    ),
    Parameter(
        "language", str, "en", "language of headings, labels and narrative", choices=LANGUAGES
    ),
)

#: Every briefing by name, in the order ``make reports`` builds them.
BRIEFINGS: Mapping[str, Briefing] = MappingProxyType(
    {
        "trade": Briefing(
            "trade",
            "Belarus–China trade",
            (
                *_COMMON,
                Parameter(
                    "region",
                    str,
                    "all",
                    "'all', or one Belarusian region or city from the catalog",
                    entity_kind="region",
                ),
            ),
        ),
        "education": Briefing(
            "education",
            "Belarus–China education ties",
            (
                *_COMMON,
                Parameter(
                    "institution",
                    str,
                    "all",
                    "'all', or one university or institute from the catalog",
                    entity_kind="institution",
                ),
            ),
        ),
        "park_investment": Briefing(
            "park_investment",
            "Great Stone industrial park",
            (
                *_COMMON,
                Parameter(
                    "include_targets", bool, True, "show planned targets beside actual values"
                ),
            ),
        ),
    }
)


def get_briefing(name: str) -> Briefing:
    """The briefing called ``name``; ParameterError listing the known ones otherwise."""
    try:
        return BRIEFINGS[name]
    except KeyError:
        raise ParameterError(
            f"unknown briefing {name!r}; known briefings: {', '.join(BRIEFINGS)}"
        ) from None


def _all_parameters() -> dict[str, Parameter]:
    known: dict[str, Parameter] = {}
    for briefing in BRIEFINGS.values():
        for param in briefing.parameters:
            known.setdefault(param.name, param)
    return known


def parse_assignments(items: Iterable[str]) -> dict[str, object]:
    """Turn CLI ``key=value`` strings into a dict typed by the declared parameters.

    ints for ``start``/``end`` (``none`` for None), bools from
    ``true/false/yes/no/1/0``; a later assignment of the same key wins.

    >>> parse_assignments(["start=2021", "include_targets=no", "region=Minsk"])
    {'start': 2021, 'include_targets': False, 'region': 'Minsk'}
    >>> parse_assignments(["colour=red"])
    Traceback (most recent call last):
    ...
    bycn.exceptions.ParameterError: unknown parameter 'colour'; known parameters: corpus, \
start, end, language, region, institution, include_targets
    """
    known = _all_parameters()
    values: dict[str, object] = {}
    for item in items:
        key, sep, text = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ParameterError(f"parameter {item!r} is not KEY=VALUE, e.g. -p language=de")
        if key not in known:
            raise ParameterError(f"unknown parameter {key!r}; known parameters: {', '.join(known)}")
        values[key] = _convert(known[key], text.strip())
    return values


def _convert(param: Parameter, text: str) -> object:
    """Convert a CLI string to the parameter's type (range and choices are checked later)."""
    lowered = text.casefold()
    if param.nullable and lowered in _NONE:
        return None
    if param.type is bool:
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise _not_allowed(param, text, _allowed_text(param))
    if param.type is int:
        try:
            return int(text)
        except ValueError:
            raise _not_allowed(param, text, _allowed_text(param)) from None
    return text


def check_parameters(briefing: str, values: Mapping[str, object]) -> dict[str, object]:
    """Validate ``values`` for ``briefing``; return every parameter, defaults filled in.

    The result is in declared order; ``corpus`` is an absolute path, choices
    are in their canonical spelling. Strings are accepted for ``int`` and
    ``bool`` parameters (as from the CLI). Any problem raises ParameterError
    with one line naming the parameter, the bad value and what is allowed.

    >>> check_parameters("park_investment", {"include_targets": "no"})["include_targets"]
    False
    >>> check_parameters("trade", {"start": 2023, "end": 2021})
    Traceback (most recent call last):
    ...
    bycn.exceptions.ParameterError: start=2023 is after end=2021; choose start <= end
    """
    spec = get_briefing(briefing)
    for key in values:
        spec.parameter(key)
    checked: dict[str, object] = {}
    for param in spec.parameters:
        value = values.get(param.name, param.default)
        checked[param.name] = _check(param, value)
    start, end = checked["start"], checked["end"]
    if start is not None and end is not None and start > end:  # type: ignore[operator]
        raise ParameterError(f"start={start} is after end={end}; choose start <= end")
    return checked


def _check(param: Parameter, value: object) -> object:
    if value is None and param.name == "corpus":
        from bycn.text.document import default_corpus_path

        try:
            return str(default_corpus_path())
        except BycnError as err:
            raise ParameterError(f"corpus=None: {err}") from None
    if value is None:
        if param.nullable:
            return None
        raise _not_allowed(param, value, _allowed_text(param))
    if isinstance(value, str) and param.type is not str:
        value = _convert(param, value.strip())
        if value is None:
            return None
    if param.type is bool:
        if not isinstance(value, bool):
            raise _not_allowed(param, value, _allowed_text(param))
        return value
    if param.type is int:
        if isinstance(value, bool) or not isinstance(value, Integral):
            raise _not_allowed(param, value, _allowed_text(param))
        value = int(value)
        low = param.minimum if param.minimum is not None else value
        high = param.maximum if param.maximum is not None else value
        if not low <= value <= high:
            raise _not_allowed(param, value, _allowed_text(param))
        return value
    if not isinstance(value, str | Path):
        raise _not_allowed(param, value, _allowed_text(param))
    text = str(value)
    if param.name == "corpus":
        path = Path(text).expanduser()
        if not path.exists():
            raise ParameterError(
                f"corpus={text!r} does not exist; give a corpus folder or a document's path"
            )
        return str(path.resolve())
    if param.entity_kind is not None and text.strip().casefold() == "all":
        return "all"
    allowed = _choices(param)
    if not allowed:
        return text
    for choice in allowed:
        if choice.casefold() == text.strip().casefold():
            return choice
    raise _not_allowed(param, text, f"choose one of: {', '.join(allowed)}")


def _choices(param: Parameter) -> tuple[str, ...]:
    if param.entity_kind is None:
        return param.choices
    # Loaded only for a value other than 'all', so default builds never read it.
    from bycn.indicators.catalog import load_catalog

    return ("all", *load_catalog().entity_names(param.entity_kind))


def _allowed_text(param: Parameter) -> str:
    """What to tell the user is allowed, starting with the verb."""
    if param.type is int:
        text = f"give a year from {param.minimum} to {param.maximum}"
        return f"{text}, or none" if param.nullable else text
    if param.type is bool:
        return "choose one of: true, false (or yes/no, 1/0)"
    if param.choices:
        return f"choose one of: {', '.join(param.choices)}"
    if param.entity_kind:
        return f"give all, or a {param.entity_kind} from the catalog"
    return "give a string"


def _not_allowed(param: Parameter, value: object, allowed: str) -> ParameterError:
    return ParameterError(f"{param.name}={value!r} is not allowed; {allowed}")


_SLUG = re.compile(r"[^0-9A-Za-z.]+")


def _is_default_corpus(path: Path) -> bool:
    from bycn.text.document import default_corpus_path

    try:
        return path.resolve() == default_corpus_path()
    except BycnError:
        return False


def variant_stem(briefing: str, params: Mapping[str, object]) -> str:
    """The report file stem: the name, then every non-default value in declared order.

    Different parameter values give different stems, so variants never
    overwrite each other; the defaults give just the name.

    >>> variant_stem("park_investment", check_parameters("park_investment", {}))
    'park_investment'
    >>> variant_stem("trade", {"region": "Gomel region", "language": "de"})
    'trade--language-de--region-gomel-region'
    """
    spec = get_briefing(briefing)
    parts = [spec.name]
    for param in spec.parameters:
        if param.name not in params:
            continue
        value = params[param.name]
        if param.name == "corpus":
            if value is None or _is_default_corpus(Path(str(value))):
                continue
            value = Path(str(value)).name.removesuffix(".txt")
        elif value == param.default and type(value) is type(param.default):
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = _SLUG.sub("-", str(value)).strip("-").lower() or "none"
        parts.append(f"{param.name}-{text}")
    return "--".join(parts)
