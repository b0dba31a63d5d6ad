/* Sidebar facets (family and edge-type toggles that double as the legend, year chart), the list
 * view, the animation gallery, and the print list. Each render reads LS.state; none keeps data. */
LS.views = (function () {
  const { el, svg, cmp, textCmp } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const sort = { key: "date", dir: 1 };
  const galleryHandles = [];

  /* ---------- sidebar ---------- */
  /* "Latent Imagination (RSSM)  8" on screen, "Latent Imagination (RSSM), 8 works" to a screen reader. */
  function labelText(label) {
    // Inline, so no space before it.
    return el("span", {}, [label, el("span", { class: "name-comma", text: "," })]);
  }
  function countText(n, noun) {
    return el("span", { class: "n" }, [String(n), el("span", { class: "visually-hidden", text: " " + noun + (n === 1 ? "" : "s") })]);
  }

  function buildToggles() {
    const fams = document.getElementById("family-toggles");
    for (const f of data.families) {
      const n = idx.byFamily.get(f.key).length;
      fams.append(el("div", { class: "fam-row" }, [
        el("button", { type: "button", class: "toggle", "data-family": f.key, "aria-pressed": "true",
          style: { "--fam": f.color }, onclick: () => LS.app.toggleFamily(f.key) }, [
          el("span", { class: "swatch" }), labelText(f.label), countText(n, "work"),
        ]),
        el("button", { type: "button", class: "fam-about", "data-family": f.key, "aria-label": "About " + f.label,
          title: LS.family.definition(f) || "About " + f.label, onclick: () => LS.app.openFamily(f.key), text: "i" }),
      ]));
    }
    const edges = document.getElementById("edge-toggles");
    edges.append(el("label", { class: "check all-edges" }, [el("input", { type: "checkbox", id: "all-edges",
      onchange: (ev) => LS.app.setAllEdges(ev.target.checked) }), " Show all connections"]));
    data.edgeTypes.forEach((t, i) => {
      const count = data.edges.filter((e) => e[2] === t.key).length;
      edges.append(el("button", { type: "button", class: "toggle", "data-edge-type": t.key, "aria-pressed": "true",
        onclick: () => LS.app.toggleEdgeType(t.key) }, [
        svg("svg", { width: "30", height: "10", "aria-hidden": "true", class: "et-" + i }, [
          svg("line", { x1: "1", y1: "5", x2: t.directed ? "22" : "29", y2: "5", class: "legend-line", "stroke-dasharray": t.dash || null }),
          t.directed ? svg("path", { d: "M22,1 L29,5 L22,9 z", class: "arrow-head" }) : null,
        ]),
        labelText(t.label), countText(count, "connection"),
      ]));
    });
  }

  function syncSidebar(shown) {
    const st = LS.state;
    for (const b of document.querySelectorAll("#family-toggles .toggle")) {
      b.setAttribute("aria-pressed", String(!st.hiddenFamilies.has(b.dataset.family)));
    }
    for (const b of document.querySelectorAll("#edge-toggles .toggle")) {
      b.setAttribute("aria-pressed", String(!st.edgeOff.has(b.dataset.edgeType)));
    }
    document.getElementById("shown-count").textContent = String(shown.length);
    document.getElementById("total-count").textContent = String(data.entries.length);
    document.getElementById("mine-only").checked = st.mine;
    document.getElementById("all-edges").checked = st.allEdges;
    document.getElementById("new-only").checked = st.fresh;
    const [lo, hi] = LS.app.yearBounds();
    const from = document.getElementById("year-from"), to = document.getElementById("year-to");
    from.min = to.min = lo;
    from.max = to.max = hi;
    if (document.activeElement !== from) from.value = st.yearFrom || lo;
    if (document.activeElement !== to) to.value = st.yearTo || hi;
  }

  /* ---------- year chart: entries per year, stacked by family colour; a click filters ---------- */
  function renderChart(shown) {
    const [lo, hi] = LS.app.yearBounds();
    const years = [];
    for (let y = lo; y <= hi; y++) years.push(y);
    const counts = new Map(years.map((y) => [y, new Map()]));
    for (const e of shown) counts.get(e.year).set(e.family, (counts.get(e.year).get(e.family) || 0) + 1);
    const max = Math.max(1, ...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const W = 240, H = 90, bw = W / years.length;
    const labelEvery = Math.max(2, Math.ceil(years.length / 9));
    const chart = svg("svg", { viewBox: "0 0 " + W + " " + (H + 14), role: "presentation" });
    years.forEach((y, i) => {
      let top = H;
      for (const f of data.families) {
        const n = counts.get(y).get(f.key) || 0;
        if (!n) continue;
        const h = (n / max) * (H - 4);
        top -= h;
        chart.append(svg("rect", { x: i * bw + 1, y: top, width: bw - 2, height: h, fill: f.color }));
      }
      const total = [...counts.get(y).values()].reduce((a, b) => a + b, 0);
      const pressed = LS.state.yearFrom === y && LS.state.yearTo === y;
      chart.append(svg("rect", { class: "bar-hit", x: i * bw, y: 0, width: bw, height: H, tabindex: "-1", role: "button",
        "data-year": y, "data-n": total, "aria-pressed": String(pressed), "aria-label": y + ": " + total + " entries",
        onclick: () => LS.app.toggleYear(y), onkeydown: (ev) => chartKey(ev, y) },
      [svg("title", { text: y + ": " + total })]));
      if ((years.length - 1 - i) % labelEvery === 0) {     // at most ~9 labels, the latest year always
        const last = i === years.length - 1;               // the last label ends at the edge, not past it
        chart.append(svg("text", { x: last ? W : i * bw + bw / 2, y: H + 11, "text-anchor": last ? "end" : "middle",
          text: "'" + String(y).slice(2) }));
      }
    });
    const box = document.getElementById("year-chart");
    const focused = box.contains(document.activeElement) ? document.activeElement.dataset.year : null;
    box.replaceChildren(chart);
    // One Tab stop: the year last moved to, else the chosen year, else the latest year with works.
    const bars = [...chart.querySelectorAll(".bar-hit")];
    const stop = bars.find((b) => b.dataset.year === String(chartYear)) || bars.find((b) => b.getAttribute("aria-pressed") === "true") ||
      bars.filter((b) => b.dataset.n !== "0").pop() || bars[bars.length - 1];
    stop.setAttribute("tabindex", "0");
    // Enter redraws the bar under focus: it keeps the focus.
    if (focused) chart.querySelector('[data-year="' + focused + '"]').focus();
  }
  /* Inside the chart (one Tab stop, roving tabindex): arrows move between the years that have works,
   * Home/End to the first/last, Enter or Space filters. */
  let chartYear = null;
  function chartKey(ev, y) {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); chartYear = y; LS.app.toggleYear(y); return; }
    const bars = [...document.querySelectorAll("#year-chart .bar-hit")].filter((b) => b.dataset.n !== "0" || b === ev.target);
    const at = bars.indexOf(ev.target);
    const to = { ArrowLeft: at - 1, ArrowDown: at - 1, ArrowRight: at + 1, ArrowUp: at + 1, Home: 0, End: bars.length - 1 }[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    const next = bars[Math.max(0, Math.min(bars.length - 1, to))];
    ev.target.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    chartYear = Number(next.dataset.year);
    next.focus();
  }

  /* ---------- list view ---------- */
  const SORTERS = {
    name: (a, b) => textCmp(a.name, b.name),
    family: (a, b) => textCmp(idx.family.get(a.family).label, idx.family.get(b.family).label),
    date: (a, b) => cmp(a.date, b.date),
    tagline: (a, b) => textCmp(a.tagline, b.tagline),
    checked: (a, b) => cmp(a.checked || "", b.checked || ""),
  };

  /* The entries in the list's current order (the exports follow it too). */
  function sorted(entries) {
    return [...entries].sort((a, b) => sort.dir * SORTERS[sort.key](a, b) || cmp(a.date, b.date) || textCmp(a.name, b.name));
  }

  function renderList(shown) {
    const rows = sorted(shown);
    const body = document.querySelector("#entry-table tbody");
    body.replaceChildren(...rows.map((e) => {
      const fam = idx.family.get(e.family);
      return el("tr", { "data-id": e.id }, [
        el("td", {}, [el("button", { type: "button", onclick: () => LS.app.openEntry(e.id), text: e.name }),
          LS.whatsnew.has(e.id) ? el("span", { class: "badge-new", text: "new" }) : null, LS.evidence.kindBadge(e)]),
        el("td", {}, [el("button", { type: "button", class: "fam-cell", style: { "--fam": fam.color }, title: "About this family",
          onclick: () => LS.app.openFamily(fam.key), text: fam.label })]),
        el("td", { "data-date": e.date, text: LS.util.monthLabel(e.date) }),
        el("td", { text: e.tagline }),
        el("td", { class: "checked", text: e.checked ? LS.util.monthLabel(e.checked) : "—" }),
      ]);
    }));
    for (const th of document.querySelectorAll("#entry-table th")) {
      const key = th.querySelector("button").dataset.sort;
      th.setAttribute("aria-sort", key === sort.key ? (sort.dir > 0 ? "ascending" : "descending") : "none");
    }
  }

  function bindListSort() {
    for (const b of document.querySelectorAll("#entry-table th button")) {
      b.addEventListener("click", () => {
        sort.dir = sort.key === b.dataset.sort ? -sort.dir : 1;
        sort.key = b.dataset.sort;
        LS.app.update();
      });
    }
  }

  /* ---------- gallery ---------- */
  function renderGallery() {
    const box = document.getElementById("gallery");
    if (box.childElementCount) return;
    for (const key of window.LandscapeAnims.keys()) {
      const spec = window.LandscapeAnims.get(key);
      const users = data.entries.filter((e) => e.anim === key);
      const accent = users.length ? idx.family.get(users[0].family).color : data.families[0].color;
      const card = el("article", { class: "gallery-card", "data-anim": key });
      box.append(card);
      galleryHandles.push(LS.anim.mount(card, key, accent));
      card.append(
        el("h2", { text: spec.title }),
        el("p", { text: spec.description }),
        el("div", { class: "uses", "aria-label": "Entries explained by this animation" }, users.map((e) =>
          el("button", { type: "button", style: { "--fam": idx.family.get(e.family).color },
            onclick: () => LS.app.openEntry(e.id), text: e.short })))
      );
    }
  }

  /* ---------- print: the open compare, else a tour's reading list (tours.js), else the open panel,
   * else the shown entries ---------- */
  function beforePrint() {
    const tour = LS.tours.active();
    const what = LS.compare.isOpen() ? "compare" : !tour && LS.panel.isOpen() ? "panel"
      : LS.state.view === "results" ? "results" : "list";
    document.body.dataset.print = what;
    if (what === "list" && !tour) renderPrint(sorted(LS.app.shownEntries()));
  }

  /* Equations typeset when MathJax is there (else their TeX, readable); papers with their URLs. */
  function renderPrint(shown) {
    const list = document.getElementById("print-list");
    LS.math.clear(list);
    list.replaceChildren(...shown.map((e) => el("article", { class: "print-entry" }, [
      el("h2", { text: e.name }),
      el("div", { class: "meta", text: idx.family.get(e.family).label + " · " + e.year + " · " + e.mapping.join(" → ") }),
      el("p", { text: e.tagline }),
      el("p", { text: e.simple }),
      LS.math.block(e.math),
      el("p", { text: "When: " + e.when }),
      el("ul", {}, e.pros.map((t) => el("li", { text: "+ " + t })).concat(e.cons.map((t) => el("li", { text: "− " + t })))),
      el("p", { text: "Papers:" }),
      el("ul", { class: "print-papers" }, e.papers.map((k) => el("li", {
        text: data.papers[k].title + " (" + data.papers[k].venue + ") — " + data.papers[k].url }))),
      el("p", { text: "Learn: " + e.learn[0] + " — " + e.learn[1] }),
      e.sources ? el("p", { text: "Sources" + (e.checked ? " (checked " + LS.util.monthLabel(e.checked) + ")" : "") + ": " +
        e.sources.map(([label, url]) => label + " — " + url).join("; ") }) : null,
    ])));
    LS.math.typesetNow(list);
  }

  /* The "new since your last visit" filter: only after a first visit, with how many are new. */
  function initWhatsNew() {
    const box = document.getElementById("whatsnew");
    box.hidden = !LS.whatsnew.since;
    document.getElementById("new-count").textContent = String(LS.whatsnew.count);
    document.getElementById("new-only").disabled = !LS.whatsnew.count && !LS.state.fresh;
  }

  function init() {
    buildToggles();
    initWhatsNew();
    bindListSort();
    window.addEventListener("beforeprint", beforePrint);
  }

  function update(shown) {
    syncSidebar(shown);
    renderChart(shown);
    if (LS.state.view === "list") {
      renderList(shown);
      // The list is what gets printed, and print typesets its equations: MathJax loads while idle.
      if (!LS.math.ready()) LS.util.later(LS.math.load);
    }
    if (LS.state.view === "gallery") renderGallery();
    if (LS.state.view === "results") LS.results.show(LS.state.bench);
  }

  return { init, update, sorted };
})();
