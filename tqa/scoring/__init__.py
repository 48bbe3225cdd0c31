"""Scores: a translation against a reference (`score`, `worddiff`), and tqa itself
against the defects an editor listed (`defects`)."""
