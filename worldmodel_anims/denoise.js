LandscapeAnims.register("denoise", {
  title: "Video diffusion: denoising a clip",
  description:
    "Four video frames start as pure noise. A denoiser conditioned on a text prompt removes noise step by step " +
    "(t from T to 0), on all frames at once (joint) or frame after frame, each conditioned on the clean frames " +
    "before it (causal), until a coherent clip of a bouncing ball appears.",
  period: 12,
  still: 9.5,
  params: [{"key": "steps", "label": "Denoising steps", "min": 1, "max": 16, "step": 1, "value": 8},
    {"key": "frames", "label": "Frames", "options": ["joint", "causal"], "value": "joint"}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 12;
    const N_FRAMES = 4;
    let N_STEPS = 8, CAUSAL = false;
    const T_START = 0.8; // pure noise shown first
    const T_CLEAN = 7.6; // clip is clean
    const T_RESET = 11.4; // fade back to noise before the loop restarts
    const NX = 12, NY = 9; // noise cells per frame
    let t = 0;
    let noise = null; // per frame, per cell: colour index and strength (fixed ε, like DDIM)

    /* where frame k is in its denoising at story time p: step j (fractional) of N_STEPS; causal
       frames take turns, each with its own N_STEPS steps */
    function stepOf(p, k) {
      const sd = (T_CLEAN - T_START) / N_STEPS / (CAUSAL ? N_FRAMES : 1);
      return (p - T_START - (CAUSAL ? k * N_STEPS * sd : 0)) / sd;
    }
    /* noise level σ in [0,1]: stepwise; the network "thinks" first (arrows flash), then the frame updates */
    function sigma(p, k) {
      if (p >= T_RESET) return K.ramp(p, T_RESET, PERIOD);
      const j = stepOf(p, k);
      if (j < 0) return 1;
      if (j >= N_STEPS) return 0;
      const i = Math.floor(j);
      return 1 - (i + K.ramp(j - i, 0.41, 0.82)) / N_STEPS;
    }

    /* ball position in frame k (0..1 units of the frame): moving right, bouncing */
    const BALL_X = [0.13, 0.31, 0.49, 0.65];
    const BALL_Y = [0.2, 0.44, 0.71, 0.4]; // falls, hits the floor in frame 3, rebounds
    function ballAt(k) {
      return { x: BALL_X[k], y: BALL_Y[k] };
    }

    function drawScene(g, x, y, fw, fh, k, s, theme) {
      g.globalAlpha = 1 - s * s; // the clean content x0 shows through as noise shrinks
      // floor and a static bush: the same in every frame (scene consistency)
      g.fillStyle = theme.grid;
      g.fillRect(x, y + fh * 0.82, fw, fh * 0.18);
      g.strokeStyle = theme.muted;
      g.lineWidth = 1;
      g.beginPath();
      g.moveTo(x, y + fh * 0.82);
      g.lineTo(x + fw, y + fh * 0.82);
      g.stroke();
      g.fillStyle = K.contentColor(theme, 2);
      K.roundRect(g, x + fw * 0.76, y + fh * 0.56, fw * 0.18, fh * 0.26, 4);
      g.fill();
      // ball: coarse structure first — a big faint blob that sharpens as noise drops
      const b = ballAt(k);
      const r = fh * 0.11 * (1 + 1.4 * s);
      K.dot(g, x + b.x * fw, y + b.y * fh, r, K.contentColor(theme, 1));
      g.globalAlpha = 1;
    }

    function drawNoise(g, x, y, fw, fh, k, s, theme) {
      if (s <= 0.001) return;
      const cols = [theme.fg, theme.muted, theme.grid, theme.panel, K.contentColor(theme, 0), K.contentColor(theme, 3)];
      const cw = fw / NX, ch = fh / NY;
      const cells = noise[k];
      for (let j = 0; j < NY; j++) {
        for (let i = 0; i < NX; i++) {
          const c = cells[j * NX + i];
          g.globalAlpha = s * c.a * (0.6 + 0.4 * s); // fades a bit faster than linear so structure shows mid-way
          g.fillStyle = cols[c.ci];
          g.fillRect(x + i * cw, y + j * ch, cw + 0.5, ch + 0.5);
        }
      }
      g.globalAlpha = 1;
    }

    return {
      init(env) {
        N_STEPS = env.params.steps;
        CAUSAL = env.params.frames === "causal";
        const rng = env.rng;
        t = 0;
        noise = [];
        for (let k = 0; k < N_FRAMES; k++) {
          const cells = [];
          for (let i = 0; i < NX * NY; i++) {
            const r = rng();
            // mostly grey static, a few coloured specks
            const ci = r < 0.3 ? 0 : r < 0.55 ? 1 : r < 0.75 ? 2 : r < 0.88 ? 3 : r < 0.94 ? 4 : 5;
            cells.push({ ci, a: 0.55 + 0.45 * rng() });
          }
          noise.push(cells);
        }
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const pad = Math.round(w * 0.035);
        const p = t;
        const act = CAUSAL ? K.clamp(Math.floor(((p - T_START) / (T_CLEAN - T_START)) * N_FRAMES), 0, N_FRAMES - 1) : 0;
        const s = sigma(p, act);
        const clean = p >= T_CLEAN && p < T_RESET;
        const stepIdx = Math.min(N_STEPS, Math.floor(stepOf(p, act)) + 1);

        // ── row 1: step counter + noise-level bar (t: T → 0)
        // vertical layout: header, frames, labels, arrows, denoiser box, caption — centred
        const gap = Math.round(w * 0.016);
        const fw = (w - 2 * pad - (N_FRAMES - 1) * gap) / N_FRAMES;
        const rest = f * (1.4 + 0.8 + 3.0 + 2.4 + 1.8);
        const fh = Math.min(fw * 0.78, h * 0.94 - rest);
        const top = (h - fh - rest) / 2;
        const y1 = top + f * 0.7;
        const head = clean ? "clean clip x\u2080, " + (CAUSAL ? "frame by frame" : "all frames at once") : p < T_START || p >= T_RESET ? "pure noise x_T" : (CAUSAL ? "frame " + (act + 1) + ": step " : "denoising step ") + stepIdx + "/" + N_STEPS;
        K.say(head);
        K.rich(g, head, pad, y1, theme, { size: f, align: "left" });
        const barW = w * 0.3, barH = Math.max(8, h * 0.045);
        const bx = w - pad - barW - f * 0.9;
        K.label(g, "noise", bx - f * 1.2, y1, theme, { size: f - 1 > 10 ? f - 1 : 11, align: "right", color: theme.muted, weight: "500" });
        K.label(g, "T", bx - f * 0.5, y1, theme, { size: 11, color: theme.muted });
        K.label(g, "0", bx + barW + f * 0.5, y1, theme, { size: 11, color: theme.muted });
        g.fillStyle = theme.grid;
        K.roundRect(g, bx, y1 - barH / 2, barW, barH, barH / 2);
        g.fill();
        g.fillStyle = theme.warn;
        K.roundRect(g, bx, y1 - barH / 2, Math.max(barH, barW * s), barH, barH / 2);
        if (s > 0.01) g.fill();
        // tick marks: one per diffusion step
        g.strokeStyle = theme.bg;
        g.lineWidth = 1;
        for (let i = 1; i < N_STEPS; i++) {
          g.beginPath();
          g.moveTo(bx + (barW * i) / N_STEPS, y1 - barH / 2);
          g.lineTo(bx + (barW * i) / N_STEPS, y1 + barH / 2);
          g.stroke();
        }

        // ── row 2: the clip (5 frames side by side)
        const fy = top + f * 2.2;
        const xs = [];
        for (let k = 0; k < N_FRAMES; k++) xs.push(pad + k * (fw + gap));

        // a playhead sweeps the clean clip so the motion reads as a movie
        const play = clean ? ((p - T_CLEAN) * 1.6) % N_FRAMES : -1;
        for (let k = 0; k < N_FRAMES; k++) {
          const x = xs[k];
          g.save();
          K.roundRect(g, x, fy, fw, fh, 4);
          g.fillStyle = theme.panel;
          g.fill();
          g.clip();
          drawScene(g, x, fy, fw, fh, k, sigma(p, k), theme);
          drawNoise(g, x, fy, fw, fh, k, sigma(p, k), theme);
          g.restore();
          const on = clean && Math.floor(play) === k;
          K.roundRect(g, x, fy, fw, fh, 4);
          g.lineWidth = on ? 3 : 1;
          g.strokeStyle = on ? theme.accent : theme.muted;
          g.stroke();
          K.label(g, "frame " + (k + 1), x + fw / 2, fy + fh + f * 0.85, theme, { size: 11, color: theme.muted, weight: "500" });
        }

        // once clean, the ball path links the frames: the motion is one coherent trajectory
        if (clean) {
          const a = K.ramp(p, T_CLEAN, T_CLEAN + 1);
          g.globalAlpha = a;
          g.setLineDash([3, 3]);
          g.strokeStyle = K.contentColor(theme, 1);
          g.lineWidth = 1.5;
          g.beginPath();
          for (let k = 0; k < N_FRAMES; k++) {
            const b = ballAt(k);
            const X = xs[k] + b.x * fw, Y = fy + b.y * fh;
            if (k === 0) g.moveTo(X, Y);
            else g.lineTo(X, Y);
          }
          g.stroke();
          g.setLineDash([]);
          g.globalAlpha = 1;
        }

        // ── row 3: one shared denoiser, conditioned on the prompt
        const dh = f * 2.4;
        const thinking = !clean && p >= T_START && p < T_CLEAN && stepOf(p, act) % 1 < 0.7;
        const boxY = fy + fh + f * 3.0;
        // arrows: the same network updates every frame in the same step
        for (let k = 0; k < N_FRAMES; k++) {
          const ax = xs[k] + fw / 2;
          const on = thinking && (!CAUSAL || k === act);
          const col = on ? theme.accent : CAUSAL && k < act && !clean ? theme.muted : theme.grid;
          K.arrow(g, ax, boxY - 1, ax, fy + fh + f * 1.55, col, { width: on ? 2 : 1.5, head: 6 });
        }
        K.box(g, pad, boxY, w - 2 * pad, dh, theme, "", { color: thinking ? theme.accent : theme.muted });
        const promptTxt = "\u201Cball bounces\u201D";
        const lead = "denoiser \u03B5_\u03B8(x_t, t, c)";
        const leadW = K.richWidth(g, lead, f);
        K.font(g, f, "600");
        const pW = g.measureText(promptTxt).width + 12;
        const total = leadW + f * 0.9 + g.measureText("c =").width + pW;
        let cx = w / 2 - total / 2;
        K.rich(g, lead, cx, boxY + dh / 2, theme, { size: f, align: "left" });
        cx += leadW + f * 0.4;
        K.label(g, "c =", cx, boxY + dh / 2, theme, { size: f, align: "left", color: theme.muted, weight: "500" });
        cx += g.measureText("c =").width + f * 0.5;
        g.fillStyle = theme.bg;
        K.roundRect(g, cx - 2, boxY + dh / 2 - f * 0.85, pW, f * 1.7, f * 0.85);
        g.fill();
        g.strokeStyle = theme.accent;
        g.lineWidth = 1.2;
        g.stroke();
        K.label(g, promptTxt, cx - 2 + pW / 2, boxY + dh / 2, theme, { size: f, color: theme.accent });

        // caption: what is happening right now
        const capY = boxY + dh + f * 1.1;
        const cap = clean
          ? "\u2713 all frames agree: one smooth bounce"
          : CAUSAL ? "one frame at a time, conditioned on the clean frames before it" : "every step removes noise from all frames at once";
        K.label(g, cap, w / 2, capY, theme, { size: 11, color: clean ? theme.good : theme.muted, weight: clean ? "600" : "500" });
      },
    };
  },
});
