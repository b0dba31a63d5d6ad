/* Constellation map, its drawing: stars at the build-time force layout inside their families' regions
 * (LS.regions), a strict edge policy (at rest only each family's lineage lines; LS.focus shows a focused work's
 * edges), labels culled by LS.labels once per frame (at a readable size at any zoom), a tour's trail, and the
 * move into a timeline (LS.timeline's lanes, LS.morph's tween) and back. LS.camera pans and zooms it. */
LS.map = (function () {
  const { svg, setAttr } = LS.util;
  const cam = LS.camera, focus = LS.focus;
  const data = LS.data;
  const idx = LS.index;
  const root = document.getElementById("map");
  const SETTINGS = { labelPx: cam.labelPx, canvasAbove: 400, edgesFollowMax: 600, morphMs: 650 };
  const view = cam.view, area = cam.area;
  const stars = new Map();          // id -> <g>
  const edgePaths = [];             // [{path, s, t, type}], built after the first view
  let edges = () => edgePaths;      // the edges, built now if the idle slice has not yet come
  let edgesOff = new Set();         // edge types switched off in the legend
  const degree = new Map(data.entries.map((e) => [e.id, idx.links.get(e.id).length]));
  const textWidth = new Map();      // id, "lane:" + family, "year", "//" -> label width in px at labelPx
  let positions = new Map();        // id -> {x, y}: where stars are drawn now
  let mode = "map";
  let tall = false;                 // portrait screens get the tall packing of the family regions
  let homeK = 1;                    // the overview's zoom: label density is relative to it
  let frame = 0, cullKey = "";
  let viewport, famLayer, axisLayer, edgeLayer, hitLayer, starLayer, trailLine;
  let trail = null;                 // a tour's works in order, joined by one line
  let shownIds = new Set(data.entries.map((e) => e.id)), matchIds = null;
  let labelled = new Set(data.entries.map((e) => e.id));

  /* ---------- building ---------- */
  function build() {
    measure();                        // text widths first, while the page's style is quick to compute
    const defs = svg("defs");
    data.edgeTypes.forEach((t, i) => {
      defs.append(svg("marker", { id: "arrow-" + t.key, class: "et-" + i, viewBox: "0 0 10 10", refX: "9", refY: "5",
        markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" },
      [svg("path", { d: "M0,1 L10,5 L0,9 z", class: "arrow-head" })]));
    });
    viewport = svg("g", { id: "viewport" });
    famLayer = svg("g", { class: "families", id: "map-families" });
    axisLayer = svg("g", { class: "axis", id: "map-axis", "aria-hidden": "true" });
    edgeLayer = svg("g", { class: "edges", "aria-hidden": "true" });
    hitLayer = svg("g", { class: "edge-hits", "aria-hidden": "true" });
    starLayer = svg("g", { class: "stars" });
    LS.regions.build(famLayer, { familyBox, mapSize, inMap: () => mode === "map", fitTo });
    for (const e of data.entries) starLayer.append(starGroup(e));
    bindStars();
    trailLine = svg("polyline", { class: "tour-trail", "aria-hidden": "true" });
    viewport.append(famLayer, axisLayer, edgeLayer, trailLine, hitLayer, starLayer);
    hitLayer.addEventListener("pointerover", (ev) => LS.evidence.showEdge(Number(ev.target.dataset.i)));
    hitLayer.addEventListener("pointerout", () => LS.evidence.hideEdge());
    root.append(defs, viewport);
    cam.follow(root, viewport);
    cam.onChange(scheduleRender);     // the transform follows at once; labels are culled in the next frame
    // Focus draws in an svg of its own above the map, so the map itself is not touched (or repainted).
    focus.attach({ stars, edges: () => edges(), drawEdge, course, edgeClass, position: (id) => positions.get(id), hitLayer,
      changed: scheduleRender, relabel, veilChanged: placeTrailLine });
    root.addEventListener("click", () => { if (!cam.dragged()) focus.clearPath(); });
    positions = homePositions();
    LS.regions.place();
    placeAll();
    // What is drawn follows the view at once, from the first view on (not this build's placeholder one).
    LS.inview.attach({ stars, builtEdges: () => edgePaths, position: (id) => positions.get(id),
      moving: () => root.classList.contains("morphing") });
    cam.onChange(LS.inview.update);
    edges = LS.util.laterEach(() => data.edges, buildEdge);     // one edge per idle step
  }

  /* The lines come in an idle slice after the first view (or when first needed: a hover, a path). */
  function buildEdge([s, t, type], i) {
    const et = idx.edgeType.get(type);
    const fs = idx.byId.get(s).family;
    const lineage = et.lineage && fs === idx.byId.get(t).family;
    const path = svg("path", { class: "edge et-" + data.edgeTypes.indexOf(et) + (lineage ? " lineage" : ""),
      "data-type": type, "data-source": s, "data-target": t, "data-i": i, style: { "--fam": idx.family.get(fs).color },
      "stroke-dasharray": et.dash || null, "marker-end": et.directed ? "url(#arrow-" + type + ")" : null });
    const e = { path, s, t, type, lineage, base: path.getAttribute("class"), stale: true };
    edgePaths.push(e);
    filterEdge(e);
    drawIfShown(e);
    if (lit(e)) focus.lightEdge(e);
    LS.inview.placeEdge(e);
    edgeLayer.append(path);
    return e;
  }

  /* Label widths once, with the page's own font (a canvas measures without layout). */
  function measure() {
    const g = document.createElement("canvas").getContext("2d");
    const font = getComputedStyle(root).fontFamily;
    g.font = "500 " + SETTINGS.labelPx + "px " + font;
    for (const e of data.entries) textWidth.set(e.id, g.measureText(e.short).width * 1.04 + 2);
    LS.regions.measure(g, font);
    g.font = "700 " + SETTINGS.labelPx + "px " + font;
    for (const f of data.families) textWidth.set("lane:" + f.key, g.measureText(f.label).width * 1.06 + 2);
    for (const t of ["2000", "//"]) textWidth.set(t === "//" ? t : "year", g.measureText(t).width * 1.06 + 2);
  }

  const familyBox = (f) => (tall ? f.tall : f.box);
  const mapSize = () => (tall ? data.tall : data.map);

  function homePositions() {
    // a family's stars sit centred below its name band, wide or tall
    const shift = new Map(data.families.map((f) => [f.key, [(familyBox(f)[0] + familyBox(f)[2] - f.box[0] - f.box[2]) / 2,
      familyBox(f)[1] + mapSize().band - f.box[1] - data.map.band]]));
    return new Map(data.entries.map((e) => {
      const d = shift.get(e.family);
      return [e.id, { x: e.x + d[0], y: e.y + d[1] }];
    }));
  }

  /* The accessible name starts with the visible label (WCAG 2.5.3), then says what the star is. */
  function starLabel(e, fam) {
    const name = e.name === e.short ? "" : ", " + e.name;
    const fresh = LS.whatsnew.has(e.id) ? " new since your last visit" : "";     // the badge reads "new"
    const kind = e.kind ? e.kind + ", " : "";
    return e.short + fresh + name + " (" + kind + LS.util.monthLabel(e.date) + ", " + fam.label + "): " + e.tagline;
  }

  /* Every star is a clone of one prototype (cheaper than building and listening on each part): the
   * star layer listens once for all of them (bindStars). Its dots stand at the star's own coordinates
   * (cx, cy: no transform per star, so thousands of dots paint as one chunk); only the label group is
   * moved (a label hidden by culling paints nothing, and costs no chunk either). */
  const starProto = svg("g", { class: "star", tabindex: "0", role: "button" }, [svg("g", { class: "star-body" }, [
    svg("circle", { class: "hit" }),
    svg("circle", { class: "ring" }),
    svg("circle", { class: "core" }),
    svg("g", { class: "star-label" }, [svg("text", { y: "7", dy: "1em", "text-anchor": "middle" })]),
  ])]);
  function starGroup(e) {
    const g = starProto.cloneNode(true);
    const body = g.firstChild, labelGroup = body.lastChild, label = labelGroup.firstChild;
    g.dataset.id = e.id;
    g.setAttribute("aria-label", starLabel(e, idx.family.get(e.family)));
    g.style.setProperty("--fam", idx.family.get(e.family).color);
    label.textContent = e.short;
    if (idx.mine.has(e.id)) body.insertBefore(svg("circle", { class: "mine" }), labelGroup);
    if (e.kind) labelGroup.insertBefore(svg("rect", { class: "kind-mark", x: "-11", y: "-11", width: "22", height: "22", rx: "3" }), label);
    // " new": SVG drops the leading space, but the text content then reads "Dreamer 4 new" as the label does
    if (LS.whatsnew.has(e.id)) labelGroup.append(svg("text", { class: "new-badge", x: "7", y: "-9", "aria-hidden": "true", text: " new" }));
    stars.set(e.id, g);
    return g;
  }
  /* A star (or its copy above the veil) at p: its dots' centres and its label group's origin. */
  function moveStar(g, p) {
    const x = p.x.toFixed(1), y = p.y.toFixed(1);
    for (const part of g.firstChild.children) {
      if (part.tagName === "circle") {
        part.setAttribute("cx", x);
        part.setAttribute("cy", y);
      } else part.setAttribute("transform", "translate(" + x + "," + y + ")");
    }
  }
  /* The star under an event, if any; moving between a star's own parts is no move at all. */
  const starAt = (node) => (node && node.closest ? node.closest(".star") : null);
  const sameStar = (ev) => starAt(ev.target) === starAt(ev.relatedTarget);
  function bindStars() {
    const on = (type, fn) => starLayer.addEventListener(type, (ev) => {
      const g = starAt(ev.target);
      if (g) fn(ev, g, g.dataset.id);
    });
    on("click", (ev, g, id) => { if (!cam.dragged()) LS.app.openEntry(id, g); ev.stopPropagation(); });
    on("keydown", (ev, g, id) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); LS.app.openEntry(id, g); }
      if (ev.key === "]" || ev.key === "[") { ev.preventDefault(); LS.evidence.step(id, ev.key === "]" ? 1 : -1); }
    });
    on("pointerover", (ev, g, id) => { if (!sameStar(ev)) focus.hover(id); });
    on("pointerout", (ev) => { if (!sameStar(ev)) focus.hover(null); });
    // A press on the star under the pointer focuses it: already raised and in view, nothing to redo.
    on("focusin", (ev, g, id) => {
      if (focus.hovered() === id && !g.matches(":focus-visible")) return;
      focus.hover(id);
      cam.reveal(positions.get(id));
    });
    on("focusout", (ev, g, id) => {      // the pointer's star, if another, stays raised
      if (focus.hovered() === id) focus.hover(null);
      LS.evidence.hideEdge();
    });
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
    drawTrail();
    for (const id of stars.keys()) placeStar(id);
    placeCopies();
    redrawEdges();
    focus.redraw();
    focus.syncHits(true);
    LS.inview.update();
    cullKey = "";
  }
  /* The stars moved: each line's course is computed afresh when it next shows. */
  function redrawEdges() {
    for (const e of edgePaths) {
      e.stale = true;
      drawIfShown(e);
    }
  }
  function placeStar(id) {
    moveStar(stars.get(id), positions.get(id));
  }
  // The copies above the veil stand where their stars stand (a few, not one lookup per star of the map).
  function placeCopies() {
    for (const [id, copy] of focus.allCopies()) moveStar(copy, positions.get(id));
  }
  /* At rest only the lines inside a family show, or every line with "show all connections". */
  function drawIfShown(e) {
    if (e.lineage || LS.state.allEdges) drawEdge(e);
  }
  /* Hidden edges get their geometry and their filter state only when they show (thousands of curves cost a
   * frame). A line's course is computed when first asked after its stars moved: focus copies it above the
   * veil without writing on the map's own line (any write in the map repaints all of it). */
  function course(e) {
    if (e.stale) {
      e.d = edgeD(positions.get(e.s), positions.get(e.t));
      e.stale = false;
      e.inPath = false;
    }
    return e.d;
  }
  function drawEdge(e) {
    writeEdgeState(e);
    const d = course(e);
    if (e.inPath) return;
    e.path.setAttribute("d", d);
    e.inPath = true;
  }
  // A line's classes as its filter state now asks (on the map they are written only while it shows).
  const edgeClass = (e) => e.base + EDGE_STATES.filter((cls, i) => e.want & (1 << i)).map((cls) => " " + cls).join("");

  function bounds() {
    if (mode === "map") return { w: mapSize().width, h: mapSize().height };
    const t = LS.timeline.layout();
    return { w: t.width, h: t.height };
  }

  /* ---------- drawing: at most once per frame ---------- */
  function scheduleRender() {
    if (!frame) frame = requestAnimationFrame(render);
  }
  // Labels culled again in the next frame, whatever the view (the works above the veil changed).
  function relabel() {
    cullKey = "";
    scheduleRender();
  }
  function render() {
    frame = 0;
    const fixed = mode === "map" ? LS.regions.placeNames() : LS.timeline.pinLabels(axisLayer, shownIds, textWidth);
    cullLabels(fixed);
  }

  /* Which star labels show: forced ones, then the best connected, never two overlapping. */
  function cullLabels(fixed) {
    if (root.classList.contains("morphing")) return;
    const viewKey = [mode, view.k, mode === "timeline" ? view.x + "," + view.y : "", LS.inview.generation()].join("|");
    const key = viewKey + "|" + focus.key();
    if (key === cullKey) return;
    // Only the focus changed (a hover, an open, a path): the raised works carry their labels above the veil, and
    // the map's own labels stay as they are under it (any write in the map repaints all of it).
    const focusOnly = cullKey.startsWith(viewKey + "|") && focus.veiled();
    cullKey = key;
    const k = view.k, px = SETTINGS.labelPx, side = mode === "timeline";
    const g = k * starScale(k), items = [], dots = [], r = 7 * g;     // g: a star's unit in screen px
    const shifts = new Map();
    for (const id of stars.keys()) {
      if (!shownIds.has(id) || (matchIds && !matchIds.has(id)) || stars.get(id).offView) continue;   // not drawn
      const p = positions.get(id);
      const sx = view.x + p.x * k, sy = view.y + p.y * k;
      dots.push(Object.assign([sx - r, sy - r, sx + r, sy + r], { id }));
      const w = (textWidth.get(id) * px) / SETTINGS.labelPx;
      const box = side ? [sx + 12 * g, sy + 4.5 * g - px, sx + 12 * g + w, sy + 4.5 * g + 0.32 * px]
        : [sx - w / 2, sy + 7 * g, sx + w / 2, sy + 7 * g + 1.3 * px];
      if (LS.whatsnew.has(id)) {          // the "new" badge shows with the label: after it, or above-right of the star
        const bw = 2.6 * px * 0.77;
        if (side) box[2] += bw + 6;
        else Object.assign(box, [Math.min(box[0], sx), sy - 9 * g - 0.8 * px, Math.max(box[2], sx + 7 * g + bw), box[3]]);
      }
      const forced = focus.forced(id);
      const shift = side || forced || LS.whatsnew.has(id) ? 0 : intoFamily(id, box);     // a label stays within its family's box
      if (shift === null) continue;
      shifts.set(id, shift);
      items.push({ id, box, anchor: [p.x * k, p.y * k], forced, matched: Boolean(matchIds),
        rank: degree.get(id) + (focus.near(id) ? 1000 : 0) });
    }
    // Stars are obstacles too (a label never covers a star); the timeline's rows need no density cap.
    const shown = LS.labels.cull(items, fixed.concat(dots, [cam.controlsBox()]), side ? 0 : homeK / k,
      { left: 0, right: area.w });    // never cut at a side
    // In a search that lifts its works only the copies above the veil carry labels: a keystroke then writes nothing on the map's own
    // stars (its first one takes their labels away, once).
    const own = matchIds && !dimmed ? new Set() : shown;
    const labelX = (id) => (side ? "12" : ((shifts.get(id) || 0) / g).toFixed(1));
    // on a timeline row the "new" badge follows the label, which keeps its screen width at any zoom
    const placeBadge = (id, star) => {
      if (side && LS.whatsnew.has(id)) setAttr(star.querySelector(".new-badge"), "x", (12 + (textWidth.get(id) + 4) / g).toFixed(0));
    };
    for (const [id, star] of focusOnly ? [] : stars) {
      const on = own.has(id);
      if (on !== labelled.has(id)) star.classList.toggle("nolabel", !on);
      if (!on) continue;             // a hidden label keeps its place: no number formatted per star of the map
      const x = labelX(id);
      if (star.labelX !== x) star.querySelector("text").setAttribute("x", (star.labelX = x));
      placeBadge(id, star);
    }
    for (const [id, copy] of focus.allCopies()) {
      const on = shown.has(id);
      copy.classList.toggle("nolabel", !on);
      if (on) copy.querySelector("text").setAttribute("x", labelX(id));
      if (on) placeBadge(id, copy);
    }
    if (!focusOnly) labelled = own;
  }

  /* How far a label must slide sideways to stay within its family's region (moved in place), or null. */
  function intoFamily(id, box) {
    const f = familyBox(idx.family.get(idx.byId.get(id).family)), k = view.k;
    const x0 = view.x + f[0] * k + 3, x1 = view.x + f[2] * k - 3;
    if (box[3] > view.y + f[3] * k || box[2] - box[0] > x1 - x0) return null;
    const shift = Math.max(0, x0 - box[0]) + Math.min(0, x1 - box[2]);
    box[0] += shift;
    box[2] += shift;
    return shift;
  }

  /* ---------- the view ---------- */
  const starScale = cam.starScale;
  /* The whole field (the map, or the timeline). */
  function fit() {
    const k = cam.fitField(bounds());
    if (mode === "map") homeK = k;
  }
  function fitTo(ids) {
    cam.fitPoints(ids.map((id) => positions.get(id)).filter(Boolean));
  }
  /* The first view is the whole field; on a timeline too small to read whole (a phone), the latest
   * years of the first lanes at a zoom where every row's labels have room. */
  const TIMELINE_MIN_K = 0.35;
  function home(measured) {
    if (!measured) cam.measure();
    const wantTall = area.w < area.h * 0.9;
    if (wantTall !== tall) {
      tall = wantTall;
      LS.regions.place();
      if (mode === "map") { positions = homePositions(); placeAll(); }
    }
    fit();
    if (mode !== "timeline" || view.k >= TIMELINE_MIN_K) return;
    cam.setView(1, (area.w || 800) - bounds().w, 0);
  }

  /* ---------- a tour's trail: its works in order (shown works only), whatever edges they share ---------- */
  function drawTrail() {
    const pts = (trail || []).filter((id) => shownIds.has(id)).map((id) => positions.get(id));
    setAttr(trailLine, "points", pts.length > 1 ? pts.map((p) => p.x.toFixed(1) + "," + p.y.toFixed(1)).join(" ") : "");
  }
  function showTrail(ids) {
    trail = ids && ids.length > 1 ? ids : null;
    placeTrailLine();
    drawTrail();
  }
  /* The trail stays above the veil; with no trail the map is left untouched (a move repaints it). */
  function placeTrailLine() {
    const above = Boolean(trail) && focus.veiled();
    if (above && trailLine.parentNode !== focus.layer()) focus.layer().insertBefore(trailLine, focus.above());
    if (!above && trailLine.parentNode !== viewport) viewport.insertBefore(trailLine, starLayer);
  }

  /* ---------- filters ---------- */
  /* Facets hide stars and lines in the map itself (on a click, rarely). A search or a tour (matches: ids, or
   * null) lifts its works and the lines between them above focus's veil; when most works match, the few that
   * do not are dimmed in place instead. Either way a keystroke costs the smaller side and what it changes,
   * never a restyle of the whole map. */
  let dimmed = false;
  function applyFilters(shown, matches, edgeOff) {
    shownIds = shown;
    matchIds = matches && new Set([...matches].filter((id) => shown.has(id)));
    dimmed = Boolean(matchIds) && matchIds.size * 2 > shown.size;
    for (const [id, g] of stars) restyle(g, !shown.has(id), dimmed && !matchIds.has(id));
    edgesOff = edgeOff;
    edgePaths.forEach(filterEdge);
    LS.regions.filter(LS.state.hiddenFamilies);
    root.classList.toggle("all-edges", Boolean(LS.state.allEdges));
    if (LS.state.allEdges) edgePaths.forEach(drawEdge);
    focus.setMatches(dimmed ? null : matchIds, edgePaths.filter(lit));
    relabel();
  }

  // A line drawn between two matches: lifted with them (a line built later is lifted when built).
  const lit = (e) => matchIds && !dimmed && !e.want && (e.lineage || LS.state.allEdges) && matchIds.has(e.s) && matchIds.has(e.t);

  /* A star hidden by a facet, or dimmed in place by a search: written only when that changes. */
  function restyle(g, hidden, dim) {
    if (dim !== Boolean(g.dim)) g.classList.toggle("dim", (g.dim = dim));
    if (hidden === Boolean(g.filtered)) return;
    g.filtered = hidden;
    g.classList.toggle("filtered", hidden);
    g.setAttribute("tabindex", hidden ? "-1" : "0");
  }

  /* An edge's states as bits (no array per edge per click: thousands of edges), written when they change
   * and, for a hidden line, only when it shows (drawEdge): a click restyles the lines on screen, not the
   * thousands no one sees. */
  const EDGE_STATES = ["filtered", "type-off", "unmatched"];
  function filterEdge(e) {
    e.want = (!shownIds.has(e.s) || !shownIds.has(e.t) ? 1 : 0) | (edgesOff.has(e.type) ? 2 : 0)
      | (dimmed && !(matchIds.has(e.s) && matchIds.has(e.t)) ? 4 : 0);
    if (e.lineage || LS.state.allEdges) writeEdgeState(e);
  }
  function writeEdgeState(e) {
    const changed = e.want ^ (e.was || 0);
    if (!changed) return;
    EDGE_STATES.forEach((cls, i) => { if (changed & (1 << i)) e.path.classList.toggle(cls, Boolean(e.want & (1 << i))); });
    e.was = e.want;
  }

  /* The move: labels (and, on big maps, edges) hide; above canvasAbove stars LS.morph draws the dots on a
   * canvas instead of moving thousands of SVG nodes every frame. */
  function morphTo(target, done) {
    const ids = [...stars.keys()].filter((id) => shownIds.has(id));
    const follow = edgePaths.length <= SETTINGS.edgesFollowMax;
    const onCanvas = ids.length > SETTINGS.canvasAbove;
    const finish = () => {
      root.classList.remove("morphing", "morph-svg", "morph-edges", "morph-canvas");
      placeLabels();              // now, not before: labels are hidden during the move
      positions = target;
      placeAll();
      scheduleRender();
      if (done) done();
    };
    if (LS.util.reducedMotion()) { LS.morph.stop(); finish(); return; }
    if (!onCanvas) LS.inview.clear();      // stars cross the view as they move
    root.classList.add("morphing", onCanvas ? "morph-canvas" : "morph-svg");
    root.classList.toggle("morph-edges", !follow);
    const families = new Map(data.families.map((f) => [f.key, { color: f.color, members: [] }]));
    ids.forEach((id, i) => families.get(idx.byId.get(id).family).members.push(i));
    const moving = LS.morph.run(ids.map((id) => positions.get(id)), ids.map((id) => target.get(id)), {
      ms: SETTINGS.morphMs, canvasAfter: onCanvas ? root : null, groups: [...families.values()], done: finish,
      frame() {
        drawTrail();
        if (onCanvas) return;
        for (const id of ids) placeStar(id);
        placeCopies();
        if (follow) redrawEdges();
      },
    });
    // One map and one point per moving star for the whole move, updated in place each frame.
    positions = new Map(positions);
    ids.forEach((id, i) => positions.set(id, moving[i]));
  }

  /* Labels sit under the stars on the map and to their right on the timeline (rows are tight there). */
  function placeLabels() {
    for (const [id, g] of stars) {
      g.labelX = null;
      placeLabel(id, g);
    }
    for (const [id, copy] of focus.allCopies()) placeLabel(id, copy);
  }
  function placeLabel(id, g) {
    const side = mode === "timeline", t = g.querySelector("text");
    t.setAttribute("x", side ? "12" : "0");
    t.setAttribute("y", side ? "4.5" : "7");
    t.setAttribute("dy", side ? "0" : "1em");
    t.setAttribute("text-anchor", side ? "start" : "middle");
    const badge = g.querySelector(".new-badge");     // above-right of the star; after the label on a timeline row
    if (badge) {
      badge.setAttribute("x", side ? (16 + textWidth.get(id) / (view.k * starScale(view.k))).toFixed(0) : "7");
      badge.setAttribute("y", side ? "4.5" : "-9");
    }
  }

  /* Switch between the constellation ("map") and the month axis ("timeline"). */
  function setMode(next) {
    if (next === mode) return Promise.resolve();
    mode = next;
    root.dataset.mode = mode;
    if (stars.size <= SETTINGS.canvasAbove) placeLabels();    // big maps: after the move (labels hide during it)
    famLayer.style.display = mode === "map" ? "" : "none";
    if (mode === "timeline") LS.timeline.drawAxis(axisLayer);
    else axisLayer.replaceChildren();
    focus.clearPath();
    home();
    return new Promise((resolve) => morphTo(mode === "map" ? homePositions() : new Map(LS.timeline.layout().pos), resolve));
  }

  /* ---------- wiring ---------- */
  function init() {
    // Measured before the stars exist, the pane's size is a cheap layout, and the packing (wide or
    // tall) is known before the stars are placed: no second layout of the whole map at start-up.
    cam.resized();                    // the pane's size: the observer's first call then has nothing to redo
    cam.measure();
    tall = area.w < area.h * 0.9;
    build();
    cam.init();
    document.getElementById("zoom-fit").addEventListener("click", fit);
    new ResizeObserver(() => { if (cam.resized()) home(); }).observe(root.parentElement);     // the map's pane
    home(true);
  }

  return {
    init, fit, fitTo, setMode, applyFilters, showTrail,
    hover: focus.hover,
    starEl: (id) => stars.get(id),
    familyEl: (key) => LS.regions.nameEl(key),
    position: (id) => positions.get(id),
    view: () => Object.assign({}, view),
  };
})();
