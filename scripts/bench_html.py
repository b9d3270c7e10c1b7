"""Benchmark the HTML view in headless Chromium: time to interactive and fps while panning.

For each size a synthetic news-like graph is generated (preferential attachment, about three
edges per node, the six node types, real predicates with their CAMEO codes, dated evidence),
written with ``write_html`` and opened in Debian's Chromium through Playwright. Measured:

* ``write_s``: Python time to lay out the graph and write the page (``layout_s`` of it for
  the layout alone), and the page size;
* ``first_render_s``: from navigation start to the view's first drawing (the page sets
  ``window.newsgraphReady``), with the default top-N visible;
* ``interactive_s``: from navigation start until the page answers: the first drawing plus
  two animation frames (the main thread is free again) — a click from then on is handled;
* ``select_ms``: selecting the biggest entity (the rest fades, names are placed again);
* ``drag_fps``: redraws per second while the view is dragged for two seconds (moved every
  animation frame in vis-network's dragging state, which hides the edges of big graphs);
* ``redraw_ms``: one full redraw with every visible edge, as after a zoom or a filter, and
  ``names_ms`` the part of it that places and writes the names;
* the same figures after "Show all" (every node and edge visible): ``all_interactive_s``
  (click to first drawing), ``all_drag_fps`` and ``all_redraw_ms``.

``--renderer webgl`` measures the sigma.js page instead (``auto``, the default, picks it above
``WEBGL_THRESHOLD`` entities). It opens on every entity with a relation, so its "Show all"
figures are those of the opening view. There ``drag_fps`` counts sigma's frames while the
camera moves every animation frame in the dragging state (graphs of more than 20,000
relations hide their edges meanwhile), ``redraw_ms`` is a full ``sigma.refresh()``
(reducers, indexing, drawing: what a filter or a selection costs) and ``names_ms`` the part
of the last frame spent placing and writing names.

Usage::

    python scripts/bench_html.py                       # 300, 2,000 and 10,000 nodes
    python scripts/bench_html.py --sizes 5000,50000 --edges-per-node 2   # 100,000 relations
    python scripts/bench_html.py --sizes 100 --json /tmp/bench_html.json
    python scripts/bench_html.py --sizes 5000,50000 --edges-per-node 2 --renderer webgl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx
from chromium import CHROMIUM, CHROMIUM_ARGS

from graph.export.atomic import write_text_atomic
from graph.export.html import RENDERERS, write_html
from graph.export.layout import layout_positions

TYPES = ["Person", "Country", "Organization", "Agreement", "Event", "Place"]
PREDICATES = [
    ("proposed", "030"),
    ("agreed", "030"),
    ("met", "040"),
    ("signed", "057"),
    ("provided_aid", "070"),
    ("demanded", "100"),
    ("accused", "112"),
    ("denied", "016"),
    ("threatened", "130"),
    ("sanctioned", "163"),
    ("attacked", "190"),
    ("party_to", ""),
]
PAN_SECONDS = 2.0
#: How long "Show all" may take to draw before the figure is reported as -1 (not drawn).
ALL_TIMEOUT_S = 300


def synthetic_graph(nodes: int, *, edges_per_node: int = 3, seed: int = 7) -> nx.MultiDiGraph:
    """A ``graph.merge.build``-shaped graph of ``nodes`` entities and about 3 × ``nodes`` relations.

    >>> g = synthetic_graph(50)
    >>> g.number_of_nodes(), 120 <= g.number_of_edges() <= 150
    (50, True)
    """
    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(nodes, min(edges_per_node, nodes - 1), seed=seed)
    graph = nx.MultiDiGraph()
    articles = {
        f"a{i}": {"title": f"Story {i}", "date": f"2019-{i % 12 + 1:02d}-{i % 28 + 1:02d}"}
        for i in range(max(nodes // 5, 1))
    }
    graph.graph["articles"] = {
        a: {**meta, "url": f"https://example.org/{a}", "outlet": "Wire"}
        for a, meta in articles.items()
    }
    ids = list(articles)
    for node in skeleton.nodes:
        kind = TYPES[rng.randrange(len(TYPES))]
        name = f"{kind} {node}"
        graph.add_node(
            f"{kind.lower()}/n{node}",
            label=name,
            type=kind,
            aliases=sorted({name, f"N{node}"}),
            articles=sorted(rng.sample(ids, min(len(ids), rng.randint(1, 3)))),
            role="",
            merged_from=[f"{kind.lower()}/n{node}"],
        )
    keys = list(graph.nodes)
    for u, v in skeleton.edges:
        source, target = (keys[u], keys[v]) if rng.random() < 0.5 else (keys[v], keys[u])
        predicate, cameo = PREDICATES[rng.randrange(len(PREDICATES))]
        negated = rng.random() < 0.05
        article = rng.choice(ids)
        date = articles[article]["date"]
        sentence = f"{graph.nodes[source]['label']} {predicate} {graph.nodes[target]['label']}."
        graph.add_edge(
            source,
            target,
            key=f"{predicate}|negated" if negated else predicate,
            predicate=predicate,
            cameo=cameo,
            negated=negated,
            modality="",
            articles=[article],
            evidence=[
                {
                    "article_id": article,
                    "sentence": sentence,
                    "start": 0,
                    "end": len(sentence),
                    "date": date,
                    "trigger": predicate,
                }
            ],
            date=date,
        )
    return graph


_DRAG_SCRIPT = """(seconds) => new Promise((resolve) => {
    // Pan the view a little every animation frame while vis-network is in its dragging
    // state (as during a mouse drag, when big graphs hide their edges), and count the
    // redraws it completes; a slow redraw delays the next frame, so this is the real fps.
    const network = window.network;
    const origin = network.getViewPosition();
    const scale = network.getScale();
    const pointer = {DOM: {x: 0, y: 0}, canvas: origin};
    let draws = 0;
    const count = () => { draws += 1; };
    network.on("afterDrawing", count);
    network.emit("dragStart", {nodes: [], edges: [], pointer: pointer});
    const start = performance.now();
    function step(now) {
        const t = (now - start) / 1000;
        const offset = 300 / scale * Math.sin(t * 2);
        network.moveTo({position: {x: origin.x + offset, y: origin.y + offset / 2},
                        scale: scale, animation: false});
        if (t < seconds) { requestAnimationFrame(step); return; }
        network.emit("dragEnd", {nodes: [], edges: [], pointer: pointer});
        network.off("afterDrawing", count);
        resolve(draws / t);
    }
    requestAnimationFrame(step);
})"""

_WEBGL_DRAG_SCRIPT = """(seconds) => new Promise((resolve) => {
    // Move sigma's camera every animation frame in its dragging state (as during a mouse
    // drag, when big graphs hide their edges) and count the frames sigma draws.
    const sigma = window.newsgraph.sigma;
    const camera = sigma.getCamera();
    const captor = sigma.getMouseCaptor();
    const origin = camera.getState();
    let draws = 0;
    const count = () => { draws += 1; };
    sigma.on("afterRender", count);
    captor.isMoving = true;
    const start = performance.now();
    function step(now) {
        const t = (now - start) / 1000;
        const offset = 0.3 * origin.ratio * Math.sin(t * 2);
        camera.setState({x: origin.x + offset, y: origin.y + offset / 2});
        if (t < seconds) { requestAnimationFrame(step); return; }
        sigma.off("afterRender", count);
        captor.isMoving = false;
        camera.setState(origin);
        resolve(draws / t);
    }
    requestAnimationFrame(step);
})"""

_WEBGL_REDRAW_SCRIPT = """() => {
    // A full refresh: reducers run for every node and edge, then one drawing.
    const start = performance.now();
    for (let i = 0; i < 3; i++) { window.newsgraph.sigma.refresh(); }
    return (performance.now() - start) / 3;
}"""

_WEBGL_VISIBLE_SCRIPT = """() => {
    const sigma = window.newsgraph.sigma;
    return sigma.getGraph().filterNodes((id) => !sigma.getNodeDisplayData(id).hidden).length;
}"""

_WEBGL_SELECT_SCRIPT = """() => {
    const graph = window.newsgraph.graph;
    let biggest = null;
    graph.forEachNode((id, a) => {
        if (biggest === null || a.size > graph.getNodeAttribute(biggest, "size")) { biggest = id; }
    });
    const start = performance.now();
    window.newsgraph.select(biggest, {keepView: true});
    return performance.now() - start;
}"""

_INTERACTIVE_SCRIPT = """() => new Promise((resolve) => {
    // Two frames after the first drawing the main thread has run everything it queued.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() / 1000)));
})"""

_SELECT_SCRIPT = """() => {
    const biggest = window.network.body.data.nodes.get().sort((a, b) => b.size - a.size)[0];
    const start = performance.now();
    window.newsgraph.select(biggest.id, {keepView: true});
    window.network.redraw();
    return performance.now() - start;
}"""

_REDRAW_SCRIPT = """() => {
    // One full redraw (every visible node and edge), as after a zoom or a filter change.
    const start = performance.now();
    for (let i = 0; i < 3; i++) { window.network.redraw(); }
    return (performance.now() - start) / 3;
}"""


def _motion(page: Any, *, webgl: bool = False) -> dict[str, float]:
    """Drag fps and the time of one full redraw, for what is visible now."""
    drag, redraw = (
        (_WEBGL_DRAG_SCRIPT, _WEBGL_REDRAW_SCRIPT) if webgl else (_DRAG_SCRIPT, _REDRAW_SCRIPT)
    )
    return {
        "drag_fps": round(float(page.evaluate(drag, PAN_SECONDS)), 1),
        "redraw_ms": round(float(page.evaluate(redraw))),
        # Of which placing and writing the names (the page's own pass after vis-network's).
        "names_ms": round(float(page.evaluate("window.newsgraph.labelMs()")), 1),
    }


def measure_page(browser: Any, path: Path) -> dict[str, Any]:
    """Open ``path`` and measure time to interactive and panning fps, default view then all."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1400, "height": 850})
    try:
        page.goto(path.resolve().as_uri(), timeout=120_000)
        # The page's Content-Security-Policy forbids eval, so no polled wait_for_function.
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
        first_render = page.evaluate("window.newsgraphReadyAt / 1000")
        interactive = page.evaluate(_INTERACTIVE_SCRIPT)
        webgl = page.evaluate("window.newsgraph.renderer") == "webgl"
        visible = page.evaluate(
            _WEBGL_VISIBLE_SCRIPT if webgl else "window.network.body.data.nodes.length"
        )
        row: dict[str, Any] = {
            "renderer": "webgl" if webgl else "canvas",
            "visible_nodes": visible,
            "first_render_s": round(first_render, 2),
            "interactive_s": round(interactive, 2),
            **_motion(page, webgl=webgl),
        }
        row["select_ms"] = round(
            float(page.evaluate(_WEBGL_SELECT_SCRIPT if webgl else _SELECT_SCRIPT))
        )
        page.evaluate("window.newsgraph.clearSelection()")
        if page.is_disabled("#ng-all"):  # everything is visible already
            row.update(all_interactive_s=0.0, all_drag_fps=row["drag_fps"])
            row["all_redraw_ms"], row["all_names_ms"] = row["redraw_ms"], row["names_ms"]
            return row
        page.evaluate("""() => { window.__allDrawn = false;
            window.network.once("afterDrawing", () => {
                document.body.setAttribute("data-all-drawn", "true"); }); }""")
        clicked = time.perf_counter()
        # Clicked from a timer: Playwright's own click waits 30 s at most for the handler.
        page.evaluate("setTimeout(() => document.getElementById('ng-all').click(), 0)")
        try:
            page.wait_for_selector(
                "body[data-all-drawn]", state="attached", timeout=ALL_TIMEOUT_S * 1000
            )
        except PlaywrightTimeout:
            # Not drawn within the bound: reported as such, the motion figures are skipped.
            row.update(all_interactive_s=-1.0, all_drag_fps=0.0, all_redraw_ms=-1)
            row["all_names_ms"] = -1.0
            return row
        row["all_interactive_s"] = round(time.perf_counter() - clicked, 2)
        motion = _motion(page)
        row["all_drag_fps"], row["all_redraw_ms"] = motion["drag_fps"], motion["redraw_ms"]
        row["all_names_ms"] = motion["names_ms"]
        return row
    finally:
        page.close()


