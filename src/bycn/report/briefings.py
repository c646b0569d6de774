"""The briefings, each declared once, and the validation of their parameters.

A briefing is declared by a :class:`BriefingSpec`: its name (the notebook
``notebooks/<name>.ipynb`` and the key of its texts in ``texts.yaml``), the
indicator group it shows, and its own parameter, whose declaration also says
how it filters the points. Every briefing takes the common parameters
``corpus``, ``start``, ``end`` and ``language`` before its own. Everything else
derives from :data:`BRIEFINGS`: the validation below, ``bycn report --help``
and its parameter typing, the Makefile's list of briefings (``bycn report
--list``) and the notebooks' one call to :func:`bycn.report.briefing.prepare`.

>>> [(b.name, b.group, b.own.name) for b in BRIEFINGS.values()]
[('trade', 'trade', 'region'), ('education', 'edu', 'institution'), \
('park_investment', 'park', 'include_targets')]
>>> params = check_parameters("trade", {"language": "de", "start": "2022"})
>>> [params[k] for k in ("start", "end", "language", "region")]
[2022, None, 'de', 'all']
>>> check_parameters("trade", {"language": "fr", "institution": "BSU"})
Traceback (most recent call last):
...
bycn.exceptions.ParameterError: briefing 'trade': 2 problems: institution: does not apply \
to this briefing (its parameters: corpus, start, end, language, region); language: 'fr' is \
not allowed (choose one of: en, de)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from numbers import Integral
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from bycn.exceptions import BycnError, ParameterError, Problem
from bycn.vocabulary import GROUPS, LANGUAGES

if TYPE_CHECKING:
    import pandas as pd

    from bycn.indicators.catalog import Catalog

__all__ = [
    "BRIEFINGS",
    "COMMON",
    "BriefingSpec",
    "Parameter",
    "check_parameters",
    "convert",
    "get_briefing",
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
        empty means any value.
    entity_kind: the parameter selects one entity of this catalog kind (or ``all``);
        a briefing then shows, of the entities of this kind, only the one selected.
    drops_status: a ``bool`` parameter that, when false, leaves out the points of
        this status (``target``: plans and goals).
    minimum, maximum: the allowed range of an ``int`` parameter (inclusive).
    nullable: whether ``None`` is allowed (``start``/``end``: the whole range).
    """

    name: str
    type: type
    default: object
    help: str
    choices: tuple[str, ...] = ()
    entity_kind: str | None = None
    drops_status: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    nullable: bool = False

    def allowed(self) -> str:
        """What a user may give, as told in error messages and ``--help``."""
        if self.type is int:
            text = f"give a year from {self.minimum} to {self.maximum}"
            return f"{text}, or none" if self.nullable else text
        if self.type is bool:
            return "choose one of: true, false (or yes/no, 1/0)"
        if self.choices:
            return f"choose one of: {', '.join(self.choices)}"
        if self.entity_kind:
            article = "an" if self.entity_kind[0] in "aeiou" else "a"
            return f"give all, or {article} {self.entity_kind} from the catalog"
        return "give a path" if self.name == "corpus" else "give a string"


