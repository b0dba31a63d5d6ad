/* When the filters leave no work to show, the main area says why (what each active filter allows on
 * its own), offers the closest indexed word for a search that matches nothing, and a one-click way back. */
LS.empty = (function () {
  const { el } = LS.util;
  const data = LS.data;
  const note = document.getElementById("empty-note");
  const count = (test) => data.entries.filter(test).length;
  const works = (n) => n + (n === 1 ? " work" : " works");

  /* [what, how many works it allows alone] for every active filter (matches: the search's count). */
  function reasons(st, matches) {
    const out = [];
    if (st.q.trim()) out.push(["the search “" + st.q.trim() + "”", matches]);
    if (st.hiddenFamilies.size) {
      out.push([st.hiddenFamilies.size + " of " + data.families.length + " families hidden", count((e) => !st.hiddenFamilies.has(e.family))]);
    }
    if (st.yearFrom || st.yearTo) {
      out.push(["years " + (st.yearFrom || "…") + "–" + (st.yearTo || "…"),
        count((e) => (!st.yearFrom || e.year >= st.yearFrom) && (!st.yearTo || e.year <= st.yearTo))]);
    }
    if (st.mine) out.push(["only the owner's papers", LS.index.mine.size]);
    if (st.fresh) out.push(["new since your last visit (" + LS.whatsnew.since + ")", LS.whatsnew.count]);
    return out;
  }

  function suggestion(st, matches) {
    const better = st.q.trim() && !matches ? LS.search.suggest(st.q) : null;
    return better ? el("p", {}, ["Did you mean ", el("button", { type: "button", class: "link-btn suggest",
      onclick: () => LS.app.setQuery(better, true), text: better }), "?"]) : null;
  }

  /* Called on every update with the shown works and the search's match count; the gallery shows
   * animations, not works. */
  function update(shown, matches) {
    const st = LS.state;
    const empty = !shown.length && st.view !== "gallery" && !LS.tours.active();
    note.hidden = !empty;
    if (!empty) { note.replaceChildren(); return; }
    note.replaceChildren(...[
      el("h2", { text: "No work is shown" }),
      el("ul", {}, reasons(st, matches).map(([what, n]) => el("li", { text: what + ": " + works(n) }))),
      suggestion(st, matches),
      el("button", { type: "button", class: "btn show-everything", text: "Show all " + data.entries.length + " works",
        onclick: () => { LS.app.resetFilters(); document.getElementById("search-input").focus(); } }),
    ].filter(Boolean));
  }

  return { update };
})();
