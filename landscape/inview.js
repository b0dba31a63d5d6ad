/* What is in view (sigma.js draws only what its camera sees): a star or line well outside the view is not
 * drawn, so paint, layerization and hit-testing cost what the screen shows, not the whole map. A star keeps
 * its place in the tab order (only its body goes): focus reveals it, and the new view draws it. One pass over
 * the positions per change of view, writing only the marks that change. */
LS.inview = (function () {
  const MARGIN = 320;       // px beyond each side: a label reaches into view from a star outside it
  const BEND = 60;          // a curved line bulges at most this far (map units) beside its ends
  let host = null;          // what LS.map lends: stars, builtEdges, position, moving
  let box = null;           // the view plus its margin, in map units
  let marks = 0;            // how many marks changed so far: labels are culled again when a star comes or goes

  /* Returns whether the node's mark changed (unmarked counts as drawn). */
  function mark(node, off) {
    if (Boolean(node.offView) === off) return false;
    node.offView = off;
    node.classList.toggle("off-view", off);
    return true;
  }
  const outside = (p) => p.x < box[0] || p.x > box[2] || p.y < box[1] || p.y > box[3];
  /* A line is drawn unless both its ends lie beyond the same side of the view. */
  function placeEdge(e) {
    if (!box) return;
    const a = host.position(e.s), b = host.position(e.t);
    mark(e.path, Math.max(a.x, b.x) < box[0] - BEND || Math.min(a.x, b.x) > box[2] + BEND ||
      Math.max(a.y, b.y) < box[1] - BEND || Math.min(a.y, b.y) > box[3] + BEND);
  }
  function update() {
    if (!host || host.moving()) return;
    const v = LS.camera.view, area = LS.camera.area;
    box = [(-MARGIN - v.x) / v.k, (-MARGIN - v.y) / v.k, (area.w + MARGIN - v.x) / v.k, (area.h + MARGIN - v.y) / v.k];
    for (const [id, g] of host.stars) if (mark(g, outside(host.position(id)))) marks++;
    for (const e of host.builtEdges()) placeEdge(e);
  }
  /* Everything drawn (a move in which stars cross the view). */
  function clear() {
    box = null;
    for (const g of host.stars.values()) if (mark(g, false)) marks++;
    for (const e of host.builtEdges()) mark(e.path, false);
  }

  return { attach: (h) => { host = h; }, update, clear, placeEdge, generation: () => marks };
})();
