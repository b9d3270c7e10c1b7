// newsgraph view, drawing on top of vis-network: the names that fit, relation names when zoomed
// in, and the fading of everything outside the selection. vis-network's own labels are off
// (items carry no `label`): it would draw every one of them, on top of each other.
//
// Names are chosen the way sigma.js and Gephi Lite choose them: in order of importance (node
// size, then degree rank), each at a fixed screen size, kept only if its box overlaps no box
// already placed (a grid of cells makes that check cheap). So the biggest entities are named
// at every zoom and zooming in names more of them.
(function () {
  "use strict";
  var FONT = "13px system-ui, -apple-system, 'Segoe UI', sans-serif";
  var BOLD = "bold " + FONT;
  var EDGE_FONT = "11px system-ui, -apple-system, 'Segoe UI', sans-serif";
  var LINE = 15;            // label box height in CSS pixels
  var CELL = 64;            // collision grid cell
  var EDGE_LABEL_SCALE = 0.9;  // relation names appear from this zoom on
  var MAX_EDGE_LABELS = 400;   // per frame, so a zoomed-in hub stays smooth
  var MAX_TRIES = 4000;        // entities in sight tried per frame: a full canvas long before

  function Grid() { this.cells = new Map(); }
  Grid.prototype.keys = function (b) {
    // Numeric cell keys (offset so that cells left of or above the canvas stay distinct).
    var keys = [];
    for (var cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
      for (var cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) {
        keys.push((cx + 4096) * 8192 + cy + 4096);
      }
    }
    return keys;
  };
  Grid.prototype.free = function (b) {
    var cells = this.cells;
    return this.keys(b).every(function (key) {
      var boxes = cells.get(key);
      return !boxes || boxes.every(function (o) {
        return b.x + b.w <= o.x || o.x + o.w <= b.x || b.y + b.h <= o.y || o.y + o.h <= b.y;
      });
    });
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (key) {
      if (!cells.has(key)) { cells.set(key, []); }
      cells.get(key).push(b);
    });
  };

  // opts: nodeText(id), edgeText(id), order() → node ids by importance, edgeIds() → shown
  // edges, focus() → null or {nodes: Set, edges: Set, node: id|null, edge: id|null},
  // hovered() → node id or null.
  function attach(network, opts) {
    var widths = new Map();
    var placed = [];
    var body = network.body;

    function measure(ctx, text, font) {
      var key = font + "\u0000" + text;
      if (!widths.has(key)) { ctx.font = font; widths.set(key, ctx.measureText(text).width); }
      return widths.get(key);
    }

    function fade(ctx, focus, view) {
      var frame = network.canvas.frame.canvas;
      var s = view.scale, t = view.translation;
      ctx.fillStyle = "rgba(255,255,255,0.82)";
      ctx.fillRect(-t.x / s, -t.y / s, frame.clientWidth / s, frame.clientHeight / s);
      if (focus.edge && body.edges[focus.edge]) { halo(ctx, body.edges[focus.edge], s); }
      focus.edges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected) { e.draw(ctx); } });
      focus.edges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected) { e.drawArrows(ctx); } });
      focus.nodes.forEach(function (id) { var n = body.nodes[id]; if (n) { n.draw(ctx); } });
    }

    function halo(ctx, edge, scale) {
      // A broad yellow band under the chosen relation, so it can be found on the canvas.
      ctx.save();
      ctx.beginPath();
      for (var i = 0; i <= 16; i++) {
        var p = edge.edgeType.getPoint(i / 16);
        if (i === 0) { ctx.moveTo(p.x, p.y); } else { ctx.lineTo(p.x, p.y); }
      }
      ctx.lineWidth = 10 / scale;
      ctx.lineCap = "round";
      ctx.strokeStyle = "rgba(255,196,0,0.75)";
      ctx.stroke();
      ctx.restore();
    }

    function drawBox(ctx, box, font, colour) {
      ctx.font = font;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.fillStyle = colour;
      ctx.strokeText(box.text, box.x + 2, box.y + LINE - 4);
      ctx.fillText(box.text, box.x + 2, box.y + LINE - 4);
    }

    function nodeLabels(ctx, grid, ids, width, height, view, strong, named) {
      var s = view.scale, t = view.translation, tries = 0;
      ids.forEach(function (id) {
        var node = body.nodes[id];
        if (!node || named.has(id) || tries > MAX_TRIES) { return; }
        var x = node.x * s + t.x, y = node.y * s + t.y;
        if (x < -100 || y < -30 || x > width + 100 || y > height + 30) { return; }
        tries++;
        var text = opts.nodeText(id);
        if (!text) { return; }
        var font = strong.has(id) ? BOLD : FONT;
        var w = measure(ctx, text, font) + 4;
        var r = (node.options.size || 10) * s;
        // Names are placed biggest entity first, and each entity's shape is reserved before
        // its name: so a name never covers the shape of an entity at least as big.
        var g = r * 0.8;
        if (g >= 6 && !named.has("shape:" + id)) {
          grid.add({x: x - g, y: y - g, w: 2 * g, h: 2 * g, id: id, kind: "shape"});
          named.add("shape:" + id);
        }
        // Below, above, right, left, then the four corners: the first free spot wins.
        var spots = [[x - w / 2, y + r + 1], [x - w / 2, y - r - LINE - 1],
                     [x + r + 3, y - LINE / 2], [x - r - 3 - w, y - LINE / 2],
                     [x + g + 1, y + g + 1], [x - g - 1 - w, y - g - 1 - LINE],
                     [x + g + 1, y - g - 1 - LINE], [x - g - 1 - w, y + g + 1]];
        for (var i = 0; i < spots.length; i++) {
          var box = {x: spots[i][0], y: spots[i][1], w: w, h: LINE, id: id, text: text, kind: "node"};
          if (box.x >= 0 && box.y >= 0 && box.x + w <= width && box.y + LINE <= height &&
              grid.free(box)) {
            grid.add(box);
            placed.push(box);
            named.add(id);
            drawBox(ctx, box, font, "#1d1d1d");
            return;
          }
        }
      });
    }

    function edgeLabels(ctx, grid, ids, width, height, view, chosen) {
      var s = view.scale, t = view.translation, drawn = 0;
      for (var i = 0; i < ids.length && drawn < MAX_EDGE_LABELS; i++) {
        var edge = body.edges[ids[i]];
        if (!edge || !edge.connected) { continue; }
        var p = edge.edgeType.getPoint(0.5);
        var x = p.x * s + t.x, y = p.y * s + t.y;
        if (x < 0 || y < 0 || x > width || y > height) { continue; }
        var text = opts.edgeText(ids[i]);
        var font = ids[i] === chosen ? "bold " + EDGE_FONT : EDGE_FONT;
        var w = measure(ctx, text, font) + 4;
        var box = {x: x - w / 2, y: y - LINE / 2, w: w, h: LINE - 2, id: ids[i], text: text,
                   kind: "edge"};
        if (grid.free(box)) {
          grid.add(box);
          placed.push(box);
          drawBox(ctx, box, font, ids[i] === chosen ? "#000" : "#555");
          drawn++;
        }
      }
    }

    var lastMs = 0;
    network.on("afterDrawing", function (ctx) {
      var started = performance.now();
      var view = body.view, focus = opts.focus(), hovered = opts.hovered();
      var frame = network.canvas.frame.canvas;
      var width = frame.clientWidth, height = frame.clientHeight;
      if (focus) { fade(ctx, focus, view); }
      ctx.save();
      var ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.textBaseline = "alphabetic";
      placed = [];
      var grid = new Grid();
      var first = [];
      if (hovered) { first.push(hovered); }
      if (focus && focus.node) { first.push(focus.node); }
      var strong = new Set(first);
      if (focus && focus.edge && body.edges[focus.edge]) {
        var chosen = body.edges[focus.edge];
        strong.add(chosen.fromId);
        strong.add(chosen.toId);
        first.push(chosen.fromId, chosen.toId);
      }
      var named = new Set();
      if (focus && focus.edge) {
        // The chosen relation's name first: it is what the reader asked about.
        edgeLabels(ctx, grid, [focus.edge], width, height, view, focus.edge);
      }
      nodeLabels(ctx, grid, first, width, height, view, strong, named);
      if (focus) {
        // The relation names of the selection come before other names: they say why
        // these entities are lit.
        edgeLabels(ctx, grid, Array.from(focus.edges).filter(function (id) {
          return id !== focus.edge;
        }), width, height, view, focus.edge);
        nodeLabels(ctx, grid, opts.order().filter(function (id) { return focus.nodes.has(id); }),
                   width, height, view, strong, named);
      } else {
        nodeLabels(ctx, grid, opts.order(), width, height, view, strong, named);
        if (view.scale >= EDGE_LABEL_SCALE) {
          edgeLabels(ctx, grid, opts.edgeIds(), width, height, view, null);
        }
      }
      ctx.restore();
      lastMs = performance.now() - started;
    });

    return {
      labels: function () { return placed.slice(); },
      lastMs: function () { return lastMs; },
      EDGE_LABEL_SCALE: EDGE_LABEL_SCALE
    };
  }

  window.NewsgraphDraw = {attach: attach};
})();
