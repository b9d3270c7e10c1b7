"""Roles and affiliation: titles around names ("Russian Foreign Minister"), seats of government
that act for their country, and country modifiers.
"""
