"""Assemble the single self-contained HTML file: markup, inlined assets and the data block.

The page issues no remote request: the renderer's library and our own ``html_assets/`` are
inlined. The "canvas" renderer is vis-network (its JS and CSS ship inside pyvis) with
``view_vis.js`` and ``view_draw.js``; the "webgl" renderer, for big graphs, is sigma.js on
graphology (``vendor/``, fetched from npm by ``scripts/vendor_js.py``) with ``view_sigma.js``.
``view.js`` (filters, search, selection, panels) and ``view.css`` serve both. pyvis's
template is not used because it links Bootstrap from a CDN. A Content-Security-Policy with
``default-src 'none'`` makes the browser refuse any fetch we might have missed.

The data goes in a ``<script type="application/json">`` block read with ``JSON.parse``, with
``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\uXXXX`` escapes so no string from an
article can close the block. Only the title is interpolated into markup, ``html.escape``-d.
"""

from __future__ import annotations

import html
import json
import re
import string
from functools import cache
from pathlib import Path
from typing import Any

import pyvis

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_ASSETS = Path(__file__).parent / "html_assets"
_VENDOR = Path(__file__).parent / "vendor"

_PAGE = string.Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>$library_css</style>
<style>$view_css</style>
</head>
<body>
<header>
  <h1>$title <small id="ng-summary"></small></h1>
  <div id="ng-toolbar">
    <span id="ng-search-box">
      <input id="ng-search" type="search" placeholder="Find an entity by any name…"
             aria-label="Find an entity" autocomplete="off">
      <button id="ng-search-go" type="button">Find</button>
      <ul id="ng-search-results" role="listbox" hidden></ul>
    </span>
    <span>Top <b id="ng-limit"></b> by degree
      <button id="ng-more" type="button">Show more</button>
      <button id="ng-all" type="button">Show all</button></span>
    <label>Size by <select id="ng-size">
      <option value="degree">degree</option><option value="articles">articles</option>
    </select></label>
    <label>Neighbourhood <select id="ng-hops">
      <option value="1">1 hop</option><option value="2">2 hops</option>
    </select></label>
    <button id="ng-reset" type="button">Reset</button>
    <span id="ng-status" role="status"></span>
  </div>
</header>
<main>
  <nav id="ng-filters" aria-label="Legend and filters">
    <h2>Entity types</h2><div id="ng-types"></div>
    <label>at least <input id="ng-min-degree" type="number" min="1" value="1"> relations</label>
    <label><input id="ng-isolated" type="checkbox"> show entities without relations
      (<span id="ng-isolated-count"></span>)</label>
    <h2>Relations</h2><div id="ng-families"></div>
    <h2>Modality</h2><div id="ng-modalities"></div>
    <details id="ng-predicates-box"><summary>Predicates</summary>
      <div><button id="ng-predicates-all" type="button">all</button>
      <button id="ng-predicates-none" type="button">none</button></div>
      <div id="ng-predicates"></div></details>
    <label><input id="ng-orphans" type="checkbox" checked> hide entities the filters leave
      without relations</label>
    <h2>Dates</h2>
    <label>from <input id="ng-from" type="date"></label>
    <label>to <input id="ng-to" type="date"></label>
    <label><input id="ng-undated" type="checkbox" checked> undated relations</label>
    <p class="ng-hint">Click an entity or a relation for details; double-click an entity to
    show only its neighbourhood; zoom in for relation names.</p>
  </nav>
  <div id="ng-graph"></div>
  <aside id="ng-details" aria-live="polite" hidden></aside>
</main>
<script type="application/json" id="ng-data">$payload</script>
$library_js
<script>$view_js</script>
</body>
</html>
""")


def script_json(value: Any) -> str:
    """JSON safe to embed in ``<script>``: no ``</script>``, ``<!--`` or JS line terminators.

    >>> script_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _without_source_map(script: str) -> str:
    # A source-map comment makes browser dev tools fetch a file that is not there.
    return re.sub(r"//# sourceMappingURL=\S*\s*$", "", script)


@cache
def _asset(name: str) -> str:
    if name.startswith("vis-network."):
        text = (_VIS_DIR / name).read_text(encoding="utf-8")
    elif (_VENDOR / name).is_file():
        text = (_VENDOR / name).read_text(encoding="utf-8")
    else:
        text = (_ASSETS / name).read_text(encoding="utf-8")
    return _without_source_map(text) if name.endswith(".js") else text


#: The scripts each renderer needs before ``view.js``, in order, and its library's CSS.
RENDERER_SCRIPTS: dict[str, tuple[list[str], str | None]] = {
    "canvas": (["vis-network.min.js", "view_draw.js", "view_vis.js"], "vis-network.css"),
    "webgl": (["graphology.umd.min.js", "sigma.min.js", "view_sigma.js"], None),
}


def render_page(payload: dict[str, Any], *, title: str) -> str:
    """The complete HTML page showing ``payload`` (see ``html_payload.build_payload``).

    ``payload["renderer"]`` ("canvas" unless given) picks the drawing library inlined.

    >>> page = render_page({"nodes": [], "edges": []}, title="<Demo>")
    >>> "<title>&lt;Demo&gt;</title>" in page and "<script src" not in page
    True
    >>> "Sigma=" in render_page({"nodes": [], "edges": [], "renderer": "webgl"}, title="big")
    True
    """
    scripts, css = RENDERER_SCRIPTS[payload.get("renderer", "canvas")]
    return _PAGE.substitute(
        title=html.escape(title),
        library_css=_asset(css) if css else "",
        view_css=_asset("view.css"),
        library_js="\n".join(f"<script>{_asset(name)}</script>" for name in scripts),
        view_js=_asset("view.js"),
        payload=script_json(payload),
    )
