"""Reading German-language source texts and parsing them into tidy tables.

The first stage of the pipeline (text -> indicators -> report -> build):
:mod:`~bycn.text.source` reads a file, :mod:`~bycn.text.structure` finds its
articles, footnotes and sentences, :mod:`~bycn.text.numbers` and
:mod:`~bycn.text.dates` hold the German grammar of numbers and dates, and
:mod:`~bycn.text.figures` extracts every figure; :mod:`~bycn.text.document`
puts them together.
"""