#: The parameters every briefing takes, before its own.
COMMON = (
    Parameter(
        "corpus",
        str,
        None,
        "corpus folder or one document to build from; None: $BYCN_CORPUS, else the "
        "project's data/raw folder",
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


@dataclass(frozen=True)
class BriefingSpec:
    """A briefing: the notebook ``notebooks/<name>.ipynb``, its texts ``texts.yaml`` keyed by
    ``name``, the indicator ``group`` it shows and its ``own`` parameter."""

    name: str
    group: str
    own: Parameter

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(f"briefing {self.name!r}: group {self.group!r} not in {GROUPS}")

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The common parameters, then its own: the order of report file names."""
        return (*COMMON, self.own)

    @property
    def names(self) -> tuple[str, ...]:
        """The parameter names in declared order."""
        return tuple(p.name for p in self.parameters)

    def parameter(self, name: str) -> Parameter | None:
        """The declared parameter called ``name``, or None if it does not apply."""
        return next((p for p in self.parameters if p.name == name), None)

    def does_not_apply(self, name: object) -> Problem:
        """The problem of a parameter this briefing does not take."""
        what = f"does not apply to this briefing (its parameters: {', '.join(self.names)})"
        return Problem(str(name), what)

    def select(self, points: pd.DataFrame, params: Mapping[str, object], catalog: Catalog):
        """The points of this briefing's group that its own parameter keeps.

        An entity parameter keeps, of the entities of its kind, only the one chosen
        (points about other entities, such as the country pair, stay); a status
        parameter set to false drops the points of its status.
        """
        points = points[points["indicator"].str.startswith(self.group + ".")]
        value = params.get(self.own.name, self.own.default)
        if self.own.entity_kind is not None and value != "all":
            others = set(catalog.entity_names(self.own.entity_kind)) - {value}
            points = points[~points["entity"].isin(others)]
        if self.own.drops_status is not None and value is False:
            points = points[points["status"] != self.own.drops_status]
        return points

    def selection(self, params: Mapping[str, object]) -> str:
        """The selection to name in the header: the entity chosen, else nothing."""
        value = params.get(self.own.name, self.own.default)
        return str(value) if self.own.entity_kind is not None and value != "all" else ""


#: Every briefing by name, in the order ``make reports`` builds them.
BRIEFINGS: Mapping[str, BriefingSpec] = MappingProxyType(
    {
        spec.name: spec
        for spec in (
            BriefingSpec(
                "trade",
                group="trade",
                own=Parameter(
                    "region",
                    str,
                    "all",
                    "'all', or one Belarusian region or city from the catalog",
                    entity_kind="region",
                ),
            ),
            BriefingSpec(
                "education",
                group="edu",
                own=Parameter(
                    "institution",
                    str,
                    "all",
                    "'all', or one university or institute from the catalog",
                    entity_kind="institution",
                ),
            ),
            BriefingSpec(
                "park_investment",
                group="park",
                own=Parameter(
                    "include_targets",
                    bool,
                    True,
                    "show planned targets beside actual values",
                    drops_status="target",
                ),
            ),
        )
    }
)


def get_briefing(name: str) -> BriefingSpec:
    """The briefing called ``name``; :class:`ParameterError` naming the known ones otherwise."""
    try:
        return BRIEFINGS[name]
    except KeyError:
        known = ", ".join(BRIEFINGS)
        raise ParameterError([Problem(f"briefing {name!r}", f"unknown; known: {known}")]) from None


def convert(param: Parameter, text: str) -> object:
    """A CLI string as the parameter's type (range and choices are checked later).

    >>> convert(BRIEFINGS["park_investment"].own, "no"), convert(COMMON[1], "none")
    (False, None)
    """
    lowered = text.strip().casefold()
    if param.nullable and lowered in _NONE:
        return None
    if param.type is bool:
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ParameterError([_not_allowed(param, text)])
    if param.type is int:
        try:
            return int(text)
        except ValueError:
            raise ParameterError([_not_allowed(param, text)]) from None
    return text


def check_parameters(briefing: str, values: Mapping[str, object]) -> dict[str, object]:
    """Validate ``values`` for ``briefing``; return every parameter, defaults filled in.

    The result is in declared order; ``corpus`` is an absolute path, choices are
    in their canonical spelling. Strings are accepted for ``int`` and ``bool``
    parameters (as from the CLI). Every problem found is reported at once, in one
    :class:`ParameterError`, each naming the parameter, the bad value and what
    is allowed.

    >>> check_parameters("trade", {"start": 2023, "end": 2021})
    Traceback (most recent call last):
    ...
    bycn.exceptions.ParameterError: briefing 'trade': start: 2023 is after end=2021 \
(choose start <= end)
    """
    spec = get_briefing(briefing)
    problems = [spec.does_not_apply(key) for key in values if spec.parameter(key) is None]
    checked: dict[str, object] = {}
    for param in spec.parameters:
        try:
            checked[param.name] = _check(param, values.get(param.name, param.default))
        except ParameterError as err:
            problems.extend(err.problems)
    start, end = checked.get("start"), checked.get("end")
    if isinstance(start, int) and isinstance(end, int) and start > end:
        problems.append(Problem("start", f"{start} is after end={end} (choose start <= end)"))
    if problems:
        raise ParameterError(problems, subject=f"briefing {briefing!r}")
    return checked


def _check(param: Parameter, value: object) -> object:
    if value is None and param.name == "corpus":
        return _default_corpus()
    if value is None:
        if param.nullable:
            return None
        raise ParameterError([_not_allowed(param, value)])
    if isinstance(value, str) and param.type is not str:
        value = convert(param, value)
        if value is None:
            return None
    if param.type is bool:
        if not isinstance(value, bool):
            raise ParameterError([_not_allowed(param, value)])
        return value
    if param.type is int:
        if isinstance(value, bool) or not isinstance(value, Integral):
            raise ParameterError([_not_allowed(param, value)])
        value = int(value)
        low = param.minimum if param.minimum is not None else value
        high = param.maximum if param.maximum is not None else value
        if not low <= value <= high:
            raise ParameterError([_not_allowed(param, value)])
        return value
    if not isinstance(value, str | Path):
        raise ParameterError([_not_allowed(param, value)])
    text = str(value)
    if param.name == "corpus":
        path = Path(text).expanduser()
        if not path.exists():
            what = f"{text!r} does not exist (give a corpus folder or a document's path)"
            raise ParameterError([Problem("corpus", what)])
        return str(path.resolve())
    if param.entity_kind is not None and text.strip().casefold() == "all":
        return "all"
    allowed = _choices(param)
    if not allowed:
        return text
    for choice in allowed:
        if choice.casefold() == text.strip().casefold():
            return choice
    raise ParameterError([_not_allowed(param, text, f"choose one of: {', '.join(allowed)}")])


def _default_corpus() -> str:
    from bycn.text.document import default_corpus_path

    try:
        return str(default_corpus_path())
    except BycnError as err:
        raise ParameterError([Problem("corpus", str(err))]) from None


def _choices(param: Parameter) -> tuple[str, ...]:
    if param.entity_kind is None:
        return param.choices
    # Loaded only for a value other than 'all', so default builds never read it.
    from bycn.indicators.catalog import load_catalog

    return ("all", *load_catalog().entity_names(param.entity_kind))


def _not_allowed(param: Parameter, value: object, allowed: str | None = None) -> Problem:
    return Problem(param.name, f"{value!r} is not allowed ({allowed or param.allowed()})")
