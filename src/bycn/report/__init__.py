"""What a briefing shows: facts, formatting, HTML, charts and the briefings' declarations.

The third stage of the pipeline (text -> indicators -> report -> build); the
notebooks call into it.
"""
