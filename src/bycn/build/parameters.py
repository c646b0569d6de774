"""Briefing parameters from the command line: ``-p key=value`` typed by the declarations.

The parameters themselves are declared once, with each briefing, in
:mod:`bycn.report.briefings`; this module turns CLI strings into typed values
for one briefing (:mod:`bycn.build.naming` names report variants after them).

>>> parse_assignments("trade", ["language=de", "start=2022"])
{'language': 'de', 'start': 2022}
>>> parse_assignments("trade", ["include_targets=no"])
Traceback (most recent call last):
...
bycn.exceptions.ParameterError: briefing 'trade': include_targets: does not apply to this \
briefing (its parameters: corpus, start, end, language, region)
"""

from __future__ import annotations

from collections.abc import Iterable

from bycn.exceptions import ParameterError, Problem
from bycn.report.briefings import convert, get_briefing

__all__ = ["parse_assignments"]


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
