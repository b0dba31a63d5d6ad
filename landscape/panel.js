/* Detail panel with Magic-Move transitions: a star morphs into the panel (View Transitions API with
 * shared names; a Web Animations FLIP where that API is missing; instant under reduced motion), a
 * connected entry morphs the shared parts (title, chip, animation), closing morphs back to the star.
 * It also hosts a family's chapter (LS.family; its id is "@" + the family key), opened from the
 * family's name on the map the same way. */
LS.panel = (function () {
  const { el, svg, safeUrl } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const panel = document.getElementById("panel");
  let animHandle = null;
  let currentId = null;
  let returnFocus = null;

  /* ---------- content ---------- */
  function section(title, body) {
    return el("section", { class: "sec" }, [el("h3", { text: title }), body]);
  }

  function chip(fam) {
    return el("button", { type: "button", class: "chip", style: { "--fam": fam.color }, title: "About this family",
      onclick: () => LS.app.openFamily(fam.key), text: fam.label });
  }

  function familyNeighbours(e) {
    const list = idx.byFamily.get(e.family);
    const i = list.indexOf(e);
    return { prev: list[i - 1] || null, next: list[i + 1] || null };
  }

  function head(e, fam) {
    const { prev, next } = familyNeighbours(e);
    return el("div", { class: "panel-head" }, [
      el("div", { class: "panel-nav" }, [
        el("button", { type: "button", class: "prev", disabled: !prev, "aria-label": "Previous in family (←)",
          title: prev ? "← " + prev.name : "", onclick: () => prev && LS.app.openEntry(prev.id), text: "←" }),
        el("button", { type: "button", class: "next", disabled: !next, "aria-label": "Next in family (→)",
          title: next ? next.name + " →" : "", onclick: () => next && LS.app.openEntry(next.id), text: "→" }),
        el("span", { class: "spacer" }),
        el("button", { type: "button", class: "close", "aria-label": "Close (Esc)", onclick: () => LS.app.closeEntry(), text: "×" }),
      ]),
      el("div", {}, [chip(fam), el("span", { class: "meta", text: "  " + LS.util.monthLabel(e.date) }), LS.evidence.kindBadge(e)]),
      el("h2", { id: "panel-title", text: e.name }),
    ]);
  }

  function paperItem(key) {
    const p = data.papers[key];
    const url = safeUrl(p.url);
    return el("li", { "data-paper": key }, [
      url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: p.title }) : el("span", { text: p.title }),
      p.mine ? el("span", { class: "badge-mine", text: "owner's paper" }) : null,
      el("div", { class: "authors", text: p.authors.join(", ") }),
      el("div", { class: "venue", text: p.venue }),
    ]);
  }

  function connections(e) {
    const groups = new Map();
    for (const l of idx.links.get(e.id)) {
      const t = idx.edgeType.get(l.type);
      const label = !t.directed || l.out ? t.label : t.inverse;
      // An undirected type reads the same from both ends: one group, whichever end this work is.
      const key = l.type + (!t.directed ? "" : l.out ? ">" : "<");
      if (!groups.has(key)) groups.set(key, { label, i: data.edgeTypes.indexOf(t), dash: t.dash, items: [] });
      groups.get(key).items.push({ o: idx.byId.get(l.other), edge: l.edge });
    }
    if (!groups.size) return el("p", { class: "meta", text: "No connections yet." });
    const order = [...groups.values()].sort((a, b) => a.i - b.i || LS.util.cmp(a.label, b.label));
    return el("div", { class: "connections" }, order.map((g) => el("div", { class: "conn-group" }, [
      el("h4", {}, [lineSample(g.i, g.dash), g.label]),
      el("ul", { class: "conn-list" }, g.items.sort((a, b) => LS.util.byDate(a.o, b.o)).map(connection)),
    ])));
  }

  /* A linked work and, under it, why the link is there; pointing at or focusing it shows the line on the map. */
  function connection({ o, edge }) {
    const why = LS.evidence.reason(edge);
    const show = () => LS.evidence.showEdge(edge), hide = () => LS.evidence.hideEdge();
    return el("li", { class: why ? "conn-item why" : "conn-item", "data-edge": edge }, [
      el("button", { type: "button", "data-goto": o.id, style: { "--fam": idx.family.get(o.family).color },
        title: o.tagline, onclick: () => LS.app.openEntry(o.id), onfocus: show, onblur: hide,
        onpointerenter: show, onpointerleave: hide, text: o.name }),
      why ? el("p", { class: "conn-reason", text: why }) : null,
    ]);
  }

  function lineSample(i, dash) {
    return svg("svg", { width: "28", height: "8", "aria-hidden": "true", class: "et-" + i },
      [svg("line", { x1: "1", y1: "4", x2: "27", y2: "4", class: "legend-line", "stroke-dasharray": dash || null })]);
  }

  /* Every work, grouped by family: built once, cloned into a picker only when it is about to be used
   * (near the view, focused or pressed): thousands of options would otherwise cost every open. */
  let workOptions = null;
  const unfilled = new WeakMap();      // picker -> the entry it leaves out, until its options go in
  const nearView = "IntersectionObserver" in window
    ? new IntersectionObserver((seen) => { for (const s of seen) if (s.isIntersecting) fill(s.target); }, { rootMargin: "200px" })
    : null;
  function optionList() {
    workOptions = workOptions || el("div", {}, data.families.map((f) => el("optgroup", { label: f.label },
      idx.byFamily.get(f.key).map((o) => el("option", { value: o.id, text: o.name })))));
    return workOptions;
  }
  function fill(select) {
    const skip = unfilled.get(select);
    if (!skip) return;
    unfilled.delete(select);
    if (nearView) nearView.unobserve(select);
    const keep = select.value;      // a shared path's work, shown before the list went in
    select.replaceChildren(select.options[0], ...optionList().cloneNode(true).children);
    select.querySelector('option[value="' + CSS.escape(skip) + '"]').remove();
    select.value = keep;
  }
  function pickerOf(e, label, prompt) {
    const select = el("select", { "aria-label": label }, [el("option", { value: "", text: prompt })]);
    unfilled.set(select, e.id);
    for (const type of ["focus", "pointerdown"]) select.addEventListener(type, () => fill(select));
    if (nearView) nearView.observe(select);
    else fill(select);
    return select;
  }

  function comparePicker(e) {
    const select = pickerOf(e, "Compare " + e.name + " with…", "Compare with…");
    select.addEventListener("change", () => { if (select.value) LS.app.setCompare([e.id, select.value]); });
    return el("div", { class: "compare-pick" }, [select]);
  }

  /* Pick another work: the chain of connections to it is listed here and highlighted on the map. */
  function relatePicker(e) {
    const out = el("span", { class: "path-words" });
    const clear = el("button", { type: "button", class: "link-btn", text: "Clear path", onclick: () => LS.app.clearRelation() });
    const said = el("p", { "aria-live": "polite", hidden: true }, [out, " ", clear]);
    const select = pickerOf(e, "How is " + e.name + " related to…", "How is it related to…");
    const show = (text) => { out.textContent = text; said.hidden = !text; };
    select.addEventListener("change", () => {
      if (select.value) show(LS.app.relate(e.id, select.value)); else LS.app.clearRelation();
    });
    const path = LS.state.path;
    if (path && path[0] === e.id) {     // a shared link's path: the picker says it too
      select.append(el("option", { value: path[1], text: idx.byId.get(path[1]).name }));
      select.value = path[1];
      show(LS.paths.sentence(LS.paths.shortest(e.id, path[1])));
    }
    return el("div", { class: "relate", onpathcleared: () => { select.value = ""; show(""); } }, [select, said]);
  }

  function familyNav(e) {
    const { prev, next } = familyNeighbours(e);
    return el("nav", { class: "family-nav", "aria-label": "More in this family" }, [
      prev ? el("button", { type: "button", onclick: () => LS.app.openEntry(prev.id), text: "← " + prev.name }) : null,
      next ? el("button", { type: "button", onclick: () => LS.app.openEntry(next.id), text: next.name + " →" }) : null,
    ]);
  }

  /* The panel's content for entry e (pure: builds nodes, touches nothing on the page). */
  function content(e, fam, animSlot, learnUrl) {
    const results = LS.results.panelBlock(e);
    return [
      head(e, fam),
      el("p", { class: "tagline", text: e.tagline }),
      animSlot,
      section("In plain words", el("p", { text: e.simple })),
      section("How it maps", el("ol", { class: "pipeline" }, e.mapping.map((s) => el("li", {}, [el("span", { text: s })])))),
      section("The equation", LS.math.block(e.math)),
      section("When to use it", el("p", { text: e.when })),
      el("div", { class: "proscons" }, [
        section("Pros", el("ul", { class: "pros" }, e.pros.map((t) => el("li", { text: t })))),
        section("Cons", el("ul", { class: "cons" }, e.cons.map((t) => el("li", { text: t })))),
      ]),
      section("Papers", el("ol", { class: "papers" }, e.papers.map(paperItem))),
      results ? section("Results", results) : null,
      section("Learn", learnUrl
        ? el("a", { class: "learn", href: learnUrl, target: "_blank", rel: "noopener noreferrer", text: e.learn[0] + " ↗" })
        : el("span", { text: e.learn[0] })),
      section("Read first", LS.reading.block(e)),
      section("Connections", el("div", {}, [connections(e), relatePicker(e)])),
      comparePicker(e),
      familyNav(e),
      LS.evidence.sources(e),
    ].filter(Boolean);
  }
  // The first open's code runs once while idle (compiled, the work pickers' option list built).
  LS.util.later(() => { const e = data.entries[0]; content(e, idx.family.get(e.family), el("div"), null); });
  LS.util.later(optionList);

  /* The pointer, the keyboard or a touch on a star: the math its panel will show is made ready (LS.math.prepare). */
  const prepareMath = (ev) => {
    const id = ev.target.closest?.(".star[data-id]")?.dataset.id;
    if (id) LS.math.prepare(idx.byId.get(id).math);
  };
  for (const type of ["pointerover", "focusin", "touchstart"]) document.addEventListener(type, prepareMath, { passive: true });

  /* What the panel shows for an id: an entry, or a family's chapter. */
  function subject(id) {
    const key = LS.family.keyOf(id);
    const f = key ? idx.family.get(key) : idx.family.get(idx.byId.get(id).family);
    return key ? { fam: f, anim: f.anim, params: f.animParams, origin: () => LS.map.familyEl(key) }
      : { e: idx.byId.get(id), fam: f, anim: idx.byId.get(id).anim, params: idx.byId.get(id).animParams, origin: () => LS.map.starEl(id) };
  }

  function render(id) {
    const s = subject(id);
    if (animHandle) animHandle.destroy();
    animHandle = null;
    LS.math.clear(panel);
    const animSlot = el("div", { class: "anim-slot" });
    panel.replaceChildren(...(s.e ? content(s.e, s.fam, animSlot, safeUrl(s.e.learn[1])) : LS.family.content(s.fam.key, animSlot)));
    panel.dataset.id = id;
    panel.classList.toggle("family-panel", !s.e);
    panel.style.setProperty("--fam", s.fam.color);
    if (s.anim) animHandle = LS.anim.mount(animSlot, s.anim, s.fam.color, s.params);
    currentId = id;
    LS.tours.sync();
  }

  /* ---------- Magic Move ---------- */
  function originRect(origin) {
    const dot = origin && origin.querySelector ? origin.querySelector("circle.core") || origin : origin;
    if (!dot || !dot.isConnected) return null;
    const r = dot.getBoundingClientRect();
    const inView = r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    return inView ? r : null;
  }

  function ghostAt(rect, color) {
    return el("div", { class: "ghost-star", style: {
      left: rect.left + "px", top: rect.top + "px", width: rect.width + "px", height: rect.height + "px",
      background: color, "view-transition-name": "entry-panel" } });
  }

  /* Only one morph at a time: a new one (Esc right after a click) finishes the last one at once.
   * A view transition restyles the whole document when it starts: on a map of thousands of stars that
   * is a long task, so there the panel grows with a FLIP animation instead. */
  const morphs = Boolean(document.startViewTransition) && data.entries.length <= 1200;
  let activeVT = null;
  function transition(update) {
    if (LS.util.reducedMotion() || !morphs) {
      update();
      return Promise.resolve();
    }
    if (activeVT) activeVT.skipTransition();
    const vt = activeVT = document.startViewTransition(update);
    vt.ready.catch(() => {});
    return vt.finished.catch(() => {}).then(() => { if (activeVT === vt) activeVT = null; });
  }

  /* A ghost star shares the panel's view-transition name: never leave two of them around. */
  function clearGhosts() {
    for (const g of document.querySelectorAll(".ghost-star")) g.remove();
  }

  /* FLIP with Web Animations: the panel grows out of the star's rectangle. */
  function flipFrom(rect) {
    if (!rect || LS.util.reducedMotion() || !panel.animate) return;
    const p = panel.getBoundingClientRect();
    panel.animate([
      { transformOrigin: "0 0", opacity: 0.4,
        transform: "translate(" + (rect.left - p.left) + "px," + (rect.top - p.top) + "px) scale(" +
          rect.width / p.width + "," + rect.height / p.height + ")" },
      { transformOrigin: "0 0", opacity: 1, transform: "none" },
    ], { duration: 320, easing: "cubic-bezier(0.2, 0.8, 0.2, 1)" });
  }

  function afterOpen() {
    LS.math.typeset(panel);
    panel.focus({ preventScroll: true });
  }

  function open(id, origin) {
    const wasOpen = currentId !== null;
    clearGhosts();
    currentId = id;    // now, not when the transition's update runs: quick key presses chain correctly
    if (!wasOpen) returnFocus = document.activeElement;
    const s = subject(id);
    const rect = wasOpen ? null : originRect(origin || s.origin());
    const color = s.fam.color;
    // Reads before writes: the map reads the panel's place (cheap while it holds the last, laid-out
    // content, or none); then the new content goes in and is laid out once, by the next frame.
    const update = () => {
      ghost.remove();
      // Closed or replaced before this morph got its turn.
      if (currentId !== id) return;
      if (wasOpen) panel.scrollTop = 0;     // a closed panel was scrolled back when it closed
      panel.hidden = false;
      LS.camera.keepPlace(() => markBeside(true));    // mid widths: the sidebar folds away
      document.body.classList.remove("peek");
      LS.focus.setActive(id);
      render(id);
      afterOpen();
    };
    const ghost = rect && !wasOpen ? ghostAt(rect, color) : el("span");
    if (morphs) {
      document.body.append(ghost);
      return transition(update);
    }
    update();
    flipFrom(rect);
    return Promise.resolve();
  }

  /* What sits beside an open panel is told directly (a class on <body> would make the browser search the whole
   * page for what the class styles, a big map's thousands of stars, on every open and close). */
  const beside = ["sidebar", "path-caption"].map((name) => document.getElementById(name));
  function markBeside(on) {
    for (const node of beside) node.classList.toggle("beside-panel", on);
  }

  function close() {
    if (currentId === null) return Promise.resolve();
    clearGhosts();
    const id = currentId;
    currentId = null;
    const s = subject(id);
    const star = s.origin();
    const rect = document.getElementById("map-view").hidden ? null : originRect(star);
    const ghost = rect ? ghostAt(rect, s.fam.color) : null;
    const update = () => {
      if (animHandle) { animHandle.destroy(); animHandle = null; }
      LS.math.clear(panel);
      panel.scrollTop = 0;
      panel.hidden = true;
      panel.replaceChildren();
      delete panel.dataset.id;
      LS.focus.setActive(null);
      LS.camera.keepPlace(() => markBeside(false));
      document.body.classList.remove("peek");
      if (ghost) document.body.append(ghost);
    };
    const done = transition(update).then(() => { if (ghost) ghost.remove(); });
    const target = returnFocus && returnFocus.isConnected ? returnFocus : star;
    if (target && target.focus) target.focus({ preventScroll: true });
    return done;
  }

  function step(delta) {
    if (!currentId || LS.family.keyOf(currentId)) return;
    const n = familyNeighbours(idx.byId.get(currentId));
    const target = delta < 0 ? n.prev : n.next;
    if (target) LS.app.openEntry(target.id);
  }

  return { open, close, step, current: () => currentId, isOpen: () => currentId !== null };
})();
