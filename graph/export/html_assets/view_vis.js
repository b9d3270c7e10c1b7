// newsgraph view, the canvas renderer (vis-network) for graphs up to about 10,000 entities.
// view.js decides what is shown and selected; this file draws it: vis-network for nodes and
// edges, view_draw.js for the names and the fading. Registered as NewsgraphRenderers.canvas.
(function () {
  "use strict";
  // Above this many added or removed items a fresh data set is faster than vis-network's
  // item-by-item updates (measured: 3.5 s against 1.8 s for 10,000 nodes and 30,000 edges).
  var BULK_CHANGE = 1500;

  // hooks: nodeText(id), edgeText(id), focus() → the lit selection or null, hovered() → id,
  // clickNode(id), clickEdge(id), clickStage(), doubleClickNode(id), hover(id|null), ready().
  function create(container, data, hooks) {
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var shownNodes = new vis.DataSet([]);
    var shownEdges = new vis.DataSet([]);
    var network = new vis.Network(container, {nodes: shownNodes, edges: shownEdges}, data.options);
    var order = [];       // shown node ids, most important first: the order names are tried in
    var drawing = window.NewsgraphDraw.attach(network, {
      nodeText: hooks.nodeText,
      edgeText: hooks.edgeText,
      order: function () { return order; },
      edgeIds: function () { return shownEdges.getIds(); },
      focus: hooks.focus,
      hovered: hooks.hovered
    });
    window.network = network;

    function missing(items, present) {
      return items.filter(function (item) { return !present.has(item.id); });
    }
    function sortOrder() {
      order = shownNodes.get().sort(function (a, b) {
        return (b.size - a.size) || (a.ngRank - b.ngRank);
      }).map(function (n) { return n.id; });
    }

    network.on("click", function (params) {
      if (params.nodes.length) { hooks.clickNode(params.nodes[0]); }
      else if (params.edges.length) { hooks.clickEdge(params.edges[0]); }
      else { hooks.clickStage(); }
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length) { hooks.doubleClickNode(params.nodes[0]); }
    });
    network.on("hoverNode", function (params) { hooks.hover(params.node); });
    network.on("blurNode", function () { hooks.hover(null); });
    network.once("afterDrawing", hooks.ready);

    return {
      // The items view.js exposes on window.newsgraph for tests and notebooks.
      exposed: {nodes: nodes, edges: edges},
      show: function (want) {
        var edgeIds = new Set(want.edges.map(function (e) { return e.id; }));
        var dropNodes = shownNodes.getIds().filter(function (id) { return !want.ids.has(id); });
        var dropEdges = shownEdges.getIds().filter(function (id) { return !edgeIds.has(id); });
        var addNodes = missing(want.nodes, new Set(shownNodes.getIds()));
        var addEdges = missing(want.edges, new Set(shownEdges.getIds()));
        if (dropNodes.length + dropEdges.length + addNodes.length + addEdges.length > BULK_CHANGE) {
          var position = network.getViewPosition(), scale = network.getScale();
          shownNodes = new vis.DataSet(want.nodes);
          shownEdges = new vis.DataSet(want.edges);
          network.setData({nodes: shownNodes, edges: shownEdges});
          network.moveTo({position: position, scale: scale, animation: false});
        } else {
          shownEdges.remove(dropEdges);
          shownNodes.remove(dropNodes);
          shownNodes.add(addNodes);
          shownEdges.add(addEdges);
        }
        sortOrder();
      },
      fit: function (ids) {
        if (ids) { network.fit({nodes: ids, animation: false}); }
        else { network.fit({animation: false}); }
      },
      // Centre the entity, in the part of the canvas `covered` pixels on the right leave
      // free, at a zoom where `near` fit and their names are readable.
      centre: function (id, near, covered) {
        var scale = 1.2;
        if (near.length) {
          network.fit({nodes: [id].concat(near), animation: false});
          scale = Math.min(Math.max(network.getScale() * 0.75, 0.5), 1.5);
        }
        var at = network.getPositions([id])[id];
        network.moveTo({position: {x: at.x + covered / 2 / scale, y: at.y}, scale: scale,
                        animation: false});
      },
      select: function (selected) {
        if (selected.node !== undefined) { network.selectNodes([selected.node], false); }
        else { network.selectEdges([selected.edge]); }
      },
      unselect: function () { network.unselectAll(); },
      sizesChanged: function () {
        nodes.update(data.nodes.map(function (n) { return {id: n.id, size: n.size}; }));
        shownNodes.update(shownNodes.getIds().map(function (id) {
          return {id: id, size: nodes.get(id).size};
        }));
        sortOrder();
      },
      redraw: function () { network.redraw(); },
      labels: drawing.labels,
      labelMs: drawing.lastMs
    };
  }

  window.NewsgraphRenderers = window.NewsgraphRenderers || {};
  window.NewsgraphRenderers.canvas = create;
})();
