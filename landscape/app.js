/* The app: one state object, the actions that change it, and the wiring of keys and controls.
 * Every action changes LS.state, records it in the URL, and lets the views catch up. */
LS.state = LS.router.parse("");

LS.app = (function () {
  const data = LS.data;
  const idx = LS.index;
  const input = document.getElementById("search-input");
  const results = document.getElementById("search-results");
  const MAX_RESULTS = 8;
  let selected = -1;
  // A result was chosen: the list stays shut until the reader types again.
  let listDismissed = false;
  let lastMatches = [];      // ranked search results for LS.state.q
  let lastMatchIds = null;   // their ids (null: no query)
  let facetIds = new Set();  // entries passing the facets: recomputed when a facet changes, not per keystroke
  let facetKey = "";

  const years = data.entries.map((e) => e.year);
  const yearBounds = () => [Math.min(...years), Math.max(...years)];

  /* ---------- what is shown ---------- */
  function passesFacets(e) {
    const st = LS.state;
    return !st.hiddenFamilies.has(e.family)
      && (!st.yearFrom || e.year >= st.yearFrom) && (!st.yearTo || e.year <= st.yearTo)
      && (!st.mine || idx.mine.has(e.id)) && (!st.fresh || LS.whatsnew.has(e.id));
  }
  function shownEntries() {
    return data.entries.filter((e) => facetIds.has(e.id) && (!lastMatchIds || lastMatchIds.has(e.id)));
  }
  function updateFacets() {
    const st = LS.state;
    const key = [[...st.hiddenFamilies].sort(), st.yearFrom, st.yearTo, st.mine, st.fresh].join("|");
    if (key !== facetKey) facetIds = new Set(data.entries.filter(passesFacets).map((e) => e.id));
    facetKey = key;
  }

  function update() {
    lastMatches = LS.search.run(LS.state.q);
    lastMatchIds = LS.state.q.trim() ? new Set(lastMatches.map((m) => m.id)) : null;
    updateFacets();
    const tourIds = LS.tours.ids();
    LS.map.applyFilters(facetIds, tourIds ? new Set(tourIds) : lastMatchIds, LS.state.edgeOff);
    LS.map.showTrail(tourIds);
    const shown = shownEntries();
    LS.views.update(shown);
    LS.exports.update(shown);
    LS.empty.update(shown, lastMatches.length);
    renderResults();
  }

  /* ---------- search box ---------- */
  function renderResults() {
    const q = LS.state.q.trim();
    if (!q || listDismissed || document.activeElement !== input) {
      results.hidden = true;
      input.setAttribute("aria-expanded", "false");
      return;
    }
    const terms = LS.search.terms(q);
    const all = lastMatches.filter((m) => facetIds.has(m.id));
    const top = all.slice(0, MAX_RESULTS);
    selected = Math.min(selected, top.length);     // with no match, 0 is the "did you mean" option
    results.replaceChildren(...(top.length ? top.map((m, i) => {
      const e = idx.byId.get(m.id);
      return LS.util.el("li", { role: "option", id: "sr-" + e.id, "data-id": e.id, "aria-selected": String(i === selected),
        onmousedown: (ev) => { ev.preventDefault(); chooseResult(e.id); } }, [
        LS.util.el("span", { class: "r-name" }, [LS.util.highlighted(e.name, terms)]),
        LS.util.el("span", { class: "r-meta", text: idx.family.get(e.family).label + " · " + e.year }),
      ]);
    }).concat(showAllOption(all.length, selected === top.length)) : noMatch(q)));
    results.hidden = false;
    input.setAttribute("aria-expanded", "true");
    const active = results.querySelectorAll("li[role=option]")[selected];
    if (active) input.setAttribute("aria-activedescendant", active.id);
    else input.removeAttribute("aria-activedescendant");
  }

  /* "No entry matches." and, when a word is found nowhere, the closest indexed one as an option. */
  function noMatch(q) {
    const empty = LS.util.el("li", { class: "empty", text: "No entry matches." });
    const better = lastMatches.length ? null : LS.search.suggest(q);
    if (!better) return [empty];          // (replaceChildren would write a null as the text "null")
    return [empty, LS.util.el("li", {
      role: "option", id: "sr-suggest", class: "suggest", "data-suggest": better, "aria-selected": String(selected === 0),
      onmousedown: (ev) => { ev.preventDefault(); setQuery(better, true); }, text: "Did you mean “" + better + "”?" })];
  }

  function showAllOption(n, isSelected) {
    return LS.util.el("li", { role: "option", id: "sr-all", class: "show-all", "aria-selected": String(isSelected),
      onmousedown: (ev) => { ev.preventDefault(); showAllMatches(); },
      text: "Show all " + n + " on the map (Enter)" });
  }

  function dismissList() {
    listDismissed = true;
    renderResults();
  }

  function chooseResult(id) {
    dismissList();
    openEntry(id);
  }

  /* Bring every match into view: the map (or timeline) fits its view to them; the list already
   * lists just them, so it stays. */
  function showAllMatches() {
    const ids = lastMatches.filter((m) => facetIds.has(m.id)).map((m) => m.id);
    dismissList();
    if (!ids.length || LS.state.view === "list") return;
    if (LS.state.view === "map" || LS.state.view === "timeline") { LS.map.fitTo(ids); return; }
    // The map was hidden: fit after it has its size (its resize handler runs first).
    setView("map");
    requestAnimationFrame(() => requestAnimationFrame(() => LS.map.fitTo(ids)));
  }

  function onSearchKey(ev) {
    const items = [...results.querySelectorAll("li[role=option]")];
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      listDismissed = false;
      if (!items.length) return renderResults();
      selected = (selected + (ev.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      renderResults();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      const item = items[selected];
      // Enter with nothing picked opens the only match, or shows every match on the map.
      const only = items.length === 2 ? items[0] : null;
      if (item && item.dataset.suggest) setQuery(item.dataset.suggest, true);
      else if (item && item.dataset.id) chooseResult(item.dataset.id);
      else if (!item && only) chooseResult(only.dataset.id);
      else showAllMatches();
    } else if (ev.key === "Escape") {
      ev.preventDefault();
      ev.stopPropagation();
      input.value = "";
      setQuery("");
      input.blur();
    }
  }

  /* ---------- actions ---------- */
  /* syncInput: the query comes from elsewhere (a "did you mean"): the box shows it too. typing: a keystroke in
   * the box, whose URL write waits for the keys to pause. Either way it edits the current history step. */
  function setQuery(q, syncInput, typing) {
    LS.state.q = q.slice(0, LS.router.MAX_QUERY);
    if (syncInput) input.value = LS.state.q;
    selected = -1;
    listDismissed = false;
    LS.router.record(false, typing);
    update();
  }

  function openEntry(id, origin) {
    if (LS.compare.isOpen()) { LS.state.compare = []; LS.compare.show([]); }
    LS.tours.follow(id);
    LS.state.open = id;
    LS.router.record(true);
    LS.focus.release(id);
    LS.focus.clearPath();
    return LS.panel.open(id, origin);
  }

  /* A family's chapter opens in the same panel, its id "@" + key (LS.family). */
  function openFamily(key, origin) {
    return openEntry(LS.family.panelId(key), origin);
  }

  function closeEntry() {
    LS.tours.follow(null);
    LS.state.open = null;
    LS.router.record(true);
    return LS.panel.close();
  }

  function setView(view) {
    if (LS.state.view === view) return;
    LS.state.view = view;
    LS.router.record(true);
    showView();
  }

  function showView() {
    const view = LS.state.view;
    for (const b of document.querySelectorAll(".views button")) b.setAttribute("aria-pressed", String(b.dataset.view === view));
    const mapLike = view === "map" || view === "timeline";
    document.getElementById("map-view").hidden = !mapLike;
    document.getElementById("list-view").hidden = view !== "list";
    document.getElementById("gallery-view").hidden = view !== "gallery";
    document.getElementById("results-view").hidden = view !== "results";
    if (mapLike) LS.map.setMode(view);
    update();
  }

  /* The Results view at one benchmark's card. */
  function setBench(id) {
    LS.state.bench = id;
    if (LS.state.view !== "results") { setView("results"); return; }
    LS.router.record(true);
    update();
  }

  /* "How are these two related?": the chain on the map (fitted into view) and in words. */
  function relate(a, b) {
    const steps = LS.paths.shortest(a, b);
    if (LS.state.view !== "map" && LS.state.view !== "timeline") setView("map");
    showRelation(steps);
    LS.state.path = steps ? [a, b] : null;
    LS.router.record(true);
    return steps ? LS.paths.sentence(steps) : "No chain of connections links them yet.";
  }

  function showRelation(steps) {
    const path = LS.state.path;
    LS.focus.showPath(steps);      // drops the last path first, which would clear the state's
    LS.state.path = path;
    LS.paths.showCaption(steps);
  }

  function clearRelation() {
    LS.focus.clearPath();
    LS.paths.cleared();
  }

  function setCompare(ids) {
    LS.state.compare = [...new Set(ids)].filter((id) => idx.byId.has(id)).slice(0, LS.compare.MAX);
    LS.router.record(true);
    LS.compare.show(LS.state.compare);
  }

  function toggleFamily(key) {
    const h = LS.state.hiddenFamilies;
    if (h.has(key)) h.delete(key); else h.add(key);
    LS.router.record(true);
    update();
  }

  function toggleEdgeType(key) {
    const off = LS.state.edgeOff;
    if (off.has(key)) off.delete(key); else off.add(key);
    LS.router.record(true);
    update();
  }

  function setAllEdges(on) {
    LS.state.allEdges = on;
    LS.router.record(true);
    update();
  }

  function toggleYear(y) {
    const only = LS.state.yearFrom === y && LS.state.yearTo === y;
    LS.state.yearFrom = only ? null : y;
    LS.state.yearTo = only ? null : y;
    LS.router.record(true);
    update();
  }

  function setYears(from, to) {
    [from, to] = LS.router.ordered(from, to);
    const [lo, hi] = yearBounds();
    LS.state.yearFrom = from && from > lo ? from : null;
    LS.state.yearTo = to && to < hi ? to : null;
    LS.router.record(true);
    update();
    // Show the swap, if any.
    document.getElementById("year-from").value = LS.state.yearFrom || lo;
    document.getElementById("year-to").value = LS.state.yearTo || hi;
  }

  function resetFilters() {
    Object.assign(LS.state, { q: "", hiddenFamilies: new Set(), yearFrom: null, yearTo: null, edgeOff: new Set(), mine: false,
      fresh: false, allEdges: false });
    input.value = "";
    LS.router.record(true);
    update();
  }

  /* A state from the URL (load, back/forward, edited fragment): make the page match it. */
  function applyState(next) {
    const prev = LS.state;
    LS.state = next;
    input.value = next.q;
    if (prev.view !== next.view || !document.body.dataset.ready) showView();
    else update();
    if (next.compare.join() !== prev.compare.join()) LS.compare.show(next.compare);
    if (String(next.path) !== String(prev.path) || !document.body.dataset.ready) {
      if (next.path) showRelation(LS.paths.shortest(...next.path)); else LS.focus.clearPath();
    }
    if (next.open && next.open !== LS.panel.current()) LS.panel.open(next.open);
    else if (!next.open && LS.panel.isOpen()) LS.panel.close();
    if (next.tour !== prev.tour || next.step !== prev.step) { LS.tours.sync(); LS.tours.announce(); update(); }
    // The URL says what the page shows (junk and odd values dropped).
    LS.router.record(false);
  }

  /* ---------- keys ---------- */
  function typingTarget(t) {
    return t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.isContentEditable);
  }

  function onKey(ev) {
    if (ev.metaKey || ev.ctrlKey || ev.altKey) return;
    if ((ev.key === "Escape" || !typingTarget(ev.target)) && LS.tours.onKey(ev)) return;
    if (ev.key === "Escape") {
      if (LS.compare.isOpen()) { setCompare([]); return; }
      if (LS.panel.isOpen()) { closeEntry(); return; }
      if (sidebar.classList.contains("open")) { setDrawer(false); filtersBtn.focus(); }
      return;
    }
    if (typingTarget(ev.target)) return;
    if (ev.key === "/") { ev.preventDefault(); input.focus(); input.select(); return; }
    if (LS.panel.isOpen() && (ev.key === "ArrowLeft" || ev.key === "ArrowRight")) {
      ev.preventDefault();
      LS.panel.step(ev.key === "ArrowLeft" ? -1 : 1);
      return;
    }
    const onMap = LS.state.view === "map" || LS.state.view === "timeline";
    if (onMap && !LS.panel.isOpen()) {
      if (ev.key === "+" || ev.key === "=") LS.camera.zoomCenter(1.25);
      else if (ev.key === "-" || ev.key === "_") LS.camera.zoomCenter(0.8);
      else if (ev.key === "0") LS.map.fit();
    }
  }

  /* ---------- wiring ---------- */
  /* ---------- phone filters drawer: opens from its button; Esc or a tap outside closes it ---------- */
  const sidebar = document.getElementById("sidebar");
  const filtersBtn = document.getElementById("filters-toggle");
  function setDrawer(open) {
    sidebar.classList.toggle("open", open);
    filtersBtn.setAttribute("aria-expanded", String(open));
  }
  function closeDrawerOutside(ev) {
    if (sidebar.classList.contains("open") && !sidebar.contains(ev.target) && !filtersBtn.contains(ev.target)) setDrawer(false);
  }

  /* The skip link moves focus to the main area without touching the URL (the fragment holds the state). */
  function skipToMain(ev) {
    ev.preventDefault();
    document.getElementById("main").focus();
  }

  /* The top bar wraps at narrow widths; the overlays pinned below it read its real height. The layout
   * below it is a flex row that needs none. Written on those few elements only, and only when it differs:
   * a custom property set on the root would restyle every element of the page (the whole map). */
  function trackTopbar() {
    const bar = document.querySelector(".topbar");
    const pinned = document.querySelectorAll(".panel, .compare, .tours-menu");
    let last = "";
    new ResizeObserver(() => {
      const h = bar.offsetHeight + "px";
      if (h === last) return;
      last = h;
      for (const node of pinned) node.style.setProperty("--topbar-h", h);
    }).observe(bar);
  }

  function bind() {
    document.getElementById("theme-toggle").addEventListener("click", LS.theme.toggle);
    filtersBtn.addEventListener("click", () => setDrawer(!sidebar.classList.contains("open")));
    document.addEventListener("pointerdown", closeDrawerOutside);
    document.querySelector(".skip-link").addEventListener("click", skipToMain);
    document.getElementById("mine-only").closest("fieldset").hidden = !idx.mine.size;
    for (const b of document.querySelectorAll(".views button")) b.addEventListener("click", () => setView(b.dataset.view));
    input.addEventListener("input", () => setQuery(input.value, false, true));
    input.addEventListener("keydown", onSearchKey);
    input.addEventListener("focus", renderResults);
    input.addEventListener("click", () => { if (listDismissed) { listDismissed = false; renderResults(); } });
    input.addEventListener("blur", () => setTimeout(renderResults, 0));
    document.getElementById("reset-filters").addEventListener("click", resetFilters);
    document.getElementById("mine-only").addEventListener("change", (ev) => {
      LS.state.mine = ev.target.checked;
      LS.router.record(true);
      update();
    });
    document.getElementById("new-only").addEventListener("change", (ev) => {
      LS.state.fresh = ev.target.checked;
      LS.router.record(true);
      update();
    });
    const yearInput = () => setYears(Number(document.getElementById("year-from").value) || null,
      Number(document.getElementById("year-to").value) || null);
    document.getElementById("year-from").addEventListener("change", yearInput);
    document.getElementById("year-to").addEventListener("change", yearInput);
    document.addEventListener("keydown", onKey);
  }

  /* Start-up in two tasks (a phone's main thread is never blocked long): the map's stars first, drawn
   * hidden, then everything else and the URL's state, and only then is the map shown (no frame of a
   * view the URL did not ask for). */
  const mapEl = document.getElementById("map");
  function init() {
    LS.theme.apply();
    trackTopbar();
    LS.map.init();
    mapEl.classList.add("starting");
    setTimeout(finishInit, 0);
  }
  function finishInit() {
    try {
      finishViews();
    } finally {
      mapEl.classList.remove("starting");      // shown even if a view failed
    }
    LS.readyAt = performance.now();
    LS.util.later(() => { document.body.dataset.ready = "1"; });    // once the idle-time work is done too
  }
  function finishViews() {
    LS.views.init();
    LS.exports.init();
    LS.tours.init();
    bind();
    LS.router.init(applyState);
    applyState(LS.router.parse(location.hash));
  }

  return {
    init, update, openEntry, openFamily, closeEntry, setView, setBench, setCompare, setQuery, toggleFamily, toggleEdgeType, setAllEdges,
    relate, clearRelation,
    toggleYear, resetFilters, shownEntries, yearBounds,
  };
})();

// Start-up gets a task of its own, after this script is compiled and the data parsed (the page's shell is
// already on screen): two shorter tasks block a phone's main thread less than one long one.
setTimeout(LS.app.init, 0);
