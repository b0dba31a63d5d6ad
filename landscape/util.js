/* Shared helpers and the one copy of the data, read from the JSON island. */
const LS = {};

LS.util = (function () {
  const SVG_NS = "http://www.w3.org/2000/svg";

  /* Build a DOM node. Strings become text nodes, never HTML: data can't inject markup. */
  function make(ns, tag, attrs, children) {
    const node = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "style") for (const [p, val] of Object.entries(v)) node.style.setProperty(p, val);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of [].concat(children || [])) {
      if (c === null || c === undefined || c === false) continue;
      node.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  const el = (tag, attrs, children) => make(null, tag, attrs, children);
  const svg = (tag, attrs, children) => make(SVG_NS, tag, attrs, children);

  /* Only http(s) links ever reach an href (the build checks too; this is the second lock). */
  function safeUrl(url) {
    return /^https?:\/\//i.test(url) ? url : null;
  }

  /* "2025-09" -> "Sep 2025": the month of first release, as readers say it. */
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function monthLabel(date) {
    return MONTHS[Number(date.slice(5, 7)) - 1] + " " + date.slice(0, 4);
  }

  function reducedMotion() {
    return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  }

  function download(filename, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = el("a", { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /* Text with the matched query terms wrapped in <mark> (as DOM nodes, not HTML). */
  function highlighted(text, terms) {
    const frag = document.createDocumentFragment();
    if (!terms.length) { frag.append(text); return frag; }
    const lower = LS.util.fold(text);
    let i = 0;
    while (i < text.length) {
      let best = -1, len = 0;
      for (const t of terms) {
        const j = lower.indexOf(t, i);
        if (j >= 0 && (best < 0 || j < best)) { best = j; len = t.length; }
      }
      if (best < 0) break;
      frag.append(text.slice(i, best), el("mark", { text: text.slice(best, best + len) }));
      i = best + len;
    }
    frag.append(text.slice(i));
    return frag;
  }

  /* Lower-case, strip accents; keeps string length so match offsets line up with the original. */
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  /* Work the first view does not need runs in idle slices after start-up, in small steps, as many per
   * slice as its time allows (or at once, the first time something needs it): later(fn) queues fn and
   * returns a getter that runs it once and gives its result; laterEach(list, fn) does the same for fn
   * over every item of list() (and its index) one item per step, so a long list never makes one long task. */
  const queue = [];
  const whenIdle = window.requestIdleCallback
    ? (fn) => requestIdleCallback(fn, { timeout: 2000 })
    : (fn) => setTimeout(() => fn({ didTimeout: true, timeRemaining: () => 0 }), 50);
  // A slice stops after SLICE_MS even when the browser offers more idle time: a phone's CPU may be
  // several times slower, and a 40 ms slice there is a long task that blocks a tap.
  const SLICE_MS = 10;
  function pump(deadline) {
    const until = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    do if (queue[0]()) queue.shift();
    while (queue.length && performance.now() < until);
    if (queue.length) whenIdle(pump);
  }
  function enqueue(step) {
    if (!queue.length) whenIdle(pump);
    queue.push(step);
  }
  function later(fn) {
    let done = false, value;
    const get = () => {
      if (!done) { done = true; value = fn(); }
      return value;
    };
    enqueue(() => (get(), true));
    return get;
  }
  function laterEach(list, fn) {
    let items = null, i = 0;
    const out = [];
    const step = () => {                   // one item; true once all are done
      items = items || list();
      if (i < items.length) out.push(fn(items[i], i++));
      return i >= items.length;
    };
    enqueue(step);
    return () => {
      while (!step());
      return out;
    };
  }

  /* Code-point order, for ASCII keys ("YYYY-MM" dates, ids): no collator needed. Older first, then id. */
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const byDate = (a, b) => cmp(a.date, b.date) || cmp(a.id, b.id);
  // Names and words: case and accents aside, then code points. Not localeCompare: its collator takes
  // ~20 ms to start (a long task on a phone), and these English names sort the same without it. A sort
  // compares each text many times: each is folded once (the texts are the data's, a bounded set).
  const foldedTexts = new Map();
  const folded = (s) => {
    let f = foldedTexts.get(s);
    if (f === undefined) foldedTexts.set(s, (f = fold(s)));
    return f;
  };
  const textCmp = (a, b) => cmp(folded(a), folded(b)) || cmp(a, b);

  /* Written only when the value changes: a write, even of the same value, makes the browser lay out the
   * whole map SVG again (thousands of stars on a big map). */
  function setAttr(node, name, value) {
    const v = String(value);
    if (node.getAttribute(name) !== v) node.setAttribute(name, v);
  }
  function show(node, on) {
    const v = on ? "" : "none";
    if (node.style.display !== v) node.style.display = v;
  }

  return { el, svg, setAttr, show, safeUrl, monthLabel, reducedMotion, download, highlighted, fold, later, laterEach, cmp,
    textCmp, byDate };
})();

LS.data = JSON.parse(document.getElementById("landscape-data").textContent);

/* Derived lookups (indexes into the one data copy, not a second copy). */
LS.index = (function (data) {
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  const family = new Map(data.families.map((f) => [f.key, f]));
  const edgeType = new Map(data.edgeTypes.map((t) => [t.key, t]));
  const byFamily = new Map(data.families.map((f) => [f.key, []]));
  for (const e of [...data.entries].sort(LS.util.byDate)) {
    byFamily.get(e.family).push(e);
  }
  const links = new Map(data.entries.map((e) => [e.id, []]));
  data.edges.forEach(([s, t, type], i) => {
    links.get(s).push({ other: t, type, out: true, edge: i });
    links.get(t).push({ other: s, type, out: false, edge: i });
  });
  const mine = new Set(data.entries.filter((e) => e.papers.some((p) => data.papers[p].mine)).map((e) => e.id));
  return { byId, family, edgeType, byFamily, links, mine };
})(LS.data);
