/* How the map knows what it says: each connection's reason (under the linked work in a panel, beside
 * its line on the map, in a path's wording), a work's primary sources with the month they were
 * checked, and its kind where it is a benchmark or an evaluation study. */
LS.evidence = (function () {
  const { el, safeUrl, monthLabel } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const tip = document.getElementById("edge-tip");
  const live = document.getElementById("edge-live");

  /* Edge i's reason: one sentence on what its source takes, changes, measures or disputes ("" if none yet). */
  const reason = (i) => data.edges[i][3] || "";

  /* "Dreamer 4 is successor of Dreamer v1–v3": edge i in words, read from its source. */
  function words(i) {
    const [s, t, type] = data.edges[i];
    return idx.byId.get(s).name + " " + LS.paths.verb({ type, out: true }) + " " + idx.byId.get(t).name;
  }

  /* Edge i's type and reason beside its middle on the map, and said to screen readers. Cheap: one
   * path restyled, one small box filled and placed. */
  function showEdge(i) {
    const at = LS.focus.spotEdge(i);
    const why = reason(i);
    live.textContent = words(i) + (why ? ": " + why : ".");
    if (!at) { tip.hidden = true; return; }
    tip.replaceChildren(el("strong", { text: words(i) }), why ? el("span", { text: why }) : null);
    tip.hidden = false;
    tip.style.maxWidth = Math.min(340, Math.max(180, at.right - 16)) + "px";   // within the map left of the panel
    const w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(8, Math.min(at.x - w / 2, at.right - w - 8)) + "px";
    tip.style.top = (at.y - h - 14 > 8 ? at.y - h - 14 : at.y + 14) + "px";
  }

  /* ] and [ on a focused star step through its connections, one edge and reason at a time. */
  let stepAt = { id: null, k: -1 };
  function step(id, delta) {
    const links = idx.links.get(id);
    if (!links.length) return;
    const k = stepAt.id === id ? (stepAt.k + delta + links.length) % links.length : delta > 0 ? 0 : links.length - 1;
    stepAt = { id, k };
    showEdge(links[k].edge);
  }

  function hideEdge() {
    LS.focus.spotEdge(null);
    tip.hidden = true;
  }

  /* The panel's last section: "Sources · checked Dec 2026" and the sources as links. */
  function sources(e) {
    if (!e.sources && !e.checked) return null;
    const links = (e.sources || []).map(([label, url]) => el("li", {}, [safeUrl(url)
      ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: label }) : label]));
    return el("section", { class: "sec sources" }, [
      el("h3", { text: "Sources" + (e.checked ? " · checked " + monthLabel(e.checked) : "") }),
      el("ul", { class: "source-list" }, links),
    ]);
  }

  /* "benchmark", "evaluation": a tag where the entry is not an ordinary work. */
  const kindBadge = (e) => (e.kind ? el("span", { class: "badge-kind", text: e.kind }) : null);

  return { reason, words, showEdge, hideEdge, step, sources, kindBadge };
})();
