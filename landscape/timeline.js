/* The timeline view's layout and axis: one lane per family, x by month on a piecewise year axis, and the
 * axis's years, breaks and lane names pinned to the view's edges while it pans. The map draws the stars. */
LS.timeline = (function () {
  const { svg, setAttr, show } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const cam = LS.camera;
  let cache = null;
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
  function layout() {
    if (cache) return cache;
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
    cache = { pos, lanes, cols, years, left, top, head, width: x0 + 120, height: y + 20 };
    return cache;
  }

  /* The year columns, the breaks and the lanes' names, drawn once in layer. */
  function drawAxis(layer) {
    const t = layout();
    layer.replaceChildren();
    for (const c of t.cols) {
      if (c.gap) {            // a break: "//" on the axis and a faint band down the lanes
        const what = c.gap[0] + (c.gap[1] > c.gap[0] ? "–" + c.gap[1] : "") + ": no works (axis broken)";
        layer.append(svg("rect", { class: "axis-gap", x: c.x + 4, y: t.top, width: c.w - 8, height: t.height - t.top - 10 }),
          svg("text", { class: "axis-break", "data-gap": c.gap.join("-"), x: c.x + c.w / 2, y: t.top - 14, "text-anchor": "middle",
            text: "//" }, [svg("title", { text: what })]));
        continue;
      }
      layer.append(svg("line", { x1: c.x, x2: c.x, y1: t.top, y2: t.height - 10 }),
        svg("line", { x1: c.x + c.w, x2: c.x + c.w, y1: t.top, y2: t.height - 10 }),
        svg("text", { class: "year-label", x: c.x + c.w / 2, y: t.top - 14, "text-anchor": "middle", text: String(c.year) }));
    }
    for (const lane of t.lanes) {
      layer.append(
        svg("line", { x1: 0, x2: t.width - 10, y1: lane.top, y2: lane.top }),
        svg("text", { class: "lane-label", "data-family": lane.f.key, "data-top": lane.top, x: 14, y: lane.top + 20, style: { "--fam": lane.f.color },
          text: lane.f.label, onclick: (ev) => { ev.stopPropagation(); if (!cam.dragged()) LS.app.openFamily(lane.f.key, ev.target); } }));
    }
  }

  /* On the timeline, lane names stay at the left edge (in their lane's header row) and years at the top
   * edge while panning; a name or year without room hides (years thin out; the first and last show first), so
   * none overlaps another, a star or the edge. Stars come first (the shown ones, by shownIds): each is an obstacle.
   * textWidth: label widths at labelPx ("year", "//", "lane:" + family). Returns their screen boxes, which star
   * labels avoid. */
  function pinLabels(layer, shownIds, textWidth) {
    const t = layout(), view = cam.view, k = view.k, px = cam.labelPx, cw = cam.area.w;
    // the years' row sits far enough above the first lane's name for 13 px text at this zoom
    const top = Math.max(t.top - Math.max(14, 21 / k - 25), (px + 4 - view.y) / k), sy = view.y + top * k;
    const boxes = [[-1e5, sy - px - 2, 1e5, sy + 0.3 * px]];     // the years' row
    const taken = [];
    const free = (b) => !taken.some((o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
    const g = k * cam.starScale(k), r = 7 * g;
    for (const [id, p] of t.pos) {
      if (shownIds.has(id)) taken.push([view.x + p.x * k - r, view.y + p.y * k - r, view.x + p.x * k + r, view.y + p.y * k + r]);
    }
    // the first and last years first, then the breaks, then the other years from the left
    const years = [...layer.querySelectorAll(".year-label")];
    const ticks = years.splice(0, 1).concat(years.splice(-1), [...layer.querySelectorAll(".axis-break")], years);
    for (const el of ticks) {
      setAttr(el, "y", top.toFixed(1));
      const w = textWidth.get(el.classList.contains("axis-break") ? "//" : "year");
      const sx = view.x + Number(el.getAttribute("x")) * k;
      const b = [sx - w / 2 - 3, sy - px, sx + w / 2 + 3, sy + 0.3 * px];
      const on = b[0] >= 0 && b[2] <= cw && free(b);
      show(el, on);
      if (on) taken.push(b);
    }
    taken.push(boxes[0]);
    const left = (8 - view.x) / k;
    for (const el of layer.querySelectorAll(".lane-label")) {
      const y = Number(el.dataset.top) + t.head - 9;
      setAttr(el, "x", left.toFixed(1));
      setAttr(el, "y", y.toFixed(1));
      const ly = view.y + y * k;
      const b = [5, ly - px, 11 + textWidth.get("lane:" + el.dataset.family), ly + 0.3 * px];
      const on = free(b);
      show(el, on);
      if (on) { taken.push(b); boxes.push(b); }
    }
    return boxes;
  }

  return { layout, drawAxis, pinLabels };
})();
