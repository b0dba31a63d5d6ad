/* Guided tours: walk a tour's steps in order, each step opening its entry's panel with the tour's
 * narration above it. The state (tour id, step) lives in LS.state and the URL, so reloads, shared links
 * and back/forward land on the same step. The map highlights the tour's works (see LS.app.update). */
LS.tours = (function () {
  const { el } = LS.util;
  const tours = LS.data.tours || [];
  const byId = new Map(tours.map((t) => [t.id, t]));
  const live = document.getElementById("tour-live");
  const menu = document.getElementById("tours-menu");
  const toggle = document.getElementById("tours-toggle");

  const active = () => byId.get(LS.state.tour) || null;
  const ids = () => (active() ? active().steps.map((s) => s[0]) : null);

  /* ---------- actions ---------- */
  function go(tourId, step) {
    const tour = byId.get(tourId);
    const n = Math.max(0, Math.min(step, tour.steps.length - 1));
    LS.state.tour = tourId;
    LS.state.step = n;
    showMenu(false);
    LS.app.openEntry(tour.steps[n][0]);
    LS.app.update();
    announce();
  }

  function move(delta) {
    const tour = active();
    const next = LS.state.step + delta;
    if (tour && next >= 0 && next < tour.steps.length) go(tour.id, next);
  }

  /* Opening a work inside the tour moves the tour there; opening any other work (or closing) leaves it. */
  function follow(id) {
    const tour = active();
    if (!tour) return;
    const i = tour.steps.findIndex((s) => s[0] === id);
    if (i >= 0) LS.state.step = i;
    else Object.assign(LS.state, { tour: null, step: 0 });
    if (i < 0) { LS.app.update(); document.body.classList.remove("touring"); }
  }

  function leave() {
    if (!active()) return;
    LS.state.tour = null;
    LS.state.step = 0;
    LS.router.record(true);
    sync();
    LS.app.update();
    live.textContent = "Tour left.";
    // The Leave button went with the tour bar: focus the panel it sat in, or the Tours button.
    const panel = document.getElementById("panel");
    (panel.hidden ? toggle : panel).focus({ preventScroll: true });
  }

  /* On a phone the panel covers the map: "Show map" sets it aside (the tour goes on) to follow the
   * trail, and "Back to the tour" (or Esc) brings the step back. */
  const back = el("button", { type: "button", class: "peek-back", onclick: () => unpeek(), text: "← Back to the tour" });
  function peek() {
    document.body.classList.add("peek");
    LS.map.fitTo(ids());
    back.focus();
  }
  function unpeek() {
    document.body.classList.remove("peek");
    document.getElementById("panel").focus();
  }

  /* While a tour is on, ←/→ walk it and Esc leaves it. Returns true when the key was used. */
  function onKey(ev) {
    if (!active() || LS.compare.isOpen()) return false;
    if (ev.key === "Escape" && document.body.classList.contains("peek")) { unpeek(); return true; }
    if (ev.key === "Escape") { leave(); return true; }
    if (ev.key === "ArrowLeft" || ev.key === "ArrowRight") {
      ev.preventDefault();
      move(ev.key === "ArrowLeft" ? -1 : 1);
      return true;
    }
    return false;
  }

  function announce() {
    const tour = active();
    if (!tour) return;
    const [id, narration] = tour.steps[LS.state.step];
    live.textContent = "Step " + (LS.state.step + 1) + " of " + tour.steps.length + ": " +
      LS.index.byId.get(id).name + ". " + narration;
  }

  /* ---------- the tour block at the top of the panel ---------- */
  function bar(tour, step) {
    const n = tour.steps.length;
    const btn = (cls, text, title, keys, onclick, disabled) =>
      el("button", { type: "button", class: cls, title, "aria-keyshortcuts": keys, disabled, onclick, text });
    return el("section", { class: "tour-bar", "aria-label": "Guided tour: " + tour.title }, [
      el("div", { class: "tour-head" }, [
        el("strong", { class: "tour-title", text: tour.title }),
        el("span", { class: "tour-count", text: "step " + (step + 1) + " of " + n }),
      ]),
      el("p", { class: "tour-narration", text: tour.steps[step][1] }),
      el("div", { class: "tour-controls" }, [
        btn("tour-prev", "← Previous", "Previous step (←)", "ArrowLeft", () => move(-1), step === 0),
        btn("tour-next", "Next →", "Next step (→)", "ArrowRight", () => move(1), step === n - 1),
        btn("tour-map", "Show map", "Look at the tour's path on the map; the tour goes on", null, peek),
        btn("tour-bib", "BibTeX", "Download the BibTeX of this tour's papers", null, () => exportBib(tour)),
        btn("tour-leave", "Leave tour", "Leave the tour (Esc)", "Escape", leave),
      ]),
    ]);
  }

  /* Put the current step's bar in the open panel (or take it away when no tour is on). */
  function sync() {
    const panel = document.getElementById("panel");
    const old = panel.querySelector(".tour-bar");
    const tour = active();
    const fits = tour && panel.dataset.id === tour.steps[LS.state.step][0];
    const fresh = fits ? bar(tour, LS.state.step) : null;
    if (old && fresh) old.replaceWith(fresh);
    else if (old) old.remove();
    else if (fresh) panel.querySelector(".panel-head").after(fresh);
    document.body.classList.toggle("touring", Boolean(tour));
  }

  /* ---------- the Tours menu ---------- */
  function showMenu(open) {
    menu.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) menu.querySelector("button").focus();
  }

  function buildMenu() {
    menu.append(el("h2", { class: "tours-heading", text: "Guided tours" }), ...tours.map((t) =>
      el("article", { class: "tour-card" }, [
        el("h3", { text: t.title }),
        el("p", { text: t.summary }),
        el("button", { type: "button", class: "tour-start", "data-tour": t.id,
          "aria-label": "Start · " + t.steps.length + " steps: " + t.title, onclick: () => go(t.id, 0) },
        ["Start · " + t.steps.length + " steps"]),
      ])));
    toggle.addEventListener("click", () => showMenu(menu.hidden));
    menu.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") { ev.stopPropagation(); showMenu(false); toggle.focus(); }
    });
    document.addEventListener("pointerdown", (ev) => {
      if (!menu.hidden && !menu.contains(ev.target) && ev.target !== toggle) showMenu(false);
    });
  }

  /* ---------- print and export ---------- */
  function entriesOf(tour) {
    return tour.steps.map((s) => LS.index.byId.get(s[0]));
  }

  function exportBib(tour) {
    LS.util.download("tour-" + tour.id + ".bib", "application/x-bibtex", LS.exports.bibtex(entriesOf(tour)));
  }

  /* A tour prints as a reading list: its steps in order, with the narration and the papers to read. */
  function printList() {
    const tour = active();
    if (!tour) return;
    const papers = (e) => e.papers.map((k) => LS.data.papers[k]).map((p) => p.title + " (" + p.venue + ")");
    document.getElementById("print-list").replaceChildren(el("h2", { text: "Reading list: " + tour.title }),
      el("p", { text: tour.summary }), ...tour.steps.map(([id, narration], i) => {
        const e = LS.index.byId.get(id);
        return el("article", { class: "print-entry" }, [
          el("h2", { text: i + 1 + ". " + e.name }),
          el("p", { class: "meta", text: LS.util.monthLabel(e.date) + " · " + e.tagline }),
          el("p", { text: narration }),
          el("ul", {}, papers(e).map((t) => el("li", { text: t }))),
        ]);
      }));
  }

  function init() {
    if (!tours.length) { toggle.hidden = true; return; }
    buildMenu();
    document.getElementById("map-view").append(back);
    window.addEventListener("beforeprint", printList);
  }

  return { init, go, move, leave, follow, onKey, sync, ids, active, announce };
})();
