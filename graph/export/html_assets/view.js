// newsgraph interactive view: filters, search, selection, neighbourhoods and detail panels.
// What is shown and selected is decided here; drawing it is the renderer's job, chosen by the
// page's data: "canvas" (view_vis.js: vis-network, up to about 10,000 entities) or "webgl"
// (view_sigma.js: sigma.js, for bigger graphs). Every string from the graph reaches the DOM
// through textContent (or an href that was checked to be http(s) in Python), never innerHTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var total = data.nodes.length;
  var allNames = function (list) { return new Set(list.map(function (x) { return x.name; })); };

  var state = {
    limit: Math.min(data.topN, total),
    types: allNames(data.types),
    predicates: allNames(data.predicates),
    modalities: allNames(data.modalities),
    from: "", to: "", undated: true,
    minDegree: 1,         // entities with fewer relations are hidden
    isolated: false,      // entities without any relation are hidden unless this is on
    orphans: true,        // hide entities the relation filters leave without a relation
    focus: null,          // Set of node ids when showing one neighbourhood
    pinned: new Set(),    // nodes found by search, shown whatever the top-N limit
    selected: null,       // {node: id} or {edge: id}
    hovered: null
  };
  var nodeItem = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeItem = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var isolatedCount = data.nodes.filter(function (n) { return n.ngDegree === 0; }).length;

  function nodeVisible(node) {
    if (!state.types.has(node.ngType)) { return false; }
    if (state.focus) { return state.focus.has(node.id); }
    if (state.pinned.has(node.id)) { return true; }
    if (node.ngDegree === 0 ? !state.isolated : node.ngDegree < state.minDegree) { return false; }
    return node.ngRank < state.limit;
  }
  function edgePasses(edge) {
    if (!state.predicates.has(edge.ngPredicate) || !state.modalities.has(edge.ngModality)) {
      return false;
    }
    if (!edge.ngDate) { return state.undated || (!state.from && !state.to); }
    return (!state.from || edge.ngDate >= state.from) && (!state.to || edge.ngDate <= state.to);
  }

  var current = {nodes: [], ids: new Set(), edges: []};   // what the renderer shows now
  var renderer = window.NewsgraphRenderers[data.renderer](byId("ng-graph"), data, {
    nodeText: function (id) { var n = nodeItem.get(id); return n ? n.ngLabel : ""; },
    edgeText: function (id) { var e = edgeItem.get(id); return e ? e.ngLabel : ""; },
    focus: focusSet,
    hovered: function () { return state.hovered; },
    clickNode: function (id) { selectNode(id, {keepView: true}); },
    clickEdge: function (id) { selectEdge(id); },
    clickStage: function () { clearSelection(); },
    doubleClickNode: function (id) { showNeighbourhood(id, Number(byId("ng-hops").value)); },
    hover: function (id) { state.hovered = id; renderer.redraw(); },
    ready: function () {
      window.newsgraphReadyAt = performance.now();
      window.newsgraphReady = true;
      document.body.setAttribute("data-ready", "true");
    }
  });
  window.newsgraph = Object.assign({state: state, renderer: data.renderer, view: renderer,
                      refresh: refresh, find: find, select: selectNode, selectEdge: selectEdge,
                      showNeighbourhood: showNeighbourhood, labels: renderer.labels,
                      labelMs: renderer.labelMs,
                      focus: focusSet, clearSelection: clearSelection,
                      showNode: function (id) { showNodePanel(id); },
                      showEdge: function (id) { showEdgePanel(id); }}, renderer.exposed);

  function visibleItems() {
    var wanted = data.nodes.filter(nodeVisible);
    var ids = new Set(wanted.map(function (n) { return n.id; }));
    var kept = data.edges.filter(function (e) {
      return ids.has(e.from) && ids.has(e.to) && edgePasses(e);
    });
    if (state.orphans) {
      // An entity whose relations are all filtered out (or fall outside the top N) would
      // float alone: hide it, unless the reader asked for it.
      var linked = new Set();
      kept.forEach(function (e) { linked.add(e.from); linked.add(e.to); });
      wanted = wanted.filter(function (n) {
        return linked.has(n.id) || state.pinned.has(n.id) ||
          (n.ngDegree === 0 && state.isolated) || (state.focus && state.focus.has(n.id));
      });
      ids = new Set(wanted.map(function (n) { return n.id; }));
    }
    return {nodes: wanted, ids: ids, edges: kept};
  }

  function refresh(fit) {
    var want = visibleItems();
    want.edgeIds = new Set(want.edges.map(function (e) { return e.id; }));
    current = want;
    renderer.show(want);
    if (state.selected && !(want.ids.has(state.selected.node) ||
                            want.edgeIds.has(state.selected.edge))) {
      clearSelection();
    } else if (state.selected) {
      renderer.select(state.selected);
    }
    byId("ng-limit").textContent = String(state.limit);
    byId("ng-status").textContent = "Showing " + want.nodes.length + " of " + total +
      " entities · " + want.edges.length + " of " + data.edges.length + " relations" +
      (state.focus ? " (neighbourhood)" : "");
    byId("ng-more").disabled = byId("ng-all").disabled = state.limit >= total;
    if (fit) { fitCore(); }
    renderer.redraw();
  }

  // The first view shows the biggest connected part of what is shown: a news graph has one
  // core and a long tail of pairs, and fitting them all shrinks the core to a speck.
  function fitCore() {
    var parent = new Map();
    var root = function (x) {
      while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); }
      return x;
    };
    current.nodes.forEach(function (n) { parent.set(n.id, n.id); });
    current.edges.forEach(function (e) {
      if (parent.has(e.from) && parent.has(e.to)) { parent.set(root(e.from), root(e.to)); }
    });
    var sizes = new Map();
    parent.forEach(function (_, id) { var r = root(id); sizes.set(r, (sizes.get(r) || 0) + 1); });
    var best = null;
    sizes.forEach(function (size, r) { if (!best || size > sizes.get(best)) { best = r; } });
    var core = best === null ? [] : current.nodes.map(function (n) { return n.id; })
      .filter(function (id) { return root(id) === best; });
    renderer.fit(core.length >= 3 && core.length < current.nodes.length ? core : null);
  }
  // The shown relations of an entity.
  function edgesOf(id) {
    return current.edges.filter(function (e) { return e.from === id || e.to === id; });
  }

  // ---- selection: the chosen entity or relation and its neighbours, the rest faded ----
  function focusSet() {
    var sel = state.selected;
    if (!sel) { return null; }
    var lit = new Set(), litEdges = new Set();
    if (sel.node !== undefined) {
      lit.add(sel.node);
      edgesOf(sel.node).forEach(function (e) {
        litEdges.add(e.id);
        lit.add(e.from);
        lit.add(e.to);
      });
    } else {
      var e = edgeItem.get(sel.edge);
      litEdges.add(sel.edge);
      lit.add(e.from);
      lit.add(e.to);
    }
    return {nodes: lit, edges: litEdges, node: sel.node || null, edge: sel.edge || null};
  }
  function clearSelection() {
    state.selected = null;
    renderer.unselect();
    panel.hidden = true;
    panel.replaceChildren();
    panel.setAttribute("data-kind", "none");
    renderer.redraw();
  }

  // ---- small DOM builders (text only) ----
  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) { element.textContent = String(text); }
    if (className) { element.className = className; }
    return element;
  }
  function swatch(color, glyph) {
    var mark = el("span", glyph, "ng-glyph");
    mark.style.color = color;
    return mark;
  }
  function dashSample(dashes, color) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "8");
    svg.setAttribute("class", "ng-dash");
    var line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "4");
    line.setAttribute("x2", "28"); line.setAttribute("y2", "4");
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", "2.5");
    if (Array.isArray(dashes)) { line.setAttribute("stroke-dasharray", dashes.join(" ")); }
    svg.appendChild(line);
    return svg;
  }
  function checkbox(checked, onChange) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    return box;
  }
  function articleEntry(articleId) {
    var meta = data.articles[articleId] || {};
    var item = el("li");
    var name = meta.title || articleId;
    if (meta.url) {
      var link = el("a", name);
      link.href = meta.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      item.appendChild(link);
    } else {
      item.appendChild(el("span", name, "ng-article-title"));
    }
    var extra = [meta.date, meta.outlet].filter(Boolean).join(" · ");
    if (extra) { item.appendChild(el("span", " — " + extra, "ng-meta")); }
    return item;
  }
  // A sentence with the trigger and the two participants wrapped in <mark> (text nodes only).
  function markedSentence(sentence, marks) {
    var quote = el("blockquote");
    var at = 0;
    (marks || []).forEach(function (m) {
      if (m[0] < at) { return; }
      quote.appendChild(document.createTextNode(sentence.slice(at, m[0])));
      var mark = el("mark", sentence.slice(m[0], m[1]), "ng-mark-" + m[2]);
      mark.title = m[2] === "trigger" ? "trigger" : m[2] === "subject" ? "who acts" : "acted on";
      quote.appendChild(mark);
      at = m[1];
    });
    quote.appendChild(document.createTextNode(sentence.slice(at)));
    return quote;
  }

  // ---- legend and filters ----
  function filterRow(container, sample, text, onChange, attribute, name) {
    var row = el("label", null, "ng-row");
    var box = checkbox(true, onChange);
    row.appendChild(box);
    row.appendChild(sample);
    row.appendChild(el("span", text));
    row.setAttribute(attribute, name);
    container.appendChild(row);
    return box;
  }
  function toggler(set, name) {
    return function (on) {
      if (on) { set().add(name); } else { set().delete(name); }
      refresh(false);
    };
  }
  data.types.forEach(function (type) {
    filterRow(byId("ng-types"), swatch(type.color, type.glyph), type.name + " (" + type.count + ")",
              toggler(function () { return state.types; }, type.name), "data-type", type.name);
  });
  Object.keys(data.families).forEach(function (family) {
    var row = el("div", null, "ng-row");
    row.appendChild(dashSample(false, data.families[family]));
    row.appendChild(el("span", family));
    byId("ng-families").appendChild(row);
  });
  data.modalities.forEach(function (modality) {
    if (!modality.count) { return; }
    var text = modality.name + " (" + modality.count + ")";
    filterRow(byId("ng-modalities"), dashSample(modality.dashes, "#555"), text,
              toggler(function () { return state.modalities; }, modality.name),
              "data-modality", modality.name);
  });

  var predicateBoxes = data.predicates.map(function (predicate) {
    return filterRow(byId("ng-predicates"), el("span"),
                     predicate.name.replace(/_/g, " ") + " (" + predicate.count + ")",
                     toggler(function () { return state.predicates; }, predicate.name),
                     "data-predicate", predicate.name);
  });
  function setAllPredicates(on) {
    predicateBoxes.forEach(function (box) { box.checked = on; });
    state.predicates = on ? allNames(data.predicates) : new Set();
    refresh(false);
  }
  byId("ng-predicates-all").addEventListener("click", function () { setAllPredicates(true); });
  byId("ng-predicates-none").addEventListener("click", function () { setAllPredicates(false); });
  byId("ng-orphans").addEventListener("change", function () {
    state.orphans = byId("ng-orphans").checked;
    refresh(false);
  });

  ["ng-from", "ng-to"].forEach(function (id) {
    var input = byId(id);
    if (data.dateRange[0]) { input.min = data.dateRange[0]; input.max = data.dateRange[1]; }
    input.addEventListener("change", function () {
      state.from = byId("ng-from").value;
      state.to = byId("ng-to").value;
      refresh(false);
    });
  });
  byId("ng-undated").addEventListener("change", function () {
    state.undated = byId("ng-undated").checked;
    refresh(false);
  });

  // ---- top-N, degree, isolated, sizes, reset ----
  byId("ng-more").addEventListener("click", function () {
    state.limit = Math.min(total, state.limit * 2);
    refresh(true);
  });
  byId("ng-all").addEventListener("click", function () { state.limit = total; refresh(true); });
  byId("ng-isolated-count").textContent = String(isolatedCount);
  byId("ng-isolated").addEventListener("change", function () {
    state.isolated = byId("ng-isolated").checked;
    refresh(true);
  });
  byId("ng-min-degree").addEventListener("change", function () {
    state.minDegree = Math.max(1, Number(byId("ng-min-degree").value) || 1);
    refresh(true);
  });
  byId("ng-size").addEventListener("change", function () {
    var byArticles = byId("ng-size").value === "articles";
    data.nodes.forEach(function (n) {
      var amount = byArticles ? n.ngArticles : n.ngDegree;
      n.size = Math.round(10 * (1 + (byArticles ? 0.5 : 0.4) * Math.sqrt(amount)));
    });
    renderer.sizesChanged();
  });
  byId("ng-reset").addEventListener("click", function () {
    state.limit = Math.min(data.topN, total);
    state.types = allNames(data.types);
    state.modalities = allNames(data.modalities);
    state.focus = null;
    state.pinned = new Set();
    state.from = state.to = "";
    state.undated = state.orphans = true;
    state.isolated = false;
    state.minDegree = 1;
    document.querySelectorAll("#ng-filters input[type=checkbox]").forEach(function (box) {
      box.checked = true;
    });
    byId("ng-isolated").checked = false;
    byId("ng-min-degree").value = "1";
    byId("ng-from").value = byId("ng-to").value = "";
    byId("ng-search").value = "";
    hideResults();
    clearSelection();
    setAllPredicates(true);
    refresh(true);
  });

  // ---- neighbourhood ----
  function showNeighbourhood(id, hops) {
    var adjacency = new Map();
    data.edges.forEach(function (e) {
      if (!edgePasses(e)) { return; }
      if (!adjacency.has(e.from)) { adjacency.set(e.from, []); }
      if (!adjacency.has(e.to)) { adjacency.set(e.to, []); }
      adjacency.get(e.from).push(e.to);
      adjacency.get(e.to).push(e.from);
    });
    var reached = new Set([id]);
    var frontier = [id];
    for (var step = 0; step < hops; step++) {
      var next = [];
      frontier.forEach(function (node) {
        (adjacency.get(node) || []).forEach(function (other) {
          if (!reached.has(other)) { reached.add(other); next.push(other); }
        });
      });
      frontier = next;
    }
    state.focus = reached;
    refresh(true);
    selectNode(id, {keepView: true});
  }

  // ---- detail panel ----
  var panel = byId("ng-details");
  function showPanel(parts, kind) {
    var close = el("button", "\u00d7", "ng-close");
    close.type = "button";
    close.title = "Close (Esc)";
    close.setAttribute("aria-label", "Close the details");
    close.addEventListener("click", clearSelection);
    panel.replaceChildren.apply(panel, [close].concat(parts));
    panel.setAttribute("data-kind", kind);
    panel.hidden = false;
  }
  function showNodePanel(id) {
    var item = nodeItem.get(id);
    var info = data.details.nodes[id];
    if (!item || !info) { return; }
    var parts = [el("h2", info.label), el("p", item.ngType || "unknown type", "ng-meta")];
    if (info.role) { parts.push(el("p", "Role: " + info.role)); }
    if (info.date) { parts.push(el("p", "Date: " + info.date)); }
    if (info.aliases.length) {
      parts.push(el("h3", "Also called"));
      parts.push(el("p", info.aliases.join(" · ")));
    }
    parts.push(el("p", item.ngDegree + " relations · key " + id, "ng-meta"));
    var hops = Number(byId("ng-hops").value);
    var button = el("button", "Show only its " + hops + "-hop neighbourhood");
    button.type = "button";
    button.addEventListener("click", function () { showNeighbourhood(id, hops); });
    parts.push(button);
    parts.push(el("h3", "Articles (" + info.articles.length + ")"));
    var list = el("ul");
    info.articles.forEach(function (a) { list.appendChild(articleEntry(a)); });
    parts.push(list);
    showPanel(parts, "node");
  }
  function showEdgePanel(id) {
    var item = edgeItem.get(id);
    var info = data.details.edges[id];
    if (!item || !info) { return; }
    var from = data.details.nodes[item.from], to = data.details.nodes[item.to];
    var title = el("h2");
    title.appendChild(el("span", from ? from.label : item.from, "ng-mark-subject"));
    title.appendChild(document.createTextNode(" \u2014 " + item.ngLabel + " \u2192 "));
    title.appendChild(el("span", to ? to.label : item.to, "ng-mark-object"));
    var parts = [title];
    var facts = [item.ngFamily, info.cameo ? "CAMEO " + info.cameo : "", item.ngDate]
      .filter(Boolean).join(" · ");
    parts.push(el("p", facts, "ng-meta"));
    var modality = el("p", null, "ng-modality");
    modality.appendChild(el("b", "Modality: "));
    modality.appendChild(el("span", item.ngModality));
    modality.setAttribute("data-modality", item.ngModality);
    parts.push(modality);
    if (info.negated) { parts.push(el("p", "Negated: the article says this did not happen.")); }
    var key = el("p", null, "ng-meta ng-key");
    key.appendChild(el("mark", "who acts", "ng-mark-subject"));
    key.appendChild(el("mark", "trigger", "ng-mark-trigger"));
    key.appendChild(el("mark", "acted on", "ng-mark-object"));
    parts.push(el("h3", "Evidence (" + (info.evidence.length + info.more) + ")"));
    parts.push(key);
    var list = el("ol", null, "ng-evidence");
    info.evidence.forEach(function (ev) {
      var entry = el("li");
      entry.appendChild(markedSentence(ev.sentence, ev.marks));
      var source = el("ul", null, "ng-source");
      source.appendChild(articleEntry(ev.article));
      entry.appendChild(source);
      list.appendChild(entry);
    });
    parts.push(list);
    if (info.more) { parts.push(el("p", "… and " + info.more + " more", "ng-meta")); }
    showPanel(parts, "edge");
  }
  function selectEdge(id) {
    if (!edgeItem.has(id)) { return; }
    state.selected = {edge: id};
    renderer.select(state.selected);
    showEdgePanel(id);
    renderer.redraw();
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.activeElement !== byId("ng-search")) { clearSelection(); }
  });

  // ---- search by any alias ----
  var names = data.nodes.map(function (n) {
    var info = data.details.nodes[n.id];
    return {id: n.id, rank: n.ngRank, label: info.label,
            keys: [info.label].concat(info.aliases).map(function (s) { return s.toLowerCase(); })};
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) { return []; }
    var scored = [];
    names.forEach(function (entry) {
      var best = 9;
      entry.keys.forEach(function (key) {
        var score = key === q ? 0 : key.indexOf(q) === 0 ? 1 : key.indexOf(q) >= 0 ? 2 : 9;
        if (score < best) { best = score; }
      });
      if (best < 9) { scored.push([best, entry.rank, entry]); }
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return scored.slice(0, 8).map(function (s) { return s[2]; });
  }
  function selectNode(id, how) {
    var item = nodeItem.get(id);
    if (!item) { return; }
    // What is shown changes only if the entity was hidden; otherwise one redraw will do
    // (on the WebGL renderer a redraw runs the reducers over every node and edge).
    var shownBefore = current.ids.has(id);
    state.pinned.add(id);
    if (state.focus && !state.focus.has(id)) { state.focus = null; shownBefore = false; }
    if (!state.types.has(item.ngType)) {
      state.types.add(item.ngType);
      var box = document.querySelector('#ng-types [data-type="' + CSS.escape(item.ngType) + '"] input');
      if (box) { box.checked = true; }
    }
    state.selected = {node: id};
    if (shownBefore) { renderer.select(state.selected); } else { refresh(false); }
    showNodePanel(id);
    if (!(how && how.keepView)) { centreOn(id); }
    renderer.redraw();
  }
  // Centre the entity, in the part of the canvas the details panel leaves free, at a zoom
  // where its neighbours fit and their names are readable.
  function centreOn(id) {
    var near = new Set();
    edgesOf(id).forEach(function (e) { near.add(e.from === id ? e.to : e.from); });
    near.delete(id);
    renderer.centre(id, Array.from(near), panel.hidden ? 0 : panel.offsetWidth);
  }
  var results = byId("ng-search-results");
  function hideResults() { results.hidden = true; results.replaceChildren(); }
  function listResults() {
    var found = find(byId("ng-search").value);
    results.replaceChildren();
    found.forEach(function (entry) {
      var option = el("li", entry.label);
      option.setAttribute("role", "option");
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        hideResults();
        selectNode(entry.id);
      });
      results.appendChild(option);
    });
    results.hidden = found.length === 0;
    return found;
  }
  function searchNow() {
    var found = find(byId("ng-search").value);
    hideResults();
    if (found.length) { selectNode(found[0].id); }
    else { byId("ng-status").textContent = "No entity matches \u201c" + byId("ng-search").value + "\u201d"; }
  }
  byId("ng-search").addEventListener("input", listResults);
  byId("ng-search").addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); searchNow(); }
    if (event.key === "Escape") { hideResults(); }
  });
  byId("ng-search").addEventListener("blur", hideResults);
  byId("ng-search-go").addEventListener("click", searchNow);

  byId("ng-summary").textContent = "(" + total + " entities · " + data.edges.length +
    " relations)";
  refresh(true);
  if (data.focus) { selectNode(data.focus); }
})();
