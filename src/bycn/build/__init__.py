"""Building briefings: parameters, execution (papermill), rendering (nbconvert, WeasyPrint).

The last stage of the pipeline (text -> indicators -> report -> build).

>>> from bycn.build import build_report
>>> result = build_report("trade", {"language": "de"})  # doctest: +SKIP
"""

from typing import Any

from bycn.build.pipeline import BuildResult, build_report

__all__ = ["KERNEL_NAME", "BuildResult", "build_report"]


def __getattr__(name: str) -> Any:
    # The kernel module loads jupyter_client: only when asked for.
    if name == "KERNEL_NAME":
        from bycn.build.kernel import KERNEL_NAME

        return KERNEL_NAME
    raise AttributeError(f"module 'bycn.build' has no attribute {name!r}")
