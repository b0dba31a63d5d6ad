/* Shareable state in the URL fragment: "#<entry-id>?q=…&view=…&bench=…&hide=…&from=…&to=…&eoff=…&mine=1&new=1
 * &cmp=a,b&path=a,b&tour=…&step=N" (a tour's step decides the open entry); "#family=<key>?…" when a family's
 * chapter is open.
 * Only the fragment changes, so it works from file:// too. Back/forward step through states. */
LS.router = (function () {
  const VIEWS = ["map", "timeline", "list", "gallery", "results"];

  function serialize(st) {
    const q = new URLSearchParams();
    if (st.q) q.set("q", st.q);
    if (st.view !== "map") q.set("view", st.view);
    if (st.view === "results" && st.bench) q.set("bench", st.bench);
    if (st.hiddenFamilies.size) q.set("hide", [...st.hiddenFamilies].sort().join(","));
    if (st.yearFrom) q.set("from", st.yearFrom);
    if (st.yearTo) q.set("to", st.yearTo);
    if (st.edgeOff.size) q.set("eoff", [...st.edgeOff].sort().join(","));
    if (st.mine) q.set("mine", "1");
    if (st.allEdges) q.set("edges", "all");
    if (st.fresh) q.set("new", "1");
    if (st.compare.length) q.set("cmp", st.compare.join(","));
    if (st.path) q.set("path", st.path.join(","));
    if (st.tour) { q.set("tour", st.tour); q.set("step", st.step + 1); }
    const query = q.toString();
    return "#" + head(st.open) + (query ? "?" + query : "");
  }

  /* What is open, as the fragment's head: an entry id, or "family=<key>" for a family's chapter. */
  const FAMILY_HEAD = "family=";
  function head(open) {
    const key = LS.family.keyOf(open);
    return key ? FAMILY_HEAD + encodeURIComponent(key) : open || "";
  }
  function opened(text) {
    const key = text.startsWith(FAMILY_HEAD) ? text.slice(FAMILY_HEAD.length) : null;
    if (key !== null) return LS.index.family.has(key) ? LS.family.panelId(key) : null;
    return LS.index.byId.has(text) ? text : null;
  }

  // A search longer than this is junk (or an attack on the search loop).
  const MAX_QUERY = 200;

  /* Any fragment parses to a valid state: what cannot be decoded or is unknown is ignored. */
  function parse(hash) {
    try {
      return parseFragment(String(hash || ""));
    } catch (err) {
      return parseFragment("");
    }
  }

  /* From after To would show nothing: read the two years the other way round. */
  function ordered(from, to) {
    return from && to && from > to ? [to, from] : [from, to];
  }

  function decoded(s) {
    try { return decodeURIComponent(s); } catch (err) { return ""; }
  }

  function parseFragment(hash) {
    const raw = hash.replace(/^#/, "");
    const cut = raw.indexOf("?");
    const top = decoded(cut < 0 ? raw : raw.slice(0, cut));
    const q = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
    const list = (k) => (q.get(k) || "").split(",").filter(Boolean);
    // Whole years only ("2022.5" -> 2022), so a reload shows the same.
    const year = (k) => {
      const n = Math.trunc(Number(q.get(k)));
      return n >= 1000 && n <= 9999 ? n : null;
    };
    const [yearFrom, yearTo] = ordered(year("from"), year("to"));
    const tour = (LS.data.tours || []).find((t) => t.id === q.get("tour"));
    const step = tour ? Math.max(0, Math.min(tour.steps.length - 1, (parseInt(q.get("step"), 10) || 1) - 1)) : 0;
    const open = tour ? tour.steps[step][0] : opened(top);
    // An id the map does not know (an old link, a guess like "dreamerv3"): searched for, not silently dropped.
    const lost = open || top.startsWith(FAMILY_HEAD) ? "" : top;
    return {
      open,
      tour: tour ? tour.id : null,
      step,
      q: (q.get("q") || lost).slice(0, MAX_QUERY),
      view: VIEWS.includes(q.get("view")) ? q.get("view") : "map",
      bench: LS.results.benchById.has(q.get("bench")) ? q.get("bench") : null,
      hiddenFamilies: new Set(list("hide").filter((k) => LS.index.family.has(k))),
      yearFrom,
      yearTo,
      edgeOff: new Set(list("eoff").filter((k) => LS.index.edgeType.has(k))),
      mine: q.get("mine") === "1" && LS.index.mine.size > 0,
      allEdges: q.get("edges") === "all",
      // A first visit has nothing to compare with: "new" means nothing there.
      fresh: q.get("new") === "1" && Boolean(LS.whatsnew.since),
      compare: [...new Set(list("cmp"))].filter((id) => LS.index.byId.has(id)).slice(0, 3),
      path: pathOf(list("path")),
    };
  }

  /* "a,b": two different known works whose chain of connections is shown, else none. */
  function pathOf(ids) {
    return ids.length === 2 && ids[0] !== ids[1] && ids.every((id) => LS.index.byId.has(id)) ? ids : null;
  }

  /* Record the current state: a new history step (push) or an edit of this one (replace); later: an edit once
   * the keys pause (typing: a history write costs ~1 ms a keystroke on a big page). */
  let pending = 0;
  function record(push, later) {
    clearTimeout(pending);
    if (later) { pending = setTimeout(record, 300); return; }
    const next = serialize(LS.state);
    if (next === (location.hash || "#")) return;
    const url = next === "#" ? location.pathname + location.search : next;
    if (push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  function init(onChange) {
    const handler = () => onChange(parse(location.hash));
    window.addEventListener("popstate", handler);
    window.addEventListener("hashchange", handler);
  }

  return { serialize, parse, record, init, ordered, MAX_QUERY };
})();
