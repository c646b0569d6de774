"""The briefing notebooks, shipped with bycn as the package ``bycn.notebooks``.

This file only makes the folder an importable package, so that an installed
bycn finds its notebooks through ``importlib.resources`` (see pyproject.toml).
"""
