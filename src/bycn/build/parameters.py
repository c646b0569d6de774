"""Briefing parameters from the command line: ``-p key=value`` typed by the declarations.

The parameters themselves are declared once, with each briefing, in
:mod:`bycn.report.briefings`; this module turns CLI strings into typed values
for one briefing and names report variants after them.

>>> from bycn.report.briefings import check_parameters
>>> values = parse_assignments("trade", ["language=de", "start=2022"])
>>> values
{'language': 'de', 'start': 2022}
>>> variant_stem("trade", check_parameters("trade", values))
'trade--start-2022--language-de'
>>> parse_assignments("trade", ["include_targets=no"])
Traceback (most recent call last):
...
bycn.exceptions.ParameterError: briefing 'trade': include_targets: does not apply to this \
briefing (its parameters: corpus, start, end, language, region)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from bycn.exceptions import BycnError, ParameterError, Problem
from bycn.report.briefings import convert, get_briefing

__all__ = ["parse_assignments", "variant_stem"]


def parse_assignments(briefing: str, items: Iterable[str]) -> dict[str, object]:
    """CLI ``key=value`` strings as a dict typed by ``briefing``'s declared parameters.

    ints for ``start``/``end`` (``none`` for None), bools from
    ``true/false/yes/no/1/0``; a later assignment of the same key wins. Every
    problem is reported at once.

    >>> parse_assignments("park_investment", ["start=2021", "include_targets=no"])
    {'start': 2021, 'include_targets': False}
    """
    spec = get_briefing(briefing)
    values: dict[str, object] = {}
    problems: list[Problem] = []
    for item in items:
        key, sep, text = item.partition("=")
        key = key.strip()
        param = spec.parameter(key)
        if not sep or not key:
            problems.append(Problem(f"-p {item}", "is not KEY=VALUE (e.g. -p language=de)"))
        elif param is None:
            problems.append(spec.does_not_apply(key))
        else:
            try:
                values[key] = convert(param, text.strip())
            except ParameterError as err:
                problems.extend(err.problems)
    if problems:
        raise ParameterError(problems, subject=f"briefing {briefing!r}")
    return values


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

    >>> variant_stem("park_investment", {"language": "en", "include_targets": True})
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
