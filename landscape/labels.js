/* Label culling (sigma.js's LabelGrid): which star labels show at this zoom. Candidates are ranked
 * (forced first — hovered, focused, active, on a path —, then matched, then by degree, then id, so
 * ties break the same way); world-anchored screen cells of CELL px allow ceil(density / ratio²) labels each, where
 * ratio is the overview zoom over this zoom; and a label shows only if its box overlaps no box shown
 * before it (fixed boxes such as family names go first). Pure: boxes in, a set of ids out. */
LS.labels = (function () {
  const DEFAULT_SETTINGS = { cell: 100, density: 1, pad: 2 };

  /* A spatial hash of boxes [x0, y0, x1, y1] in screen px; cells are clamped to a band around the
   * screen, so huge boxes (a whole margin) stay cheap. */
  function boxIndex(size) {
    const cells = new Map();
    const cell = (v) => Math.max(-40, Math.min(120, Math.floor(v / size)));
    const keys = (b, fn) => {
      for (let i = cell(b[0]); i <= cell(b[2]); i++) {
        for (let j = cell(b[1]); j <= cell(b[3]); j++) fn(i + "," + j);
      }
    };
    return {
      add(b) { keys(b, (k) => { if (!cells.has(k)) cells.set(k, []); cells.get(k).push(b); }); },
      hits(b, id) {
        let hit = false;
        keys(b, (k) => {
          if (!hit) hit = (cells.get(k) || []).some((o) => o.id !== id && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
        });
        return hit;
      },
    };
  }

  /* items: [{id, box, anchor: [x, y] world-anchored screen px, forced, matched, rank}] (rank: higher
   * first); matched labels skip the per-cell cap but, unlike forced ones, never overlap;
   * fixed: boxes that always show (a box with an .id, such as a star's dot, never blocks that id's label). Returns the Set of ids whose labels show. */
  function cull(items, fixed, ratio, settings) {
    const s = Object.assign({}, DEFAULT_SETTINGS, settings);
    const perCell = Math.ceil(s.density / (ratio * ratio));
    const shown = new Set();
    const index = boxIndex(s.cell);
    const count = new Map();
    for (const b of fixed) index.add(b);
    const order = [...items].sort((a, b) => (b.forced - a.forced) || (b.matched - a.matched) || (b.rank - a.rank) ||
      (a.id < b.id ? -1 : 1));
    for (const it of order) {
      const cell = Math.floor(it.anchor[0] / s.cell) + "," + Math.floor(it.anchor[1] / s.cell);
      const n = count.get(cell) || 0;
      if (!it.forced && !it.matched && n >= perCell) continue;
      const b = [it.box[0] - s.pad, it.box[1] - s.pad, it.box[2] + s.pad, it.box[3] + s.pad];
      if (!it.forced && index.hits(b, it.id)) continue;
      index.add(b);
      count.set(cell, n + 1);
      shown.add(it.id);
    }
    return shown;
  }

  return { cull, DEFAULT_SETTINGS };
})();
