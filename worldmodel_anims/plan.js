LandscapeAnims.register("plan", {
  title: "Planning by sampling (MPPI / CEM)",
  description:
    "From the current latent state the planner samples many action sequences, rolls them out in the model and " +
    "colours them by return (rewards plus a terminal value Q); the mean plan moves toward the best ones, only its " +
    "first action is executed, and then it replans.",
  period: 12,
  still: 4.8,
  params: [{"key": "method", "label": "Refit", "options": ["CEM", "MPPI"], "value": "CEM"},
    {"key": "samples", "label": "Samples", "min": 8, "max": 64, "step": 8, "value": 24},
    {"key": "iters", "label": "Iterations", "min": 1, "max": 6, "step": 1, "value": 3}],
  create() {
    const K = LandscapeAnims.kit;
    const H = 8; // horizon
    let NS = 24, NE = 5, MPPI = false; // samples, elites, refit rule
    const STEP = 0.2, GAMMA = 0.95, SIG0 = 0.27;
    const WX = 2.2; // world is [0, 2.2] × [0, 1]
    const GOAL = [2.0, 0.28], OBS = [0.95, 0.57, 0.2]; // goal point, obstacle circle (x, y, r)
    const PERIOD = 12;
    // schedule: planning rounds (iterations × duration), each followed by executing one action
    let ROUNDS = [];
    const EXEC = 0.7;
    let t = 0;
    let plans = []; // per round: { z, head, iters: [{ pts, bucket, meanOld, meanNew }] }

    /* ---------- the planner (run once in init; drawing replays it) ---------- */
    function gauss(rng) {
      return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    }
    /* roll an action sequence (turn rates) out from (z, heading): returns H+1 points */
    function rollout(z, head, acts) {
      const pts = new Float32Array(2 * (H + 1));
      let x = z[0], y = z[1], th = head;
      pts[0] = x;
      pts[1] = y;
      for (let k = 0; k < H; k++) {
        th += acts[k];
        x += STEP * Math.cos(th);
        y += STEP * Math.sin(th);
        pts[2 * k + 2] = x;
        pts[2 * k + 3] = y;
      }
      return pts;
    }
    const dGoal = (x, y) => Math.hypot(x - GOAL[0], y - GOAL[1]);
    /* reward: closer to the goal is better; inside the obstacle is very bad */
    function reward(x, y) {
      const dObs = Math.hypot(x - OBS[0], y - OBS[1]);
      const wall = Math.max(0, 0.1 - y, y - 0.9) * 20; // leaving the map is bad too
      return -0.3 * dGoal(x, y) - 3 * Math.max(0, 1 - dObs / (OBS[2] + 0.05)) - wall;
    }
    /* return R = Σ γ^k r(z_k) + γ^H Q(z_H), with Q = −2·distance to the goal */
    function ret(pts) {
      let R = 0;
      for (let k = 1; k <= H; k++) R += Math.pow(GAMMA, k - 1) * reward(pts[2 * k], pts[2 * k + 1]);
      return R + Math.pow(GAMMA, H) * -2 * dGoal(pts[2 * H], pts[2 * H + 1]);
    }
    function plan(rng) {
      plans = [];
      let z = [0.15, 0.5], head = 0;
      let mu = new Array(H).fill(0), sig = new Array(H).fill(SIG0);
      for (let r = 0; r < ROUNDS.length; r++) {
        const P = { z: z.slice(), head, iters: [] };
        for (let it = 0; it < ROUNDS[r].iters; it++) {
          const acts = [], pts = [], R = [];
          for (let n = 0; n < NS; n++) {
            const a = [];
            for (let k = 0; k < H; k++) a.push(K.clamp(mu[k] + sig[k] * gauss(rng), -0.7, 0.7));
            acts.push(a);
            pts.push(rollout(z, head, a));
            R.push(ret(pts[n]));
          }
          const order = R.map((_, n) => n).sort((a, b) => R[b] - R[a]);
          const bucket = new Array(NS);
          order.forEach((n, rank) => (bucket[n] = rank < NE ? 2 : rank < NS * 0.55 ? 1 : 0));
          const meanOld = rollout(z, head, mu);
          // refit: mean and spread of the elites, equally weighted (CEM), or of all samples weighted by exp(R/τ) (MPPI)
          const wt = R.map((x, n) => (MPPI ? Math.exp((x - R[order[0]]) / 0.5) : bucket[n] === 2 ? 1 : 0));
          const W = wt.reduce((a, b) => a + b);
          const nm = [], ns = [];
          for (let k = 0; k < H; k++) {
            let m = 0, v = 0;
            for (let n = 0; n < NS; n++) m += (wt[n] * acts[n][k]) / W;
            for (let n = 0; n < NS; n++) v += (wt[n] * (acts[n][k] - m) ** 2) / W;
            nm.push(m);
            ns.push(Math.max(0.08, Math.sqrt(v)));
          }
          mu = nm;
          sig = ns;
          P.iters.push({ pts, bucket, meanOld, meanNew: rollout(z, head, mu) });
        }
        plans.push(P);
        // execute the first action only, then warm-start the next round with the shifted plan
        head += mu[0];
        z = [z[0] + STEP * Math.cos(head), z[1] + STEP * Math.sin(head)];
        mu = mu.slice(1).concat([0]);
        sig = new Array(H).fill(SIG0 * 0.8);
      }
    }

    return {
      init(env) {
        t = 0;
        NS = env.params.samples;
        NE = Math.max(2, Math.round(NS / 5));
        MPPI = env.params.method === "MPPI";
        const n = env.params.iters;
        ROUNDS = [[0.4, 3.9], [5.0, 2.4], [8.1, 2.4]].map(([t0, d]) => ({ t0, iters: n, dur: d / n }));
        plan(env.rng);
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const fs = K.fontScaler(w);
        const fade = 1 - K.ramp(t, PERIOD - 0.6, PERIOD - 0.05);
        // world → screen (uniform scale, centred in the plot area)
        const px0 = 0.03 * w, py0 = 0.14 * h, pw = 0.94 * w, ph = 0.72 * h;
        const S = Math.min(pw / WX, ph);
        const ox = px0 + (pw - S * WX) / 2, oy = py0 + (ph - S) / 2;
        const X = (x) => ox + x * S, Y = (y) => oy + y * S;
        const bucketC = [theme.bad, theme.warn, theme.good];
        g.globalAlpha = fade;

        // where are we: round r, iteration i, phase u in [0, 1], or executing
        let r = 0, it = -1, u = 0, exec = -1;
        for (let k = 0; k < ROUNDS.length; k++) {
          const R0 = ROUNDS[k], tEnd = R0.t0 + R0.iters * R0.dur;
          if (t >= R0.t0) {
            r = k;
            if (t < tEnd) { it = Math.floor((t - R0.t0) / R0.dur); u = (t - R0.t0 - it * R0.dur) / R0.dur; exec = -1; }
            else { it = R0.iters - 1; u = 1; exec = K.clamp((t - tEnd) / EXEC, 0, 1); }
          }
        }
        const P = plans[r];
        const started = t >= ROUNDS[0].t0;

        // plot frame and the landscape: goal (high reward) and obstacle (low reward)
        K.roundRect(g, X(0), Y(0), S * WX, S, 6);
        g.fillStyle = theme.panel;
        g.fill();
        for (let ring = 3; ring >= 1; ring--) {
          g.globalAlpha = fade * 0.18;
          K.dot(g, X(GOAL[0]), Y(GOAL[1]), ring * 0.09 * S, theme.good);
        }
        g.globalAlpha = fade * 0.3;
        K.dot(g, X(OBS[0]), Y(OBS[1]), OBS[2] * S, theme.bad);
        g.globalAlpha = fade;
        K.dot(g, X(GOAL[0]), Y(GOAL[1]), 4, theme.good);
        K.rich(g, "latent space", X(0) + 6, Y(1) - fs(11) * 0.8, theme, { size: fs(11), align: "left", color: theme.muted, weight: "500" });

        // caption
        let cap;
        if (exec >= 0) cap = "4  execute only the first action a_0, then replan";
        else if (r > 0) cap = "replan from the new z: sample → score → refit";
        else if (!started || u < 0.3) cap = "1  sample " + NS + " action sequences a_{0:H} ~ N(μ, σ)";
        else if (u < 0.55) cap = "2  score: R = Σ γ^t r_t + γ^H Q(z_H)";
        else cap = MPPI ? "3  μ = Σ w a,  w ∝ exp(R/τ) over all samples (MPPI)" : "3  μ = mean of the " + NE + " best samples (CEM)";
        K.caption(g, cap, view);

        // executed path so far (the agent's real trajectory)
        g.strokeStyle = theme.accent;
        g.lineWidth = 3;
        g.beginPath();
        g.moveTo(X(plans[0].z[0]), Y(plans[0].z[1]));
        for (let k = 1; k <= r; k++) g.lineTo(X(plans[k].z[0]), Y(plans[k].z[1]));
        g.stroke();

        // trajectories are clipped to the plot so wild samples do not spill over the text
        g.save();
        K.roundRect(g, X(0), Y(0), S * WX, S, 6);
        g.clip();
        if (started) {
          const I = P.iters[it];
          // sampled trajectories: grow out, then take their return colour; elites drawn thicker
          const grow = exec >= 0 ? 1 : K.ramp(u, 0, 0.28);
          const col = exec >= 0 ? 1 : K.ramp(u, 0.3, 0.42);
          const dim = exec >= 0 ? 0.28 : 1;
          const kmax = grow * H;
          // one path per return bucket (low, mid, high), drawn low → high so the best end on top
          for (let b = 0; b < 3; b++) {
            g.globalAlpha = fade * dim * (col > 0 ? K.lerp(0.5, b === 2 ? 1 : 0.7, col) : 0.5);
            g.strokeStyle = col > 0.5 ? bucketC[b] : theme.muted;
            g.lineWidth = col > 0.5 && b === 2 ? 2 : 1;
            g.beginPath();
            for (let n = 0; n < NS; n++) {
              if (I.bucket[n] !== b) continue;
              const pts = I.pts[n];
              g.moveTo(X(pts[0]), Y(pts[1]));
              for (let k = 1; k <= kmax; k++) g.lineTo(X(pts[2 * k]), Y(pts[2 * k + 1]));
              const k0 = Math.floor(kmax), f = kmax - k0;
              if (f > 0 && k0 < H) g.lineTo(X(K.lerp(pts[2 * k0], pts[2 * k0 + 2], f)), Y(K.lerp(pts[2 * k0 + 1], pts[2 * k0 + 3], f)));
            }
            g.stroke();
          }
          g.globalAlpha = fade;
          // the mean plan μ: slides from its old to its new shape
          const m = exec >= 0 ? 1 : K.ramp(u, 0.6, 0.9);
          g.strokeStyle = theme.fg;
          g.lineWidth = 2.5;
          g.setLineDash([6, 4]);
          g.beginPath();
          for (let k = 0; k <= H; k++) {
            const x = K.lerp(I.meanOld[2 * k], I.meanNew[2 * k], m), y = K.lerp(I.meanOld[2 * k + 1], I.meanNew[2 * k + 1], m);
            if (k === 0) g.moveTo(X(x), Y(y));
            else g.lineTo(X(x), Y(y));
          }
          g.stroke();
          g.setLineDash([]);
        }
        g.restore();
        if (started) {
          const I = P.iters[it], m = exec >= 0 ? 1 : K.ramp(u, 0.6, 0.9);
          // label the mean plan near its middle, just above the line
          const kl = H / 2;
          const lx = K.lerp(I.meanOld[2 * kl], I.meanNew[2 * kl], m), ly = K.lerp(I.meanOld[2 * kl + 1], I.meanNew[2 * kl + 1], m);
          K.rich(g, "mean μ", X(lx), Y(ly) - 12, theme, { size: fs(11), color: theme.fg, plate: true });
          // executing: the first step of the plan is highlighted and the agent moves along it
          if (exec >= 0 && r < plans.length) {
            const M = I.meanNew;
            g.strokeStyle = theme.accent;
            g.lineWidth = 4;
            g.beginPath();
            g.moveTo(X(M[0]), Y(M[1]));
            g.lineTo(X(K.lerp(M[0], M[2], exec)), Y(K.lerp(M[1], M[3], exec)));
            g.stroke();
            K.rich(g, "a_0", X((M[0] + M[2]) / 2) + 8, Y((M[1] + M[3]) / 2) + 12, theme, { size: fs(12), color: theme.accent, plate: true });
          }
        }
        K.rich(g, "goal: high r", X(GOAL[0]), Y(GOAL[1]) - 0.14 * S, theme, { size: fs(11), color: theme.good, plate: true });
        K.rich(g, "low r", X(OBS[0]), Y(OBS[1]), theme, { size: fs(11), color: theme.bad, plate: true });
        // the agent: current latent z
        let ax = P.z[0], ay = P.z[1];
        if (exec > 0) {
          const M = P.iters[P.iters.length - 1].meanNew;
          ax = K.lerp(M[0], M[2], exec);
          ay = K.lerp(M[1], M[3], exec);
        }
        K.dot(g, X(ax), Y(ay), 6, theme.accent);
        K.rich(g, "z", X(ax) - 6, Y(ay) - 11, theme, { size: fs(12), align: "right", color: theme.accent, plate: true });

        // legend: return colours
        const ly = 0.935 * h;
        let lx = w - 6;
        const items = [["high", theme.good], ["", theme.warn], ["low", theme.bad]];
        K.font(g, fs(11), "600");
        for (const [txt, c] of items) {
          if (txt) {
            lx -= K.rich(g, txt, lx, ly, theme, { size: fs(11), align: "right", color: theme.muted }) + 4;
          }
          g.fillStyle = c;
          g.fillRect(lx - 14, ly - 2, 14, 4);
          lx -= 18;
        }
        K.rich(g, "return R:", lx, ly, theme, { size: fs(11), align: "right", color: theme.muted });
        K.dashLine(g, 6, ly, 28, ly, theme.fg, 2.5, [6, 4]);
        K.rich(g, "mean plan μ", 32, ly, theme, { size: fs(11), align: "left", color: theme.fg });
        g.globalAlpha = 1;
      },
    };
  },
});
