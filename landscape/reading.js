/* "Read first": the works an entry stands on, found by following its lineage edges (types marked
 * `lineage` in the data) back in time, transitively. The nearest ancestors win (shortest chain first,
 * older first among equals); they are listed oldest first, as a reading order. */
LS.reading = (function () {
  const idx = LS.index;
  const lineage = new Set(LS.data.edgeTypes.filter((t) => t.lineage).map((t) => t.key));

  function ancestors(id, max) {
    const dist = new Map([[id, 0]]);
    const queue = [id];
    while (queue.length) {
      const cur = queue.shift();
      for (const l of idx.links.get(cur)) {
        if (l.out && lineage.has(l.type) && !dist.has(l.other)) {
          dist.set(l.other, dist.get(cur) + 1);
          queue.push(l.other);
        }
      }
    }
    dist.delete(id);
    const { byDate } = LS.util;
    return [...dist.keys()].map((k) => idx.byId.get(k))
      .sort((a, b) => dist.get(a.id) - dist.get(b.id) || byDate(a, b))
      .slice(0, max || 5)
      .sort(byDate);
  }

  /* The panel's block: clickable ancestors, or a plain word that this work is a starting point. */
  function block(e) {
    const { el, monthLabel } = LS.util;
    const list = ancestors(e.id);
    if (!list.length) return el("p", { class: "read-first none", text: "A starting point: nothing on this map comes before it in its lineage." });
    return el("ol", { class: "read-first" }, list.map((a) => el("li", {}, [
      el("button", { type: "button", class: "link-btn", onclick: () => LS.app.openEntry(a.id), text: a.name }),
      el("span", { class: "meta", text: " · " + monthLabel(a.date) }),
    ])));
  }

  return { ancestors, block };
})();
