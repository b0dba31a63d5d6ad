/* Label culling (sigma.js's LabelGrid): which star labels show at this zoom. Candidates are ranked
 * (forced first — hovered, focused, active, on a path —, then matched, then by degree, then id, so
 * ties break the same way); world-anchored screen cells of CELL px allow ceil(density / ratio²) labels each, where
 * ratio is the overview zoom over this zoom; and a label shows only if its box overlaps no box shown
 * before it (fixed boxes such as family names go first). Pure: boxes in, a set of ids out. */
LS.labels = (function () {
  const DEFAULT_SETTINGS = { cell: 100, density: 1, pad: 2, left: -Infinity, right: Infinity };

  /* A spatial hash of boxes [x0, y0, x1, y1] in screen px with numeric cell keys; cells are clamped
   * to a band around the screen, so wide boxes (a row of years) stay cheap. */
  const BAND = 256, LOW = -64;
  function boxIndex(size) {
    const cells = new Map();
    const cell = (v) => Math.max(LOW, Math.min(LOW + BAND - 1, Math.floor(v / size))) - LOW;
    const keys = (b, fn) => {
      const i1 = cell(b[2]), j0 = cell(b[1]), j1 = cell(b[3]);
      for (let i = cell(b[0]); i <= i1; i++) {
        for (let j = j0; j <= j1; j++) fn(i * BAND + j);
      }
    };
    const overlaps = (b, o) => b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
    return {
      add(b) { keys(b, (k) => { const list = cells.get(k); if (list) list.push(b); else cells.set(k, [b]); }); },
      hits(b, id) {
        let hit = false;
        keys(b, (k) => {
          if (!hit) hit = (cells.get(k) || []).some((o) => o.id !== id && overlaps(b, o));
        });
        return hit;
      },
    };
  }

  /* items: [{id, box, anchor: [x, y] world-anchored screen px, forced, matched, rank}] (rank: higher
   * first); matched labels skip the per-cell cap but, unlike forced ones, never overlap;
   * fixed: boxes that always show (a box with an .id, such as a star's dot, never blocks that id's label);
   * settings.left/right: a label not forced shows only whole between them. Returns the Set of ids shown. */
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
      if (!it.forced && (b[0] < s.left || b[2] > s.right || index.hits(b, it.id))) continue;
      index.add(b);
      count.set(cell, n + 1);
      shown.add(it.id);
    }
    return shown;
  }

  return { cull, DEFAULT_SETTINGS };
})();
