LandscapeAnims.register("tokenfilm", {
  title: "Frames as tokens, predicted one by one",
  description:
    "A tokenizer turns each patch of the frame into the id of its nearest codebook entry; a transformer, given " +
    "these tokens and the action, predicts the next frame's tokens one at a time in raster order, and the " +
    "decoder turns them back into the next frame, where the character has moved right.",
  period: 12,
  still: 10.2,
  params: [{"key": "per_step", "label": "Tokens per step", "min": 1, "max": 16, "step": 1, "value": 1}],
  create() {
    const K = LandscapeAnims.kit;
    const G = 4; // 4×4 patches per frame
    const NC = 6; // codebook size
    // codebook ids: 0 sky, 1 cloud, 2 grass, 3 brick, 4 hero, 5 sun
    const FRAME_T = [0, 1, 0, 5, 0, 0, 0, 0, 4, 0, 3, 0, 2, 2, 2, 2];
    const FRAME_T1 = [0, 1, 0, 5, 0, 0, 0, 0, 0, 4, 3, 0, 2, 2, 2, 2]; // after action "→": hero moved right
    const PERIOD = 12;
    const T_ENC = 0.5, DT_ENC = 0.09; // tokenizer sweep
    const T_PRED = 2.7, T_DEC = 8.34; // prediction steps share T_PRED..T_DEC
    let DT_PRED = 0.34, PER = 1; // seconds per step, tokens per step
    const rank = []; // order of prediction: raster (one by one) or most confident first (MaskGIT)
    let t = 0;
    let probs = []; // probs[i][c]: predicted distribution for token i

    /* one codebook entry drawn as a little picture (the decoder's output for that id) */
    function patch(g, id, x, y, s, theme) {
      g.fillStyle = id === 2 ? theme.good : id === 3 ? theme.warn : theme.panel;
      g.fillRect(x, y, s, s);
      if (id === 1) {
        g.globalAlpha *= 0.8;
        K.dot(g, x + s * 0.38, y + s * 0.55, s * 0.2, theme.muted);
        K.dot(g, x + s * 0.6, y + s * 0.48, s * 0.24, theme.muted);
        g.globalAlpha /= 0.8;
      } else if (id === 3) {
        g.strokeStyle = theme.bg; // mortar lines
        g.lineWidth = 1;
        g.beginPath();
        g.moveTo(x, y + s / 2);
        g.lineTo(x + s, y + s / 2);
        g.moveTo(x + s / 2, y);
        g.lineTo(x + s / 2, y + s / 2);
        g.moveTo(x + s / 4, y + s / 2);
        g.lineTo(x + s / 4, y + s);
        g.moveTo(x + (3 * s) / 4, y + s / 2);
        g.lineTo(x + (3 * s) / 4, y + s);
        g.stroke();
      } else if (id === 4) {
        K.dot(g, x + s / 2, y + s * 0.27, s * 0.15, theme.accent);
        g.fillStyle = theme.accent;
        g.fillRect(x + s * 0.36, y + s * 0.44, s * 0.28, s * 0.32);
        g.fillRect(x + s * 0.36, y + s * 0.76, s * 0.1, s * 0.24);
        g.fillRect(x + s * 0.54, y + s * 0.76, s * 0.1, s * 0.24);
      } else if (id === 5) {
        K.dot(g, x + s / 2, y + s / 2, s * 0.24, theme.warn);
      }
    }
    /* a frame made of patches; only the first n patches are shown (n = 16 for all) */
    function frame(g, ids, x, y, F, theme, n) {
      const s = F / G;
      for (let i = 0; i < Math.min(n, G * G); i++) patch(g, ids[i], x + (i % G) * s, y + Math.floor(i / G) * s, s, theme);
      g.strokeStyle = theme.muted;
      g.lineWidth = 1;
      g.strokeRect(x, y, F, F);
    }
    /* a grid of token ids; the first n (in order rk, else raster) are filled; step `cur` gets a highlight */
    function tokens(g, ids, x, y, F, theme, n, cur, fs, rk) {
      const s = F / G;
      for (let i = 0; i < G * G; i++) {
        const r = rk ? rk[i] : i;
        const cx = x + (i % G) * s, cy = y + Math.floor(i / G) * s;
        g.fillStyle = theme.panel;
        g.fillRect(cx, cy, s, s);
        g.strokeStyle = theme.grid;
        g.lineWidth = 1;
        g.strokeRect(cx + 0.5, cy + 0.5, s - 1, s - 1);
        if (r < n) K.label(g, String(ids[i]), cx + s / 2, cy + s / 2 + 0.5, theme, { size: fs, color: ids[i] === 4 ? theme.accent : theme.fg, weight: "700" });
        if (cur >= 0 && Math.floor(r / (rk ? PER : 1)) === cur) {
          g.strokeStyle = theme.accent;
          g.lineWidth = 2.5;
          g.strokeRect(cx + 1, cy + 1, s - 2, s - 2);
        }
      }
      g.strokeStyle = theme.muted;
      g.lineWidth = 1;
      g.strokeRect(x, y, F, F);
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        probs = [];
        // the model is confident about sky and grass, less sure where the hero might be
        for (let i = 0; i < G * G; i++) {
          const y = FRAME_T1[i];
          const sure = y === 4 || i === 8 ? 0.45 + 0.15 * rng() : 0.6 + 0.3 * rng();
          const p = [];
          let rest = 0;
          for (let c = 0; c < NC; c++) {
            p.push(c === y ? 0 : rng() + (i === 8 && c === 4 ? 2 : 0));
            rest += p[c];
          }
          for (let c = 0; c < NC; c++) p[c] = c === y ? sure : ((1 - sure) * p[c]) / rest;
          probs.push(p);
        }
        PER = env.params.per_step;
        DT_PRED = (T_DEC - 0.2 - T_PRED) / Math.ceil((G * G) / PER);
        const order = probs.map((p, i) => i);
        if (PER > 1) order.sort((a, b) => probs[b][FRAME_T1[b]] - probs[a][FRAME_T1[a]]);
        order.forEach((i, r) => (rank[i] = r));
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        K.newFrame();     // captions drawn with avoid look only at this frame's text
        const { w, h, theme } = view;
        const fs = K.fontScaler(w);
        const fade = 1 - K.ramp(t, PERIOD - 0.6, PERIOD - 0.05);
        // layout: a U — frame → tokens → transformer → tokens → frame
        const F = Math.min(0.26 * w, 0.3 * h);
        const xl = 0.04 * w, xr = w - 0.04 * w - F;
        const yTop = 0.205 * h, yBot = yTop + F + 0.1 * h;
        const bx = xl + F + 0.07 * w, bw = xr - 0.07 * w - bx; // transformer box
        const by = 0.29 * h, bh = 0.61 * h;
        const nEnc = K.clamp(Math.floor((t - T_ENC) / DT_ENC) + 1, 0, G * G);
        const predF = (t - T_PRED) / DT_PRED;
        const nPred = K.clamp(Math.floor(predF) * PER, 0, G * G); // tokens already committed
        const curPred = t >= T_PRED && nPred < G * G ? Math.floor(predF) : -1; // the step running now
        const nDec = K.clamp(Math.floor((t - T_DEC) / 0.05) + 1, 0, G * G);
        const gap = (yTop + F + yBot) / 2; // vertical middle of the frame→tokens gap
        g.globalAlpha = fade;

        // caption
        const cap =
          t < T_ENC + 16 * DT_ENC + 0.2 ? "1  tokenize: patch → id of nearest codebook entry"
          : t < T_PRED ? "2  transformer input: tokens of o_t + action a_t"
          : t < T_DEC ? (PER > 1 ? "3  predict " + PER + " tokens per step, most confident first" : "3  predict the next frame's tokens one by one")
          : "4  decoder: ids → patches = next frame ô_{t+1}";
        K.caption(g, cap, view);

        // left: current frame and its tokens
        K.rich(g, "frame o_t", xl + F / 2, yTop - fs(12) * 0.8, theme, { size: fs(12) });
        frame(g, FRAME_T, xl, yTop, F, theme, 16);
        tokens(g, FRAME_T, xl, yBot, F, theme, nEnc, t >= T_ENC && nEnc < 16 ? nEnc - 1 : -1, fs(12));
        K.rich(g, "tokens", xl + F / 2, yBot + F + fs(11) * 0.8, theme, { size: fs(11), color: theme.muted });
        if (t >= T_ENC && nEnc < 16) {
          // scanning box on the frame, synchronized with the token being written
          const i = Math.max(0, nEnc - 1), s = F / G;
          g.strokeStyle = theme.accent;
          g.lineWidth = 2.5;
          g.strokeRect(xl + (i % G) * s + 1, yTop + Math.floor(i / G) * s + 1, s - 2, s - 2);
        }
        K.arrow(g, xl + F / 2, yTop + F + 2, xl + F / 2, yBot - 2, theme.accent, { head: 5, width: 1.5 });
        K.rich(g, "VQ", xl + F / 2 + 5, gap, theme, { size: fs(11), align: "left", color: theme.accent });

        // transformer with the action input
        K.box(g, bx, by, bw, bh, theme, "", { color: theme.accent });
        K.rich(g, "transformer", bx + bw / 2, by + fs(12) * 0.9, theme, { size: fs(12) });
        K.rich(g, "p(next token id)", bx + bw / 2, by + fs(12) * 0.9 + fs(11) * 1.15, theme, { size: fs(11), color: theme.muted, weight: "500" });
        const actOn = K.ramp(t, T_PRED - 0.7, T_PRED - 0.4);
        g.globalAlpha = fade * (0.35 + 0.65 * actOn);
        const ay = 0.19 * h;
        K.rich(g, "action a_t = →", bx + bw / 2, ay, theme, { size: fs(12), color: theme.warn, plate: true });
        K.arrow(g, bx + bw / 2, ay + 8, bx + bw / 2, by - 1, theme.warn, { head: 5, width: 1.5 });
        g.globalAlpha = fade;
        // tokens in, tokens out
        const inOn = K.ramp(t, T_PRED - 0.6, T_PRED - 0.3);
        const ty = yBot + F / 2;
        g.globalAlpha = fade * (0.3 + 0.7 * inOn);
        K.arrow(g, xl + F + 3, ty, bx - 2, ty, theme.fg, { head: 6 });
        K.arrow(g, bx + bw + 2, ty, xr - 3, ty, theme.fg, { head: 6 });
        g.globalAlpha = fade;

        // bar chart over the codebook: the x axis IS the codebook (patch picture + id)
        const cs = Math.min((bw - 16) / NC - 4, 0.09 * h);
        const chartX = bx + 8, chartW = bw - 16, bwid = chartW / NC;
        const idY = by + bh - fs(11) * 0.75, iconY = idY - fs(11) * 0.65 - cs, chartB = iconY - 4;
        const chartT = by + fs(12) * 0.9 + fs(11) * 1.95;
        const show = curPred >= 0 ? rank.indexOf(curPred * PER) : -1;
        for (let c = 0; c < NC; c++) {
          const x = chartX + c * bwid;
          let p = 0;
          if (show >= 0) p = probs[show][c] * K.ramp(predF - curPred, 0, 0.35);
          const win = show >= 0 && c === FRAME_T1[show] && predF - curPred > 0.45;
          g.fillStyle = win ? theme.accent : theme.muted;
          g.globalAlpha = fade * (win ? 1 : 0.6);
          g.fillRect(x + 2, chartB - (chartB - chartT) * p, bwid - 4, (chartB - chartT) * p);
          g.globalAlpha = fade;
          patch(g, c, x + (bwid - cs) / 2, iconY, cs, theme);
          g.strokeStyle = win ? theme.accent : theme.grid;
          g.lineWidth = win ? 2 : 1;
          g.strokeRect(x + (bwid - cs) / 2, iconY, cs, cs);
          K.label(g, String(c), x + bwid / 2, idY, theme, { size: fs(11), color: win ? theme.accent : theme.muted });
        }
        g.strokeStyle = theme.muted;
        g.lineWidth = 1;
        g.beginPath();
        g.moveTo(chartX, chartB + 0.5);
        g.lineTo(chartX + chartW, chartB + 0.5);
        g.stroke();
        K.rich(g, "codebook", bx + bw / 2, by + bh + fs(11) * 0.8, theme, { size: fs(11), color: theme.muted });

        // right: predicted tokens, then the decoded frame
        const committed = Math.min(G * G, nPred + (curPred >= 0 && predF - curPred > 0.75 ? PER : 0));
        tokens(g, FRAME_T1, xr, yBot, F, theme, committed, curPred, fs(12), rank);
        K.rich(g, "next tokens, " + Math.ceil((G * G) / PER) + " steps", xr + F / 2, yBot + F + fs(11) * 0.8, theme, { size: fs(11), color: theme.muted, avoid: true });
        if (t >= T_DEC) {
          frame(g, FRAME_T1, xr, yTop, F, theme, nDec);
          K.arrow(g, xr + F / 2, yBot - 2, xr + F / 2, yTop + F + 2, theme.accent, { head: 5, width: 1.5 });
          K.rich(g, "decode", xr + F / 2 - 5, gap, theme, { size: fs(11), align: "right", color: theme.accent });
        } else {
          g.setLineDash([4, 4]);
          g.strokeStyle = theme.muted;
          g.lineWidth = 1;
          g.strokeRect(xr, yTop, F, F);
          g.setLineDash([]);
          K.label(g, "?", xr + F / 2, yTop + F / 2, theme, { size: fs(18), color: theme.muted });
        }
        K.rich(g, "next ô_{t+1}", xr + F / 2, yTop - fs(12) * 0.8, theme, { size: fs(12) });

        // the point: the hero moved one patch right because of the action
        const hl = K.ramp(t, T_DEC + 1.1, T_DEC + 1.4);
        if (hl > 0) {
          g.globalAlpha = fade * hl;
          const s = F / G;
          g.strokeStyle = theme.warn;
          g.lineWidth = 2.5;
          g.strokeRect(xl + 0 * s, yTop + 2 * s, s, s);
          g.strokeRect(xr + 1 * s, yTop + 2 * s, s, s);
          K.rich(g, "hero moved →", bx + bw / 2, (chartT + chartB) / 2, theme, { size: fs(12), color: theme.warn, plate: true });
        }
        g.globalAlpha = 1;
      },
    };
  },
});
