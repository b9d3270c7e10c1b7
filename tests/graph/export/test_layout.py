"""Precomputed layouts: every node placed, deterministic, readable, and fast algorithms only."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from graph.export.layout import (
    EDGE_LENGTH,
    EXACT_LAYOUT_LIMIT,
    MIN_GAP,
    force_layout,
    layout_positions,
)


def _points(positions: dict) -> np.ndarray:
    return np.array(list(positions.values()))


def test_every_node_gets_a_finite_position_deterministically() -> None:
    graph = nx.MultiDiGraph(nx.barabasi_albert_graph(EXACT_LAYOUT_LIMIT + 50, 2, seed=1))
    first = layout_positions(graph)
    assert set(first) == set(graph)
    assert np.isfinite(_points(first)).all()
    assert layout_positions(graph) == first
    assert layout_positions(graph, seed=8) != first


def test_empty_and_single_node_graphs() -> None:
    assert layout_positions(nx.MultiDiGraph()) == {}
    assert layout_positions(nx.path_graph(["only"])) == {"only": (0.0, 0.0)}
    assert force_layout(0, np.zeros((0, 2), dtype=np.int64)).shape == (0, 2)


def test_big_layout_keeps_neighbours_close() -> None:
    # A 40 x 40 grid: an edge must be much shorter than a random pair (a random placement
    # gives a ratio of about 1, a perfect grid about 20; folds of the sheet cost some).
    grid = nx.convert_node_labels_to_integers(nx.grid_2d_graph(40, 40))
    edges = np.array(list(grid.edges()), dtype=np.int64)
    points = force_layout(grid.number_of_nodes(), edges)
    edge_length = np.median(np.hypot(*(points[edges[:, 0]] - points[edges[:, 1]]).T))
    rng = np.random.default_rng(0)
    pairs = rng.integers(0, len(points), size=(2000, 2))
    pair_length = np.median(np.hypot(*(points[pairs[:, 0]] - points[pairs[:, 1]]).T))
    assert edge_length * 5 < pair_length


def test_components_are_packed_apart_and_close_together() -> None:
    graph = nx.Graph()
    nx.add_path(graph, [f"p{i}" for i in range(10)])
    nx.add_star(graph, [f"s{i}" for i in range(8)])
    graph.add_nodes_from(f"lone{i}" for i in range(30))
    positions = layout_positions(graph)
    boxes = []
    for prefix in ("p", "s"):
        block = np.array([xy for node, xy in positions.items() if node.startswith(prefix)])
        boxes.append((block.min(axis=0), block.max(axis=0)))
    (low_a, high_a), (low_b, high_b) = boxes
    assert (high_a < low_b).any() or (high_b < low_a).any()  # the two boxes do not overlap
    points = _points(positions)
    # 48 nodes fit in a few rows: isolated nodes are not flung to the far edge of the page.
    extent = points.max(axis=0) - points.min(axis=0)
    assert extent.max() < 12 * EDGE_LENGTH


def test_small_layouts_keep_nodes_apart() -> None:
    graph = nx.star_graph(25)  # a treaty everybody is party to
    points = _points(layout_positions(graph))
    gaps = np.hypot(*(points[:, None, :] - points[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(gaps, math.inf)
    assert gaps.min() > MIN_GAP * 0.8


@pytest.mark.slow
def test_ten_thousand_nodes_are_laid_out() -> None:
    graph = nx.barabasi_albert_graph(10_000, 3, seed=7)
    positions = layout_positions(graph)
    assert len(positions) == 10_000 and np.isfinite(_points(positions)).all()


@pytest.mark.parametrize("count", [40, 400])  # spring_layout below EXACT_LAYOUT_LIMIT, ours above
def test_positions_do_not_depend_on_which_end_an_edge_was_added_from(count: int) -> None:
    # Node and edge order upstream follows set iteration (hash order); the view must not.
    forward = nx.Graph([(f"n{i:03d}", f"n{(i + 1) % count:03d}") for i in range(count)])
    backward = nx.Graph([(f"n{(i + 1) % count:03d}", f"n{i:03d}") for i in reversed(range(count))])
    assert layout_positions(forward) == layout_positions(backward)
