LandscapeAnims.register("wmeval", {
  title: "World model as policy evaluator",
  description:
    "Five robot policies are each tried several times in the real world and as often inside a world model. " +
    "Their success rates land near the diagonal of a scatter plot: with enough trials the world model ranks the " +
    "policies almost exactly as reality does; with few, chance scrambles both rankings.",
  period: 12,
  still: 10.2,
  params: [{"key": "trials", "label": "Trials per policy", "min": 2, "max": 16, "step": 2, "value": 8}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 12;
    const N_POL = 5;
    let N_TRY = 8, TRY_DUR = 0.15;
    const SLOT = 1.8; // seconds per policy
    // true success rates: real world vs inside the world model (close, same order); trials sample them
    const P_REAL = [0.25, 0.5, 0.85, 0.4, 0.65], P_WM = [0.3, 0.6, 0.8, 0.35, 0.5];
    let REAL = [], WM = []; // successes counted
    let t = 0;
    let outcomes = null; // [policy][lane 0 real / 1 wm][trial] → true = success

    /* Spearman rank correlation over the first n policies (no ties in this data) */
    function spearman(n) {
      const rank = (arr) => arr.slice(0, n).map((v) => arr.slice(0, n).reduce((r, u) => r + (u < v) + (u === v) / 2, 0.5));
      const a = rank(REAL), b = rank(WM);
      let d2 = 0;
      for (let i = 0; i < n; i++) d2 += (a[i] - b[i]) * (a[i] - b[i]);
      return 1 - (6 * d2) / (n * (n * n - 1));
    }

    /* one grasp attempt, q in [0,1]: reach down, close, lift (with or without the block) */
    function stage(g, x, y, sw, sh, q, success, dashed, theme) {
      K.roundRect(g, x, y, sw, sh, 5);
      g.fillStyle = theme.panel;
      g.fill();
      g.lineWidth = 1.2;
      g.strokeStyle = theme.muted;
      g.setLineDash(dashed ? [4, 3] : []);
      g.stroke();
      g.setLineDash([]);
      const table = y + sh * 0.82;
      g.fillStyle = theme.grid;
      g.fillRect(x + 2, table, sw - 4, sh * 0.18 - 2);
      const bw = sw * 0.16;
      const reach = q < 0.4 ? q / 0.4 : q < 0.55 ? 1 : 1 - (q - 0.55) / 0.45;
      const miss = success ? 0 : sw * 0.17; // a failed grasp closes beside the block
      const gx = x + sw * 0.5 + miss;
      const gy = K.lerp(y + sh * 0.12, table - bw * 1.05, reach);
      const closed = q > 0.45;
      const carry = success && q > 0.55;
      const by = carry ? gy + bw * 0.05 : table - bw;
      g.fillStyle = theme.muted; // neutral block: colours are reserved for the policies
      g.fillRect(x + sw * 0.5 - bw / 2, by, bw, bw);
      // arm + two fingers
      g.strokeStyle = theme.fg;
      g.lineWidth = 2;
      g.beginPath();
      g.moveTo(gx, y);
      g.lineTo(gx, gy);
      const open = closed ? bw * 0.55 : bw * 0.95;
      g.moveTo(gx - open, gy);
      g.lineTo(gx + open, gy);
      g.moveTo(gx - open, gy);
      g.lineTo(gx - open, gy + bw * 0.8);
      g.moveTo(gx + open, gy);
      g.lineTo(gx + open, gy + bw * 0.8);
      g.stroke();
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        N_TRY = env.params.trials;
        TRY_DUR = 1.2 / N_TRY;
        outcomes = [];
        for (let k = 0; k < N_POL; k++) {
          outcomes.push([P_REAL[k], P_WM[k]].map((p) => Array.from({ length: N_TRY }, () => rng() < p)));
        }
        [REAL, WM] = [0, 1].map((lane) => outcomes.map((o) => o[lane].filter(Boolean).length));
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const pad = Math.round(w * 0.03);
        const p = t;
        const k = Math.min(N_POL - 1, Math.floor(p / SLOT)); // current policy
        const inSlot = p - k * SLOT;
        const evaluating = p < N_POL * SLOT;
        const nDone = evaluating ? k + (inSlot > 1.55 ? 1 : 0) : N_POL; // points on the plot
        const fade = 1 - K.ramp(p, 11.6, 12);

        // ── left: policy chip forks into the real world and the world model
        const laneTop = f * 2.2, laneH = (h - laneTop - pad) / 2;
        const chipR = Math.max(12, w * 0.035);
        const chipX = pad + chipR, chipY = laneTop + laneH;
        const sw = w * 0.17, sh = laneH * 0.68;
        const sx = chipX + chipR + w * 0.05;
        const dotR = Math.max(3, w * 0.0105), dotGap = dotR * 2.6;
        const tallyX = sx + sw + w * 0.02;
        K.label(g, "one policy, tested twice", pad, f * 0.9, theme, { size: 11, align: "left", color: theme.muted, weight: "500" });
        const tries = evaluating ? K.clamp(Math.floor((inSlot - 0.2) / TRY_DUR), -1, N_TRY) : N_TRY;
        const lanes = ["real robot", "world model"];
        for (let lane = 0; lane < 2; lane++) {
          const ly = laneTop + lane * laneH;
          const stY = ly + f * 1.3;
          K.label(g, lanes[lane], sx, ly + f * 0.55, theme, { size: 11, align: "left" });
          if (lane === 1) {
            // "(imagined)" only where there is room for it
            K.font(g, 11, "600");
            const lw = g.measureText(lanes[1]).width;
            K.font(g, 11, "500");
            if (sx + lw + 4 + g.measureText("(imagined)").width < w * 0.56 - f * 2)
              K.label(g, "(imagined)", sx + lw + 4, ly + f * 0.55, theme, { size: 11, align: "left", color: theme.muted, weight: "500" });
          }
          const cur = evaluating && tries >= 0 && tries < N_TRY ? tries : -1;
          const q = cur >= 0 ? (inSlot - 0.2 - cur * TRY_DUR) / TRY_DUR : 0;
          stage(g, sx, stY, sw, sh, q, cur >= 0 ? outcomes[k][lane][cur] : true, lane === 1, theme);
          // fork arrow from the policy chip
          K.arrow(g, chipX + chipR + 2, chipY + (lane === 0 ? -4 : 4), sx - 3, stY + sh / 2, theme.muted, { width: 1.3, head: 6 });
          // tally: 8 trials, 4 per row; filled = success, ring = failure
          let wins = 0;
          const shown = evaluating ? Math.max(0, Math.min(N_TRY, tries)) : N_TRY;
          for (let i = 0; i < shown; i++) {
            const ok = outcomes[k][lane][i];
            if (ok) wins++;
            const dx = tallyX + dotR + (i % 4) * dotGap, dy = stY + sh * 0.3 + Math.floor(i / 4) * dotGap;
            if (ok) K.dot(g, dx, dy, dotR, theme.good);
            else {
              g.beginPath();
              g.arc(dx, dy, dotR - 0.7, 0, Math.PI * 2);
              g.lineWidth = 1.4;
              g.strokeStyle = theme.bad;
              g.stroke();
            }
          }
          if (shown > 0) {
            K.label(g, wins + "/" + N_TRY, tallyX + dotGap * 1.5 + dotR, stY + sh * 0.3 + Math.ceil(N_TRY / 4 - 1) * dotGap + dotR + f * 0.85, theme, { size: 11, color: theme.fg });
          }
        }
        // policy chip
        K.dot(g, chipX, chipY, chipR, K.contentColor(theme, k));
        K.label(g, "\u03C0" + (k + 1), chipX, chipY, theme, { size: Math.max(11, f), color: theme.bg, weight: "700" });
        K.label(g, "policy", chipX, chipY + chipR + f * 0.7, theme, { size: 11, color: theme.muted, weight: "500" });

        // ── right: scatter of success rates, real (x) vs world model (y)
        const px0 = Math.max(tallyX + dotGap * 4 + f * 1.8, w * 0.58), py1 = f * 1.9;
        const side = Math.min(w - pad - px0, h - py1 - f * 2.9);
        const px1 = px0 + side, py0 = py1 + side;
        g.fillStyle = theme.panel;
        g.fillRect(px0, py1, side, side);
        g.strokeStyle = theme.muted;
        g.lineWidth = 1;
        g.beginPath();
        g.moveTo(px0, py1);
        g.lineTo(px0, py0);
        g.lineTo(px1, py0);
        g.stroke();
        g.globalAlpha = 0.6;
        K.dashLine(g, px0, py0, px1, py1, theme.muted, 1, [4, 4]);
        g.globalAlpha = 1;
        K.label(g, "real success \u2192", (px0 + px1) / 2, py0 + f * 0.9, theme, { size: 11, color: theme.muted, weight: "500" });
        g.save();
        g.translate(px0 - f * 0.7, (py0 + py1) / 2);
        g.rotate(-Math.PI / 2);
        K.label(g, "WM success \u2192", 0, 0, theme, { size: 11, color: theme.muted, weight: "500" });
        g.restore();
        const ptR = Math.max(4, side * 0.035);
        for (let i = 0; i < nDone; i++) {
          const x = px0 + (REAL[i] / N_TRY) * side * 0.9 + side * 0.05;
          const y = py0 - ((WM[i] / N_TRY) * side * 0.9 + side * 0.05);
          const pop = i === k && evaluating ? K.ramp(inSlot, 1.55, 1.75) : 1;
          g.globalAlpha = fade;
          K.dot(g, x, y, ptR * (0.6 + 0.4 * pop) + (1 - pop) * 3, K.contentColor(theme, i));
          g.globalAlpha = 1;
        }
        // verdict: rank correlation between the two evaluations
        const rho = spearman(Math.max(2, nDone));
        if (!evaluating || nDone >= 3) {
          const txt = "rank corr \u03C1 = " + rho.toFixed(2);
          K.label(g, txt, px1, f * 0.9, theme, { size: 11, align: "right", color: theme.fg });
        }
        // caption under the plot, kept inside the canvas
        const cap = evaluating ? "on the diagonal = WM agrees" : rho < 0.8 ? "\u2717 too few trials to rank" : w < 400 ? "\u2713 nearly same ranking" : "\u2713 nearly the same ranking as reality";
        K.say(cap);
        K.font(g, 11, "700");
        const cx = Math.min((px0 + px1) / 2, w - 4 - g.measureText(cap).width / 2);
        if (!evaluating) g.globalAlpha = K.ramp(p, N_POL * SLOT, N_POL * SLOT + 0.5) * fade;
        K.label(g, cap, cx, py0 + f * 2.2, theme, {
          size: 11,
          color: evaluating ? theme.muted : rho < 0.8 ? theme.bad : theme.good,
          weight: evaluating ? "500" : "700",
        });
        g.globalAlpha = 1;
      },
    };
  },
});
