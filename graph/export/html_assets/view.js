// newsgraph interactive view: filters, search, neighbourhoods and detail panels over
// vis-network. Every string from the graph reaches the DOM through textContent (or an
// href that was checked to be http(s) in Python), never through innerHTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ng-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var total = data.nodes.length;

  var state = {
    limit: Math.min(data.topN, total),
    types: new Set(data.types.map(function (t) { return t.name; })),
    predicates: new Set(data.predicates.map(function (p) { return p.name; })),
    from: "", to: "", undated: true,
    focus: null,          // Set of node ids when showing one neighbourhood
    pinned: new Set()     // nodes found by search, shown whatever the top-N limit
  };
  var nodeItem = new Map(data.nodes.map(function (n) { return [n.id, n]; }));

  function nodeVisible(node) {
    if (!state.types.has(node.ngType)) { return false; }
    if (state.focus) { return state.focus.has(node.id); }
    return node.ngRank < state.limit || state.pinned.has(node.id);
  }
  function edgePasses(edge) {
    if (!state.predicates.has(edge.ngPredicate)) { return false; }
    if (!edge.ngDate) { return state.undated || (!state.from && !state.to); }
    return (!state.from || edge.ngDate >= state.from) && (!state.to || edge.ngDate <= state.to);
  }

  // The master copies (for lookups) and the visible subsets the network draws.
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var initial = visibleItems();
  var shownNodes = new vis.DataSet(initial.nodes);
  var shownEdges = new vis.DataSet(initial.edges);
  // Above this many added or removed items a fresh data set is faster than vis-network's
  // item-by-item updates (measured: 3.5 s against 1.8 s for 10,000 nodes and 30,000 edges).
  var BULK_CHANGE = 1500;

  var network = new vis.Network(byId("ng-graph"), {nodes: shownNodes, edges: shownEdges},
                                data.options);
  window.network = network;
  window.newsgraph = {state: state, nodes: nodes, edges: edges, refresh: refresh,
                      find: find, select: selectNode, showNeighbourhood: showNeighbourhood,
                      showNode: function (id) { showNodePanel(id); },
                      showEdge: function (id) { showEdgePanel(id); }};
  network.once("afterDrawing", function () {
    window.newsgraphReadyAt = performance.now();
    window.newsgraphReady = true;
    document.body.setAttribute("data-ready", "true");
  });

  function visibleItems() {
    var wanted = data.nodes.filter(nodeVisible);
    var ids = new Set(wanted.map(function (n) { return n.id; }));
    return {nodes: wanted, ids: ids, edges: data.edges.filter(function (e) {
      return ids.has(e.from) && ids.has(e.to) && edgePasses(e);
    })};
  }

  function missing(items, present) {
    return items.filter(function (item) { return !present.has(item.id); });
  }

  function refresh(fit) {
    var want = visibleItems();
    var edgeIds = new Set(want.edges.map(function (e) { return e.id; }));
    var dropNodes = shownNodes.getIds().filter(function (id) { return !want.ids.has(id); });
    var dropEdges = shownEdges.getIds().filter(function (id) { return !edgeIds.has(id); });
    var addNodes = missing(want.nodes, new Set(shownNodes.getIds()));
    var addEdges = missing(want.edges, new Set(shownEdges.getIds()));
    if (dropNodes.length + dropEdges.length + addNodes.length + addEdges.length > BULK_CHANGE) {
      var position = network.getViewPosition(), scale = network.getScale();
      var selected = network.getSelectedNodes().filter(function (id) { return want.ids.has(id); });
      shownNodes = new vis.DataSet(want.nodes);
      shownEdges = new vis.DataSet(want.edges);
      network.setData({nodes: shownNodes, edges: shownEdges});
      network.moveTo({position: position, scale: scale, animation: false});
      network.selectNodes(selected);
    } else {
      shownEdges.remove(dropEdges);
      shownNodes.remove(dropNodes);
      shownNodes.add(addNodes);
      shownEdges.add(addEdges);
    }
    byId("ng-limit").textContent = String(state.limit);
    byId("ng-status").textContent = "Showing " + shownNodes.length + " of " + total +
      " entities · " + shownEdges.length + " of " + data.edges.length + " relations" +
      (state.focus ? " (neighbourhood)" : "");
    byId("ng-more").disabled = byId("ng-all").disabled = state.limit >= total;
    if (fit) { network.fit({animation: false}); }
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

  // ---- legend and filters ----
  data.types.forEach(function (type) {
    var row = el("label", null, "ng-row");
    row.appendChild(checkbox(true, function (on) {
      if (on) { state.types.add(type.name); } else { state.types.delete(type.name); }
      refresh(false);
    }));
    row.appendChild(swatch(type.color, type.glyph));
    row.appendChild(el("span", type.name + " (" + type.count + ")"));
    row.setAttribute("data-type", type.name);
    byId("ng-types").appendChild(row);
  });
  Object.keys(data.families).forEach(function (family) {
    var row = el("div", null, "ng-row");
    var line = el("span", null, "ng-line");
    line.style.borderTopColor = data.families[family];
    row.appendChild(line);
    row.appendChild(el("span", family));
    byId("ng-families").appendChild(row);
  });
  var negatedRow = el("div", null, "ng-row");
  negatedRow.appendChild(el("span", null, "ng-line ng-dashed"));
  negatedRow.appendChild(el("span", "negated (\u201cnot \u2026\u201d)"));
  byId("ng-families").appendChild(negatedRow);

  var predicateBoxes = [];
  data.predicates.forEach(function (predicate) {
    var row = el("label", null, "ng-row");
    var box = checkbox(true, function (on) {
      if (on) { state.predicates.add(predicate.name); } else { state.predicates.delete(predicate.name); }
      refresh(false);
    });
    box.setAttribute("data-predicate", predicate.name);
    predicateBoxes.push(box);
    row.appendChild(box);
    row.appendChild(el("span", predicate.name.replace(/_/g, " ") + " (" + predicate.count + ")"));
    byId("ng-predicates").appendChild(row);
  });
  function setAllPredicates(on) {
    predicateBoxes.forEach(function (box) { box.checked = on; });
    state.predicates = new Set(on ? data.predicates.map(function (p) { return p.name; }) : []);
    refresh(false);
  }
  byId("ng-predicates-all").addEventListener("click", function () { setAllPredicates(true); });
  byId("ng-predicates-none").addEventListener("click", function () { setAllPredicates(false); });

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

  // ---- top-N, sizes, reset ----
  byId("ng-more").addEventListener("click", function () {
    state.limit = Math.min(total, state.limit * 2);
    refresh(true);
  });
  byId("ng-all").addEventListener("click", function () { state.limit = total; refresh(true); });
  byId("ng-size").addEventListener("change", function () {
    var byArticles = byId("ng-size").value === "articles";
    data.nodes.forEach(function (n) {
      var amount = byArticles ? n.ngArticles : n.ngDegree;
      n.size = Math.round(10 * (1 + (byArticles ? 0.5 : 0.4) * Math.sqrt(amount)));
    });
    nodes.update(data.nodes.map(function (n) { return {id: n.id, size: n.size}; }));
    shownNodes.update(shownNodes.getIds().map(function (id) {
      return {id: id, size: nodeItem.get(id).size};
    }));
  });
  byId("ng-reset").addEventListener("click", function () {
    state.limit = Math.min(data.topN, total);
    state.types = new Set(data.types.map(function (t) { return t.name; }));
    state.focus = null;
    state.pinned = new Set();
    state.from = state.to = "";
    state.undated = true;
    document.querySelectorAll("#ng-types input, #ng-undated").forEach(function (box) {
      box.checked = true;
    });
    byId("ng-from").value = byId("ng-to").value = "";
    byId("ng-search").value = "";
    hideResults();
    setAllPredicates(true);
    network.unselectAll();
    clearPanel();
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
    network.selectNodes([id]);
  }

  // ---- detail panel ----
  var panel = byId("ng-details");
  function clearPanel() {
    panel.replaceChildren(el("p", "Nothing selected.", "ng-hint"));
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
    panel.replaceChildren.apply(panel, parts);
    panel.setAttribute("data-kind", "node");
  }
  function showEdgePanel(id) {
    var item = edges.get(id);
    var info = data.details.edges[id];
    if (!item || !info) { return; }
    var from = data.details.nodes[item.from], to = data.details.nodes[item.to];
    var parts = [el("h2", (from ? from.label : item.from) + " \u2014 " + item.label + " \u2192 " +
                            (to ? to.label : item.to))];
    var facts = [item.ngFamily, info.cameo ? "CAMEO " + info.cameo : "", info.modality,
                 item.ngDate].filter(Boolean).join(" · ");
    parts.push(el("p", facts, "ng-meta"));
    if (info.negated) { parts.push(el("p", "Negated: the article says this did not happen.")); }
    parts.push(el("h3", "Evidence (" + (info.evidence.length + info.more) + ")"));
    var list = el("ol", null, "ng-evidence");
    info.evidence.forEach(function (ev) {
      var entry = el("li");
      entry.appendChild(el("blockquote", ev.sentence));
      var source = el("ul", null, "ng-source");
      source.appendChild(articleEntry(ev.article));
      entry.appendChild(source);
      list.appendChild(entry);
    });
    parts.push(list);
    if (info.more) { parts.push(el("p", "… and " + info.more + " more", "ng-meta")); }
    panel.replaceChildren.apply(panel, parts);
    panel.setAttribute("data-kind", "edge");
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNodePanel(params.nodes[0]); }
    else if (params.edges.length) { showEdgePanel(params.edges[0]); }
    else { clearPanel(); }
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) { showNeighbourhood(params.nodes[0], Number(byId("ng-hops").value)); }
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
  function selectNode(id) {
    var item = nodeItem.get(id);
    if (!item) { return; }
    state.pinned.add(id);
    if (state.focus && !state.focus.has(id)) { state.focus = null; }
    if (!state.types.has(item.ngType)) {
      state.types.add(item.ngType);
      var box = document.querySelector('#ng-types [data-type="' + CSS.escape(item.ngType) + '"] input');
      if (box) { box.checked = true; }
    }
    refresh(false);
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: false});
    showNodePanel(id);
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
  refresh(false);
})();
