"""Indicator series from figures: the catalog (curated YAML) and the rules that apply it.

The second stage of the pipeline (text -> indicators -> report -> build).
"""
