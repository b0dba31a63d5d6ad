/* Animation host: owns canvases, their controls, the single requestAnimationFrame loop, and when anything runs.
 * An animation runs only while it is playing, on screen (IntersectionObserver), in a connected
 * canvas, and the tab is visible. Under prefers-reduced-motion it shows its still key frame.
 * Time moves in fixed ticks of 1/60 s from init(), so the picture at a time is the same however it
 * was reached (playing, stepping or scrubbing): seeking re-runs init() and the ticks up to that time. */
LS.anim = (function () {
  const { el } = LS.util;
  const mounted = new Set();
  const stats = { frames: 0, steps: 0 };
  let rafId = 0;
  let lastTs = 0;
  const HZ = 60, TICK = 1 / HZ;
  const STEP_TICKS = 15; // Step back / forward: a quarter second

  const io = new IntersectionObserver((items) => {
    for (const it of items) {
      const rec = it.target.__anim;
      if (rec) rec.visible = it.isIntersecting;
    }
    schedule();
  });
  const ro = new ResizeObserver((items) => {
    for (const it of items) {
      const rec = it.target.__anim;
      if (rec) { rec.sized = false; paint(rec); }
    }
  });

  function shouldRun(rec) {
    return rec.playing && rec.visible && rec.canvas.isConnected;
  }

  function schedule() {
    const any = !document.hidden && [...mounted].some(shouldRun);
    if (any && !rafId) {
      lastTs = 0;
      rafId = requestAnimationFrame(frame);
    } else if (!any && rafId) {
      cancelAnimationFrame(rafId);
      rafId = 0;
    }
  }

  function frame(ts) {
    rafId = 0;
    stats.frames++;
    const dt = lastTs ? Math.min(0.1, (ts - lastTs) / 1000) : TICK;
    lastTs = ts;
    for (const rec of mounted) {
      if (!shouldRun(rec)) continue;
      rec.acc += dt;
      const n = Math.floor(rec.acc * HZ + 1e-6);
      rec.acc -= n * TICK;
      for (let i = 0; i < n; i++) tick(rec);
      stats.steps++;
      paint(rec);
    }
    if (!document.hidden && [...mounted].some(shouldRun)) rafId = requestAnimationFrame(frame);
  }

  /* One tick forward; at the end of the loop start again from init(). */
  function tick(rec) {
    if (++rec.tick >= rec.ticks) seek(rec, 0);
    else rec.impl.step(TICK);
  }

  function seek(rec, n) {
    rec.impl.init({ rng: LS.anim.rngFor(rec.key), theme: rec.theme, params: rec.params });
    rec.tick = n;
    for (let i = 0; i < n; i++) rec.impl.step(TICK);
  }

  function fitCanvas(rec) {
    const dpr = window.devicePixelRatio || 1;
    const w = rec.canvas.clientWidth || 480;
    const h = rec.canvas.clientHeight || Math.round(w * 9 / 16);
    if (rec.canvas.width !== Math.round(w * dpr) || rec.canvas.height !== Math.round(h * dpr)) {
      rec.canvas.width = Math.round(w * dpr);
      rec.canvas.height = Math.round(h * dpr);
    }
    rec.w = w;
    rec.h = h;
    rec.dpr = dpr;
    rec.sized = true;
  }

  function paint(rec) {
    if (!rec.canvas.isConnected) return;
    if (!rec.sized) fitCanvas(rec);
    const g = rec.g, K = window.LandscapeAnims.kit;
    g.setTransform(rec.dpr, 0, 0, rec.dpr, 0, 0);
    g.fillStyle = rec.theme.bg;
    g.fillRect(0, 0, rec.w, rec.h);
    K.said = "";
    K.newFrame();
    rec.impl.draw(g, { w: rec.w, h: rec.h, theme: rec.theme });
    showTime(rec, K.said);
  }

  /* The scrubber follows the clock; its caption is the story step the animation just drew. */
  function showTime(rec, caption) {
    const s = (rec.tick * TICK).toFixed(1);
    if (rec.shown === s + caption) return;
    rec.shown = s + caption;
    const parts = window.LandscapeAnims.parseRich(caption);
    rec.scrub.value = s;
    rec.scrub.setAttribute("aria-valuetext", s + " s" + (caption ? ": " + parts.map((p) => p.s).join("") : ""));
    // "o_t" shows as o with a real subscript t (DOM nodes, never markup from a string)
    rec.cap.replaceChildren(s + " s" + (caption ? " · " : ""), ...parts.map((p) => (p.m ? el(p.m > 0 ? "sub" : "sup", { text: p.s }) : p.s)));
  }

  function setPlaying(rec, on) {
    rec.playing = on;
    rec.acc = 0;
    rec.playBtn.textContent = on ? "Pause" : "Play";
    rec.playBtn.setAttribute("aria-pressed", String(on));
    schedule();
  }

  function jump(rec, n) {
    setPlaying(rec, false);
    seek(rec, ((n % rec.ticks) + rec.ticks) % rec.ticks);
    paint(rec);
  }

  /* Every line of canvas text fits its canvas, whatever the width (320 px phones too): text that would
   * cross an edge slides inside, and text wider than the canvas is condensed to fit (fillText's
   * maxWidth). Installed once per canvas, so no animation can forget it. */
  const ALIGN = { left: 0, start: 0, center: 0.5, right: 1, end: 1 };
  function fitText(rec) {
    const g = rec.g, fill = g.fillText;
    g.fillText = function (text, x, y, maxWidth) {
      const room = rec.w - 4, a = ALIGN[g.textAlign] || 0;
      const w = Math.min(g.measureText(text).width, maxWidth || Infinity);
      if (w > room) return fill.call(g, text, 2 + a * room, y, room);
      const left = Math.max(2, Math.min(rec.w - 2 - w, x - a * w));
      return fill.call(g, text, left + a * w, y, maxWidth);
    };
  }

  /* One labelled native control per declared parameter: a select for options, else a range + its value. */
  function knob(rec, p) {
    const set = (v) => {
      rec.params[p.key] = v;
      seek(rec, rec.tick);
      paint(rec);
    };
    let input, out = null;
    if (p.options) {
      input = el("select", {}, p.options.map((o) => el("option", { value: o, text: o })));
      input.value = rec.params[p.key];
      input.addEventListener("change", () => set(input.value));
    } else {
      input = el("input", { type: "range", min: p.min, max: p.max, step: p.step, value: rec.params[p.key] });
      out = el("output", { text: String(rec.params[p.key]) });
      input.addEventListener("input", () => {
        out.textContent = input.value;
        set(Number(input.value));
      });
    }
    input.dataset.param = p.key;
    return el("label", {}, [p.label + " ", input, out]);
  }

  /* Mount animation `key` into container, with optional parameter values; returns a handle with destroy(). */
  function mount(container, key, accent, params) {
    const spec = window.LandscapeAnims.get(key);
    const canvas = el("canvas", { role: "img", "aria-label": spec.title + ": " + spec.description });
    const btn = (cls, text, label) => el("button", { type: "button", class: cls, text, "aria-label": label });
    const playBtn = btn("anim-play", "Play");
    const backBtn = btn("anim-back", "◀", "Step back a quarter second");
    const stepBtn = btn("anim-step", "▶", "Step forward a quarter second");
    const scrub = el("input", { type: "range", min: 0, max: spec.period, step: 0.1, value: 0, class: "anim-scrub" });
    const cap = el("span", { class: "anim-cap", "aria-hidden": "true" });
    const rec = { key, spec, impl: spec.create(), canvas, g: canvas.getContext("2d"), accent, playBtn, scrub, cap,
      playing: false, visible: false, sized: false, w: 0, h: 0, dpr: 1, theme: LS.theme.animTheme(accent),
      tick: 0, acc: 0, ticks: Math.round(spec.period * HZ), shown: "",
      params: Object.fromEntries(spec.params.map((p) => [p.key, p.value])) };
    Object.assign(rec.params, params);
    const box = el("figure", { class: "anim-box", "data-anim": key, style: { margin: "0" } }, [
      canvas,
      el("figcaption", { class: "anim-bar" }, [playBtn, backBtn, stepBtn,
        el("label", { class: "anim-time" }, ["Time ", scrub]), cap]),
      el("div", { class: "anim-knobs" }, spec.params.map((p) => knob(rec, p))),
    ]);
    container.append(box);
    canvas.__anim = rec;
    fitText(rec);
    playBtn.addEventListener("click", () => setPlaying(rec, !rec.playing));
    backBtn.addEventListener("click", () => jump(rec, rec.tick - STEP_TICKS));
    stepBtn.addEventListener("click", () => jump(rec, rec.tick + STEP_TICKS));
    scrub.addEventListener("input", () => jump(rec, Math.min(rec.ticks - 1, Math.round(scrub.value * HZ))));
    seek(rec, LS.util.reducedMotion() ? Math.round(spec.still * HZ) : 0);
    mounted.add(rec);
    io.observe(canvas);
    ro.observe(canvas);        // its first callback sizes and paints the canvas after layout, not in this task
    setPlaying(rec, !LS.util.reducedMotion());
    return {
      box,
      destroy() {
        io.unobserve(canvas);
        ro.unobserve(canvas);
        mounted.delete(rec);
        schedule();
      },
    };
  }

  document.addEventListener("visibilitychange", schedule);
  LS.theme.onChange(() => {
    for (const rec of mounted) {
      rec.theme = LS.theme.animTheme(rec.accent);
      paint(rec);
    }
  });

  return {
    mount,
    stats: () => ({ frames: stats.frames, steps: stats.steps, running: Boolean(rafId), mounted: mounted.size }),
    rngFor: (key) => window.LandscapeAnims.seededRng("anim:" + key),
  };
})();
