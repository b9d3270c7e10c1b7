"""Dates and places: article and event dates normalised to ISO, the country of a place, and the
edges that put actors and occasions in places.
"""
