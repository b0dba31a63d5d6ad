/* A family as a chapter: what its members share (the equation, the animation), how they differ (axes
 * naming example works), where to start, and its members in release order with their lineage. The
 * content is built here; LS.panel hosts it like an entry's (morph, focus, animation, typesetting).
 * Families without a chapter in the data still get a panel: name and members. */
LS.family = (function () {
  const { el } = LS.util;
  const idx = LS.index;
  // The panel's id for a family: entry ids are slugs, so they never start with it.
  const MARK = "@";

  const panelId = (key) => MARK + key;
  const keyOf = (id) => (id && id[0] === MARK && idx.family.has(id.slice(1)) ? id.slice(1) : null);

  /* The one-line definition: the first sentence of `about` (the map's hover, the list's title). */
  function definition(f) {
    const m = /^[\s\S]*?[.!?](?=\s|$)/.exec(f.about || "");
    return m ? m[0] : "";
  }

  function workLink(id, cls, short) {
    const e = idx.byId.get(id);
    return el("button", { type: "button", class: cls || "work-link", "data-goto": id, title: short ? e.name : e.tagline,
      onclick: () => LS.app.openEntry(id), text: short ? e.short : e.name });
  }

  function section(title, body) {
    return el("section", { class: "sec" }, [el("h3", { text: title }), body]);
  }

  function head(f, members) {
    const years = members.length ? " · " + members[0].year + "–" + members[members.length - 1].year : "";
    return el("div", { class: "panel-head" }, [
      el("div", { class: "panel-nav" }, [
        el("span", { class: "spacer" }),
        el("button", { type: "button", class: "close", "aria-label": "Close (Esc)", onclick: () => LS.app.closeEntry(), text: "×" }),
      ]),
      el("div", {}, [el("span", { class: "chip", style: { "--fam": f.color }, text: "Family" }),
        el("span", { class: "meta", text: "  " + members.length + " works" + years })]),
      el("h2", { id: "panel-title", text: f.label }),
    ]);
  }

  /* Each axis: its name, then each side with its example works as links. */
  function axes(f) {
    return el("div", { class: "fam-axes" }, f.axes.map((a) => el("div", { class: "fam-axis" }, [
      el("h4", { text: a.name }),
      el("ul", {}, a.values.map(([label, ids]) => el("li", {}, [
        el("span", { class: "axis-value", text: label }), el("span", { class: "axis-works" }, ids.flatMap((id, i) => [i ? ", " : null, workLink(id, null, true)])),
      ]))),
    ])));
  }

  /* "successor of Dreamer v1–3 · builds on PlaNet": the member's lineage edges to older works. */
  function lineage(e) {
    const parts = idx.links.get(e.id).filter((l) => l.out && idx.edgeType.get(l.type).lineage)
      .map((l) => idx.edgeType.get(l.type).label + " " + idx.byId.get(l.other).short);
    return parts.length ? el("span", { class: "fam-lineage", text: parts.join(" · ") }) : null;
  }

  function timeline(members) {
    return el("ol", { class: "fam-timeline" }, members.map((e) => el("li", { "data-id": e.id }, [
      el("time", { datetime: e.date, text: LS.util.monthLabel(e.date) }),
      el("div", {}, [workLink(e.id, "work-link member"), el("p", { text: e.tagline }), lineage(e)]),
    ])));
  }

  /* The panel's content for family `key` (pure: builds nodes, touches nothing on the page). */
  function content(key, animSlot) {
    const f = idx.family.get(key);
    const members = idx.byFamily.get(key);
    const chapter = Boolean(f.about);
    return [
      head(f, members),
      chapter ? el("p", { class: "fam-intro", text: f.about }) : null,
      chapter ? animSlot : null,
      chapter ? section("The equation they share", LS.math.block(f.math)) : null,
      chapter ? section("Start here", el("p", { class: "fam-start" }, [workLink(f.start, "work-link start"),
        el("span", { class: "meta", text: " — " + idx.byId.get(f.start).tagline })])) : null,
      chapter ? section("How the members differ", axes(f)) : null,
      section("Members, in order of release", timeline(members)),
    ].filter(Boolean);
  }

  // The first open's code runs once while idle (compiled before any click), as the entry panel's does.
  LS.util.later(() => content(LS.data.families[0].key, el("div")));

  return { panelId, keyOf, definition, content };
})();
