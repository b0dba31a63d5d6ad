/* Focus on the map (sigma.js's reducers' role): a work's edges in full, its 2-hop neighbourhood faded,
 * the rest dim; a shown path; the open work; the edge that stands out; the star's tooltip.
 * Dimming every star and line would restyle the whole map and give each its own paint group, a cost
 * that grows with the map. One veil covers the map instead, and the focused neighbourhood (or a shown
 * path) is drawn above it, in an svg of its own: its lines and stars copied up (the stars themselves
 * keep their place in the tab order), so focus costs what the neighbourhood costs. A search (or a tour)
 * dims the same way: its works and the lines between them are copied above the veil, and a keystroke
 * copies or drops only the works it adds or removes, never restyles the map. */
LS.focus = (function () {
  const { svg, el } = LS.util;
  const idx = LS.index;
  const cam = LS.camera;
  const root = document.getElementById("map");
  const tooltip = document.getElementById("tooltip");
  const copies = new Map();         // id -> its copy above the veil
  const edgeCopies = new Map();     // an edge -> its copy above the veil
  const lit = new Map(), litEdges = new Map();    // a search's works and lines -> their copies
  let map;                          // what LS.map lends: stars, edges, drawEdge, course, edgeClass, position, hitLayer, changed, relabel, veilChanged
  let focusSvg, layer, raisedEdges, raisedStars, litLayer;
  let matchIds = null;
  let hoverId = null, activeId = null, nearIds = new Set();
  let pathIds = new Set(), pathSteps = [];
  let hitKey = "", spot = null;

  function attach(host) {
    map = host;
    const veil = svg("rect", { class: "veil", x: "-100000", y: "-100000", width: "200000", height: "200000" });
    raisedEdges = svg("g", { class: "edges" });
    raisedStars = svg("g", { class: "stars" });
    litLayer = svg("g", { class: "lit" }, [svg("g", { class: "edges" }), svg("g", { class: "stars" })]);
    // The families' names (the timeline's years and lanes) stay readable: drawn again above the veil (a live <use>).
    const guides = ["#map-families", "#map-axis"].map((href) => svg("use", { href }));
    layer = svg("g", {}, [veil, ...guides, litLayer, raisedEdges, raisedStars]);
    focusSvg = svg("svg", { class: "map-focus", "aria-hidden": "true", display: "none" }, [layer]);
    root.after(focusSvg);
    cam.follow(focusSvg, layer);      // the focus layer above the map zooms with it
  }

  function copyEdge(e, cls) {
    const copy = e.path.cloneNode(false);
    copy.setAttribute("class", map.edgeClass(e) + " " + cls);
    copy.setAttribute("d", map.course(e));
    return copy;
  }
  function raiseEdge(e, cls) {
    const copy = copyEdge(e, cls);
    copy.classList.toggle("spot", e === spot);
    edgeCopies.set(e, copy);
    raisedEdges.append(copy);
  }
  function copyStar(id, cls) {
    const g = map.stars.get(id);
    const copy = g.cloneNode(true);
    copy.querySelector(".hit").remove();      // nothing is hit above the veil: one part fewer to style
    for (const a of ["tabindex", "role", "aria-label", "data-id"]) copy.removeAttribute(a);
    copy.dataset.of = id;
    copy.raisedAs = cls;
    copy.setAttribute("class", classOf(id, cls));
    return copy;
  }
  // The star's own classes, its role above the veil, whether it is open, and whether a search matched it.
  const classOf = (id, cls) => {
    const g = map.stars.get(id);
    return g.getAttribute("class") + " " + cls + (id === activeId ? " active" : "")
      + (matchIds && matchIds.has(id) ? " match" : "")
      + (g === document.activeElement && g.matches(":focus-visible") ? " kbd-focus" : "");
  };
  function raiseStar(id, cls) {
    const copy = copyStar(id, cls);
    copies.set(id, copy);
    raisedStars.append(copy);
  }

  /* A search's works (ids; null: no search) and the lines between them (edges) above the veil: the copies
   * of works and lines that stay are kept, so typing one more letter costs what it changes. */
  function setMatches(ids, edges) {
    matchIds = ids;
    relight(lit, litLayer.lastChild, ids || [], (id) => copyStar(id, "match"));
    relight(litEdges, litLayer.firstChild, edges, (e) => copyEdge(e, "match"));
    refocus();
  }
  /* The stars moved (the timeline, a new layout): each copied line takes its line's new course. */
  function redraw() {
    for (const [e, copy] of [...edgeCopies, ...litEdges]) {
      copy.setAttribute("d", map.course(e));
    }
  }
  function lightEdge(e) {
    litEdges.set(e, copyEdge(e, "match"));
    litLayer.firstChild.append(litEdges.get(e));
  }
  /* The copies to keep stay; the missing ones are added a slice per frame: styling a new copy costs ~10 us a
   * part, so a query that lifts thousands of works on a big map shows its first slice at once and the rest
   * over the next frames, no frame long (a few frames for the largest lifts of a map of a few hundred works). */
  const SETTINGS = { slice: 100 };
  function relight(copied, group, want, copy) {
    const keep = new Set(want);
    for (const [key, c] of copied) if (!keep.has(key)) { c.remove(); copied.delete(key); }
    const missing = [...keep].filter((key) => !copied.has(key));
    cancelAnimationFrame(group.pending);
    const addSlice = () => {
      const slice = missing.splice(0, SETTINGS.slice);
      for (const key of slice) copied.set(key, copy(key));
      group.append(...slice.map((key) => copied.get(key)));
      if (missing.length) group.pending = requestAnimationFrame(addSlice);
      else if (slice.length && group.pending) { group.pending = 0; map.relabel(); }     // the labels of the last slices
    };
    group.pending = 0;
    addSlice();
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
    map.veilChanged();
  }
  /* What is raised changes only with the work or path in focus: opening the hovered work (or closing
   * it under the pointer) keeps the copies and only brings their classes up to date. */
  let raisedKey = "";
  function refocus() {
    const id = hoverId || activeId;
    const key = pathIds.size ? "path:" + pathSteps.map((s) => s.edge).join() : id || "";
    if (key === raisedKey) resync();
    else {
      raisedKey = key;
      lowerAll();
      nearIds = new Set();
      if (pathIds.size) raisePath();
      else if (id) raiseNeighbourhood(id);
    }
    setVeil(Boolean(key || matchIds));
    syncHits();
    map.changed();
  }
  function resync() {
    for (const [id, copy] of copies) copy.setAttribute("class", classOf(id, copy.raisedAs));
  }
  function raiseNeighbourhood(id) {
    const edges = map.edges();
    for (const l of idx.links.get(id)) nearIds.add(l.other);
    for (const o of nearIds) {
      for (const l of idx.links.get(o)) {
        if (l.other === id) continue;
        if (!nearIds.has(l.other)) raiseStar(l.other, "hl2");
        raiseEdge(edges[l.edge], "hl2");
      }
    }
    for (const l of idx.links.get(id)) raiseEdge(edges[l.edge], "hl");
    for (const o of nearIds) raiseStar(o, "hl");
    raiseStar(id, "hl");
  }
  function raisePath() {
    const edges = map.edges();
    for (const s of pathSteps) raiseEdge(edges[s.edge], "on-path");
    for (const id of pathIds) raiseStar(id, "on-path");
  }

  /* ---------- the pointer's star, and its tooltip ---------- */
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
    const p = map.position(id), view = cam.view;
    const kind = e.kind ? " · " + e.kind : "";
    tooltip.replaceChildren(el("strong", { text: e.name + " · " + LS.util.monthLabel(e.date) + kind }), el("span", { text: e.tagline }));
    placeTooltip(view.x + p.x * view.k, view.y + p.y * view.k);
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

  /* The open work (null: none). It always stands above the veil, so only its copy is marked: a class on the
   * map's own star would repaint the whole map (40 ms at 4,800 works) for a star no one sees. */
  function setActive(id) {
    activeId = id && map.stars.has(id) ? id : null;
    if (activeId) cam.revealFor(map.position(activeId));
    else cam.restore();
    refocus();
  }

  /* ---------- a path between two works ---------- */
  function showPath(steps) {
    clearPath();
    if (!steps || !steps.length) return;
    map.edges();
    pathSteps = steps;
    pathIds = new Set(steps.flatMap((s) => [s.from, s.to]));
    refocus();
    if (root.dataset.mode !== "timeline") LS.map.fitTo([...pathIds]);
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
   * (a handful of paths, rebuilt only when that set changes; again = the lines moved). */
  function syncHits(again) {
    if (again) hitKey = "";
    const list = new Set(activeId ? idx.links.get(activeId).map((l) => l.edge) : []);
    for (const step of pathSteps) list.add(step.edge);
    const key = [...list].join();
    if (key === hitKey) return;
    hitKey = key;
    const edges = map.edges();
    map.hitLayer.replaceChildren(...[...list].map((i) => {
      return svg("path", { class: "edge-hit", "data-i": i, d: map.course(edges[i]) });
    }));
  }
  /* Edge i stands out (null: none does); returns the middle of its curve in the map's pixels, and
   * the right edge of the map's part the panel leaves free, or null when the map is not shown. */
  // The line that stands out is its copy above the veil when there is one.
  const spotted = (e) => edgeCopies.get(e) || e.path;
  function spotEdge(i) {
    if (spot) spotted(spot).classList.remove("spot");
    spot = i === null ? null : map.edges()[i];
    if (!spot || root.closest("[hidden]")) return null;
    if (!edgeCopies.has(spot)) map.drawEdge(spot);       // no copy above the veil: the map's own line stands out
    spotted(spot).classList.add("spot");
    tooltip.hidden = true;      // the edge's words take the star's tooltip's place
    const a = map.position(spot.s), b = map.position(spot.t), view = cam.view;
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1, bend = Math.min(60, len * 0.18);
    // The quadratic curve's middle: a quarter of each end and half of the control point (edgeD's).
    const mx = (a.x + b.x) / 2 - (dy / len) * bend / 2, my = (a.y + b.y) / 2 + (dx / len) * bend / 2;
    return { x: view.x + mx * view.k, y: view.y + my * view.k, right: cam.usableWidth() };
  }

  return {
    attach, hover, release, setActive, showPath, clearPath, spotEdge, syncHits, placeTooltip, veiled, setMatches, lightEdge, redraw,
    SETTINGS,
    layer: () => layer,
    above: () => litLayer,         // where a tour's trail goes while the veil is up: under its works
    * allCopies() { yield* copies; yield* lit; },      // [id, copy] of every star drawn above the veil
    hovered: () => hoverId,
    forced: (id) => id === hoverId || id === activeId || pathIds.has(id),
    near: (id) => nearIds.has(id),
    key: () => [hoverId, activeId, [...pathIds]].join("|"),
  };
})();
