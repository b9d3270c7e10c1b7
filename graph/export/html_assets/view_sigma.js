// newsgraph view, the WebGL renderer (sigma.js on graphology) for graphs of tens of thousands
// of entities: vis-network's canvas took a minute to show 50,000 entities and redrew at
// 0.1 fps. view.js decides what is shown and selected; this file draws it. Registered as
// NewsgraphRenderers.webgl.
//
// Every entity and relation is put in the graphology graph once; what is shown, faded or
// lit is decided per frame by sigma's reducers from the sets view.js hands over, so a filter
// or a selection never rebuilds the graph. Positions are the ones computed in Python
// (graph.export.layout): nothing is laid out here. Sigma chooses which names to try with its
// label grid (biggest entity of each cell first); the drawing functions below keep only the
// names and relation names whose box overlaps no box already written in the same frame.
(function () {
  "use strict";
  var FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
  var LABEL_SIZE = 13;
  var EDGE_LABEL_SIZE = 11;
  var LINE = 15;                 // label box height in CSS pixels
  var CELL = 64;                 // collision grid cell
  var FADED_NODE = "#e6e6e6";
  var FADED_EDGE = "#f3f3f3";
  var CHOSEN_EDGE = "#ffb000";   // the selected relation, drawn broad on top of the rest
  // Relation names appear when zoomed in this far (camera ratio; 1 shows the whole graph).
  var EDGE_LABEL_RATIO = 0.08;
  var MAX_SIZE = 24;
  var FORCED_NAMES = 12;   // the best connected entities, named whenever there is room
  var THIN_EDGES = 20000;  // relations above which edges are thin and hidden during a drag

  function Boxes() { this.cells = new Map(); this.all = []; }
  Boxes.prototype.keys = function (b) {
    var keys = [];
    for (var cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
      for (var cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) {
        keys.push((cx + 4096) * 8192 + cy + 4096);
      }
    }
    return keys;
  };
  Boxes.prototype.free = function (b) {
    var cells = this.cells;
    return this.keys(b).every(function (key) {
      var boxes = cells.get(key);
      return !boxes || boxes.every(function (o) {
        return b.x + b.w <= o.x || o.x + o.w <= b.x || b.y + b.h <= o.y || o.y + o.h <= b.y;
      });
    });
  };
  Boxes.prototype.add = function (b, keep) {
    var cells = this.cells;
    this.keys(b).forEach(function (key) {
      if (!cells.has(key)) { cells.set(key, []); }
      cells.get(key).push(b);
    });
    if (keep) { this.all.push(b); }
  };

  function sigmaSize(item) { return Math.min(item.size * 0.3, MAX_SIZE); }

  function writeText(ctx, text, x, y, font, colour) {
    ctx.font = font;
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = colour;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }

  function create(container, data, hooks) {
    var graph = new graphology.MultiDirectedGraph({allowSelfLoops: true});
    data.nodes.forEach(function (n) {
      // Sigma's y axis points up, the layout's (and vis-network's) down.
      graph.addNode(n.id, {x: n.x, y: -n.y, size: sigmaSize(n), color: n.color,
                           label: n.ngLabel, rank: n.ngRank});
    });
    data.edges.forEach(function (e) {
      graph.addEdgeWithKey(e.id, e.from, e.to, {color: e.color, size: Math.max(1, e.width),
                                                label: e.ngLabel});
    });

    var shownNodes = new Set(), shownEdges = new Set();
    var lit = null;        // the selection and its neighbours (view.js focus()), or null
    var boxes = new Boxes();
    var lastMs = 0, labelMs = 0, ready = false, given = false;

    function drawNodeLabel(ctx, node) {
      var started = performance.now();
      placeNodeLabel(ctx, node);
      labelMs += performance.now() - started;
    }
    function placeNodeLabel(ctx, node) {
      if (!node.label) { return; }
      var strong = lit && (lit.node === node.key ||
                           (lit.edge && lit.nodes.has(node.key)));
      var font = (strong ? "bold " : "") + LABEL_SIZE + "px " + FONT;
      ctx.font = font;
      var w = ctx.measureText(node.label).width + 4, r = node.size;
      // The entity's own disc is reserved with its name, so a later name never covers it.
      var disc = {x: node.x - r, y: node.y - r, w: 2 * r, h: 2 * r};
      var spots = [[node.x + r + 3, node.y - LINE / 2], [node.x - r - 3 - w, node.y - LINE / 2],
                   [node.x - w / 2, node.y + r + 1], [node.x - w / 2, node.y - r - LINE - 1]];
      for (var i = 0; i < spots.length; i++) {
        var box = {x: spots[i][0], y: spots[i][1], w: w, h: LINE, id: node.key,
                   text: node.label, kind: "node"};
        if (boxes.free(box)) {
          boxes.add(box, true);
          if (r >= 3) { boxes.add(disc, false); }
          writeText(ctx, node.label, box.x + 2, box.y + LINE - 4, font, "#1d1d1d");
          return;
        }
      }
    }

    function drawEdgeLabel(ctx, edge, source, target) {
      var started = performance.now();
      placeEdgeLabel(ctx, edge, source, target);
      labelMs += performance.now() - started;
    }
    function placeEdgeLabel(ctx, edge, source, target) {
      if (!edge.label) { return; }
      var chosen = lit && lit.edge === edge.key;
      var font = (chosen ? "bold " : "") + EDGE_LABEL_SIZE + "px " + FONT;
      ctx.font = font;
      var w = ctx.measureText(edge.label).width + 4;
      var x = (source.x + target.x) / 2, y = (source.y + target.y) / 2;
      var box = {x: x - w / 2, y: y - LINE / 2, w: w, h: LINE - 2, id: edge.key,
                 text: edge.label, kind: "edge"};
      if (boxes.free(box)) {
        boxes.add(box, true);
        writeText(ctx, edge.label, box.x + 2, box.y + LINE - 5, font, chosen ? "#000" : "#555");
      }
    }

    function nodeReducer(id, attributes) {
      var out = Object.assign({}, attributes);
      if (!shownNodes.has(id)) { out.hidden = true; return out; }
      // Bigger entities are drawn over smaller ones, so a hub stays visible and clickable;
      // the best connected are named even where sigma's label grid gave their cell to
      // another hub (the overlap check in drawNodeLabel still applies).
      out.zIndex = attributes.size;
      out.forceLabel = attributes.rank < FORCED_NAMES;
      if (lit) {
        if (lit.nodes.has(id)) {
          out.forceLabel = true;
          out.zIndex = 100 + attributes.size;
          out.highlighted = id === lit.node;
        } else {
          // Sigma draws every node above every edge: faded nodes shrink so the lit
          // relations running under them stay visible.
          out.color = FADED_NODE;
          out.size = Math.min(attributes.size, 1);
          out.label = "";
          out.zIndex = 0;
        }
      }
      return out;
    }

    function edgeReducer(id, attributes) {
      var out = Object.assign({}, attributes);
      if (!shownEdges.has(id)) { out.hidden = true; return out; }
      out.type = edgeType;
      var zoomedIn = sigma && sigma.getCamera().ratio <= EDGE_LABEL_RATIO;
      if (lit) {
        if (id === lit.edge) {
          out.type = "lit";
          out.color = CHOSEN_EDGE;
          out.size = Math.max(attributes.size * 2, 5);
          out.zIndex = 3;
          out.forceLabel = true;
        } else if (lit.edges.has(id)) {
          out.type = "lit";
          out.size = Math.max(attributes.size * 1.5, 2.5);
          out.zIndex = 2;
          out.forceLabel = true;
        } else {
          out.color = FADED_EDGE;
          out.label = "";
          out.zIndex = 0;
        }
      } else if (!zoomedIn) {
        out.label = "";
      }
      return out;
    }

    // Big graphs draw their relations as plain one-pixel lines (no arrow heads, far fewer
    // pixels to fill) and only the lit ones as arrows.
    var big = data.edges.length > THIN_EDGES;
    var edgeType = big ? "thin" : "arrow";
    var sigma = null;
    sigma = new Sigma(graph, container, {
      // Programs draw in this order, after sigma's own "arrow": lit relations come last, on
      // top of the faded ones.
      edgeProgramClasses: {thin: Sigma.rendering.EdgeLineProgram,
                           lit: Sigma.rendering.EdgeArrowProgram},
      defaultEdgeType: edgeType,
      // Edges are most of what is drawn; without a GPU (WebGL in software) a drag over
      // 100,000 of them drops to a frame or two a second, so big graphs hide them meanwhile.
      hideEdgesOnMove: big,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: FONT,
      labelSize: LABEL_SIZE,
      labelDensity: 0.6,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 5,
      edgeLabelSize: EDGE_LABEL_SIZE,
      minCameraRatio: 0.002,
      maxCameraRatio: 4,
      defaultDrawNodeLabel: drawNodeLabel,
      defaultDrawEdgeLabel: drawEdgeLabel,
      nodeReducer: nodeReducer,
      edgeReducer: edgeReducer
    });
    window.sigma = sigma;

    sigma.on("beforeRender", function () { boxes = new Boxes(); labelMs = 0; });
    sigma.on("afterRender", function () {
      lastMs = labelMs;
      // Ready once what view.js chose to show has been drawn (sigma's first, empty frame
      // comes before that).
      if (!ready && given) { ready = true; hooks.ready(); }
    });
    sigma.on("clickNode", function (event) { hooks.clickNode(event.node); });
    sigma.on("clickEdge", function (event) { hooks.clickEdge(event.edge); });
    sigma.on("clickStage", function () { hooks.clickStage(); });
    sigma.on("doubleClickNode", function (event) {
      event.preventSigmaDefault();
      hooks.doubleClickNode(event.node);
    });
    // Relation names come and go with the zoom: the reducers must run again when it crosses.
    var wasZoomedIn = false;
    sigma.getCamera().on("updated", function (state) {
      var zoomedIn = state.ratio <= EDGE_LABEL_RATIO;
      if (zoomedIn !== wasZoomedIn) { wasZoomedIn = zoomedIn; sigma.refresh({skipIndexation: true}); }
    });

    // Sigma's canvas has no dash patterns: say so where the line styles are listed.
    var modalities = document.getElementById("ng-modalities");
    if (modalities) {
      var note = document.createElement("p");
      note.className = "ng-hint";
      note.textContent = "WebGL view: lines are drawn solid; filter here, or open a relation " +
        "to see its modality.";
      modalities.appendChild(note);
    }

    // A node's position in sigma's normalised ("framed") coordinates, the camera's: the
    // graph's extent (every node, hidden or not) scaled into the unit square, as sigma does.
    // Computed here so that framing needs no full refresh of the display data first.
    function framed(id) {
      var at = graph.getNodeAttributes(id), box = sigma.getBBox();
      var span = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]) || 1;
      return {x: 0.5 + (at.x - (box.x[0] + box.x[1]) / 2) / span,
              y: 0.5 + (at.y - (box.y[0] + box.y[1]) / 2) / span};
    }

    // Camera state framing the given nodes.
    function framing(ids) {
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      ids.forEach(function (id) {
        if (!graph.hasNode(id)) { return; }
        var at = framed(id);
        minX = Math.min(minX, at.x); maxX = Math.max(maxX, at.x);
        minY = Math.min(minY, at.y); maxY = Math.max(maxY, at.y);
      });
      if (minX === Infinity) { return {x: 0.5, y: 0.5, ratio: 1, angle: 0}; }
      var dims = sigma.getDimensions();
      // Ratio 1 fits the whole graph's box in the smaller side of the stage.
      var aspect = Math.max(dims.width, dims.height) / Math.min(dims.width, dims.height);
      var spanX = (maxX - minX) / (dims.width >= dims.height ? aspect : 1);
      var spanY = (maxY - minY) / (dims.height > dims.width ? aspect : 1);
      return {x: (minX + maxX) / 2, y: (minY + maxY) / 2, angle: 0,
              ratio: Math.max(spanX, spanY, 0.004) * 1.15};
    }

    return {
      exposed: {sigma: sigma, graph: graph},
      show: function (want) {
        shownNodes = want.ids;
        shownEdges = want.edgeIds;
        given = true;
      },
      // Frame the given nodes, or all shown: sigma's own reset would frame every node,
      // the hidden ones (entities without relations, filtered out) included.
      fit: function (ids) {
        sigma.getCamera().setState(framing(ids || Array.from(shownNodes)));
      },
      // Centre the entity, in the part of the stage `covered` pixels on the right leave free,
      // zoomed so that `near` fit around it.
      centre: function (id, near, covered) {
        var camera = sigma.getCamera();
        var state = framing([id].concat(near));
        var at = framed(id);
        state.x = at.x; state.y = at.y;
        state.ratio = Math.min(Math.max(state.ratio * 1.6, 0.01), 1);
        camera.setState(state);
        var dims = sigma.getDimensions();
        var shifted = sigma.viewportToFramedGraph({x: dims.width / 2 + covered / 2,
                                                   y: dims.height / 2});
        camera.setState({x: shifted.x, y: shifted.y, ratio: state.ratio, angle: 0});
      },
      select: function () {},
      unselect: function () {},
      sizesChanged: function () {
        data.nodes.forEach(function (n) { graph.setNodeAttribute(n.id, "size", sigmaSize(n)); });
      },
      redraw: function () {
        lit = hooks.focus();
        sigma.refresh({skipIndexation: false});
      },
      labels: function () { return boxes.all.slice(); },
      labelMs: function () { return lastMs; }
    };
  }

  window.NewsgraphRenderers = window.NewsgraphRenderers || {};
  window.NewsgraphRenderers.webgl = create;
})();
