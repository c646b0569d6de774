"""Building briefings: parameters, execution (papermill), rendering (nbconvert, WeasyPrint).

The last stage of the pipeline (text -> indicators -> report -> build).

>>> from bycn.build import build_report
>>> result = build_report("trade", {"language": "de"})  # doctest: +SKIP
"""

from bycn.build.pipeline import KERNEL_NAME, BuildResult, build_report

__all__ = ["KERNEL_NAME", "BuildResult", "build_report"]
