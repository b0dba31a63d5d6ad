/* A move of many points between two layouts (the map and the timeline): one eased tween, its points updated
 * in place each frame. Above a few hundred stars a canvas draws the dots (one path per family colour) instead
 * of the caller moving thousands of SVG nodes every frame. */
LS.morph = (function () {
  const { el } = LS.util;
  const cam = LS.camera;
  let tween = 0, canvas = null;

  const ease = (u) => (u < 0.5 ? 4 * u * u * u : 1 - Math.pow(-2 * u + 2, 3) / 2);

  /* The canvas takes the map's size as last measured (reading it now would lay out the whole map). */
  function dotCanvas(after) {
    const c = el("canvas", { class: "morph-dots", "aria-hidden": "true" });
    const dpr = window.devicePixelRatio || 1;
    c.width = cam.area.w * dpr;
    c.height = cam.area.h * dpr;
    after.after(c);
    return c;
  }
  /* One path per colour: groups [{color, members: indices into points}]. */
  function drawDots(canvas, points, groups) {
    const g = canvas.getContext("2d"), dpr = window.devicePixelRatio || 1, view = cam.view;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    for (const { color, members } of groups) {
      g.beginPath();
      for (const i of members) {
        const p = points[i];
        g.moveTo(p.x + 6, p.y);
        g.arc(p.x, p.y, 6, 0, 2 * Math.PI);
      }
      g.fillStyle = color;
      g.fill();
    }
  }

  /* Moves points from[i] to to[i] over ms: frame() after each step, done() after the last. With canvasAfter
   * (a node), the dots are drawn on a canvas placed after it, by groups' colours, and removed at the end.
   * Returns the moving points. A new move (or stop()) ends the last one where it stands, without its done,
   * and takes its canvas away. */
  function run(from, to, { ms, frame, done, canvasAfter, groups }) {
    stop();
    const moving = from.map(() => ({ x: 0, y: 0 }));
    canvas = canvasAfter ? dotCanvas(canvasAfter) : null;
    const t0 = performance.now();
    const step = (now) => {
      const u = Math.min(1, (now - t0) / ms), k = ease(u);
      moving.forEach((p, i) => {
        p.x = from[i].x + (to[i].x - from[i].x) * k;
        p.y = from[i].y + (to[i].y - from[i].y) * k;
      });
      if (canvas) drawDots(canvas, moving, groups);
      frame();
      if (u < 1) { tween = requestAnimationFrame(step); return; }
      stop();
      done();
    };
    tween = requestAnimationFrame(step);
    return moving;
  }

  function stop() {
    cancelAnimationFrame(tween);
    tween = 0;
    if (canvas) canvas.remove();
    canvas = null;
  }

  return { run, stop };
})();
