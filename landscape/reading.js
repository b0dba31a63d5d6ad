/* "Read first": the works an entry stands on, found by following its lineage edges and the types marked
 * `readFirst` (components) back in time, transitively. The nearest ancestors win (shortest chain first,
 * older first among equals); they are listed oldest first, as a reading order. A work with no ancestor
 * on the map points to where its family starts. */
LS.reading = (function () {
  const idx = LS.index;
  const followed = new Set(LS.data.edgeTypes.filter((t) => t.lineage || t.readFirst).map((t) => t.key));
  const lineage = new Set(LS.data.edgeTypes.filter((t) => t.lineage).map((t) => t.key));
  const { byDate } = LS.util;

  function ancestors(id, max) {
    const dist = new Map([[id, 0]]);
    const queue = [id];
    while (queue.length) {
      const cur = queue.shift();
      for (const l of idx.links.get(cur)) {
        if (l.out && followed.has(l.type) && !dist.has(l.other)) {
          dist.set(l.other, dist.get(cur) + 1);
          queue.push(l.other);
        }
      }
    }
    dist.delete(id);
    return [...dist.keys()].map((k) => idx.byId.get(k))
      .sort((a, b) => dist.get(a.id) - dist.get(b.id) || byDate(a, b))
      .slice(0, max || 5)
      .sort(byDate);
  }

  /* The family's starting work: the family's own `start` when the data names one, else its oldest
   * work with no lineage edge back to an older work of the same family. */
  function familyStart(familyKey) {
    const fam = idx.family.get(familyKey);
    if (fam.start && idx.byId.has(fam.start)) return idx.byId.get(fam.start);
    const members = idx.byFamily.get(familyKey);
    const inFamily = (l) => l.out && lineage.has(l.type) && idx.byId.get(l.other).family === familyKey;
    const roots = members.filter((e) => !idx.links.get(e.id).some(inFamily));
    return [...(roots.length ? roots : members)].sort(byDate)[0];
  }

  function entryButton(a) {
    const { el, monthLabel } = LS.util;
    return [el("button", { type: "button", class: "link-btn", onclick: () => LS.app.openEntry(a.id), text: a.name }),
      el("span", { class: "meta", text: " · " + monthLabel(a.date) })];
  }

  /* The panel's block: clickable ancestors; else the family's starting work; else a plain word that
   * this work is where its family starts. */
  function block(e) {
    const { el } = LS.util;
    const list = ancestors(e.id);
    if (list.length) return el("ol", { class: "read-first" }, list.map((a) => el("li", {}, entryButton(a))));
    const start = familyStart(e.family);
    const label = idx.family.get(e.family).label;
    if (start.id === e.id) {
      return el("p", { class: "read-first none", text: "A starting point: nothing on this map comes before it, and " + label + " starts here." });
    }
    return el("p", { class: "read-first start" }, ["Nothing on this map comes before it. " + label + " starts with ",
      ...entryButton(start), "."]);
  }

  return { familyStart, block };
})();
