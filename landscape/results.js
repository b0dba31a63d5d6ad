/* Results on benchmarks: the Results view (one card per benchmark: its protocol, a chart of results against
 * release date with the state-of-the-art frontier, a sortable table that is also the chart's text equivalent),
 * a panel's Results section with ranks, and the benchmarks compared works share. Numbers stay as printed. */
LS.results = (function () {
  const { el, svg, safeUrl, cmp } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const benches = data.benchmarks || [];
  const benchById = new Map(benches.map((b) => [b.id, b]));
  const sorts = new Map();     // benchmark id -> { key, dir } of its table
  let built = false;
  let wanted = null;           // the selected benchmark's id

  /* ---------- the numbers ---------- */
  /* A point is one work (and model version) on one benchmark: its first listed result. Later results for the
   * same work and version come from other sources; they are listed as "also reported", not ranked twice. */
  const points = LS.util.later(() => {
    const byBench = new Map(benches.map((b) => [b.id, []]));
    const seen = new Map();
    for (const r of data.results || []) {
      const key = r.bench + "|" + r.entry + "|" + (r.model || "");
      if (seen.has(key)) { seen.get(key).others.push(r); continue; }
      const e = idx.byId.get(r.entry);
      const p = { r, e, num: Number(r.value), date: r.date || e.date, others: [] };
      seen.set(key, p);
      byBench.get(r.bench).push(p);
    }
    return byBench;
  });

  /* Best first, in the metric's direction. */
  const better = (b) => (p, q) => (b.higher ? q.num - p.num : p.num - q.num);

  function rankOf(p, b) {
    const all = points().get(b.id);
    return { rank: 1 + all.filter((q) => better(b)(q, p) < 0).length, of: all.length };
  }

  function ordinal(n) {
    const tens = n % 100, ones = n % 10;
    const suffix = tens > 10 && tens < 14 ? "th" : ["th", "st", "nd", "rd"][ones] || "th";
    return n + suffix;
  }

  /* The state of the art over time: in date order, each point that beats every earlier one. */
  function frontier(b) {
    const order = [...points().get(b.id)].sort((p, q) => cmp(p.date, q.date) || better(b)(p, q));
    const out = [];
    for (const p of order) if (!out.length || better(b)(p, out[out.length - 1]) < 0) out.push(p);
    return out;
  }

  function valueText(r, b) {
    return r.value + (b.unit === "%" ? " %" : b.unit ? " " + b.unit : "");
  }
  const workName = (p) => p.e.name + (p.r.model ? " — " + p.r.model : "");
  const sourceText = (r) => r.where + ", " + r.source[0] + " (reported by " + r.by + ")";
  const color = (e) => idx.family.get(e.family).color;

  function sourceLink(r) {
    const url = safeUrl(r.source[1]);
    return url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: r.source[0] }) : r.source[0];
  }

  /* ---------- chart ---------- */
  const W = 480, H = 250, M = { l: 46, r: 14, t: 12, b: 28 };
  const monthNo = (d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

  function niceTicks(lo, hi) {
    const raw = (hi - lo) / 5, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw);
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Number(v.toPrecision(6)));
    return out;
  }

  function scales(list) {
    const months = list.map((p) => monthNo(p.date)), nums = list.map((p) => p.num);
    const m0 = Math.min(...months) - 3, m1 = Math.max(...months) + 3;
    const lo = Math.min(...nums), hi = Math.max(...nums), pad = (hi - lo || Math.abs(hi) || 1) * 0.12;
    const v0 = lo - pad, v1 = hi + pad;
    return {
      x: (d) => M.l + ((monthNo(d) - m0) / (m1 - m0)) * (W - M.l - M.r),
      y: (v) => M.t + (1 - (v - v0) / (v1 - v0)) * (H - M.t - M.b),
      years: [...new Set(months.map((m) => Math.floor(m / 12)))],
      ticks: niceTicks(v0, v1), m0, m1,
    };
  }

  function axes(s) {
    const g = svg("g", { class: "res-axes", "aria-hidden": "true" });
    for (const v of s.ticks) {
      g.append(svg("line", { x1: M.l, x2: W - M.r, y1: s.y(v), y2: s.y(v), class: "res-grid" }),
        svg("text", { x: M.l - 6, y: s.y(v) + 4, "text-anchor": "end", text: String(v) }));
    }
    const first = Math.ceil(s.m0 / 12), last = Math.floor(s.m1 / 12);
    const every = Math.max(1, Math.ceil((last - first + 1) / 6));
    for (let y = first; y <= last; y += every) {
      g.append(svg("text", { x: s.x(y + "-01"), y: H - 8, "text-anchor": "middle", text: String(y) }));
    }
    return g;
  }

  /* The frontier's segments as thin boxes, so no label sits on the line. */
  function lineBoxes(front, s) {
    const boxes = [];
    front.forEach((p, i) => {
      const x = s.x(p.date), y = s.y(p.num), next = front[i + 1];
      const x1 = next ? s.x(next.date) : W - M.r, y1 = next ? s.y(next.num) : y;
      boxes.push({ x0: x, x1, y0: y - 2, y1: y + 2 }, { x0: x1 - 2, x1: x1 + 2, y0: Math.min(y, y1), y1: Math.max(y, y1) });
    });
    return boxes;
  }

  /* A short name beside each point: right of it, else left, nudged up or down off other labels, dots and
   * the frontier line. */
  function labels(list, front, s) {
    // Label text and dots are larger in the chart's units on a phone (results.css), where it is drawn smaller.
    const narrow = matchMedia("(max-width: 760px)").matches;
    const charW = narrow ? 9.6 : 6.6, gap = narrow ? 15 : 10, th = narrow ? 16 : 11, r = narrow ? 10 : 7;
    const taken = list.map((p) => ({ x0: s.x(p.date) - r, x1: s.x(p.date) + r, y0: s.y(p.num) - r, y1: s.y(p.num) + r }));
    const line = lineBoxes(front, s).concat([{ x0: 0, x1: W, y0: H - M.b + 4, y1: H }]);    // and the years' row
    const clear = (b, boxes) => !boxes.some((q) => b.x0 < q.x1 && q.x0 < b.x1 && b.y0 < q.y1 && q.y0 < b.y1);
    const free = (b) => clear(b, taken) && clear(b, line);
    const g = svg("g", { class: "res-labels", "aria-hidden": "true" });
    for (const p of [...list].sort((a, b) => cmp(a.date, b.date))) {
      const text = p.r.model || p.e.short, w = text.length * charW, x = s.x(p.date), y = s.y(p.num);
      const spots = [];
      for (const dy of [0, -th, th, -2 * th, 2 * th, -3 * th, 3 * th]) {
        if (x + gap + w <= W - M.r) spots.push({ x0: x + gap, y: y + dy });
        if (x - gap - w >= M.l) spots.push({ x0: x - gap - w, y: y + dy });     // clear of the value axis
      }
      const box = (o) => ({ x0: o.x0, x1: o.x0 + w, y0: o.y - th / 2, y1: o.y + th / 2 });
      // crowded: off the line and the years at least, even if on another label
      const spot = spots.find((o) => free(box(o))) || spots.find((o) => clear(box(o), line)) || spots[0] || { x0: x + gap, y };
      taken.push(box(spot));
      g.append(svg("text", { x: spot.x0, y: spot.y + th * 0.35, text }));
    }
    return g;
  }

  function stepPath(front, s) {
    let d = "M" + s.x(front[0].date) + "," + s.y(front[0].num);
    for (const p of front.slice(1)) d += " H" + s.x(p.date) + " V" + s.y(p.num);
    return d + " H" + (W - M.r);
  }

  function chart(b, detail) {
    const list = points().get(b.id);
    const s = scales(list);
    const front = frontier(b);
    const onFront = new Set(front);
    const show = (p) => { detail.textContent = workName(p) + ": " + valueText(p.r, b) + " · " + sourceText(p.r); };
    // In date order: Tab walks the points as the chart reads, left to right.
    const dots = [...list].sort((p, q) => cmp(p.date, q.date) || better(b)(p, q)).map((p) => svg("circle", {
      cx: s.x(p.date), cy: s.y(p.num), r: onFront.has(p) ? 7 : 5.5, fill: color(p.e), tabindex: "0", role: "button",
      class: "res-pt" + (onFront.has(p) ? " best" : ""), "data-entry": p.e.id,
      "aria-label": workName(p) + ", " + LS.util.monthLabel(p.date) + ": " + valueText(p.r, b) + "; " + sourceText(p.r)
        + ". Opens the work.",
      onpointerenter: () => show(p), onfocus: () => show(p), onclick: () => LS.app.openEntry(p.e.id),
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); LS.app.openEntry(p.e.id); } },
    }));
    return svg("svg", { class: "res-chart", viewBox: "0 0 " + W + " " + H, role: "group",
      "aria-label": b.name + " against release date; the line is the best result so far (the table below lists them)" }, [
      axes(s),
      svg("path", { class: "res-front", d: stepPath(front, s), "aria-hidden": "true",
        "data-records": front.map((p) => p.e.id + (p.r.model ? "|" + p.r.model : "")).join(",") }),
      labels(list, front, s),
      ...dots,
    ]);
  }

  /* ---------- table ---------- */
  const COLUMNS = [["work", "Work"], ["value", "Score"], ["date", "Released"], ["source", "Source"]];

  function rows(b) {
    const out = [];
    for (const p of points().get(b.id)) {
      out.push({ p, r: p.r, also: false });
      for (const r of p.others) out.push({ p, r, also: true });
    }
    const { key, dir } = sorts.get(b.id) || { key: "value", dir: 1 };
    const by = {
      work: (x, y) => LS.util.textCmp(x.p.e.name, y.p.e.name),
      value: (x, y) => better(b)({ num: Number(x.r.value) }, { num: Number(y.r.value) }),
      date: (x, y) => cmp(x.p.date, y.p.date),
      source: (x, y) => LS.util.textCmp(x.r.source[0], y.r.source[0]),
    }[key];
    return out.sort((x, y) => dir * by(x, y) || Number(x.also) - Number(y.also));
  }

  function table(b) {
    const st = sorts.get(b.id) || { key: "value", dir: 1 };
    // Scores sort best first: that is descending values when higher is better.
    const up = st.dir > 0 !== (st.key === "value" && b.higher);
    const head = COLUMNS.map(([key, label]) => el("th", { scope: "col",
      "aria-sort": key === st.key ? (up ? "ascending" : "descending") : "none" }, [
      el("button", { type: "button", "data-sort": key, onclick: () => resort(b, key), text: label }),
    ]));
    const body = rows(b).map(({ p, r, also }) => el("tr", { "data-entry": p.e.id, class: also ? "also" : null }, [
      el("td", {}, [el("button", { type: "button", class: "link-btn", style: { "--fam": color(p.e) },
        title: p.e.name, onclick: () => LS.app.openEntry(p.e.id), text: p.e.short }), r.model ? el("div", { class: "model", text: r.model }) : null]),
      el("td", { class: "num" }, [valueText(r, b), r.printed ? el("div", { class: "note", text: "printed " + r.printed }) : null,
        also ? el("div", { class: "note", text: "also reported" }) : null]),
      el("td", { text: LS.util.monthLabel(p.date) }),
      el("td", {}, [r.where + ", ", sourceLink(r), el("div", { class: "note", text: "Reported by " + r.by + (r.note ? " · " + r.note : "") })]),
    ]));
    return el("table", { class: "res-table" }, [
      el("caption", { class: "visually-hidden", text: b.name + ": every result, best first; column headers sort" }),
      el("thead", {}, [el("tr", {}, head)]), el("tbody", {}, body),
    ]);
  }

  function resort(b, key) {
    const st = sorts.get(b.id) || { key: "value", dir: 1 };
    sorts.set(b.id, { key, dir: st.key === key ? -st.dir : 1 });
    const old = document.querySelector('.res-card[data-bench="' + CSS.escape(b.id) + '"] .res-table');
    const next = table(b);
    old.replaceWith(next);
    next.querySelector('[data-sort="' + key + '"]').focus();
  }

  /* ---------- cards ---------- */
  function card(b) {
    const detail = el("p", { class: "res-detail", text: "Hover or focus a point: its value, source and who reported it." });
    const url = safeUrl(b.url);
    return el("article", { class: "res-card", id: "bench-" + b.id, "data-bench": b.id, "aria-labelledby": "bench-h-" + b.id }, [
      el("h2", { id: "bench-h-" + b.id, text: b.name }),
      el("p", { class: "meta", text: b.task + " · " + b.metric + (b.unit ? " (" + b.unit + ")" : "") + ", "
        + (b.higher ? "higher" : "lower") + " is better · " + points().get(b.id).length + " works" }),
      el("p", { class: "protocol" }, [el("strong", { text: "Protocol. " }), b.dataset + ". " + b.protocol + " ",
        url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: "Benchmark paper ↗" }) : null]),
      points().get(b.id).length
        ? el("div", { class: "res-body" }, [el("figure", {}, [chart(b, detail), detail]), el("div", { class: "res-table-box" }, [table(b)])])
        : el("p", { class: "meta", text: "No result on this map yet." }),
    ]);
  }

  /* Built on first show, one card per frame (a long view in one task would stall the page); the box is
   * marked data-built when every card is in. */
  function build() {
    const box = document.getElementById("results");
    box.replaceChildren(
      el("p", { class: "res-intro", text: "Numbers as their sources print them. Each point is a work at its release "
        + "date (a later version at its own); the line is the best result so far. Compare numbers only within a card." }),
      el("nav", { class: "res-nav", "aria-label": "Benchmarks" }, benches.map((b) => el("button", { type: "button",
        "data-bench": b.id, onclick: () => LS.app.setBench(b.id), text: b.name }))));
    const queue = [...benches];
    const next = () => {
      box.append(card(queue.shift()));
      mark();
      if (queue.length) requestAnimationFrame(next);
      else box.dataset.built = "1";
    };
    next();
    built = true;
  }

  /* The selected benchmark is marked and, once its card is in, scrolled to (below the sticky bar). */
  function mark() {
    for (const n of document.querySelectorAll(".res-nav button")) {
      n.setAttribute("aria-current", String(n.dataset.bench === wanted));
    }
    for (const c of document.querySelectorAll(".res-card")) c.classList.toggle("selected", c.dataset.bench === wanted);
    const target = wanted && document.getElementById("bench-" + wanted);
    if (target && target.dataset.shown !== "1") {
      for (const c of document.querySelectorAll(".res-card")) delete c.dataset.shown;
      target.dataset.shown = "1";
      const view = document.getElementById("results-view");
      const nav = view.querySelector(".res-nav");
      view.scrollTop += target.getBoundingClientRect().top - view.getBoundingClientRect().top - nav.offsetHeight - 6;
    }
  }

  function show(benchId) {
    wanted = benchById.has(benchId) ? benchId : null;
    if (!built) build();
    else mark();
  }

  /* ---------- panel and compare ---------- */
  function ofEntry(id) {
    const out = [];
    for (const b of benches) for (const p of points().get(b.id)) if (p.e.id === id) out.push([b, p]);
    return out;
  }

  function panelItem(b, p) {
    const { rank, of } = rankOf(p, b);
    return el("li", { "data-bench": b.id }, [
      el("strong", { text: (p.r.model ? p.r.model + ": " : "") + valueText(p.r, b) }),
      " — " + ordinal(rank) + " of " + of + " on ",
      el("button", { type: "button", class: "link-btn", onclick: () => toChart(b.id), text: b.name }),
      ", as reported in " + p.r.where + " of ", sourceLink(p.r), " (" + p.r.by + ").",
      p.r.note ? el("div", { class: "note", text: p.r.note }) : null,
      ...p.others.map((r) => el("div", { class: "note" }, ["Also reported: " + valueText(r, b) + " in " + r.where + " of ",
        sourceLink(r), " (" + r.by + ")."])),
    ]);
  }

  /* From a panel to the benchmark's card; a phone's full-screen panel closes so the card shows. */
  function toChart(id) {
    if (matchMedia("(max-width: 760px)").matches) LS.app.closeEntry();
    LS.app.setBench(id);
  }

  /* The panel's Results section, or null for a work with no result. */
  function panelBlock(e) {
    const mine = ofEntry(e.id);
    return mine.length ? el("ul", { class: "res-list" }, mine.map(([b, p]) => panelItem(b, p))) : null;
  }

  /* Compare rows: each benchmark on which at least two of the works have a number. */
  function compareRows(entries) {
    return benches.filter((b) => entries.filter((e) => points().get(b.id).some((p) => p.e === e)).length >= 2)
      .map((b) => [b.name, (e) => {
        const mine = points().get(b.id).filter((p) => p.e === e);
        if (!mine.length) return "—";
        return el("span", { class: "res-cmp", "data-bench": b.id }, mine.map((p) => {
          const { rank, of } = rankOf(p, b);
          return el("span", { text: (p.r.model ? p.r.model + ": " : "") + valueText(p.r, b) + " (" + ordinal(rank) + " of " + of + ")" });
        }));
      }]);
  }

  return { show, panelBlock, compareRows, frontier, benchById };
})();
