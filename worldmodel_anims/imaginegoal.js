LandscapeAnims.register("imaginegoal", {
  title: "VLA: imagine the goal, then act",
  description:
    "Given an instruction and the current camera image, the model first imagines the goal image (cup on the plate). " +
    "An action head turns the pair (now, imagined goal) into a chunk of actions, and the robot arm carries them out until the scene matches the goal.",
  period: 12,
  still: 8,
  params: [{"key": "chunk", "label": "Actions per chunk", "options": ["1", "2", "4", "8"], "value": "8"}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 12;
    const T_IMAG = 1.2, T_IMAG_END = 3.0; // goal image appears
    const T_ACT = 3.2, T_ACT_END = 4.5; // action chunk is produced
    const T_EXEC = 4.6, T_EXEC_END = 10.0; // robot executes the chunk
    const ACTS = ["\u2190", "\u2193", "grip", "\u2191", "\u2192", "\u2193", "open", "\u2191"];
    const CUP0 = 0.28, PLATE = 0.72, TOP = 0.22, TABLE = 0.8;
    // gripper pose after each action: x, y, closed
    const POSE = [
      [0.5, TOP, 0],
      [CUP0, TOP, 0],
      [CUP0, 0.6, 0],
      [CUP0, 0.6, 1],
      [CUP0, TOP, 1],
      [PLATE, TOP, 1],
      [PLATE, 0.57, 1],
      [PLATE, 0.57, 0],
      [PLATE, TOP, 0],
    ];
    let t = 0, CH = 8; // actions the head emits per call
    let specks = null; // "dream" specks that clear as the goal image forms

    /* robot state at story time p: gripper x,y, closed amount, cup position */
    function robot(p) {
      const n = ACTS.length;
      const u = K.clamp((p - T_EXEC) / (T_EXEC_END - T_EXEC), 0, 1) * n;
      const i = Math.min(n - 1, Math.floor(u));
      const s = K.ramp(u - i, 0, 1);
      const a = POSE[i], b = POSE[i + 1];
      const gx = K.lerp(a[0], b[0], s), gy = K.lerp(a[1], b[1], s), closed = K.lerp(a[2], b[2], s);
      // the cup travels with the gripper between "grip" and "open"
      const carried = u >= 3 && u < 7;
      const onPlate = u >= 7;
      const cupX = carried ? gx : onPlate ? PLATE : CUP0;
      const cupBase = carried ? gy + 0.26 : onPlate ? TABLE - 0.03 : TABLE;
      return { gx, gy, closed, cupX, cupBase, i: u >= n ? n : i, u };
    }

    function cup(g, X, Y, S, x, base, theme, ghost) {
      const cw = 0.15 * S, ch = 0.19 * S;
      const cx = X(x), by = Y(base);
      g.beginPath();
      g.moveTo(cx - cw / 2, by - ch);
      g.lineTo(cx + cw / 2, by - ch);
      g.lineTo(cx + cw * 0.4, by);
      g.lineTo(cx - cw * 0.4, by);
      g.closePath();
      if (ghost) {
        g.setLineDash([3, 3]);
        g.lineWidth = 1.5;
        g.strokeStyle = K.contentColor(theme, 1);
        g.stroke();
        g.setLineDash([]);
      } else {
        g.fillStyle = K.contentColor(theme, 1);
        g.fill();
        g.lineWidth = 2;
        g.strokeStyle = K.contentColor(theme, 1);
        g.beginPath();
        g.arc(cx + cw * 0.55, by - ch * 0.55, ch * 0.22, -Math.PI / 2, Math.PI / 2);
        g.stroke();
      }
    }

    /* tabletop scene in a panel; r = robot state; ghost = draw goal cup outline */
    function scene(g, x, y, pw, ph, r, theme, ghost) {
      const X = (u) => x + u * pw, Y = (v) => y + v * ph, S = Math.min(pw, ph * 1.3);
      g.fillStyle = theme.panel;
      g.fillRect(x, y, pw, ph);
      g.fillStyle = theme.grid;
      g.fillRect(x, Y(TABLE), pw, ph * (1 - TABLE));
      // plate
      g.fillStyle = theme.muted;
      g.beginPath();
      g.ellipse(X(PLATE), Y(TABLE - 0.015), 0.16 * S, 0.03 * S, 0, 0, Math.PI * 2);
      g.fill();
      if (ghost) cup(g, X, Y, S, PLATE, TABLE - 0.03, theme, true);
      cup(g, X, Y, S, r.cupX, r.cupBase, theme, false);
      // gantry arm: rail, vertical link, two fingers
      g.strokeStyle = theme.fg;
      g.lineWidth = 2;
      g.beginPath();
      g.moveTo(X(r.gx), y);
      g.lineTo(X(r.gx), Y(r.gy));
      const open = K.lerp(0.12, 0.085, r.closed) * S;
      g.moveTo(X(r.gx) - open, Y(r.gy));
      g.lineTo(X(r.gx) + open, Y(r.gy));
      g.moveTo(X(r.gx) - open, Y(r.gy));
      g.lineTo(X(r.gx) - open, Y(r.gy) + 0.12 * S);
      g.moveTo(X(r.gx) + open, Y(r.gy));
      g.lineTo(X(r.gx) + open, Y(r.gy) + 0.12 * S);
      g.stroke();
    }

    function frameBorder(g, x, y, pw, ph, color, dashed) {
      K.roundRect(g, x, y, pw, ph, 5);
      g.lineWidth = 1.5;
      g.strokeStyle = color;
      g.setLineDash(dashed ? [5, 4] : []);
      g.stroke();
      g.setLineDash([]);
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        CH = Number(env.params.chunk);
        specks = [];
        for (let i = 0; i < 60; i++) specks.push({ x: rng(), y: rng(), c: Math.floor(rng() * 3) });
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const pad = Math.round(w * 0.03);
        const p = t;
        const fade = 1 - K.ramp(p, 11.6, 12);
        const imag = K.ramp(p, T_IMAG, T_IMAG_END); // goal image forming
        const nChips = p < T_ACT ? 0 : Math.min(ACTS.length, (Math.floor(((p - T_ACT) / (T_ACT_END - T_ACT)) * (8 / CH)) + 1) * CH);
        const r = robot(p);
        const executing = p >= T_EXEC && p < T_EXEC_END;
        const reached = p >= T_EXEC_END;
        K.say(p < T_IMAG ? "1  see the camera image o_t, read the instruction" : p < T_ACT ? "2  imagine the goal image \u00F4"
          : p < T_EXEC ? "3  predict a chunk of " + CH + " actions from (o_t, \u00F4)" : !reached ? "4  execute the chunk" : "5  goal reached");

        // ── row A: instruction
        // vertical budget: instruction, panels, action head, chips — centred
        const pw = w * 0.37, ph = Math.min(pw * 0.72, h - 8.4 * f);
        const top = Math.max(0, (h - ph - 7.9 * f) / 2);
        const instr = "\u2113: \u201Cput the cup on the plate\u201D";
        K.label(g, instr, w / 2, top + f * 0.95, theme, { size: f, color: theme.fg });

        // ── row B: current image → VLA → imagined goal
        const by = top + f * 2.1;
        const lx = pad, rx = w - pad - pw;
        const midX = w / 2, midY = by + ph / 2;
        const vW = Math.max(f * 3.6, w * 0.13), vH = f * 2.4;
        // left: what the camera sees now (goal cup ghost appears once the goal is imagined)
        g.save();
        K.roundRect(g, lx, by, pw, ph, 5);
        g.clip();
        scene(g, lx, by, pw, ph, r, theme, p >= T_ACT && !reached);
        // curtain over the loop seam, so the cup does not jump back to the start
        const curtain = Math.max(K.ramp(p, 11.6, 12), 1 - K.ramp(p, 0, 0.35));
        if (curtain > 0) {
          g.globalAlpha = curtain * 0.85;
          g.fillStyle = theme.panel;
          g.fillRect(lx, by, pw, ph);
          g.globalAlpha = 1;
        }
        g.restore();
        frameBorder(g, lx, by, pw, ph, reached ? theme.good : theme.muted, false);
        K.label(g, w < 400 ? "camera o\u209C" : "camera o\u209C (now)", lx + 2, by + ph + f * 0.8, theme, { size: 11, align: "left" });
        // right: the imagined goal frame (the model's own prediction)
        g.save();
        K.roundRect(g, rx, by, pw, ph, 5);
        g.clip();
        g.globalAlpha = imag * fade;
        scene(g, rx, by, pw, ph, robot(T_EXEC_END), theme, false);
        g.globalAlpha = 1;
        // dream specks clear as the prediction sharpens
        if (imag < 1) {
          const cols = [theme.muted, theme.accent, theme.grid];
          g.globalAlpha = (1 - imag) * 0.8 * (p > T_IMAG - 0.6 ? 1 : 0);
          for (const s of specks) {
            g.fillStyle = cols[s.c];
            g.fillRect(rx + s.x * pw, by + s.y * ph, 4, 4);
          }
          g.globalAlpha = 1;
        }
        g.restore();
        frameBorder(g, rx, by, pw, ph, imag > 0 ? theme.accent : theme.grid, true);
        K.label(g, w < 400 ? "imagined \u00F4" : "imagined goal \u00F4", rx + pw - 2, by + ph + f * 0.8, theme, { size: 11, align: "right", color: theme.accent });
        // VLA box between them; instruction feeds in from above
        const thinking = p >= T_IMAG - 0.3 && p < T_IMAG_END;
        K.box(g, midX - vW / 2, midY - vH / 2, vW, vH, theme, "VLA", { color: thinking ? theme.accent : theme.muted, size: f });
        K.arrow(g, midX, top + f * 1.7, midX, midY - vH / 2 - 2, thinking ? theme.accent : theme.muted, { width: thinking ? 2 : 1.3, head: 6 });
        K.arrow(g, lx + pw + 3, midY, midX - vW / 2 - 3, midY, thinking ? theme.accent : theme.muted, { width: thinking ? 2 : 1.3, head: 6 });
        K.arrow(g, midX + vW / 2 + 3, midY, rx - 3, midY, thinking ? theme.accent : theme.muted, { width: thinking ? 2 : 1.3, head: 6 });

        // ── row C: action head reads (now, goal) → row D: chunk of actions
        const ahW = Math.max(w * 0.42, f * 13), ahH = f * 1.9;
        const ahY = by + ph + f * 1.9;
        const acting = p >= T_ACT - 0.2 && p < T_ACT_END;
        const ahCol = acting ? theme.accent : theme.muted;
        // inputs leave from the panels' inner bottom corners (clear of the panel titles)
        K.arrow(g, lx + pw - 6, by + ph + 2, midX - ahW / 2 + f * 1.5, ahY - 2, ahCol, { width: acting ? 2 : 1.3, head: 6 });
        K.arrow(g, rx + 6, by + ph + 2, midX + ahW / 2 - f * 1.5, ahY - 2, ahCol, { width: acting ? 2 : 1.3, head: 6 });
        K.box(g, midX - ahW / 2, ahY, ahW, ahH, theme, "", { color: ahCol });
        K.label(g, "action head (o\u209C, \u00F4) \u2192 " + CH + " a", midX, ahY + ahH / 2, theme, { size: 11 });
        // chips
        const chipY = ahY + ahH + f * 0.5, chipH = f * 1.5;
        K.font(g, 11, "700");
        const cw = [];
        let total = 0;
        for (const a of ACTS) {
          const cwi = Math.max(chipH, g.measureText(a).width + 8);
          cw.push(cwi);
          total += cwi + 3 + (cw.length % CH ? 0 : 5); // a gap after each chunk
        }
        let cx = midX - total / 2;
        for (let i = 0; i < ACTS.length; i++) {
          if (i < nChips) {
            const now = executing && r.i === i;
            const done = (executing && r.i > i) || reached;
            g.globalAlpha = (done ? 0.45 : 1) * (1 - K.ramp(p, T_EXEC_END, T_EXEC_END + 0.3));
            K.roundRect(g, cx, chipY, cw[i], chipH, 4);
            g.fillStyle = now ? theme.accent : theme.panel;
            g.fill();
            g.lineWidth = 1.2;
            g.strokeStyle = theme.accent;
            g.stroke();
            K.label(g, ACTS[i], cx + cw[i] / 2, chipY + chipH / 2, theme, { size: 11, color: now ? theme.bg : theme.fg, weight: "700" });
            g.globalAlpha = 1;
          }
          cx += cw[i] + 3 + ((i + 1) % CH ? 0 : 5);
        }
        // execute: the chunk drives the real arm (arrow back up into the camera view)
        const ex = midX - total / 2 - 5;
        const exCol = executing ? theme.accent : theme.muted;
        g.globalAlpha = 1 - K.ramp(p, T_EXEC_END, T_EXEC_END + 0.3);
        const ey = chipY + chipH / 2, ew = executing ? 2 : 1.3;
        const tx = Math.min(lx + pw * 0.7, midX - ahW / 2 - 8); // stay left of the action head box
        if (ex > tx + 4) {
          g.strokeStyle = exCol;
          g.lineWidth = ew;
          g.beginPath();
          g.moveTo(ex, ey);
          g.lineTo(tx, ey);
          g.stroke();
          K.arrow(g, tx, ey, tx, by + ph + 3, exCol, { width: ew, head: 6 });
        } else {
          K.arrow(g, ex, ey, lx + pw * 0.7, by + ph + 3, exCol, { width: ew, head: 6 });
        }
        K.font(g, 11, "500");
        const lxEnd = Math.min(ex, tx) - 6;
        if (lxEnd - g.measureText("execute").width > 2) {
          K.label(g, "execute", lxEnd, ey, theme, { size: 11, align: "right", color: exCol, weight: "500" });
        }
        g.globalAlpha = 1;
        // the chunk is spent: the camera now shows what the model imagined
        if (reached) {
          g.globalAlpha = K.ramp(p, T_EXEC_END + 0.2, T_EXEC_END + 0.6) * fade;
          K.label(g, "\u2713 camera now matches the imagined goal", midX, chipY + chipH / 2, theme, { size: 11, color: theme.good, weight: "700" });
          g.globalAlpha = 1;
        }
      },
    };
  },
});
