"""Building briefings: parameters, execution (papermill), rendering (nbconvert, WeasyPrint).

The last stage of the pipeline (text -> indicators -> report -> build). Its
names load on first use, so a command that only writes tables never loads them.

>>> from bycn.build import build_report
>>> result = build_report("trade", {"language": "de"})  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["KERNEL_NAME", "BuildResult", "build_report"]

_LAZY = {
    "BuildResult": "bycn.build.pipeline",
    "build_report": "bycn.build.pipeline",
    # The kernel module loads jupyter_client.
    "KERNEL_NAME": "bycn.build.kernel",
}

if TYPE_CHECKING:
    from bycn.build.kernel import KERNEL_NAME
    from bycn.build.pipeline import BuildResult, build_report


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'bycn.build' has no attribute {name!r}")
