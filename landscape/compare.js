/* Compare two or three entries side by side, field by field, with the math typeset. */
LS.compare = (function () {
  const { el } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const box = document.getElementById("compare");
  const MAX = 3;
  // What had focus when the dialog opened; it gets it back on close.
  let returnFocus = null;

  const ROWS = [
    ["Family", (e) => el("span", { class: "fam-cell", style: { "--fam": idx.family.get(e.family).color }, text: idx.family.get(e.family).label })],
    ["Released", (e) => LS.util.monthLabel(e.date)],
    ["In one line", (e) => e.tagline],
    ["Equation", (e) => LS.math.block(e.math)],
    ["How it maps", (e) => e.mapping.join(" → ")],
    ["When to use it", (e) => e.when],
    ["Pros", (e) => el("ul", {}, e.pros.map((t) => el("li", { text: t })))],
    ["Cons", (e) => el("ul", {}, e.cons.map((t) => el("li", { text: t })))],
    ["Papers", (e) => el("ul", {}, e.papers.map((k) => el("li", { text: data.papers[k].title + " (" + data.papers[k].venue + ")" })))],
  ];

  function picker(ids) {
    const select = el("select", { "aria-label": "Add an entry to the comparison" }, [
      el("option", { value: "", text: "Add an entry…" }),
      ...data.entries.filter((e) => !ids.includes(e.id)).sort((a, b) => LS.util.textCmp(a.name, b.name))
        .map((e) => el("option", { value: e.id, text: e.name })),
    ]);
    select.addEventListener("change", () => { if (select.value) LS.app.setCompare(ids.concat(select.value)); });
    return select;
  }

  /* The chain of typed edges from the first work to this one, in words, and a way to see it on the map. */
  function relation(a, b) {
    const steps = LS.paths.shortest(a.id, b.id);
    return el("div", { class: "cell", "data-field": "How they relate" }, [
      el("span", { class: "path-words", text: steps ? LS.paths.sentence(steps) : "No chain of connections links them yet." }),
      steps ? el("button", { type: "button", class: "btn", text: "Show on map", onclick: () => {
        LS.app.setCompare([]);
        LS.app.relate(a.id, b.id);
        document.getElementById("path-caption").focus();     // the button is gone: focus what it showed
      } }) : null,
    ]);
  }

  function render(ids) {
    const entries = ids.map((id) => idx.byId.get(id));
    // Wide screens: a label column and one column per work. Phones (CSS): one swipeable column per
    // work, each field labelled in its cell; the rows stay aligned across works either way.
    const grid = el("div", { class: "compare-grid", style: { "--works": String(entries.length) } });
    grid.append(el("div", { class: "cell row-label" }));
    for (const e of entries) {
      grid.append(el("div", { class: "cell", "data-id": e.id }, [
        el("h3", {}, [el("button", { type: "button", class: "link-btn", onclick: () => LS.app.openEntry(e.id), text: e.name })]),
        ids.length > 2 ? el("button", { type: "button", class: "btn", "aria-label": "Remove " + e.name,
          onclick: () => LS.app.setCompare(ids.filter((x) => x !== e.id)), text: "Remove" }) : null,
      ]));
    }
    for (const [label, fn] of ROWS.concat(LS.results.compareRows(entries))) {
      grid.append(el("div", { class: "cell row-label", text: label }));
      for (const e of entries) {
        const v = fn(e);
        grid.append(el("div", { class: "cell", "data-field": label }, [el("span", { class: "cell-label", "aria-hidden": "true", text: label }),
          typeof v === "string" ? el("span", { text: v }) : v]));
      }
    }
    grid.append(el("div", { class: "cell row-label", text: "How they relate" }), el("div", { class: "cell", text: "—" }));
    for (const e of entries.slice(1)) grid.append(relation(entries[0], e));
    LS.math.clear(box);
    box.replaceChildren(
      el("div", { class: "compare-head" }, [
        el("h2", { id: "compare-title", text: "Compare" }),
        ids.length < MAX ? picker(ids) : null,
        el("span", { class: "spacer" }),
        el("button", { type: "button", class: "btn", "aria-label": "Close comparison (Esc)", onclick: () => LS.app.setCompare([]), text: "Close ×" }),
      ]),
      grid);
    if (box.hidden) returnFocus = document.activeElement;
    box.hidden = false;
    box.focus({ preventScroll: true });
    LS.math.typeset(box);
  }

  function show(ids) {
    if (ids.length < 2) {
      if (box.hidden) return;
      LS.math.clear(box);
      box.hidden = true;
      box.replaceChildren();
      restoreFocus();
      return;
    }
    render(ids.slice(0, MAX));
  }

  function restoreFocus() {
    const panel = document.getElementById("panel");
    const target = returnFocus && returnFocus.isConnected && returnFocus !== document.body ? returnFocus
      : !panel.hidden ? panel : null;
    returnFocus = null;
    if (target) target.focus({ preventScroll: true });
  }

  /* aria-modal: Tab and Shift+Tab cycle inside the dialog. */
  function trapTab(ev) {
    if (ev.key !== "Tab") return;
    const items = box.querySelectorAll("button, select");
    const first = items[0], last = items[items.length - 1];
    const inside = box.contains(document.activeElement) && document.activeElement !== box;
    if (ev.shiftKey && (!inside || document.activeElement === first)) { ev.preventDefault(); last.focus(); }
    else if (!ev.shiftKey && (!inside || document.activeElement === last)) { ev.preventDefault(); first.focus(); }
  }
  box.addEventListener("keydown", trapTab);

  return { show, isOpen: () => !box.hidden, MAX };
})();
