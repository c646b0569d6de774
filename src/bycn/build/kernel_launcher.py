"""The build kernel's entry point: ``ipykernel_launcher`` that loads the briefing
modules while it boots.

A briefing's first cells import pandas, bycn's report modules and matplotlib,
about 0.8 s in a fresh process. Imported in a background thread from the
moment the kernel process starts, that time overlaps the kernel's own start
and the build's loading of papermill. The first cell waits until the thread
is done, so the notebook's own imports never race it: nothing changes for the
notebook but when the work is done.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

__all__ = ["PRELOADED", "main"]

#: What a briefing notebook loads, heaviest first.
PRELOADED = (
    "pandas",
    "bycn.report.briefing",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "bycn.report.charts",
)


def _preload() -> None:
    loaded = set(sys.modules)
    for name in PRELOADED:
        try:
            importlib.import_module(name)
        except Exception:
            # The notebook's own import reports a real error, in its cell. But a failed
            # import can leave its package's submodules loaded and broken (matplotlib's
            # backend registry, once it has read its entry points while the kernel was
            # still setting up, holds that the inline backend does not exist), so what this
            # thread loaded of that package goes: the notebook's import starts afresh.
            package = name.partition(".")[0]
            for module in set(sys.modules) - loaded:
                if module == package or module.startswith(package + "."):
                    del sys.modules[module]
            return


def main() -> None:
    # As ipykernel_launcher: the working folder is not on the path while loading.
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    # ipykernel sets this when it starts; matplotlib reads it on import, so the
    # preloaded matplotlib must see it first.
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    loading = threading.Thread(target=_preload, name="bycn-preload", daemon=True)
    loading.start()
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize()

    def before_each_cell(*info: Any) -> None:
        loading.join()

    app.shell.events.register("pre_run_cell", before_each_cell)
    app.start()


if __name__ == "__main__":
    main()
