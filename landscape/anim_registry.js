/* Animation registry and drawing kit.
 *
 * Every animation file calls LandscapeAnims.register(key, spec) once. A spec is
 *   { title, description, period, still, params, create() }
 * where create() returns an instance { init(env), step(dt), draw(g, view) }:
 *   init(env)      env = { rng, theme, params }; rng() is a seeded PRNG in [0, 1); params maps each
 *                  declared parameter's key to its value. Resets all state.
 *   step(dt)       advance the story by dt seconds (the host steps in fixed ticks of 1/60 s).
 *   draw(g, view)  view = { w, h, theme }; g is a 2D context already scaled for devicePixelRatio,
 *                  so coordinates are CSS pixels. The host has painted theme.bg before draw().
 * `period` is the loop's length in seconds (the host restarts from init() after it); `still` is the
 * time of the key frame shown under prefers-reduced-motion. `params` is a JSON list (the build reads it
 * from the file's text) of { key, label, min, max, step, value } or { key, label, options, value }.
 * Animations must be deterministic: use env.rng, never Math.random() or clocks.
 */
"use strict";

window.LandscapeAnims = (function () {
  const specs = new Map();

  function register(key, spec) {
    const missing = ["title", "description", "create"].filter((k) => !spec[k]);
    if (missing.length) throw new Error("animation '" + key + "' lacks " + missing.join(", "));
    if (specs.has(key)) throw new Error("animation '" + key + "' registered twice");
    specs.set(key, Object.assign({ still: 3, period: 12, params: [] }, spec));
  }

  /* mulberry32: tiny, fast, good enough for visuals; seeded from a string. */
  function seededRng(seedText) {
    let a = 2166136261;
    for (let i = 0; i < seedText.length; i++) a = Math.imul(a ^ seedText.charCodeAt(i), 16777619);
    return function () {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* "R^λ_t", "h_{t+1}" → [{ s, m }] segments; m = 0 normal, 1 subscript, -1 superscript.
     Cached: labels repeat every frame. The cap only bounds memory if a caller makes endless new strings. */
  const richCache = new Map();
  function parseRich(s) {
    let out = richCache.get(s);
    if (out) return out;
    out = [];
    let i = 0, buf = "";
    while (i < s.length) {
      const c = s[i];
      if ((c === "_" || c === "^") && i + 1 < s.length) {
        if (buf) out.push({ s: buf, m: 0 });
        buf = "";
        let grp;
        if (s[i + 1] === "{") {
          const k = s.indexOf("}", i + 1);
          grp = s.slice(i + 2, k);
          i = k + 1;
        } else {
          grp = s[i + 1];
          i += 2;
        }
        out.push({ s: grp, m: c === "_" ? 1 : -1 });
      } else {
        buf += c;
        i++;
      }
    }
    if (buf) out.push({ s: buf, m: 0 });
    if (richCache.size > 2000) richCache.clear();
    richCache.set(s, out);
    return out;
  }

  /* The palette without the accent, in two orders, computed once per theme object (themes are
     replaced, not mutated, on a theme switch; accent/palette are re-checked anyway). */
  const paletteCache = new WeakMap();
  function paletteLists(theme) {
    let e = paletteCache.get(theme);
    if (e && e.accent === theme.accent && e.palette === theme.palette) return e;
    const hex = (c) => {
      const m = /^#([0-9a-f]{6})$/i.exec(String(c).trim());
      if (!m) return null;
      const n = parseInt(m[1], 16);
      return [n >> 16, (n >> 8) & 255, n & 255];
    };
    const a = hex(theme.accent);
    const dist = (c) => {
      const b = hex(c);
      return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) : 1;
    };
    const acc = String(theme.accent).toLowerCase();
    const inOrder = theme.palette.filter((c) => String(c).toLowerCase() !== acc);
    let byDistance = inOrder
      .map((c, k) => ({ c, k, d: dist(c) }))
      .sort((x, y) => y.d - x.d || x.k - y.k)
      .map((x) => x.c);
    if (!byDistance.length) byDistance = theme.palette.slice();
    e = { accent: theme.accent, palette: theme.palette, inOrder: inOrder.length ? inOrder : theme.palette.slice(), byDistance };
    paletteCache.set(theme, e);
    return e;
  }

  const DASH = [4, 3];

  /* Text boxes drawn this frame (kit.newFrame() empties the list). A text drawn with { avoid: true }
     that would overprint text drawn before it on its row moves into the row's free gap nearest its
     place, shrinking to the gap if it must: two captions at the bottom of a 320 px canvas never
     overprint. Returns [dx, scale]. */
  const placed = [];
  function keepClear(g, box, avoid) {
    const room = g.canvas.clientWidth || 480, w = box[2] - box[0];
    const row = placed.filter((p) => box[1] + 2 < p[3] && p[1] < box[3] - 2).sort((p, q) => p[0] - q[0]);
    let dx = 0, scale = 1;
    if (avoid && row.some((p) => box[0] < p[2] && p[0] < box[2])) {
      const gaps = [];
      let x = 2;
      for (const p of row) {
        if (p[0] - 2 > x) gaps.push([x, p[0] - 2]);
        x = Math.max(x, p[2] + 2);
      }
      if (room - 2 > x) gaps.push([x, room - 2]);
      let best = null;
      for (const [a, b] of gaps) {
        const sc = Math.min(1, (b - a) / w), x0 = Math.max(a, Math.min(b - w * sc, box[0]));
        const cost = (1 - sc) * 400 + Math.abs(x0 - box[0]);
        if (!best || cost < best.cost) best = { cost, sc, x0 };
      }
      if (best) { scale = best.sc; dx = best.x0 - box[0]; }
    }
    placed.push([box[0] + dx, box[1], box[0] + dx + w * scale, box[3]]);
    return [dx, scale];
  }

  /* Small drawing helpers shared by all animations (keeps each file about its story). */
  const kit = {
    clamp: (x, lo, hi) => Math.max(lo, Math.min(hi, x)),
    lerp: (a, b, t) => a + (b - a) * t,
    /* smooth 0→1 ramp of t over [t0, t1] */
    ramp(t, t0, t1) {
      const u = kit.clamp((t - t0) / (t1 - t0), 0, 1);
      return u * u * (3 - 2 * u);
    },
    font(g, size, weight) {
      g.font = (weight || "500") + " " + size + "px system-ui, -apple-system, 'Segoe UI', sans-serif";
    },
    /* text with a theme-coloured backing so it stays readable over drawings */
    label(g, text, x, y, theme, opts) {
      const o = Object.assign({ size: 12, align: "center", color: theme.fg, weight: "600", plate: false }, opts);
      kit.font(g, o.size, o.weight);
      g.textAlign = o.align;
      g.textBaseline = "middle";
      const tw = g.measureText(text).width, tx = o.align === "center" ? x - tw / 2 : o.align === "right" ? x - tw : x;
      const [dx, scale] = keepClear(g, [tx, y - o.size * 0.7, tx + tw, y + o.size * 0.7], o.avoid);
      if (scale < 1) { kit.font(g, Math.max(8, Math.floor(o.size * scale)), o.weight); g.textAlign = "left"; x = tx; }
      x += dx;
      if (o.plate) {
        const w = g.measureText(text).width + 8;
        const x0 = o.align === "center" ? x - w / 2 : o.align === "right" ? x - w + 4 : x - 4;
        g.fillStyle = theme.bg;
        g.globalAlpha = 0.85;
        g.fillRect(x0, y - o.size * 0.75, w, o.size * 1.5);
        g.globalAlpha = 1;
      }
      g.fillStyle = o.color;
      g.fillText(text, x, y);
    },
    /* label size for a canvas w px wide: w/40, kept between 11 and 14 px */
    fontPx: (w) => Math.min(14, Math.max(11, Math.round(w / 40))),
    /* fs(b): size b as designed at w = 480, scaled to this canvas, never under 11 px */
    fontScaler(w) {
      const sc = w / 480;
      return (b) => Math.max(11, Math.round(b * sc));
    },
    /* text with real sub/superscripts: "z_t", "h_{t+1}", "R^λ_t"; opts { size, align, color, weight, plate }.
       Draws like label() (middle baseline, optional bg plate) and returns the text width. */
    rich(g, text, x, y, theme, opts) {
      const o = opts || {};
      const segs = parseRich(text), wt = o.weight || "600", room = (g.canvas.clientWidth || 480) - 6;
      let size = o.size || 12, small = 0, wsum = 0;
      const measure = () => {
        small = Math.max(Math.min(size, 11), Math.round(size * 0.8));
        wsum = 0;
        for (const sg of segs) {
          kit.font(g, sg.m ? small : size, wt);
          wsum += g.measureText(sg.s).width;
        }
      };
      measure();
      if (wsum > room) { size = Math.max(8, Math.floor((size * room) / wsum)); measure(); }    // fits the canvas
      let x0 = o.align === "left" ? x : o.align === "right" ? x - wsum : x - wsum / 2;
      x0 = Math.max(3, Math.min(room + 3 - wsum, x0));                                       // inside its edges
      const [dx, scale] = keepClear(g, [x0, y - size * 0.8, x0 + wsum, y + size * 0.8], o.avoid);
      if (scale < 1) { size = Math.max(8, Math.floor(size * scale)); measure(); }
      x0 += dx;
      if (o.plate) {
        g.fillStyle = theme.bg;
        g.globalAlpha *= 0.85;
        g.fillRect(x0 - 3, y - size * 0.75, wsum + 6, size * 1.5);
        g.globalAlpha /= 0.85;
      }
      g.textAlign = "left";
      g.textBaseline = "middle";
      g.fillStyle = o.color || theme.fg;
      for (const sg of segs) {
        kit.font(g, sg.m ? small : size, wt);
        g.fillText(sg.s, x0, y + (sg.m > 0 ? size * 0.3 : sg.m < 0 ? -size * 0.38 : 0));
        x0 += g.measureText(sg.s).width;
      }
      return wsum;
    },
    /* the width rich() would draw text at (size, weight as its opts) */
    richWidth(g, text, size, weight) {
      let w = 0;
      for (const sg of parseRich(text)) {
        kit.font(g, sg.m ? Math.max(Math.min(size, 11), Math.round(size * 0.8)) : size, weight || "600");
        w += g.measureText(sg.s).width;
      }
      return w;
    },
    /* the story step, for the host's Time caption (caption() says it too) */
    said: "",
    placed,
    /* a new frame: text drawn with { avoid: true } looks only at boxes drawn after this */
    newFrame() {
      placed.length = 0;
    },
    say(text) {
      kit.said = text;
    },
    /* the story-step caption in the top-left corner (rich text, 12 px at w = 480) */
    caption(g, text, view, color) {
      kit.say(text);
      kit.rich(g, text, 6, 0.065 * view.h, view.theme, { size: kit.fontScaler(view.w)(12), align: "left", color });
    },
    /* palette colour i for content, most unlike the accent first (the accent itself is skipped),
       so content never borrows the accent's UI meaning */
    contentColor: (theme, i) => {
      const p = paletteLists(theme).byDistance;
      return p[i % p.length];
    },
    /* palette colour i in palette order, skipping the accent (e.g. "dreamed" vs the accent's "real") */
    nonAccentColor: (theme, i) => {
      const p = paletteLists(theme).inOrder;
      return p[i % p.length];
    },
    roundRect(g, x, y, w, h, r) {
      g.beginPath();
      g.moveTo(x + r, y);
      g.arcTo(x + w, y, x + w, y + h, r);
      g.arcTo(x + w, y + h, x, y + h, r);
      g.arcTo(x, y + h, x, y, r);
      g.arcTo(x, y, x + w, y, r);
      g.closePath();
    },
    /* a labelled block (encoder, model, policy…) */
    box(g, x, y, w, h, theme, text, opts) {
      const o = Object.assign({ color: theme.accent, fill: null, size: 12 }, opts);
      kit.roundRect(g, x, y, w, h, 6);
      g.fillStyle = o.fill || theme.panel;
      g.fill();
      g.lineWidth = 1.5;
      g.strokeStyle = o.color;
      g.stroke();
      if (text) kit.label(g, text, x + w / 2, y + h / 2, theme, { size: o.size, color: theme.fg });
    },
    arrow(g, x1, y1, x2, y2, color, opts) {
      const o = Object.assign({ width: 1.5, head: 7, dash: null }, opts);
      const ang = Math.atan2(y2 - y1, x2 - x1);
      g.strokeStyle = color;
      g.fillStyle = color;
      g.lineWidth = o.width;
      g.setLineDash(o.dash || []);
      g.beginPath();
      g.moveTo(x1, y1);
      g.lineTo(x2 - Math.cos(ang) * o.head * 0.8, y2 - Math.sin(ang) * o.head * 0.8);
      g.stroke();
      g.setLineDash([]);
      g.beginPath();
      g.moveTo(x2, y2);
      g.lineTo(x2 - o.head * Math.cos(ang - 0.45), y2 - o.head * Math.sin(ang - 0.45));
      g.lineTo(x2 - o.head * Math.cos(ang + 0.45), y2 - o.head * Math.sin(ang + 0.45));
      g.closePath();
      g.fill();
    },
    dot(g, x, y, r, color) {
      g.beginPath();
      g.arc(x, y, r, 0, Math.PI * 2);
      g.fillStyle = color;
      g.fill();
    },
    /* a dot a fraction u of the way from (x1, y1) to (x2, y2): information flowing; hidden unless 0 < u < 1 */
    flowDot(g, x1, y1, x2, y2, u, color, r) {
      if (u > 0 && u < 1) kit.dot(g, kit.lerp(x1, x2, u), kit.lerp(y1, y2, u), r || 3, color);
    },
    /* a straight dashed line (dash defaults to [4, 3]); the dash is reset afterwards */
    dashLine(g, x1, y1, x2, y2, color, width, dash) {
      g.strokeStyle = color;
      g.lineWidth = width;
      g.setLineDash(dash || DASH);
      g.beginPath();
      g.moveTo(x1, y1);
      g.lineTo(x2, y2);
      g.stroke();
      g.setLineDash([]);
    },
  };

  return {
    register,
    kit,
    seededRng,
    parseRich,
    get: (key) => specs.get(key),
    has: (key) => specs.has(key),
    keys: () => Array.from(specs.keys()).sort(),
  };
})();
