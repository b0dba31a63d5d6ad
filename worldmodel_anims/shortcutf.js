LandscapeAnims.register("shortcutf", {
  title: "Shortcut forcing: one step = two halves",
  description:
    "A denoiser learns to jump from a noisy frame toward the clean one with a step of size d, trained so that " +
    "one big step lands where two half steps of size d/2 land (a loss between them); then sampling needs only " +
    "4 big steps instead of 64 small ones.",
  period: 13,
  still: 5,
  params: [{"key": "steps", "label": "Shortcut steps (d = 1/steps)", "options": ["1", "2", "4", "8"], "value": "4"}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 13;
    const A_END = 6.3; // phase A: training; phase B: sampling
    const GW = 8, GH = 6; // frame = 8×6 coloured cells
    // the clean frame: sky, sun, house, tree, grass (letters map to theme colours)
    const SCENE = ["SSSSSSSS", "SSSSSSYS", "SRRRSSSS", "SWWWSTSS", "SWDWSKSS", "GGGGGGGG"];
    const KEYS = { S: "panel", Y: "warn", R: "bad", W: "accent", D: "fg", T: "good", K: "muted", G: "good" };
    let t = 0;
    let clean = [], noise = [], wrong = [];

    /* A frame at noise level τ (0 = pure noise, 1 = clean): clean cells under noise of opacity 1−τ.
       err > 0 adds a second, wrong pattern (the student's mistake before training). */
    function tile(g, cx, cy, tw, theme, tau, err) {
      const th = (tw * GH) / GW, x0 = cx - tw / 2, y0 = cy - th / 2, cw = tw / GW, ch = th / GH;
      const a0 = g.globalAlpha;
      for (let i = 0; i < GW * GH; i++) {
        const x = x0 + (i % GW) * cw, y = y0 + Math.floor(i / GW) * ch;
        g.globalAlpha = a0;
        g.fillStyle = theme[clean[i]];
        g.fillRect(x, y, cw + 0.3, ch + 0.3);
        if (tau < 1) {
          g.globalAlpha = a0 * (1 - tau);
          g.fillStyle = theme.palette[noise[i] % theme.palette.length];
          g.fillRect(x, y, cw + 0.3, ch + 0.3);
        }
        if (err > 0 && wrong[i] >= 0) {
          g.globalAlpha = a0 * err;
          g.fillStyle = theme.palette[wrong[i] % theme.palette.length];
          g.fillRect(x, y, cw + 0.3, ch + 0.3);
        }
      }
      g.globalAlpha = a0;
      g.strokeStyle = theme.muted;
      g.lineWidth = 1;
      g.strokeRect(x0, y0, tw, th);
    }

    /* point on a quadratic curve, for the arcs and the dots travelling along them */
    function qp(p0, c, p1, u, out) {
      const v = 1 - u;
      out[0] = v * v * p0[0] + 2 * v * u * c[0] + u * u * p1[0];
      out[1] = v * v * p0[1] + 2 * v * u * c[1] + u * u * p1[1];
      return out;
    }
    const P = [0, 0], Q = [0, 0];
    /* a curved arrow drawn up to fraction u, with a moving dot while it is being drawn */
    function arc(g, p0, c, p1, u, color, width) {
      if (u <= 0) return;
      g.strokeStyle = color;
      g.lineWidth = width;
      g.beginPath();
      g.moveTo(p0[0], p0[1]);
      const n = 24;
      for (let i = 1; i <= n * u; i++) {
        qp(p0, c, p1, i / n, P);
        g.lineTo(P[0], P[1]);
      }
      g.stroke();
      qp(p0, c, p1, u, P);
      if (u < 1) K.dot(g, P[0], P[1], width + 2, color);
      else {
        qp(p0, c, p1, 0.93, Q);
        K.arrow(g, Q[0], Q[1], p1[0], p1[1], color, { width, head: 7 });
      }
    }

    function drawTraining(g, w, h, theme, fs, a) {
      const tw = Math.min(0.19 * w, 0.3 * h);
      const th = (tw * GH) / GW;
      const S = [0.15 * w, 0.5 * h]; // x_τ
      const M = [0.47 * w, 0.72 * h]; // after one half step
      const T = [0.8 * w, 0.72 * h]; // after two half steps (teacher)
      const B = [0.8 * w, 0.3 * h]; // after one big step (student)
      const stuC = theme.accent, teaC = theme.good;
      g.globalAlpha = a;
      // noisy start
      const s0 = K.ramp(t, 0, 0.4);
      g.globalAlpha = a * s0;
      tile(g, S[0], S[1], tw, theme, 0.25, 0);
      K.rich(g, "noisy x_τ", S[0], S[1] + th / 2 + fs(12) * 0.85, theme, { size: fs(12) });
      // teacher: two half steps of size d/2
      const u1 = K.clamp((t - 0.6) / 0.8, 0, 1), u2 = K.clamp((t - 1.7) / 0.8, 0, 1);
      g.globalAlpha = a;
      arc(g, [S[0] + tw / 2 + 2, S[1] + th * 0.3], [S[0] + tw * 0.75, M[1]], [M[0] - tw / 2 - 2, M[1]], u1, teaC, 2);
      arc(g, [M[0] + tw / 2, M[1]], [(M[0] + T[0]) / 2, M[1] + th * 0.15], [T[0] - tw / 2 - 2, T[1]], u2, teaC, 2);
      if (u1 > 0.5) K.rich(g, "d/2", (S[0] + M[0]) / 2 + tw * 0.1, M[1] - 4, theme, { size: fs(12), color: teaC, plate: true });
      if (u2 > 0.5) K.rich(g, "d/2", (M[0] + T[0]) / 2, M[1] + th * 0.15 - 12, theme, { size: fs(12), color: teaC, plate: true });
      if (u1 >= 1) {
        g.globalAlpha = a * K.ramp(t, 1.4, 1.6);
        tile(g, M[0], M[1], tw, theme, 0.5, 0);
      }
      if (u2 >= 1) {
        g.globalAlpha = a * K.ramp(t, 2.5, 2.7);
        tile(g, T[0], T[1], tw, theme, 0.75, 0);
        K.rich(g, "teacher x", T[0], T[1] + th / 2 + fs(12) * 0.85, theme, { size: fs(12), color: teaC, align: "center" });
      }
      // student: one big step of size d
      g.globalAlpha = a;
      const u3 = K.clamp((t - 2.8) / 0.9, 0, 1);
      const C = [0.42 * w, 0.04 * h];
      arc(g, [S[0], S[1] - th / 2 - 2], C, [B[0] - tw / 2 - 2, B[1]], u3, stuC, 2.5);
      if (u3 > 0.4) K.rich(g, "1 big step d", 0.42 * w, 0.26 * h, theme, { size: fs(12), color: stuC });
      // training: the student's landing point is pulled onto the teacher's
      const learn = K.ramp(t, 4.3, 5.6);
      if (u3 >= 1) {
        g.globalAlpha = a * K.ramp(t, 3.6, 3.8);
        tile(g, B[0], B[1], tw, theme, 0.75, 0.75 * (1 - learn));
        K.rich(g, "student x̂", B[0], B[1] - th / 2 - fs(12) * 0.8, theme, { size: fs(12), color: stuC });
      }
      const lOn = K.ramp(t, 3.9, 4.2);
      if (lOn > 0) {
        g.globalAlpha = a * lOn;
        const y1 = B[1] + th / 2 + 4, y2 = T[1] - th / 2 - 4;
        const lossC = theme.bad;
        K.arrow(g, B[0], (y1 + y2) / 2, B[0], y1, lossC, { width: 2, head: 6 });
        K.arrow(g, B[0], (y1 + y2) / 2, B[0], y2, lossC, { width: 2, head: 6 });
        const lx = B[0] - 10;
        K.rich(g, "loss ‖x̂ − sg(x)‖²", lx, (y1 + y2) / 2 - 8, theme, { size: fs(12), color: lossC, align: "right" });
        // a loss bar that shrinks as the student learns
        const bw = 0.18 * w * (1 - 0.85 * learn);
        g.fillStyle = lossC;
        g.fillRect(lx - bw, (y1 + y2) / 2 + 3, bw, 5);
      }
    }

    /* Sampling: every network call costs the same time. The shortcut lane needs 4 calls; the ordinary
       lane needs 64, so after the shortcut lane's calls it has barely moved and we fast-forward it. */
    const FF0 = 3.2, FF1 = 4.8;
    let NSC = 4; // shortcut steps: one network call each, all done in the same 2.4 s
    function callsAt(tb, n) {
      const c = Math.max(0, ((tb - 0.4) * NSC) / 2.4); // calls finished at the shared pace (fractional)
      if (n === NSC) return Math.min(NSC, c);
      if (tb < FF0) return Math.min(NSC, Math.floor(c));
      return Math.floor(NSC + (64 - NSC) * K.clamp((tb - FF0) / (FF1 - FF0), 0, 1));
    }
    function drawSampling(g, w, h, theme, fs, a, tb) {
      const tw = Math.min(0.16 * w, 0.26 * h);
      const th = (tw * GH) / GW;
      const xa = 0.06 * w + tw / 2, xb = 0.94 * w - tw / 2;
      const lanes = [
        { y: 0.33 * h, n: NSC, name: "shortcut: step size d = 1/" + NSC, color: theme.accent },
        { y: 0.72 * h, n: 64, name: "ordinary: step size 1/64", color: theme.fg },
      ];
      for (const L of lanes) {
        g.globalAlpha = a;
        const ay = L.y + th / 2 + 6;
        // τ axis with one tick per network call
        g.strokeStyle = theme.muted;
        g.lineWidth = 1;
        g.beginPath();
        g.moveTo(xa, ay);
        g.lineTo(xb, ay);
        for (let i = 0; i <= L.n; i++) {
          const x = K.lerp(xa, xb, i / L.n);
          g.moveTo(x, ay - (L.n < 10 ? 5 : 2));
          g.lineTo(x, ay + (L.n < 10 ? 5 : 2));
        }
        g.stroke();
        const c = callsAt(tb, L.n);
        const steps = Math.floor(c + 1e-6);
        let tau = steps / L.n;
        if (L.n < 10 && steps < L.n) tau = (steps + K.ramp(c - steps, 0.5, 1)) / L.n; // hop at the end of a call
        const x = K.lerp(xa, xb, tau);
        g.strokeStyle = L.color;
        g.lineWidth = 3;
        g.beginPath();
        g.moveTo(xa, ay);
        g.lineTo(x, ay);
        g.stroke();
        tile(g, x, L.y, tw, theme, tau, L.n < 4 ? (0.4 / L.n) * tau : 0); // one or two huge steps blur a little
        const ty = L.y - th / 2 - 10;
        K.rich(g, L.name, 6, ty, theme, { size: fs(12), align: "left", color: L.color });
        const done = steps >= L.n;
        K.rich(g, (done ? "✓ " : "") + "steps: " + steps, w - 6, ty, theme, { size: fs(12), align: "right", color: done ? theme.good : L.color });
      }
      g.globalAlpha = a;
      K.rich(g, "noise τ=0", xa - tw / 2, 0.94 * h, theme, { size: fs(11), align: "left", color: theme.muted });
      K.rich(g, "τ=1 clean frame", xb + tw / 2, 0.94 * h, theme, { size: fs(11), align: "right", color: theme.muted });
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        NSC = Number(env.params.steps);
        clean = [];
        noise = [];
        wrong = [];
        for (let r = 0; r < GH; r++) for (let c = 0; c < GW; c++) clean.push(KEYS[SCENE[r][c]]);
        for (let i = 0; i < GW * GH; i++) {
          noise.push(Math.floor(rng() * 6));
          wrong.push(rng() < 0.55 ? Math.floor(rng() * 6) : -1);
        }
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const fs = K.fontScaler(w);
        const fade = 1 - K.ramp(t, PERIOD - 0.6, PERIOD - 0.05);
        const aA = 1 - K.ramp(t, A_END - 0.4, A_END);
        const aB = K.ramp(t, A_END, A_END + 0.4) * fade;
        const tb = t - A_END;
        const cap =
          t < 2.8 ? "1  teacher: two half steps of size d/2"
          : t < A_END ? "2  train: one step d must land on two steps d/2"
          : tb < FF0 ? "3  sample: " + NSC + " big step" + (NSC > 1 ? "s" : "") + " instead of 64 small ones"
          : tb < FF1 ? "   (fast-forwarding the 64-step lane ×" + 64 / NSC + ")"
          : "   same clean frame with 16× fewer network calls";
        g.globalAlpha = t < A_END ? aA : aB;
        K.caption(g, cap, view, tb >= FF1 ? theme.good : theme.fg);
        if (aA > 0) drawTraining(g, w, h, theme, fs, aA);
        if (aB > 0) drawSampling(g, w, h, theme, fs, aB, tb);
        g.globalAlpha = 1;
      },
    };
  },
});
