"""Geometry of the names a view writes on its canvas, shared by the browser tests."""

from __future__ import annotations


def boxes_overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    """Whether two label boxes (``x``, ``y``, ``w``, ``h`` in pixels) cover a common point.

    >>> boxes_overlap({"x": 0, "y": 0, "w": 10, "h": 5}, {"x": 9, "y": 4, "w": 3, "h": 3})
    True
    >>> boxes_overlap({"x": 0, "y": 0, "w": 10, "h": 5}, {"x": 10, "y": 0, "w": 3, "h": 3})
    False
    """
    return not (
        a["x"] + a["w"] <= b["x"]
        or b["x"] + b["w"] <= a["x"]
        or a["y"] + a["h"] <= b["y"]
        or b["y"] + b["h"] <= a["y"]
    )
