LandscapeAnims.register("scene3d", {
  title: "Persistent 3D memory: revisit matches",
  description:
    "A camera looks at some objects, turns away and comes back. A model with a 3D memory (a point map of what it " +
    "has seen) shows the same objects again; a memoryless model re-invents them and they change.",
  period: 12,
  still: 9.5,
  params: [{"key": "window", "label": "Context window, no-memory model (s)", "min": 0.5, "max": 8, "step": 0.5, "value": 1}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 12;
    const FOV = (80 * Math.PI) / 180;
    const RANGE = 0.75; // how far the camera "sees" (room is 1×1)
    const CAM = { x: 0.5, y: 0.58 };
    const NORTH = -Math.PI / 2, SOUTH = Math.PI / 2;
    // objects in the room: kind 0 cube, 1 cylinder, 2 cone; col = palette index.
    // alt = what a memoryless model re-invents once the object has been out of view (null = forgotten)
    const OBJS = [
      // (only palette slots 0–4 are used: the palette may lose one slot to the accent)
      { x: 0.34, y: 0.22, kind: 0, col: 1, r: 0.06, alt: { x: 0.3, y: 0.26, kind: 2, col: 4, r: 0.06 } },
      { x: 0.52, y: 0.14, kind: 2, col: 2, r: 0.06, alt: null },
      { x: 0.68, y: 0.26, kind: 1, col: 0, r: 0.055, alt: { x: 0.62, y: 0.2, kind: 0, col: 3, r: 0.06 } },
      { x: 0.88, y: 0.5, kind: 1, col: 3, r: 0.05, alt: { x: 0.86, y: 0.6, kind: 2, col: 0, r: 0.05 } },
      { x: 0.66, y: 0.86, kind: 0, col: 4, r: 0.06, alt: { x: 0.66, y: 0.86, kind: 1, col: 2, r: 0.05 } },
      { x: 0.36, y: 0.87, kind: 2, col: 1, r: 0.055, alt: null },
    ];
    let FORGET_AFTER = 1.0; // s out of view before a memoryless model has lost an object (its context window)
    let t = 0;
    let pts = null; // memory candidates: {x, y, col (-1 = wall), seen}
    let order = null; // draw order scratch (indices sorted far → near)
    let seenAt = null, lostAt = null, changed = null; // per object: memoryless model's bookkeeping

    /* camera heading over the story: look north, turn (via east) to south, turn back */
    function heading(p) {
      if (p < 2.5) return NORTH;
      if (p < 4.5) return K.lerp(NORTH, SOUTH, K.ramp(p, 2.5, 4.5));
      if (p < 6) return SOUTH;
      return K.lerp(SOUTH, NORTH, K.ramp(p, 6, 8));
    }

    function relAngle(x, y, hd) {
      let a = Math.atan2(y - CAM.y, x - CAM.x) - hd;
      while (a > Math.PI) a -= 2 * Math.PI;
      while (a < -Math.PI) a += 2 * Math.PI;
      return a;
    }

    function inView(x, y, hd) {
      const d = Math.hypot(x - CAM.x, y - CAM.y);
      return d < RANGE && Math.abs(relAngle(x, y, hd)) < FOV / 2;
    }

    /* one object as the camera would see it (simple pinhole projection onto the panel) */
    function drawObjView(g, o, hd, vx, vy, vw, vh, horizon, theme) {
      const a = relAngle(o.x, o.y, hd);
      if (Math.abs(a) > FOV / 2 + 0.25) return;
      const d = Math.max(0.12, Math.hypot(o.x - CAM.x, o.y - CAM.y) * Math.cos(a));
      const focal = vw / 2 / Math.tan(FOV / 2);
      const sx = vx + vw / 2 + Math.tan(a) * focal;
      const base = horizon + (focal * 0.045) / d;
      const hgt = (focal * 0.11) / d, wid = (focal * o.r * 1.5) / d;
      const col = K.contentColor(theme, o.col);
      g.fillStyle = col;
      if (o.kind === 0) {
        g.fillRect(sx - wid / 2, base - hgt * 0.8, wid, hgt * 0.8);
      } else if (o.kind === 1) {
        g.fillRect(sx - wid * 0.4, base - hgt, wid * 0.8, hgt);
        g.beginPath();
        g.ellipse(sx, base - hgt, wid * 0.4, wid * 0.14, 0, 0, Math.PI * 2);
        g.fill();
      } else {
        g.beginPath();
        g.moveTo(sx, base - hgt * 1.1);
        g.lineTo(sx - wid / 2, base);
        g.lineTo(sx + wid / 2, base);
        g.closePath();
        g.fill();
      }
    }

    /* first-person view panel; `forget` swaps in re-invented objects */
    function drawView(g, vx, vy, vw, vh, hd, forget, theme) {
      g.save();
      K.roundRect(g, vx, vy, vw, vh, 5);
      g.clip();
      g.fillStyle = theme.panel;
      g.fillRect(vx, vy, vw, vh);
      const horizon = vy + vh * 0.42;
      g.fillStyle = theme.grid;
      g.fillRect(vx, horizon, vw, vh - (horizon - vy));
      // painter's order: far objects first
      for (let i = 0; i < OBJS.length; i++) order[i] = i;
      order.sort((a, b) => Math.hypot(OBJS[b].x - CAM.x, OBJS[b].y - CAM.y) - Math.hypot(OBJS[a].x - CAM.x, OBJS[a].y - CAM.y));
      for (let k = 0; k < OBJS.length; k++) {
        const i = order[k];
        let o = OBJS[i];
        if (forget && changed[i]) o = o.alt;
        if (o) drawObjView(g, o, hd, vx, vy, vw, vh, horizon, theme);
      }
      g.restore();
    }

    function addPoint(x, y, col) {
      pts.push({ x, y, col, seen: false });
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        FORGET_AFTER = env.params.window;
        pts = [];
        order = new Array(OBJS.length);
        seenAt = new Float32Array(OBJS.length).fill(-1);
        lostAt = new Float32Array(OBJS.length).fill(-1);
        changed = new Array(OBJS.length).fill(false);
        // wall samples (slightly jittered, like a sparse depth scan)
        for (let i = 0; i < 22; i++) {
          const u = (i + 0.5) / 22;
          addPoint(u, 0.02 + rng() * 0.015, -1);
          addPoint(u, 0.98 - rng() * 0.015, -1);
          addPoint(0.02 + rng() * 0.015, u, -1);
          addPoint(0.98 - rng() * 0.015, u, -1);
        }
        // object surface samples
        for (const o of OBJS) {
          for (let k = 0; k < 9; k++) {
            const a = (k / 9) * Math.PI * 2 + rng() * 0.3;
            addPoint(o.x + Math.cos(a) * o.r, o.y + Math.sin(a) * o.r, o.col);
          }
        }
      },
      step(dt) {
        t += dt;
        if (t >= PERIOD) {
          t -= PERIOD;
          for (const p of pts) p.seen = false; // new loop: empty memory
          seenAt.fill(-1);
          lostAt.fill(-1);
          changed.fill(false);
        }
        // memory grows: every point that falls inside the camera's view is stored
        const hd = heading(t);
        for (const p of pts) if (!p.seen && inView(p.x, p.y, hd)) p.seen = true;
        // a memoryless model only knows what is on screen: an object that comes back after
        // being out of view for a while is generated afresh (and comes out different)
        for (let i = 0; i < OBJS.length; i++) {
          const vis = Math.abs(relAngle(OBJS[i].x, OBJS[i].y, hd)) < FOV / 2 + 0.2;
          if (vis) {
            if (seenAt[i] >= 0 && lostAt[i] >= 0 && t - lostAt[i] > FORGET_AFTER) changed[i] = true;
            if (seenAt[i] < 0) seenAt[i] = t;
            lostAt[i] = -1;
          } else if (seenAt[i] >= 0 && lostAt[i] < 0) lostAt[i] = t;
        }
      },
      draw(g, view) {
        K.newFrame();     // captions drawn with avoid look only at this frame's text
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const pad = Math.round(w * 0.03);
        const p = t;
        const hd = heading(p);
        const back = p >= 8; // camera is looking at the first objects again
        const fade = 1 - K.ramp(p, 11.4, 12);

        // ── left: top-down room with camera wedge and the memory point cloud
        const side = Math.min(w * 0.47, h - 2 * pad - f * 1.8);
        const mx = pad, my = pad;
        const X = (x) => mx + x * side, Y = (y) => my + y * side;
        g.fillStyle = theme.panel;
        K.roundRect(g, mx, my, side, side, 6);
        g.fill();
        g.lineWidth = 1;
        g.strokeStyle = theme.muted;
        g.stroke();
        // true objects: faint outlines (the world itself)
        g.setLineDash([2, 2]);
        for (const o of OBJS) {
          g.beginPath();
          g.arc(X(o.x), Y(o.y), o.r * side, 0, Math.PI * 2);
          g.strokeStyle = theme.muted;
          g.stroke();
        }
        g.setLineDash([]);
        // camera view wedge (clipped to the room)
        g.save();
        K.roundRect(g, mx, my, side, side, 6);
        g.clip();
        g.globalAlpha = 0.18;
        g.fillStyle = theme.accent;
        g.beginPath();
        g.moveTo(X(CAM.x), Y(CAM.y));
        g.arc(X(CAM.x), Y(CAM.y), RANGE * side, hd - FOV / 2, hd + FOV / 2);
        g.closePath();
        g.fill();
        g.globalAlpha = 1;
        g.strokeStyle = theme.accent;
        g.lineWidth = 1.2;
        g.stroke();
        g.restore();
        // stored memory points
        g.globalAlpha = fade;
        const pr = Math.max(1.6, side * 0.011);
        for (const q of pts) {
          if (!q.seen) continue;
          if (q.col < 0) {
            g.fillStyle = theme.muted; // wall points: smaller, quieter
            g.fillRect(X(q.x) - pr * 0.7, Y(q.y) - pr * 0.7, pr * 1.4, pr * 1.4);
          } else {
            g.fillStyle = K.contentColor(theme, q.col);
            g.fillRect(X(q.x) - pr, Y(q.y) - pr, pr * 2, pr * 2);
          }
        }
        g.globalAlpha = 1;
        // camera body
        K.dot(g, X(CAM.x), Y(CAM.y), Math.max(4, side * 0.03), theme.accent);
        K.label(g, "camera", X(CAM.x), Y(CAM.y) + side * 0.08, theme, { size: 11, color: theme.fg, plate: true });
        K.label(g, "3D memory (points seen)", mx + side / 2, my + side + f * 0.95, theme, { size: 11, color: theme.muted, weight: "500" });

        // ── right: what each model shows from this camera pose
        const vx = mx + side + pad * 1.3, vw = w - vx - pad;
        const labH = f * 1.35;
        const vh = (side - 2 * labH - pad * 0.6) / 2;
        const v1y = my + labH, v2y = v1y + vh + pad * 0.6 + labH;
        const memTitle = w < 400 ? "3D memory" : "with 3D memory";
        K.label(g, memTitle, vx, v1y - labH * 0.5, theme, { size: 11, align: "left" });
        K.label(g, "no memory", vx, v2y - labH * 0.5, theme, { size: 11, align: "left" });
        drawView(g, vx, v1y, vw, vh, hd, false, theme);
        drawView(g, vx, v2y, vw, vh, hd, true, theme);
        // curtain over the loop seam: the memoryless view resets without a visible jump
        const curtain = Math.max(K.ramp(p, 11.5, 12), 1 - K.ramp(p, 0, 0.35));
        if (curtain > 0) {
          g.globalAlpha = curtain * 0.85;
          g.fillStyle = theme.panel;
          K.roundRect(g, vx, v1y, vw, vh, 5);
          g.fill();
          K.roundRect(g, vx, v2y, vw, vh, 5);
          g.fill();
          g.globalAlpha = 1;
        }
        K.roundRect(g, vx, v1y, vw, vh, 5);
        g.lineWidth = 1.5;
        g.strokeStyle = back ? theme.good : theme.muted;
        g.stroke();
        K.roundRect(g, vx, v2y, vw, vh, 5);
        g.strokeStyle = back ? theme.bad : theme.muted;
        g.stroke();
        if (back) {
          const a = K.ramp(p, 8, 8.4) * fade;
          g.globalAlpha = a;
          // verdicts follow the panel titles
          K.font(g, 11, "600");
          K.label(g, "\u2713 same", vx + g.measureText(memTitle).width + 8, v1y - labH * 0.5, theme, { size: 11, align: "left", color: theme.good, weight: "700" });
          K.font(g, 11, "600");
          K.label(g, "\u2717 changed", vx + g.measureText("no memory").width + 8, v2y - labH * 0.5, theme, { size: 11, align: "left", color: theme.bad, weight: "700" });
          g.globalAlpha = 1;
        }

        // story caption under the views
        const step = p < 2.5 ? "1  look at the objects" : p < 6 ? "2  turn away" : p < 8 ? "3  come back \u2026" : "3  come back: same?";
        K.label(g, step, vx + vw / 2, my + side + f * 0.95, theme, { size: 11, color: theme.fg, avoid: true });
        K.say(step);
      },
    };
  },
});
