/* Shareable state in the URL fragment: "#<entry-id>?q=…&view=…&hide=…&from=…&to=…&eoff=…&mine=1&new=1
 * &cmp=a,b&tour=…&step=N" (a tour's step decides the open entry).
 * Only the fragment changes, so it works from file:// too. Back/forward step through states. */
LS.router = (function () {
  const VIEWS = ["map", "timeline", "list", "gallery"];

  function serialize(st) {
    const q = new URLSearchParams();
    if (st.q) q.set("q", st.q);
    if (st.view !== "map") q.set("view", st.view);
    if (st.hiddenFamilies.size) q.set("hide", [...st.hiddenFamilies].sort().join(","));
    if (st.yearFrom) q.set("from", st.yearFrom);
    if (st.yearTo) q.set("to", st.yearTo);
    if (st.edgeOff.size) q.set("eoff", [...st.edgeOff].sort().join(","));
    if (st.mine) q.set("mine", "1");
    if (st.allEdges) q.set("edges", "all");
    if (st.fresh) q.set("new", "1");
    if (st.compare.length) q.set("cmp", st.compare.join(","));
    if (st.tour) { q.set("tour", st.tour); q.set("step", st.step + 1); }
    const query = q.toString();
    return "#" + (st.open || "") + (query ? "?" + query : "");
  }

  function parse(hash) {
    const raw = (hash || "").replace(/^#/, "");
    const cut = raw.indexOf("?");
    const head = decodeURIComponent(cut < 0 ? raw : raw.slice(0, cut));
    const q = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
    const list = (k) => (q.get(k) || "").split(",").filter(Boolean);
    const year = (k) => (/^\d{4}$/.test(q.get(k) || "") ? Number(q.get(k)) : null);
    const tour = (LS.data.tours || []).find((t) => t.id === q.get("tour"));
    const step = tour ? Math.max(0, Math.min(tour.steps.length - 1, (parseInt(q.get("step"), 10) || 1) - 1)) : 0;
    return {
      open: tour ? tour.steps[step][0] : LS.index.byId.has(head) ? head : null,
      tour: tour ? tour.id : null,
      step,
      q: q.get("q") || "",
      view: VIEWS.includes(q.get("view")) ? q.get("view") : "map",
      hiddenFamilies: new Set(list("hide").filter((k) => LS.index.family.has(k))),
      yearFrom: year("from"),
      yearTo: year("to"),
      edgeOff: new Set(list("eoff").filter((k) => LS.index.edgeType.has(k))),
      mine: q.get("mine") === "1",
      allEdges: q.get("edges") === "all",
      fresh: q.get("new") === "1",
      compare: list("cmp").filter((id) => LS.index.byId.has(id)).slice(0, 3),
    };
  }

  /* Record the current state: a new history step (push) or an edit of this one (replace). */
  function record(push) {
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

  return { serialize, parse, record, init };
})();
