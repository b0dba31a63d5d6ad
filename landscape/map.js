/* Constellation map: stars at the build-time layout, typed edges, pan/zoom, highlight, and the
 * morph into a timeline (one lane per family, x = year) and back. */
LS.map = (function () {
  const { svg, el } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const root = document.getElementById("map");
  const tooltip = document.getElementById("tooltip");
  const view = { k: 1, x: 0, y: 0 };
  const stars = new Map();          // id -> <g>
  const edgePaths = [];             // [{path, s, t, type}]
  let positions = new Map();        // id -> {x, y}: where stars are drawn now
  let mode = "map";
  let tween = 0;
  let viewport, famLayer, axisLayer;

  const homePositions = () => new Map(data.entries.map((e) => [e.id, { x: e.x, y: e.y }]));

  /* ---------- building ---------- */
  function build() {
    const defs = svg("defs");
    data.edgeTypes.forEach((t, i) => {
      defs.append(svg("marker", { id: "arrow-" + t.key, class: "et-" + i, viewBox: "0 0 10 10", refX: "9", refY: "5",
        markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" },
      [svg("path", { d: "M0,1 L10,5 L0,9 z", class: "arrow-head" })]));
    });
    viewport = svg("g", { id: "viewport" });
    famLayer = svg("g", { class: "families" });
    axisLayer = svg("g", { class: "axis", "aria-hidden": "true" });
    const edgeLayer = svg("g", { class: "edges", "aria-hidden": "true" });
    const starLayer = svg("g", { class: "stars" });
    for (const f of data.families) famLayer.append(familyGroup(f));
    data.edges.forEach(([s, t, type]) => {
      const i = data.edgeTypes.findIndex((x) => x.key === type);
      const et = idx.edgeType.get(type);
      const path = svg("path", { class: "edge et-" + i, "data-type": type, "data-source": s, "data-target": t,
        "stroke-dasharray": et.dash || null, "marker-end": et.directed ? "url(#arrow-" + type + ")" : null });
      edgePaths.push({ path, s, t, type });
      edgeLayer.append(path);
    });
    for (const e of data.entries) starLayer.append(starGroup(e));
    viewport.append(famLayer, axisLayer, edgeLayer, starLayer);
    root.append(defs, viewport);
    positions = homePositions();
    placeAll();
  }

  function familyGroup(f) {
    const [x0, y0, x1] = f.box;
    const members = idx.byFamily.get(f.key);
    const line = members.map((e, i) => (i ? "L" : "M") + e.x + "," + e.y).join(" ");
    return svg("g", { class: "family", "data-family": f.key, style: { "--fam": f.color } }, [
      svg("text", { class: "fam-label", x: (x0 + x1) / 2, y: y0 + 24, "text-anchor": "middle", text: f.label }),
      svg("path", { class: "fam-line", d: line }),
    ]);
  }

  /* The accessible name starts with the visible label (WCAG 2.5.3), then says what the star is. */
  function starLabel(e, fam) {
    const name = e.name === e.short ? "" : ", " + e.name;
    const fresh = LS.whatsnew.has(e.id) ? " new since your last visit" : "";     // the badge reads "new"
    return e.short + fresh + name + " (" + LS.util.monthLabel(e.date) + ", " + fam.label + "): " + e.tagline;
  }

  function starGroup(e) {
    const fam = idx.family.get(e.family);
    const g = svg("g", { class: "star", "data-id": e.id, tabindex: "0", role: "button",
      "aria-label": starLabel(e, fam), style: { "--fam": fam.color } }, [
      svg("circle", { class: "hit", r: "15" }),
      svg("circle", { class: "ring", r: "10" }),
      svg("circle", { class: "core", r: "6" }),
      idx.mine.has(e.id) ? svg("circle", { class: "mine", r: "13" }) : null,
      svg("text", { y: "24", "text-anchor": "middle", text: e.short }),
      // " new": SVG drops the leading space, but the text content then reads "Dreamer 4 new" as the label does
      LS.whatsnew.has(e.id) ? svg("text", { class: "new-badge", x: "7", y: "-9", "aria-hidden": "true", text: " new" }) : null,
    ]);
    g.addEventListener("click", (ev) => { if (!dragMoved) LS.app.openEntry(e.id, g); ev.stopPropagation(); });
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); LS.app.openEntry(e.id, g); }
    });
    g.addEventListener("pointerenter", () => hover(e.id));
    g.addEventListener("pointerleave", () => hover(null));
    g.addEventListener("focus", () => { hover(e.id); ensureVisible(e.id); });
    g.addEventListener("blur", () => hover(null));
    stars.set(e.id, g);
    return g;
  }

  /* ---------- geometry ---------- */
  function edgeD(a, b) {
    const dx = b.x - a.x, dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = Math.min(60, len * 0.18);
    const cx = (a.x + b.x) / 2 - (dy / len) * bend, cy = (a.y + b.y) / 2 + (dx / len) * bend;
    // Stop short of the stars so arrow heads stay visible.
    const trim = (p, q, r) => {
      const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / l) * r, y: p.y + ((q.y - p.y) / l) * r };
    };
    const c = { x: cx, y: cy };
    const s = trim(a, c, 9), t = trim(b, c, 10);
    return "M" + s.x.toFixed(1) + "," + s.y.toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
      " " + t.x.toFixed(1) + "," + t.y.toFixed(1);
  }

  function placeAll() {
    for (const [id, g] of stars) {
      const p = positions.get(id);
      g.setAttribute("transform", "translate(" + p.x.toFixed(1) + "," + p.y.toFixed(1) + ")");
    }
    for (const e of edgePaths) e.path.setAttribute("d", edgeD(positions.get(e.s), positions.get(e.t)));
  }

  function bounds() {
    if (mode === "map") return { x: 0, y: 0, w: data.map.width, h: data.map.height };
    const t = timeline();
    return { x: 0, y: 0, w: t.width, h: t.height };
  }

  /* ---------- pan & zoom ---------- */
  function applyView() {
    viewport.setAttribute("transform",
      "translate(" + view.x.toFixed(1) + "," + view.y.toFixed(1) + ") scale(" + view.k.toFixed(4) + ")");
    if (mode === "timeline") pinAxisLabels();
  }

  /* On the timeline, lane names stay at the left edge and years at the top edge while panning. */
  function pinAxisLabels() {
    const left = Math.max(14, -view.x / view.k + 8);
    const top = Math.max(timeline().top - 18, -view.y / view.k + 16 / view.k);
    for (const t of axisLayer.querySelectorAll(".lane-label")) t.setAttribute("x", left.toFixed(1));
    for (const t of axisLayer.querySelectorAll(".year-label")) t.setAttribute("y", top.toFixed(1));
  }
  function fit() {
    const b = bounds();
    const cw = root.clientWidth || 800, ch = root.clientHeight || 600;
    view.k = Math.min(cw / b.w, ch / b.h);
    view.x = (cw - b.w * view.k) / 2 - b.x * view.k;
    view.y = (ch - b.h * view.k) / 2 - b.y * view.k;
    applyView();
  }
  /* The first view: the whole map when its labels stay readable, else (phones) the first family's
   * cell at a readable scale; the reader pans from there, and "fit" still shows everything. */
  const READABLE_K = 0.7;
  function home() {
    fit();
    if (view.k >= READABLE_K) return;
    if (mode === "timeline") {          // readable, anchored on the latest years, where most entries are
      const b = bounds();
      view.k = Math.max(view.k, Math.min(READABLE_K, (root.clientHeight || 600) / b.h));
      view.x = (root.clientWidth || 800) - b.w * view.k;
      view.y = 0;
      applyView();
      return;
    }
    const [x0, y0, x1] = data.families[0].box;
    const cw = root.clientWidth || 390;
    view.k = Math.min(1.1, Math.max(READABLE_K, cw / (x1 - x0 + 20)));
    view.x = -x0 * view.k + 10;
    view.y = -y0 * view.k + 10;
    applyView();
  }
  /* Fit the view to some stars (the search's matches) at their final places, never closer than 1.5x. */
  function fitTo(ids) {
    const at = (id) => (mode === "map" ? idx.byId.get(id) : timeline().pos.get(id));
    const pts = ids.map(at).filter(Boolean);
    if (!pts.length) return;
    const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y), pad = 70;
    const x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad, y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
    const cw = root.clientWidth || 800, ch = root.clientHeight || 600;
    view.k = Math.max(0.15, Math.min(1.5, cw / (x1 - x0), ch / (y1 - y0)));
    view.x = cw / 2 - ((x0 + x1) / 2) * view.k;
    view.y = ch / 2 - ((y0 + y1) / 2) * view.k;
    applyView();
  }
  function zoomAt(factor, cx, cy) {
    const k = Math.max(0.15, Math.min(8, view.k * factor));
    view.x = cx - ((cx - view.x) * k) / view.k;
    view.y = cy - ((cy - view.y) * k) / view.k;
    view.k = k;
    applyView();
  }
  function zoomCenter(factor) {
    zoomAt(factor, root.clientWidth / 2, root.clientHeight / 2);
  }
  /* Keyboard focus may land on an off-screen star: pan it into view. */
  function ensureVisible(id) {
    const p = positions.get(id);
    const sx = view.x + p.x * view.k, sy = view.y + p.y * view.k;
    const m = 40, cw = root.clientWidth, ch = root.clientHeight;
    if (sx < m || sy < m || sx > cw - m || sy > ch - m) {
      view.x += cw / 2 - sx;
      view.y += ch / 2 - sy;
      applyView();
    }
  }

  const pointers = new Map();
  let dragMoved = false;
  let pinchDist = 0;
  function onPointerDown(ev) {
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    dragMoved = false;
    if (pointers.size === 2) pinchDist = pinchSpan();
  }
  function pinchSpan() {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  }
  function onPointerMove(ev) {
    const prev = pointers.get(ev.pointerId);
    if (!prev) return;
    const cur = { x: ev.clientX, y: ev.clientY };
    pointers.set(ev.pointerId, cur);
    if (pointers.size === 2) {
      const d = pinchSpan();
      const r = root.getBoundingClientRect();
      const [a, b] = [...pointers.values()];
      if (pinchDist) zoomAt(d / pinchDist, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
      pinchDist = d;
      dragMoved = true;
      return;
    }
    const dx = cur.x - prev.x, dy = cur.y - prev.y;
    if (!dragMoved && Math.hypot(dx, dy) < 3) { pointers.set(ev.pointerId, prev); return; }
    if (!dragMoved) root.setPointerCapture(ev.pointerId);
    dragMoved = true;
    root.classList.add("panning");
    view.x += dx;
    view.y += dy;
    applyView();
  }
  function onPointerUp(ev) {
    pointers.delete(ev.pointerId);
    if (pointers.size < 2) pinchDist = 0;
    root.classList.remove("panning");
  }
  function onWheel(ev) {
    ev.preventDefault();
    const r = root.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
  }

  /* ---------- highlight ---------- */
  function hover(id) {
    root.classList.toggle("focus-mode", Boolean(id));
    for (const g of root.querySelectorAll(".hl")) g.classList.remove("hl");
    if (!id) { tooltip.hidden = true; return; }
    stars.get(id).classList.add("hl");
    for (const l of idx.links.get(id)) {
      stars.get(l.other).classList.add("hl");
      edgePaths[l.edge].path.classList.add("hl");
    }
    showTooltip(id);
  }
  function showTooltip(id) {
    const e = idx.byId.get(id);
    const p = positions.get(id);
    tooltip.replaceChildren(el("strong", { text: e.name + " · " + LS.util.monthLabel(e.date) }), el("span", { text: e.tagline }));
    tooltip.hidden = false;
    const sx = view.x + p.x * view.k, sy = view.y + p.y * view.k;
    const w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    const left = Math.min(Math.max(8, sx - w / 2), root.clientWidth - w - 8);
    const top = sy - h - 18 > 8 ? sy - h - 18 : sy + 34;
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  /* ---------- filters ---------- */
  function applyFilters(shown, matches, edgeOff) {
    for (const [id, g] of stars) {
      g.classList.toggle("filtered", !shown.has(id));
      g.classList.toggle("dim", Boolean(matches) && !matches.has(id));
      g.classList.toggle("match", Boolean(matches) && matches.has(id));
      if (!shown.has(id)) g.setAttribute("tabindex", "-1");
      else g.setAttribute("tabindex", "0");
    }
    for (const e of edgePaths) {
      e.path.classList.toggle("filtered", !shown.has(e.s) || !shown.has(e.t));
      e.path.classList.toggle("type-off", edgeOff.has(e.type));
      e.path.classList.toggle("dim", Boolean(matches) && !(matches.has(e.s) && matches.has(e.t)));
    }
    for (const g of famLayer.children) {
      g.classList.toggle("filtered", LS.state.hiddenFamilies.has(g.dataset.family));
    }
  }

  function setActive(id) {
    for (const g of root.querySelectorAll(".star.active")) g.classList.remove("active");
    if (id && stars.has(id)) stars.get(id).classList.add("active");
  }

  /* ---------- timeline ---------- */
  let timelineCache = null;
  function timeline() {
    if (timelineCache) return timelineCache;
    const years = data.entries.map((e) => e.year);
    const y0 = Math.min(...years), y1 = Math.max(...years);
    const colW = 190, left = 200, top = 50, rowH = 22;
    const pos = new Map();
    const lanes = [];
    let y = top;
    for (const f of data.families) {
      const stack = new Map();
      for (const e of idx.byFamily.get(f.key)) {
        const j = stack.get(e.year) || 0;
        stack.set(e.year, j + 1);
        pos.set(e.id, { x: left + (e.year - y0 + 0.5) * colW, y: y + 18 + j * rowH });
      }
      const depth = Math.max(1, ...stack.values());
      lanes.push({ f, top: y, height: depth * rowH + 16 });
      y += depth * rowH + 16;
    }
    timelineCache = { pos, lanes, y0, y1, colW, left, top, width: left + (y1 - y0 + 1) * colW + 90, height: y + 20 };
    return timelineCache;
  }

  function drawAxis(t) {
    axisLayer.replaceChildren();
    for (let yr = t.y0; yr <= t.y1; yr++) {
      const x = t.left + (yr - t.y0 + 0.5) * t.colW;
      axisLayer.append(svg("line", { x1: x, x2: x, y1: t.top - 10, y2: t.height - 10 }),
        svg("text", { class: "year-label", x, y: t.top - 18, "text-anchor": "middle", text: String(yr) }));
    }
    for (const lane of t.lanes) {
      axisLayer.append(
        svg("line", { x1: 10, x2: t.width - 10, y1: lane.top, y2: lane.top }),
        svg("text", { class: "lane-label", x: 14, y: lane.top + 20, style: { "--fam": lane.f.color },
          text: lane.f.label }));
    }
  }

  /* Above this many edges, redrawing every curve each frame costs more than a frame: they hide
   * during the move and come back at the end; smaller maps get edges that follow the stars. */
  const EDGES_FOLLOW_MAX = 600;

  function morphTo(target, done) {
    cancelAnimationFrame(tween);
    const moves = [...stars].map(([id, g]) => [g, positions.get(id), target.get(id)]);
    const follow = edgePaths.length <= EDGES_FOLLOW_MAX;
    const finish = () => {
      root.classList.remove("morphing");
      positions = target;
      placeAll();
      if (done) done();
    };
    if (LS.util.reducedMotion()) { finish(); return; }
    root.classList.toggle("morphing", !follow);
    const t0 = performance.now(), dur = 650;
    const stepFn = (now) => {
      const u = Math.min(1, (now - t0) / dur);
      const k = u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2;
      const current = new Map();
      for (const [g, a, b] of moves) {
        const x = a.x + (b.x - a.x) * k, y = a.y + (b.y - a.y) * k;
        g.setAttribute("transform", "translate(" + x.toFixed(1) + "," + y.toFixed(1) + ")");
        current.set(g.dataset.id, { x, y });
      }
      positions = current;
      if (follow) for (const e of edgePaths) e.path.setAttribute("d", edgeD(positions.get(e.s), positions.get(e.t)));
      if (u < 1) tween = requestAnimationFrame(stepFn);
      else finish();
    };
    tween = requestAnimationFrame(stepFn);
  }

  /* Labels sit under the stars on the map and to their right on the timeline (rows are tight there). */
  function placeLabels() {
    const side = mode === "timeline";
    for (const g of stars.values()) {
      const t = g.querySelector("text");
      t.setAttribute("x", side ? "12" : "0");
      t.setAttribute("y", side ? "4.5" : "24");
      t.setAttribute("text-anchor", side ? "start" : "middle");
      const badge = g.querySelector(".new-badge");     // above-right of the star; after the label on a timeline row
      if (badge) {
        badge.setAttribute("x", side ? (16 + t.getComputedTextLength()).toFixed(0) : "7");
        badge.setAttribute("y", side ? "4.5" : "-9");
      }
    }
  }

  /* Switch between the constellation ("map") and the year axis ("timeline"). */
  function setMode(next) {
    if (next === mode) return Promise.resolve();
    mode = next;
    root.dataset.mode = mode;
    placeLabels();
    famLayer.style.display = mode === "map" ? "" : "none";
    if (mode === "timeline") drawAxis(timeline());
    else axisLayer.replaceChildren();
    home();
    return new Promise((resolve) => morphTo(mode === "map" ? homePositions() : new Map(timeline().pos), resolve));
  }

  /* ---------- wiring ---------- */
  function init() {
    build();
    root.addEventListener("pointerdown", onPointerDown);
    root.addEventListener("pointermove", onPointerMove);
    root.addEventListener("pointerup", onPointerUp);
    root.addEventListener("pointercancel", onPointerUp);
    root.addEventListener("wheel", onWheel, { passive: false });
    document.getElementById("zoom-in").addEventListener("click", () => zoomCenter(1.25));
    document.getElementById("zoom-out").addEventListener("click", () => zoomCenter(0.8));
    document.getElementById("zoom-fit").addEventListener("click", fit);
    new ResizeObserver(() => home()).observe(root);
    home();
  }

  return {
    init, fit, fitTo, zoomCenter, setMode, setActive, applyFilters, hover,
    starEl: (id) => stars.get(id),
    position: (id) => positions.get(id),
    timeline,
  };
})();
