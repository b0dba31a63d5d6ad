/* Constellation map: families as tinted regions, stars at the build-time force layout, a strict edge
 * policy (at rest only each family's lineage lines; a focused work shows all its edges and fades its
 * 2-hop neighbourhood), semantic zoom (labels culled by LS.labels, at a readable size at any zoom),
 * pan/zoom redrawn at most once per frame, paths between works, and the morph into a timeline (one
 * lane per family, x = month) and back. */
LS.map = (function () {
  const { svg, el } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const root = document.getElementById("map");
  const tooltip = document.getElementById("tooltip");
  const SETTINGS = { labelPx: 13, famPx: 18, famMaxPx: 18, minK: 0.08, maxK: 8, canvasAbove: 400, edgesFollowMax: 600, morphMs: 650 };
  const view = { k: 1, x: 0, y: 0 };
  const stars = new Map();          // id -> <g>
  const edgePaths = [];             // [{path, s, t, type}], built after the first view
  let edges = () => edgePaths;      // the edges, built now if the idle slice has not yet come
  let edgesOff = new Set();         // edge types switched off in the legend
  const famGroups = new Map();      // family key -> {g, rect, label, shown: the lines drawn}
  const titleWords = new Map();     // family key -> [{text, w: px at famPx}]
  const degree = new Map(data.entries.map((e) => [e.id, idx.links.get(e.id).length]));
  const textWidth = new Map();      // id or family key -> label width in px at labelPx (famPx for families)
  let positions = new Map();        // id -> {x, y}: where stars are drawn now
  let mode = "map";
  let tall = false;                 // portrait screens get the tall packing of the family regions
  let homeK = 1;                    // the overview's zoom: label density is relative to it
  let tween = 0, frame = 0, cullKey = "";
  let viewport, famLayer, axisLayer, edgeLayer, hitLayer, starLayer, trailLine;
  let trail = null;                 // a tour's works in order, joined by one line
  let shownIds = new Set(data.entries.map((e) => e.id)), matchIds = null;
  let hoverId = null, activeId = null, nearIds = new Set(), restoreView = null;
  let pathIds = new Set(), pathSteps = [];
  let focusSvg, focusView, veil, raisedEdges, raisedStars;
  const copies = new Map();         // id -> its copy above the veil
  const edgeCopies = new Map();     // an edge -> its copy above the veil
  let labelled = new Set(data.entries.map((e) => e.id));

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
    edgeLayer = svg("g", { class: "edges", "aria-hidden": "true" });
    hitLayer = svg("g", { class: "edge-hits", "aria-hidden": "true" });
    starLayer = svg("g", { class: "stars" });
    for (const f of data.families) famLayer.append(familyGroup(f));
    for (const e of data.entries) starLayer.append(starGroup(e));
    trailLine = svg("polyline", { class: "tour-trail", "aria-hidden": "true" });
    // Focus draws in an svg of its own above the map, so the map itself is not touched (or repainted).
    veil = svg("rect", { class: "veil", x: "-100000", y: "-100000", width: "200000", height: "200000" });
    raisedEdges = svg("g", { class: "edges" });
    raisedStars = svg("g", { class: "stars" });
    focusView = svg("g", {}, [veil, raisedEdges, raisedStars]);
    focusSvg = svg("svg", { class: "map-focus", "aria-hidden": "true", display: "none" }, [focusView]);
    viewport.append(famLayer, axisLayer, edgeLayer, trailLine, hitLayer, starLayer);
    hitLayer.addEventListener("pointerover", (ev) => LS.evidence.showEdge(Number(ev.target.dataset.i)));
    hitLayer.addEventListener("pointerout", () => LS.evidence.hideEdge());
    root.append(defs, viewport);
    root.after(focusSvg);
    root.addEventListener("click", () => { if (!dragMoved) clearPath(); });
    measure();
    positions = homePositions();
    placeFamilies();
    placeAll();
    edges = LS.util.later(buildEdges);
  }

  /* The lines come in an idle slice after the first view (or when first needed: a hover, a path). */
  function buildEdges() {
    data.edges.forEach(([s, t, type], i) => {
      const et = idx.edgeType.get(type);
      const fs = idx.byId.get(s).family;
      const lineage = et.lineage && fs === idx.byId.get(t).family;
      const path = svg("path", { class: "edge et-" + data.edgeTypes.indexOf(et) + (lineage ? " lineage" : ""),
        "data-type": type, "data-source": s, "data-target": t, "data-i": i, style: { "--fam": idx.family.get(fs).color },
        "stroke-dasharray": et.dash || null, "marker-end": et.directed ? "url(#arrow-" + type + ")" : null });
      const e = { path, s, t, type, lineage, stale: true };
      edgePaths.push(e);
      filterEdge(e);
      drawIfShown(e);
    });
    edgeLayer.append(...edgePaths.map((e) => e.path));
    return edgePaths;
  }

  /* Label widths once, with the page's own font (a canvas measures without layout). */
  function measure() {
    const g = document.createElement("canvas").getContext("2d");
    const font = getComputedStyle(root).fontFamily;
    g.font = "500 " + SETTINGS.labelPx + "px " + font;
    for (const e of data.entries) textWidth.set(e.id, g.measureText(e.short).width * 1.04 + 2);
    g.font = "700 " + SETTINGS.famPx + "px " + font;
    textWidth.set(" ", g.measureText(" ").width * 1.06);
    for (const f of data.families) titleWords.set(f.key, f.label.split(" ").map((text) => ({ text, w: g.measureText(text).width * 1.06 + 1 })));
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

  /* A family is a soft tinted region with its name: a tap on the region zooms to the family, its name
   * opens the family's chapter (LS.family), and hovering the region shows the family's one-line definition. */
  function familyGroup(f) {
    const rect = svg("rect", { class: "fam-region", rx: "22" });
    const label = svg("text", { class: "fam-label", "text-anchor": "middle", tabindex: "0", role: "button",
      "aria-label": f.label + ": about this family", text: f.label });
    const g = svg("g", { class: "family", "data-family": f.key, style: { "--fam": f.color } }, [rect, label]);
    const openChapter = (ev) => {
      ev.stopPropagation();
      ev.preventDefault();
      tooltip.hidden = true;
      LS.app.openFamily(f.key, label);
    };
    label.addEventListener("click", (ev) => { if (!dragMoved) openChapter(ev); });
    label.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") openChapter(ev); });
    g.addEventListener("pointerenter", () => { if (!pointers.size) showFamilyTip(f); });
    g.addEventListener("pointerleave", () => { if (tooltip.dataset.family === f.key) tooltip.hidden = true; });
    g.addEventListener("click", (ev) => {
      if (dragMoved) return;
      ev.stopPropagation();
      clearPath();
      fitTo(idx.byFamily.get(f.key).map((e) => e.id));
    });
    famGroups.set(f.key, { g, rect, label, shown: "" });
    return g;
  }

  function placeFamilies() {
    for (const f of data.families) {
      const [x0, y0, x1, y1] = familyBox(f);
      const { rect } = famGroups.get(f.key);
      Object.entries({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }).forEach(([k, v]) => rect.setAttribute(k, v));
    }
  }

  /* A family's name is wrapped word by word into lines no wider than maxW screen px at px. */
  function wrapTitle(key, px, maxW) {
    const scale = px / SETTINGS.famPx, space = textWidth.get(" ") * scale, lines = [];
    for (const word of titleWords.get(key)) {
      const last = lines[lines.length - 1], w = word.w * scale;
      if (last && last.w + space + w <= maxW) Object.assign(last, { text: last.text + " " + word.text, w: last.w + space + w });
      else lines.push({ text: word.text, w });
    }
    return lines;
  }
  /* A family's name sits in the band above its stars (sized at build time for the smallest overview
   * zoom), wrapped to its region's width, all names at one size (the largest every name allows, up to
   * famMaxPx, never under 11 px); a name with no room (zoomed out further) hides rather than cover a
   * star. Returns the screen boxes of the names shown, which star labels avoid. */
  function placeFamilyLabels() {
    const k = view.k, band = mapSize().band * k - 8;
    const room = (f) => (familyBox(f)[2] - familyBox(f)[0]) * k - 10;
    const fits = (f, px) => {
      const lines = wrapTitle(f.key, px, room(f));
      return lines.every((l) => l.w <= room(f)) && (lines.length * 1.18 + 0.07) * px <= band;
    };
    const best = data.families.map((f) => {
      let px = SETTINGS.famMaxPx;
      while (px >= 11 && !fits(f, px)) px -= 0.5;
      return px;
    });
    const px = Math.min(...best.filter((p) => p >= 11));
    const boxes = [];
    data.families.forEach((f, i) => {
      const [x0, y0, x1] = familyBox(f);
      const fam = famGroups.get(f.key);
      fam.label.style.display = best[i] >= 11 ? "" : "none";
      if (best[i] < 11) return;
      const lines = wrapTitle(f.key, px, room(f)), cx = (x0 + x1) / 2;
      const h = (lines.length * 1.18 + 0.07) * px, top = y0 + (band + 8 - h) / 2 / k;
      const text = lines.map((l) => l.text).join("\n");
      if (text !== fam.shown) {
        fam.shown = text;
        fam.label.replaceChildren(...lines.map((l, j) => svg("tspan", { dy: j ? "1.18em" : null, text: l.text + (j < lines.length - 1 ? " " : "") })));
      }
      for (const t of fam.label.children) t.setAttribute("x", cx);
      fam.label.setAttribute("font-size", (px / k).toFixed(2));
      fam.label.setAttribute("y", top + (px * 0.95) / k);
      if (fam.g.classList.contains("filtered")) return;
      const w = Math.max(...lines.map((l) => l.w)), sx = view.x + cx * k, sy = view.y + top * k;
      boxes.push([sx - w / 2, sy, sx + w / 2, sy + h]);
    });
    return boxes;
  }

  /* The accessible name starts with the visible label (WCAG 2.5.3), then says what the star is. */
  function starLabel(e, fam) {
    const name = e.name === e.short ? "" : ", " + e.name;
    const fresh = LS.whatsnew.has(e.id) ? " new since your last visit" : "";     // the badge reads "new"
    const kind = e.kind ? e.kind + ", " : "";
    return e.short + fresh + name + " (" + kind + LS.util.monthLabel(e.date) + ", " + fam.label + "): " + e.tagline;
  }

  function starGroup(e) {
    const fam = idx.family.get(e.family);
    // The parts sit in one scaled group: one transform per star, not one per part (cheaper to paint).
    const g = svg("g", { class: "star", "data-id": e.id, tabindex: "0", role: "button",
      "aria-label": starLabel(e, fam), style: { "--fam": fam.color } }, [svg("g", { class: "star-body" }, [
      svg("circle", { class: "hit", r: "15" }),
      svg("circle", { class: "ring", r: "10" }),
      svg("circle", { class: "core", r: "6" }),
      idx.mine.has(e.id) ? svg("circle", { class: "mine", r: "13" }) : null,
      e.kind ? svg("rect", { class: "kind-mark", x: "-11", y: "-11", width: "22", height: "22", rx: "3" }) : null,
      svg("text", { y: "7", dy: "1em", "text-anchor": "middle", text: e.short }),
      // " new": SVG drops the leading space, but the text content then reads "Dreamer 4 new" as the label does
      LS.whatsnew.has(e.id) ? svg("text", { class: "new-badge", x: "7", y: "-9", "aria-hidden": "true", text: " new" }) : null,
    ])]);
    g.addEventListener("click", (ev) => { if (!dragMoved) LS.app.openEntry(e.id, g); ev.stopPropagation(); });
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); LS.app.openEntry(e.id, g); }
      if (ev.key === "]" || ev.key === "[") { ev.preventDefault(); LS.evidence.step(e.id, ev.key === "]" ? 1 : -1); }
    });
    g.addEventListener("pointerenter", () => hover(e.id));
    g.addEventListener("pointerleave", () => hover(null));
    g.addEventListener("focus", () => { hover(e.id); ensureVisible(e.id); });
    g.addEventListener("blur", () => { hover(null); LS.evidence.hideEdge(); });
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
    drawTrail();
    for (const id of stars.keys()) placeStar(id);
    for (const e of edgePaths) {
      e.stale = true;
      drawIfShown(e);
    }
    hitKey = "";
    syncHits();
    cullKey = "";
  }
  function placeStar(id) {
    const p = positions.get(id), at = "translate(" + p.x.toFixed(1) + "," + p.y.toFixed(1) + ")";
    stars.get(id).setAttribute("transform", at);
    if (copies.has(id)) copies.get(id).setAttribute("transform", at);
  }
  /* At rest only the lines inside a family show, or every line with "show all connections". */
  function drawIfShown(e) {
    if (e.lineage || LS.state.allEdges) drawEdge(e);
  }
  /* Hidden edges get their geometry only when they show (thousands of curves cost a frame). */
  function drawEdge(e) {
    if (!e.stale) return;
    e.path.setAttribute("d", edgeD(positions.get(e.s), positions.get(e.t)));
    e.stale = false;
  }

  function bounds() {
    if (mode === "map") return { w: mapSize().width, h: mapSize().height };
    const t = timeline();
    return { w: t.width, h: t.height };
  }

  /* ---------- drawing: at most once per frame ---------- */
  function scheduleRender() {
    if (!frame) frame = requestAnimationFrame(render);
  }
  function render() {
    frame = 0;
    const fixed = mode === "map" ? placeFamilyLabels() : pinAxisLabels();
    cullLabels(fixed);
  }

  /* Which star labels show: forced ones, then the best connected, never two overlapping. */
  function cullLabels(fixed) {
    if (root.classList.contains("morphing")) return;
    const key = [mode, view.k, mode === "timeline" ? view.x + "," + view.y : "", hoverId, activeId, [...pathIds]].join("|");
    if (key === cullKey) return;
    cullKey = key;
    const k = view.k, px = SETTINGS.labelPx, side = mode === "timeline";
    const g = k * starScale(k), items = [], dots = [], r = 7 * g;     // g: a star's unit in screen px
    const shifts = new Map();
    for (const id of stars.keys()) {
      if (!shownIds.has(id) || (matchIds && !matchIds.has(id))) continue;
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
      const forced = id === hoverId || id === activeId || pathIds.has(id);
      const shift = side || forced || LS.whatsnew.has(id) ? 0 : intoFamily(id, box);     // a label stays within its family's box
      if (shift === null) continue;
      shifts.set(id, shift);
      items.push({ id, box, anchor: [p.x * k, p.y * k], forced, matched: Boolean(matchIds),
        rank: degree.get(id) + (nearIds.has(id) ? 1000 : 0) });
    }
    // Stars are obstacles too (a label never covers a star); the timeline's rows need no density cap.
    const shown = LS.labels.cull(items, fixed.concat(dots, [controlsBox]), side ? 0 : homeK / k,
      { left: 0, right: area.w });    // never cut at a side
    for (const [id, star] of stars) {
      const on = shown.has(id);
      if (on !== labelled.has(id)) star.classList.toggle("nolabel", !on);
      if (copies.has(id)) copies.get(id).classList.toggle("nolabel", !on);
      const x = side ? "12" : ((shifts.get(id) || 0) / g).toFixed(1);
      if (on && star.labelX !== x) star.querySelector("text").setAttribute("x", (star.labelX = x));
      // on a timeline row the "new" badge follows the label, which keeps its screen width at any zoom
      if (on && side && LS.whatsnew.has(id)) star.querySelector(".new-badge").setAttribute("x", (12 + (textWidth.get(id) + 4) / g).toFixed(0));
    }
    labelled = shown;
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

  /* On the timeline, lane names stay at the left edge (in their lane's header row) and years at the top
   * edge while panning; a name or year without room hides (years thin out; the first and last show first), so
   * none overlaps another, a star or the edge. Stars come first: each is an obstacle. Returns their screen boxes, which star labels avoid. */
  function pinAxisLabels() {
    const t = timeline(), k = view.k, px = SETTINGS.labelPx, cw = area.w;
    // the years' row sits far enough above the first lane's name for 13 px text at this zoom
    const top = Math.max(t.top - Math.max(14, 21 / k - 25), (px + 4 - view.y) / k), sy = view.y + top * k;
    const boxes = [[-1e5, sy - px - 2, 1e5, sy + 0.3 * px]];     // the years' row
    const taken = [];
    const free = (b) => !taken.some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
    const g = k * starScale(k), r = 7 * g;
    for (const [id, p] of t.pos) {
      if (shownIds.has(id)) taken.push([view.x + p.x * k - r, view.y + p.y * k - r, view.x + p.x * k + r, view.y + p.y * k + r]);
    }
    // the first and last years first, then the breaks, then the other years from the left
    const years = [...axisLayer.querySelectorAll(".year-label")];
    const ticks = years.splice(0, 1).concat(years.splice(-1), [...axisLayer.querySelectorAll(".axis-break")], years);
    for (const el of ticks) {
      el.setAttribute("y", top.toFixed(1));
      const w = (textWidth.get(el.classList.contains("axis-break") ? "//" : "year") * px) / SETTINGS.labelPx;
      const sx = view.x + Number(el.getAttribute("x")) * k;
      const b = [sx - w / 2 - 3, sy - px, sx + w / 2 + 3, sy + 0.3 * px];
      const on = b[0] >= 0 && b[2] <= cw && free(b);
      el.style.display = on ? "" : "none";
      if (on) taken.push(b);
    }
    taken.push(boxes[0]);
    const left = (8 - view.x) / k;
    for (const el of axisLayer.querySelectorAll(".lane-label")) {
      const y = Number(el.dataset.top) + t.head - 9;
      el.setAttribute("x", left.toFixed(1));
      el.setAttribute("y", y.toFixed(1));
      const ly = view.y + y * k;
      const b = [5, ly - px, 11 + (textWidth.get("lane:" + el.dataset.family) * px) / SETTINGS.labelPx, ly + 0.3 * px];
      const on = free(b);
      el.style.display = on ? "" : "none";
      if (on) { taken.push(b); boxes.push(b); }
    }
    return boxes;
  }

  /* ---------- pan & zoom ---------- */
  /* Semantic zoom: zooming in spreads the stars apart; a star grows with the square root of the zoom
   * only, and its label not at all. */
  const starScale = (k) => (k > 1 ? 1 / Math.sqrt(k) : 1);
  /* The transform follows at once (cheap: the browser paints once per frame anyway); label culling
   * waits for the next frame. */
  function setView(k, x, y) {
    Object.assign(view, { k, x, y });
    const at = "translate(" + x.toFixed(1) + "," + y.toFixed(1) + ") scale(" + k.toFixed(4) + ")";
    viewport.setAttribute("transform", at);
    focusView.setAttribute("transform", at);
    for (const svgEl of [root, focusSvg]) {          // the focus layer above the map zooms with it
      svgEl.style.setProperty("--lab", (SETTINGS.labelPx / k).toFixed(2) + "px");     // text stays labelPx on screen
      svgEl.style.setProperty("--ss", starScale(k).toFixed(4));
    }

    scheduleRender();
  }
  /* The whole field, clear of the zoom buttons in the bottom-right corner: their column or their row
   * is left free, whichever costs less. */
  function fit() {
    const b = bounds();
    const cw = area.w || 800, ch = area.h || 600;
    const kSide = Math.min((cw - controls[0]) / b.w, ch / b.h), kBelow = Math.min(cw / b.w, (ch - controls[1]) / b.h);
    const k = Math.min(Math.max(kSide, kBelow), 1.2);     // a small map is not blown up
    const w = kSide >= kBelow ? cw - controls[0] : cw, h = kSide >= kBelow ? ch : ch - controls[1];
    setView(k, (w - b.w * k) / 2, (h - b.h * k) / 2);
    if (mode === "map") homeK = k;
  }
  /* The zoom buttons' room from the map's right and bottom edges, and their box (labels avoid it). */
  let controls = [0, 0], controlsBox = [0, 0, 0, 0];
  const area = { w: 0, h: 0 };      // the map's size in px, as last measured (later reads would force a layout)
  function measureControls() {
    const r = root.getBoundingClientRect(), z = document.querySelector(".zoom-controls").getBoundingClientRect();
    Object.assign(area, { w: root.clientWidth, h: root.clientHeight });
    controls = z.width ? [r.right - z.left + 6, r.bottom - z.top + 6] : [0, 0];
    controlsBox = [z.left - r.left - 4, z.top - r.top - 4, z.right - r.left + 4, z.bottom - r.top + 4];
  }
  /* Fit the view to some entries (a family, search matches, a path), not closer than reading needs. */
  function fitTo(ids) {
    const ps = ids.map((id) => positions.get(id)).filter(Boolean);
    if (!ps.length) return;
    const pad = 70;
    const x0 = Math.min(...ps.map((p) => p.x)) - pad, x1 = Math.max(...ps.map((p) => p.x)) + pad;
    const y0 = Math.min(...ps.map((p) => p.y)) - pad, y1 = Math.max(...ps.map((p) => p.y)) + pad;
    const cw = usableWidth(), ch = root.clientHeight || 600;
    const k = Math.min(1.2, cw / (x1 - x0), ch / (y1 - y0));
    setView(k, cw / 2 - ((x0 + x1) / 2) * k, ch / 2 - ((y0 + y1) / 2) * k);
  }
  /* The map's width left of the open panel (on wide screens the panel covers the map's right part). */
  function usableWidth() {
    const panel = document.getElementById("panel");
    const r = root.getBoundingClientRect();
    const left = panel.hidden || !panel.getClientRects().length ? r.right : panel.getBoundingClientRect().left;
    return Math.max(r.width * 0.4, Math.min(r.right, left) - r.left) || 800;
  }
  /* The first view is the whole field; on a timeline too small to read whole (a phone), the latest
   * years of the first lanes at a zoom where every row's labels have room. */
  const TIMELINE_MIN_K = 0.35;
  function home() {
    measureControls();
    const wantTall = area.w < area.h * 0.9;
    if (wantTall !== tall) {
      tall = wantTall;
      placeFamilies();
      if (mode === "map") { positions = homePositions(); placeAll(); }
    }
    fit();
    if (mode !== "timeline" || view.k >= TIMELINE_MIN_K) return;
    setView(1, (area.w || 800) - bounds().w, 0);
  }
  let size = [0, 0];
  function onResize() {
    if (root.clientWidth === size[0] && root.clientHeight === size[1]) return;
    size = [root.clientWidth, root.clientHeight];
    home();
  }
  /* Run a layout change that moves the map's left edge (the sidebar folding away beside a panel),
   * keeping every star where it was on the page rather than fitting the map again. */
  function keepPlace(change) {
    const before = root.getBoundingClientRect().left;
    change();
    const after = root.getBoundingClientRect().left;
    size = [root.clientWidth, root.clientHeight];
    measureControls();
    if (after !== before) setView(view.k, view.x + before - after, view.y);
  }
  function zoomAt(factor, cx, cy) {
    const k = Math.max(SETTINGS.minK, Math.min(SETTINGS.maxK, view.k * factor));
    setView(k, cx - ((cx - view.x) * k) / view.k, cy - ((cy - view.y) * k) / view.k);
  }
  function zoomCenter(factor) {
    zoomAt(factor, root.clientWidth / 2, root.clientHeight / 2);
  }
  /* Keyboard focus may land on an off-screen star, an opened one under the panel: pan it into view. */
  function ensureVisible(id) {
    const p = positions.get(id);
    const sx = view.x + p.x * view.k, sy = view.y + p.y * view.k;
    const m = 40, cw = usableWidth(), ch = root.clientHeight;
    if (sx < m || sy < m || sx > cw - m || sy > ch - m) {
      setView(view.k, view.x + cw / 2 - sx, view.y + ch / 2 - sy);
      return true;
    }
    return false;
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
    restoreView = null;
    root.classList.add("panning");
    setView(view.k, view.x + dx, view.y + dy);
  }
  function onPointerUp(ev) {
    pointers.delete(ev.pointerId);
    if (pointers.size < 2) pinchDist = 0;
    root.classList.remove("panning");
  }
  function onWheel(ev) {
    ev.preventDefault();
    restoreView = null;
    const r = root.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
  }

  /* ---------- focus: a work's edges in full, its 2-hop neighbourhood faded, the rest dim ----------
   * Dimming every star and line would restyle the whole map and give each its own paint group, a cost
   * that grows with the map. One veil covers the map instead, and the focused neighbourhood (or a shown
   * path) is drawn above it: its lines moved up, its stars copied up (the stars themselves keep their
   * place in the tab order), so focus costs what the neighbourhood costs. */
  function raiseEdge(e, cls) {
    drawEdge(e);
    const copy = e.path.cloneNode(false);
    copy.classList.add(cls);
    copy.classList.toggle("spot", e === spot);
    edgeCopies.set(e, copy);
    raisedEdges.append(copy);
  }
  function raiseStar(id, cls) {
    const g = stars.get(id);
    const copy = g.cloneNode(true);
    for (const a of ["tabindex", "role", "aria-label", "data-id"]) copy.removeAttribute(a);
    copy.dataset.of = id;
    copy.classList.add(cls);
    copy.classList.toggle("kbd-focus", g.matches(":focus-visible"));
    copies.set(id, copy);
    raisedStars.append(copy);
  }
  function lowerAll() {
    raisedEdges.replaceChildren();
    raisedStars.replaceChildren();
    copies.clear();
    edgeCopies.clear();
  }
  const veiled = () => focusSvg.getAttribute("display") !== "none";
  function setVeil(on) {
    if (veiled() === on) return;
    focusSvg.setAttribute("display", on ? "inline" : "none");
    placeTrailLine();
  }
  /* A tour's trail stays above the veil; with no trail the map is left untouched (a move repaints it). */
  function placeTrailLine() {
    const above = Boolean(trail) && veiled();
    if (above && trailLine.parentNode !== focusView) focusView.insertBefore(trailLine, raisedEdges);
    if (!above && trailLine.parentNode !== viewport) viewport.insertBefore(trailLine, starLayer);
  }
  function refocus() {
    lowerAll();
    nearIds = new Set();
    const id = hoverId || activeId;
    if (pathIds.size) raisePath();
    else if (id) raiseNeighbourhood(id);
    setVeil(Boolean(pathIds.size || id));
    syncHits();
    scheduleRender();
  }
  function raiseNeighbourhood(id) {
    edges();
    for (const l of idx.links.get(id)) nearIds.add(l.other);
    for (const o of nearIds) {
      for (const l of idx.links.get(o)) {
        if (l.other === id) continue;
        if (!nearIds.has(l.other)) raiseStar(l.other, "hl2");
        raiseEdge(edgePaths[l.edge], "hl2");
      }
    }
    for (const l of idx.links.get(id)) raiseEdge(edgePaths[l.edge], "hl");
    for (const o of nearIds) raiseStar(o, "hl");
    raiseStar(id, "hl");
  }
  function raisePath() {
    for (const s of pathSteps) raiseEdge(edgePaths[s.edge], "on-path");
    for (const id of pathIds) raiseStar(id, "on-path");
  }
  function hover(id) {
    hoverId = id;
    refocus();
    if (!id) { tooltip.hidden = true; return; }
    showTooltip(id);
  }
  /* Opening a work ends the pointer's highlight, unless it is that same work: then the map stays as
   * it is (no restyle of every star, off then on again). */
  function release(id) {
    tooltip.hidden = true;
    if (hoverId !== id) hover(null);
  }
  function showTooltip(id) {
    const e = idx.byId.get(id);
    const p = positions.get(id);
    const kind = e.kind ? " · " + e.kind : "";
    tooltip.replaceChildren(el("strong", { text: e.name + " · " + LS.util.monthLabel(e.date) + kind }), el("span", { text: e.tagline }));
    placeTooltip(view.x + p.x * view.k, view.y + p.y * view.k);
  }
  /* A family region's hover: its name and one-line definition, just under the name. */
  function showFamilyTip(f) {
    const text = LS.family.definition(f);
    if (!text || hoverId || mode !== "map") return;
    tooltip.replaceChildren(el("strong", { text: f.label }), el("span", { text }));
    const [x0, y0, x1] = familyBox(f);
    placeTooltip(view.x + ((x0 + x1) / 2) * view.k, view.y + (y0 + mapSize().band) * view.k, true);
    tooltip.dataset.family = f.key;
  }
  function placeTooltip(sx, sy, below) {
    delete tooltip.dataset.family;
    tooltip.hidden = false;
    const w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    const left = Math.min(Math.max(8, sx - w / 2), root.clientWidth - w - 8);
    const top = below ? sy : sy - h - 18 > 8 ? sy - h - 18 : sy + 34;
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function setActive(id) {
    for (const g of root.querySelectorAll(".star.active")) g.classList.remove("active");
    activeId = id && stars.has(id) ? id : null;
    if (activeId) stars.get(activeId).classList.add("active");
    const before = Object.assign({}, view);   // the view to go back to when the panel closes
    if (activeId && usableWidth() > root.clientWidth * 0.45 && ensureVisible(activeId) && !restoreView) restoreView = before;
    if (!activeId && restoreView) setView(restoreView.k, restoreView.x, restoreView.y);
    if (!activeId) restoreView = null;
    refocus();
  }

  /* ---------- a path between two works ---------- */
  function showPath(steps) {
    clearPath();
    if (!steps || !steps.length) return;
    edges();
    pathSteps = steps;
    pathIds = new Set(steps.flatMap((s) => [s.from, s.to]));
    refocus();
    if (mode === "map") fitTo([...pathIds]);
  }
  /* A tour joins its works in order (shown works only), whatever edges they share. */
  function drawTrail() {
    const pts = (trail || []).filter((id) => shownIds.has(id)).map((id) => positions.get(id));
    trailLine.setAttribute("points", pts.length > 1 ? pts.map((p) => p.x.toFixed(1) + "," + p.y.toFixed(1)).join(" ") : "");
  }
  function showTrail(ids) {
    trail = ids && ids.length > 1 ? ids : null;
    placeTrailLine();
    drawTrail();
  }
  function clearPath() {
    if (!pathIds.size) return;
    pathSteps = [];
    pathIds = new Set();
    refocus();
    LS.paths.cleared();
  }

  /* ---------- one edge, and why it is there (LS.evidence) ---------- */
  /* The open work's edges and a shown path's answer the pointer: a wide invisible stroke over each
   * (a handful of paths, rebuilt only when that set changes). */
  let hitKey = "", spot = null;
  function syncHits() {
    const list = new Set(activeId ? idx.links.get(activeId).map((l) => l.edge) : []);
    for (const step of pathSteps) list.add(step.edge);
    const key = [...list].join();
    if (key === hitKey) return;
    hitKey = key;
    hitLayer.replaceChildren(...[...list].map((i) => {
      drawEdge(edgePaths[i]);
      return svg("path", { class: "edge-hit", "data-i": i, d: edgePaths[i].path.getAttribute("d") });
    }));
  }
  /* Edge i stands out (null: none does); returns the middle of its curve in the map's pixels, and
   * the right edge of the map's part the panel leaves free, or null when the map is not shown. */
  // The line that stands out is its copy above the veil when there is one.
  const spotted = (e) => edgeCopies.get(e) || e.path;
  function spotEdge(i) {
    if (spot) spotted(spot).classList.remove("spot");
    spot = i === null ? null : edges()[i];
    if (!spot || root.closest("[hidden]")) return null;
    drawEdge(spot);
    spotted(spot).classList.add("spot");
    tooltip.hidden = true;      // the edge's words take the star's tooltip's place
    const a = positions.get(spot.s), b = positions.get(spot.t);
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1, bend = Math.min(60, len * 0.18);
    // The quadratic curve's middle: a quarter of each end and half of the control point (edgeD's).
    const mx = (a.x + b.x) / 2 - (dy / len) * bend / 2, my = (a.y + b.y) / 2 + (dx / len) * bend / 2;
    return { x: view.x + mx * view.k, y: view.y + my * view.k, right: usableWidth() };
  }

  /* ---------- filters ---------- */
  function applyFilters(shown, matches, edgeOff) {
    shownIds = shown;
    matchIds = matches;
    for (const [id, g] of stars) {
      restyle(g, shown.has(id) ? (matches ? (matches.has(id) ? "match" : "dim") : "") : "filtered");
    }
    edgesOff = edgeOff;
    edgePaths.forEach(filterEdge);
    for (const [key, f] of famGroups) f.g.classList.toggle("filtered", LS.state.hiddenFamilies.has(key));
    root.classList.toggle("all-edges", Boolean(LS.state.allEdges));
    if (LS.state.allEdges) edgePaths.forEach(drawEdge);
    cullKey = "";
    scheduleRender();
  }

  /* A star's filter state ("", "match", "dim" or "filtered") is written only when it changes: a
   * keystroke then costs the stars it changes, not every star. */
  function restyle(g, state) {
    const was = g.filterState || "";
    if (state === was) return;
    g.filterState = state;
    if (was) g.classList.remove(was);
    if (state) g.classList.add(state);
    if ((state === "filtered") !== (was === "filtered")) g.setAttribute("tabindex", state === "filtered" ? "-1" : "0");
  }

  function filterEdge(e) {
    const state = (!shownIds.has(e.s) || !shownIds.has(e.t) ? "f" : "") + (edgesOff.has(e.type) ? "o" : "") +
      (matchIds && !(matchIds.has(e.s) && matchIds.has(e.t)) ? "d" : "");
    if (state === e.filterState) return;
    e.filterState = state;
    e.path.classList.toggle("filtered", state.includes("f"));
    e.path.classList.toggle("type-off", state.includes("o"));
    e.path.classList.toggle("dim", state.includes("d"));
  }

  /* ---------- timeline ---------- */
  let timelineCache = null;
  /* The time axis is piecewise: a year's column grows with how many works it holds (the crowded last
   * years get their room), and each run of empty years shrinks to one narrow break, marked as such. */
  const AXIS = { minCol: 90, perWork: 7, maxCol: 450, gapW: 44, pitch: 30 };
  function yearColumns() {
    const count = new Map();
    for (const e of data.entries) count.set(e.year, (count.get(e.year) || 0) + 1);
    const years = [...count.keys()].sort((a, b) => a - b);
    const cols = [];
    years.forEach((yr, i) => {
      if (i && yr > years[i - 1] + 1) cols.push({ gap: [years[i - 1] + 1, yr - 1], w: AXIS.gapW });
      cols.push({ year: yr, w: Math.min(AXIS.maxCol, Math.max(AXIS.minCol, AXIS.perWork * count.get(yr))) });
    });
    return cols;
  }
  /* One lane per family, x by month; in a lane each star takes the first row where its label fits
   * (so at zoom 1 no two labels overlap), and the lane's name sits in a header row above its stars. */
  function timeline() {
    if (timelineCache) return timelineCache;
    const left = 24, top = 66, rowH = 22, head = 34;
    const cols = yearColumns(), years = new Map();
    let x0 = left;
    for (const c of cols) {
      c.x = x0;
      x0 += c.w;
      if (c.year) years.set(c.year, c);
    }
    const pos = new Map();
    const lanes = [];
    let y = top;
    for (const f of data.families) {
      const rows = [];
      for (const e of idx.byFamily.get(f.key)) {
        const c = years.get(e.year);
        const x = Math.round((c.x + ((Number(e.date.slice(5, 7)) - 0.5) / 12) * c.w) * 10) / 10;
        let r = rows.findIndex((end) => end <= x);
        if (r < 0) r = rows.length;
        rows[r] = x + AXIS.pitch;
        pos.set(e.id, { x, y: y + head + 10 + r * rowH });
      }
      const height = head + Math.max(1, rows.length) * rowH + 6;
      lanes.push({ f, top: y, height });
      y += height;
    }
    timelineCache = { pos, lanes, cols, years, left, top, head, width: x0 + 120, height: y + 20 };
    return timelineCache;
  }

  function drawAxis(t) {
    axisLayer.replaceChildren();
    for (const c of t.cols) {
      if (c.gap) {            // a break: "//" on the axis and a faint band down the lanes
        const what = c.gap[0] + (c.gap[1] > c.gap[0] ? "–" + c.gap[1] : "") + ": no works (axis broken)";
        axisLayer.append(svg("rect", { class: "axis-gap", x: c.x + 4, y: t.top, width: c.w - 8, height: t.height - t.top - 10 }),
          svg("text", { class: "axis-break", "data-gap": c.gap.join("-"), x: c.x + c.w / 2, y: t.top - 14, "text-anchor": "middle",
            text: "//" }, [svg("title", { text: what })]));
        continue;
      }
      axisLayer.append(svg("line", { x1: c.x, x2: c.x, y1: t.top, y2: t.height - 10 }),
        svg("line", { x1: c.x + c.w, x2: c.x + c.w, y1: t.top, y2: t.height - 10 }),
        svg("text", { class: "year-label", x: c.x + c.w / 2, y: t.top - 14, "text-anchor": "middle", text: String(c.year) }));
    }
    for (const lane of t.lanes) {
      axisLayer.append(
        svg("line", { x1: 0, x2: t.width - 10, y1: lane.top, y2: lane.top }),
        svg("text", { class: "lane-label", "data-family": lane.f.key, "data-top": lane.top, x: 14, y: lane.top + 20, style: { "--fam": lane.f.color },
          text: lane.f.label, onclick: (ev) => { ev.stopPropagation(); if (!dragMoved) LS.app.openFamily(lane.f.key, ev.target); } }));
    }
  }

  /* The move: labels (and, on big maps, edges) hide; above canvasAbove stars a canvas draws the dots
   * (one path per family colour) instead of moving thousands of SVG nodes every frame. */
  function morphTo(target, done) {
    cancelAnimationFrame(tween);
    const ids = [...stars.keys()].filter((id) => shownIds.has(id));
    const from = ids.map((id) => positions.get(id)), to = ids.map((id) => target.get(id));
    const follow = edgePaths.length <= SETTINGS.edgesFollowMax;
    const canvas = ids.length > SETTINGS.canvasAbove ? dotCanvas() : null;
    const finish = () => {
      root.classList.remove("morphing", "morph-svg", "morph-edges", "morph-canvas");
      if (canvas) canvas.remove();
      placeLabels();              // now, not before: labels are hidden during the move
      positions = target;
      placeAll();
      scheduleRender();
      if (done) done();
    };
    if (LS.util.reducedMotion()) { finish(); return; }
    root.classList.add("morphing", canvas ? "morph-canvas" : "morph-svg");
    root.classList.toggle("morph-edges", !follow);
    // One map and one point per moving star for the whole move, updated in place each frame.
    const moving = ids.map(() => ({ x: 0, y: 0 }));
    positions = new Map(positions);
    ids.forEach((id, i) => positions.set(id, moving[i]));
    const byFamily = canvas && data.families.map((f) => moving.filter((p, i) => idx.byId.get(ids[i]).family === f.key));
    const t0 = performance.now();
    const stepFn = (now) => {
      const u = Math.min(1, (now - t0) / SETTINGS.morphMs);
      const k = u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2;
      moving.forEach((p, i) => {
        p.x = from[i].x + (to[i].x - from[i].x) * k;
        p.y = from[i].y + (to[i].y - from[i].y) * k;
      });
      drawTrail();
      if (canvas) drawDots(canvas, byFamily);
      else {
        for (const id of ids) placeStar(id);
      }
      if (follow && !canvas) {
        for (const e of edgePaths) {
          e.stale = true;
          drawIfShown(e);
        }
      }
      if (u < 1) tween = requestAnimationFrame(stepFn);
      else finish();
    };
    tween = requestAnimationFrame(stepFn);
  }

  /* The canvas takes the map's size as last measured (reading it now would lay out the whole map). */
  function dotCanvas() {
    const c = el("canvas", { class: "morph-dots", "aria-hidden": "true" });
    const dpr = window.devicePixelRatio || 1;
    c.width = area.w * dpr;
    c.height = area.h * dpr;
    root.after(c);
    return c;
  }
  /* One path per family colour. */
  function drawDots(canvas, byFamily) {
    const g = canvas.getContext("2d"), dpr = window.devicePixelRatio || 1;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    data.families.forEach((f, i) => {
      g.beginPath();
      for (const p of byFamily[i]) {
        g.moveTo(p.x + 6, p.y);
        g.arc(p.x, p.y, 6, 0, 2 * Math.PI);
      }
      g.fillStyle = f.color;
      g.fill();
    });
  }

  /* Labels sit under the stars on the map and to their right on the timeline (rows are tight there). */
  function placeLabels() {
    const side = mode === "timeline";
    for (const g of stars.values()) {
      const t = g.querySelector("text");
      t.setAttribute("x", side ? "12" : "0");
      g.labelX = null;
      t.setAttribute("y", side ? "4.5" : "7");
      t.setAttribute("dy", side ? "0" : "1em");
      t.setAttribute("text-anchor", side ? "start" : "middle");
      const badge = g.querySelector(".new-badge");     // above-right of the star; after the label on a timeline row
      if (badge) {
        badge.setAttribute("x", side ? (16 + textWidth.get(g.dataset.id) / (view.k * starScale(view.k))).toFixed(0) : "7");
        badge.setAttribute("y", side ? "4.5" : "-9");
      }
    }
  }

  /* Switch between the constellation ("map") and the month axis ("timeline"). */
  function setMode(next) {
    if (next === mode) return Promise.resolve();
    mode = next;
    root.dataset.mode = mode;
    if (stars.size <= SETTINGS.canvasAbove) placeLabels();    // big maps: after the move (labels hide during it)
    famLayer.style.display = mode === "map" ? "" : "none";
    if (mode === "timeline") drawAxis(timeline());
    else axisLayer.replaceChildren();
    clearPath();
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
    new ResizeObserver(onResize).observe(root);
    home();
  }

  return {
    init, fit, fitTo, zoomCenter, keepPlace, setMode, setActive, applyFilters, hover, release, showPath, clearPath, showTrail,
    spotEdge,
    starEl: (id) => stars.get(id),
    familyEl: (key) => (famGroups.get(key) || {}).label,
    position: (id) => positions.get(id),
    view: () => Object.assign({}, view),
    timeline,
  };
})();
