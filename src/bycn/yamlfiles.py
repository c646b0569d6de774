"""YAML as bycn reads its data files (catalog, texts, word lists): safe, and fast.

PyYAML's pure-Python parser takes a fifth of a second for the catalog, in
every kernel that builds a briefing; libyaml's C parser, which PyYAML wheels
bundle, takes a hundredth. Both build the same plain data.

>>> safe_load("units: [USD, BYN]\\nmeasure: flow\\n")
{'units': ['USD', 'BYN'], 'measure': 'flow'}
"""

from __future__ import annotations

from typing import Any

__all__ = ["safe_load"]


def safe_load(text: str) -> Any:
    """The plain data of the YAML ``text`` (raises :class:`yaml.YAMLError` when invalid)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
