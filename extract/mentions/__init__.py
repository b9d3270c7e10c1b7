"""Mentions and their types: which spans name a person, country, organisation, agreement or
event, and the canonical key each gets.
"""
