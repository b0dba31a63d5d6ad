/* The map's family regions: a soft tinted region per family with its name. A tap on the region zooms to the
 * family, its name opens the family's chapter (LS.family), and hovering the region shows the family's one-line
 * definition. At each zoom the names are wrapped and sized to their regions (a name with no room hides). */
LS.regions = (function () {
  const { svg, el, setAttr, show } = LS.util;
  const data = LS.data;
  const idx = LS.index;
  const cam = LS.camera, focus = LS.focus;
  const tooltip = document.getElementById("tooltip");
  const view = cam.view;
  const SETTINGS = { famPx: 18, famMaxPx: 18, famMinPx: 11, famMinPxSmall: 9.5 };
  const groups = new Map();         // family key -> {g, rect, label, shown: the lines drawn}
  const titleWords = new Map();     // family key -> [{text, w: px at famPx}]
  let spaceW = 0;                   // a space at famPx
  let host = null;                  // the map: {familyBox(f), mapSize(), inMap(), fitTo(ids)}

  /* One group per family in layer; host gives the packing (wide or tall) and the zoom to a family. */
  function build(layer, map) {
    host = map;
    for (const f of data.families) layer.append(group(f));
  }

  /* The names' word widths, with the canvas context g (the map measures every label once). */
  function measure(g, font) {
    g.font = "700 " + SETTINGS.famPx + "px " + font;
    spaceW = g.measureText(" ").width * 1.06;
    for (const f of data.families) titleWords.set(f.key, f.label.split(" ").map((text) => ({ text, w: g.measureText(text).width * 1.06 + 1 })));
  }

  function group(f) {
    const rect = svg("rect", { class: "fam-region", rx: "22" });
    const label = svg("text", { class: "fam-label", "text-anchor": "middle", tabindex: "0", role: "button",
      "aria-label": f.label + ": about this family", text: f.label });
    const g = svg("g", { class: "family", "data-family": f.key, style: { "--fam": f.color } }, [rect, label]);
    const openChapter = (ev) => {
      ev.stopPropagation();
      ev.preventDefault();
      tooltip.hidden = true;
      LS.app.openFamily(f.key, label);
    };
    label.addEventListener("click", (ev) => { if (!cam.dragged()) openChapter(ev); });
    label.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") openChapter(ev); });
    g.addEventListener("pointerenter", () => { if (!cam.pressed()) showTip(f); });
    g.addEventListener("pointerleave", () => { if (tooltip.dataset.family === f.key) tooltip.hidden = true; });
    g.addEventListener("click", (ev) => {
      if (cam.dragged()) return;
      ev.stopPropagation();
      focus.clearPath();
      host.fitTo(idx.byFamily.get(f.key).map((e) => e.id));
    });
    groups.set(f.key, { g, rect, label, shown: "" });
    return g;
  }

  /* A family region's hover: its name and one-line definition, just under the name. */
  function showTip(f) {
    const text = LS.family.definition(f);
    if (!text || focus.hovered() || !host.inMap()) return;
    tooltip.replaceChildren(el("strong", { text: f.label }), el("span", { text }));
    const [x0, y0, x1] = host.familyBox(f);
    focus.placeTooltip(view.x + ((x0 + x1) / 2) * view.k, view.y + (y0 + host.mapSize().band) * view.k, true);
    tooltip.dataset.family = f.key;
  }

  /* Each region's rectangle (wide or tall packing). */
  function place() {
    for (const f of data.families) {
      const [x0, y0, x1, y1] = host.familyBox(f);
      const { rect } = groups.get(f.key);
      Object.entries({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }).forEach(([k, v]) => rect.setAttribute(k, v));
    }
  }

  /* A family's name is wrapped word by word into lines no wider than maxW screen px at px. */
  function wrapTitle(key, px, maxW) {
    const scale = px / SETTINGS.famPx, space = spaceW * scale, lines = [];
    for (const word of titleWords.get(key)) {
      const last = lines[lines.length - 1], w = word.w * scale;
      if (last && last.w + space + w <= maxW) Object.assign(last, { text: last.text + " " + word.text, w: last.w + space + w });
      else lines.push({ text: word.text, w });
    }
    return lines;
  }
  /* A family's name sits in the band above its stars (sized at build time for the smallest overview
   * zoom), wrapped to its region's width, all names at one size (the largest every name allows, up to
   * famMaxPx, never under famMinPx; on a phone under 360 px, whose whole-map view is smaller than the
   * band was sized for, famMinPxSmall); a name with no room (zoomed out further) hides rather than cover
   * a star. Returns the screen boxes of the names shown, which star labels avoid. */
  function placeNames() {
    const k = view.k, band = host.mapSize().band * k - 8;
    const minPx = innerWidth < 360 ? SETTINGS.famMinPxSmall : SETTINGS.famMinPx;
    const rooms = data.families.map((f) => (host.familyBox(f)[2] - host.familyBox(f)[0]) * k - 10);
    const fits = (f, px, room) => {
      const lines = wrapTitle(f.key, px, room);
      return lines.every((l) => l.w <= room) && (lines.length * 1.18 + 0.07) * px <= band;
    };
    const best = data.families.map((f, i) => {
      let px = SETTINGS.famMaxPx;
      while (px >= minPx && !fits(f, px, rooms[i])) px -= 0.5;
      return px;
    });
    const px = Math.min(...best.filter((p) => p >= minPx));
    const boxes = [];
    data.families.forEach((f, i) => {
      const [x0, y0, x1] = host.familyBox(f);
      const fam = groups.get(f.key);
      show(fam.label, best[i] >= minPx);
      if (best[i] < minPx) return;
      const lines = wrapTitle(f.key, px, rooms[i]), cx = (x0 + x1) / 2;
      const h = (lines.length * 1.18 + 0.07) * px, top = y0 + (band + 8 - h) / 2 / k;
      const text = lines.map((l) => l.text).join("\n");
      if (text !== fam.shown) {
        fam.shown = text;
        fam.label.replaceChildren(...lines.map((l, j) => svg("tspan", { dy: j ? "1.18em" : null, text: l.text + (j < lines.length - 1 ? " " : "") })));
      }
      for (const t of fam.label.children) setAttr(t, "x", cx);
      setAttr(fam.label, "font-size", (px / k).toFixed(2));
      setAttr(fam.label, "y", top + (px * 0.95) / k);
      if (fam.g.classList.contains("filtered")) return;
      const w = Math.max(...lines.map((l) => l.w)), sx = view.x + cx * k, sy = view.y + top * k;
      boxes.push([sx - w / 2, sy, sx + w / 2, sy + h]);
    });
    return boxes;
  }

  /* A family switched off in the legend: its region fades with its stars. */
  function filter(hiddenFamilies) {
    for (const [key, f] of groups) f.g.classList.toggle("filtered", hiddenFamilies.has(key));
  }

  return { build, measure, place, placeNames, filter, nameEl: (key) => (groups.get(key) || {}).label };
})();
