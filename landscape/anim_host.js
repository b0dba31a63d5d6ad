/* Animation host: owns canvases, the single requestAnimationFrame loop, and when anything runs.
 * An animation runs only while it is playing, on screen (IntersectionObserver), in a connected
 * canvas, and the tab is visible. Under prefers-reduced-motion it shows its still key frame. */
LS.anim = (function () {
  const { el } = LS.util;
  const mounted = new Set();
  const stats = { frames: 0, steps: 0 };
  let rafId = 0;
  let lastTs = 0;
  const STEP_BUTTON_S = 0.25;

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
    const dt = lastTs ? Math.min(0.1, (ts - lastTs) / 1000) : 1 / 60;
    lastTs = ts;
    for (const rec of mounted) {
      if (!shouldRun(rec)) continue;
      rec.impl.step(dt);
      stats.steps++;
      paint(rec);
    }
    if (!document.hidden && [...mounted].some(shouldRun)) rafId = requestAnimationFrame(frame);
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
    const g = rec.g;
    g.setTransform(rec.dpr, 0, 0, rec.dpr, 0, 0);
    g.fillStyle = rec.theme.bg;
    g.fillRect(0, 0, rec.w, rec.h);
    rec.impl.draw(g, { w: rec.w, h: rec.h, theme: rec.theme });
  }

  function restart(rec) {
    rec.impl.init({ rng: LS.anim.rngFor(rec.key), theme: rec.theme });
  }

  /* Advance to the key frame in fixed steps, so the still is the same on every machine. */
  function showStill(rec) {
    restart(rec);
    const dt = 1 / 30;
    for (let t = 0; t < rec.spec.still; t += dt) rec.impl.step(dt);
  }

  function setPlaying(rec, on) {
    rec.playing = on;
    rec.playBtn.textContent = on ? "Pause" : "Play";
    rec.playBtn.setAttribute("aria-pressed", String(on));
    schedule();
  }

  /* Mount animation `key` into container; returns a handle with destroy(). */
  function mount(container, key, accent, extraClass) {
    const spec = window.LandscapeAnims.get(key);
    const canvas = el("canvas", { role: "img", "aria-label": spec.title + ": " + spec.description });
    const playBtn = el("button", { type: "button", class: "anim-play", "aria-pressed": "false", text: "Play" });
    const stepBtn = el("button", { type: "button", class: "anim-step", text: "Step",
      "aria-label": "Step forward a quarter second" });
    const box = el("figure", { class: "anim-box " + (extraClass || ""), "data-anim": key, style: { margin: "0" } }, [
      canvas,
      el("figcaption", { class: "anim-bar" }, [playBtn, stepBtn, el("span", { class: "anim-title", text: spec.title })]),
    ]);
    container.append(box);
    const rec = { key, spec, impl: spec.create(), canvas, g: canvas.getContext("2d"), accent, playBtn,
      playing: false, visible: false, sized: false, w: 0, h: 0, dpr: 1, theme: LS.theme.animTheme(accent) };
    canvas.__anim = rec;
    playBtn.addEventListener("click", () => setPlaying(rec, !rec.playing));
    stepBtn.addEventListener("click", () => {
      setPlaying(rec, false);
      rec.impl.step(STEP_BUTTON_S);
      paint(rec);
    });
    if (LS.util.reducedMotion()) showStill(rec);
    else restart(rec);
    mounted.add(rec);
    io.observe(canvas);
    ro.observe(canvas);
    paint(rec);
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
