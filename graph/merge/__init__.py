"""Merging per-article results into one graph: the one builder, and cross-article resolution
of people, organisations, agreements and events.
"""