def run(
    sizes: list[int], workdir: Path, *, edges_per_node: int = 3, renderer: str = "auto"
) -> list[dict[str, Any]]:
    """Generate, write and measure one page per size; return one row of figures per size."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for size in sizes:
                graph = synthetic_graph(size, edges_per_node=edges_per_node)
                started = time.perf_counter()
                layout_positions(graph)
                layout_s = time.perf_counter() - started
                path = workdir / f"view_{size}.html"
                started = time.perf_counter()
                write_html(graph, path, title=f"synthetic {size}", renderer=renderer)
                write_s = time.perf_counter() - started
                row: dict[str, Any] = {
                    "nodes": graph.number_of_nodes(),
                    "edges": graph.number_of_edges(),
                    "layout_s": round(layout_s, 2),
                    "write_s": round(write_s, 2),
                    "html_mb": round(path.stat().st_size / 1e6, 1),
                }
                row.update(measure_page(browser, path))
                rows.append(row)
                print(_table([row], header=len(rows) == 1), flush=True)
        finally:
            browser.close()
    return rows


_COLUMNS = [
    ("renderer", 8),
    ("nodes", 7),
    ("edges", 7),
    ("layout_s", 9),
    ("write_s", 8),
    ("html_mb", 8),
    ("visible_nodes", 8),
    ("first_render_s", 15),
    ("interactive_s", 14),
    ("select_ms", 10),
    ("drag_fps", 9),
    ("redraw_ms", 10),
    ("names_ms", 9),
    ("all_interactive_s", 18),
    ("all_drag_fps", 13),
    ("all_redraw_ms", 14),
    ("all_names_ms", 13),
]


def _table(rows: list[dict[str, Any]], *, header: bool = True) -> str:
    lines = []
    if header:
        lines.append(" ".join(name.rjust(width) for name, width in _COLUMNS))
    for row in rows:
        lines.append(" ".join(str(row[name]).rjust(width) for name, width in _COLUMNS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table and write the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="300,2000,10000", help="Comma-separated node counts.")
    parser.add_argument("--json", type=Path, default=Path("out/bench_html.json"))
    parser.add_argument("--keep", type=Path, help="Keep the generated pages in this folder.")
    parser.add_argument(
        "--edges-per-node", type=int, default=3, help="Relations per entity (default 3)."
    )
    parser.add_argument(
        "--renderer",
        choices=RENDERERS,
        default="auto",
        help="The page's renderer (default auto: WebGL above 10,000 entities).",
    )
    args = parser.parse_args(argv)
    try:
        sizes = [int(part) for part in args.sizes.split(",") if part.strip()]
    except ValueError:
        print(f"bench_html: --sizes: not a list of integers: {args.sizes!r}", file=sys.stderr)
        return 2
    if not sizes or min(sizes) < 5:
        print("bench_html: --sizes: give node counts of 5 or more", file=sys.stderr)
        return 2
    if not CHROMIUM.exists():
        print(f"bench_html: {CHROMIUM} not found (install Debian's chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        workdir = args.keep or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        rows = run(sizes, workdir, edges_per_node=args.edges_per_node, renderer=args.renderer)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    machine = {"chromium": str(CHROMIUM), "args": CHROMIUM_ARGS, "pan_seconds": PAN_SECONDS}
    write_text_atomic(args.json, json.dumps({"machine": machine, "results": rows}, indent=2))
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
