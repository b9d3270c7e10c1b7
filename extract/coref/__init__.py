"""Coreference within one article: one key for every mention of one thing, counted parties
("the two nations") included.
"""
