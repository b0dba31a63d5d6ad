/* The map's camera (d3-zoom's role): the view {k, x, y}, pan by drag, pinch and wheel zoom, fits, the
 * zoom buttons' room, and the map's size as last measured. A change of view is told to each listener
 * (the map and its focus layer follow; LS.map culls its labels once per frame). */
LS.camera = (function () {
  const root = document.getElementById("map");
  const LIMITS = { minK: 0.08, maxK: 8 };
  const labelPx = 13;               // a star's label on screen, at any zoom
  const view = { k: 1, x: 0, y: 0 };
  const area = { w: 0, h: 0 };      // the map's size in px, as last measured (later reads would force a layout)
  const listeners = [];
  let controls = [0, 0], controlsBox = [0, 0, 0, 0];
  let saved = null;                 // the view to go back to when the panel closes
  /* The svgs drawn in the map's space get their pane's size in px, not 100%: with a size in percent,
   * any change of size elsewhere on the page (a count, the search's list, a note) lays the map out again,
   * and the browser then walks every star of it before the next paint (20 ms at 4,800 works). */
  const pane = root.parentElement, drawn = [];
  let size = [0, 0];

  /* Semantic zoom: zooming in spreads the stars apart; a star grows with the square root of the zoom
   * only, and its label not at all. */
  const starScale = (k) => (k > 1 ? 1 / Math.sqrt(k) : 1);

  function setView(k, x, y) {
    Object.assign(view, { k, x, y });
    for (const fn of listeners) fn(view);
  }
  /* An svg drawn in the map's space: moved and scaled with the view, its labels and stars sized for it. */
  function follow(svgEl, layer) {
    drawn.push(svgEl);
    sizeSvg(svgEl);
    listeners.push((v) => {
      layer.setAttribute("transform", "translate(" + v.x.toFixed(1) + "," + v.y.toFixed(1) + ") scale(" + v.k.toFixed(4) + ")");
      svgEl.style.setProperty("--lab", (labelPx / v.k).toFixed(2) + "px");
      svgEl.style.setProperty("--ss", starScale(v.k).toFixed(4));
    });
  }

  /* The zoom buttons' room from the map's right and bottom edges, and their box (labels avoid it). */
  function measure() {
    const r = root.getBoundingClientRect(), z = document.querySelector(".zoom-controls").getBoundingClientRect();
    Object.assign(area, { w: root.clientWidth, h: root.clientHeight });
    controls = z.width ? [r.right - z.left + 6, r.bottom - z.top + 6] : [0, 0];
    controlsBox = [z.left - r.left - 4, z.top - r.top - 4, z.right - r.left + 4, z.bottom - r.top + 4];
  }

  /* A field of b.w x b.h, clear of the zoom buttons in the bottom-right corner: their column or their
   * row is left free, whichever costs less. Returns the zoom. */
  function fitField(b) {
    const cw = area.w || 800, ch = area.h || 600;
    const kSide = Math.min((cw - controls[0]) / b.w, ch / b.h), kBelow = Math.min(cw / b.w, (ch - controls[1]) / b.h);
    const k = Math.min(Math.max(kSide, kBelow), 1.2);     // a small map is not blown up
    const w = kSide >= kBelow ? cw - controls[0] : cw, h = kSide >= kBelow ? ch : ch - controls[1];
    setView(k, (w - b.w * k) / 2, (h - b.h * k) / 2);
    return k;
  }
  /* Some points (a family, search matches, a path) in view, not closer than reading needs. */
  function fitPoints(ps) {
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
  function sizeSvg(svgEl) {
    if (!size[0] && !size[1]) return;       // not measured yet: the stylesheet's 100% holds
    svgEl.style.width = size[0] + "px";
    svgEl.style.height = size[1] + "px";
  }
  /* Whether the map's pane changed size since last asked; the svgs follow it. */
  function resized() {
    if (pane.clientWidth === size[0] && pane.clientHeight === size[1]) return false;
    size = [pane.clientWidth, pane.clientHeight];
    drawn.forEach(sizeSvg);
    return true;
  }
  /* Run a layout change that moves the map's left edge (the sidebar folding away beside a panel),
   * keeping every star where it was on the page rather than fitting the map again. */
  function keepPlace(change) {
    const before = root.getBoundingClientRect().left;
    change();
    resized();
    const after = root.getBoundingClientRect().left;
    measure();
    if (after !== before) setView(view.k, view.x + before - after, view.y);
  }
  function zoomAt(factor, cx, cy) {
    const k = Math.max(LIMITS.minK, Math.min(LIMITS.maxK, view.k * factor));
    setView(k, cx - ((cx - view.x) * k) / view.k, cy - ((cy - view.y) * k) / view.k);
  }
  function zoomCenter(factor) {
    zoomAt(factor, root.clientWidth / 2, root.clientHeight / 2);
  }
  /* Keyboard focus may land on an off-screen star, an opened one under the panel: pan p into view.
   * Returns whether the view moved. */
  function reveal(p) {
    const sx = view.x + p.x * view.k, sy = view.y + p.y * view.k;
    const m = 40, cw = usableWidth(), ch = root.clientHeight;
    if (sx < m || sy < m || sx > cw - m || sy > ch - m) {
      setView(view.k, view.x + cw / 2 - sx, view.y + ch / 2 - sy);
      return true;
    }
    return false;
  }
  /* An opened work is revealed (on screens wide enough beside the panel) and the view before it is
   * kept; closing goes back to it, unless the reader moved the map meanwhile. */
  function revealFor(p) {
    const before = Object.assign({}, view);
    if (usableWidth() > root.clientWidth * 0.45 && reveal(p) && !saved) saved = before;
  }
  function restore() {
    if (saved) setView(saved.k, saved.x, saved.y);
    saved = null;
  }

  /* ---------- pointer: drag pans, two fingers pinch, the wheel zooms ---------- */
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
    saved = null;
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
    saved = null;
    const r = root.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
  }

  function init() {
    root.addEventListener("pointerdown", onPointerDown);
    root.addEventListener("pointermove", onPointerMove);
    root.addEventListener("pointerup", onPointerUp);
    root.addEventListener("pointercancel", onPointerUp);
    root.addEventListener("wheel", onWheel, { passive: false });
    document.getElementById("zoom-in").addEventListener("click", () => zoomCenter(1.25));
    document.getElementById("zoom-out").addEventListener("click", () => zoomCenter(0.8));
  }

  return {
    view, area, labelPx, starScale, init, follow, setView, measure, fitField, fitPoints, usableWidth, resized, keepPlace, zoomCenter,
    reveal, revealFor, restore,
    onChange: (fn) => listeners.push(fn),
    controlsBox: () => controlsBox,
    dragged: () => dragMoved,      // a click that ends a drag is not a click
    pressed: () => pointers.size > 0,
  };
})();
