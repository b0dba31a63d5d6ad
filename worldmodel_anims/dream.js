LandscapeAnims.register("dream", {
  title: "Learning in imagination (actor-critic)",
  description:
    "From one real start state the world model imagines several futures, with the actor choosing actions and " +
    "the model predicting rewards; returns are computed backwards with the critic's value V and flow back as " +
    "gradients that make the actor prefer the best future and teach the critic.",
  period: 12,
  still: 9.4,
  params: [{"key": "horizon", "label": "Imagination horizon H", "min": 3, "max": 15, "step": 1, "value": 5},
    {"key": "lam", "label": "λ of the λ-return", "min": 0, "max": 1, "step": 0.05, "value": 0.8}],
  create() {
    const K = LandscapeAnims.kit;
    const NT = 4; // imagined trajectories
    let H = 5, LAMBDA = 0.8, DT_IMG = 0.62; // imagination horizon, λ, seconds per imagined step
    const PERIOD = 12;
    const T_IMG = 0.8;
    const T_V = T_IMG + 3.1; // critic bootstraps the ends
    const T_RET = T_V + 0.6, DUR_RET = 2.0; // λ-return sweep
    const T_GRAD = T_RET + DUR_RET + 0.2; // gradients into actor and critic
    let t = 0;
    let ys = [], rew = [], ret = [], rank = [], pi0 = [];

    /* colour of a trajectory once its return is known: best = good … worst = bad */
    function retColor(theme, j) {
      return rank[j] < NT / 2 ? theme.good : theme.bad;
    }
    function retAlpha(j) {
      return rank[j] === 0 || rank[j] === NT - 1 ? 1 : 0.55;
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        H = env.params.horizon;
        LAMBDA = env.params.lam;
        DT_IMG = 3.1 / H;
        // Each trajectory gets a "quality": the top one finds reward, the bottom one a penalty.
        const quality = [1, 0.35, -0.3, -1];
        ys = [];
        rew = [];
        ret = [];
        for (let j = 0; j < NT; j++) {
          const q = quality[j];
          const yrow = [0];
          const rrow = [0];
          for (let k = 1; k <= H; k++) {
            const spread = (j - (NT - 1) / 2) * (0.35 + 0.65 * Math.sqrt(k / H));
            yrow.push(spread + (rng() - 0.5) * 0.25);
            rrow.push(0);
          }
          // sparse rewards at steps 2..4, placed so that badges and labels never collide
          const k1 = 3 + Math.floor(rng() * 2);
          if (q > 0.5) { rrow[3] = 1; rrow[4] = 1; }
          else if (q > 0) rrow[k1] = 1;
          else if (q > -0.5) rrow[k1] = -1;
          else { rrow[2] = -1; rrow[3] = -1; }
          ys.push(yrow);
          rew.push(rrow);
          // λ-return, computed backwards with a made-up critic V = 0.6 q
          const gamma = 0.9, lambda = LAMBDA, V = 0.6 * q;
          let R = V;
          for (let k = H - 1; k >= 0; k--) R = rrow[k + 1] + gamma * ((1 - lambda) * V + lambda * R);
          ret.push(R);
        }
        const order = ret.map((r, j) => j).sort((a, b) => ret[b] - ret[a]);
        rank = new Array(NT);
        order.forEach((j, r) => (rank[j] = r));
        pi0 = [0.25, 0.25, 0.25, 0.25];
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const sc = w / 480;
        const fs = K.fontScaler(w);
        const fade = 1 - K.ramp(t, PERIOD - 0.7, PERIOD - 0.05);
        const gradC = theme.warn;
        const trajC = K.nonAccentColor(theme, 3);
        // layout
        const bx0 = 0.19 * w, bx1 = w - 6, by0 = 0.14 * h, by1 = 0.67 * h; // imagination region
        const yc = (by0 + by1) / 2 + 0.02 * h, dy = 0.11 * h;
        const xs0 = 0.085 * w;
        const xk = (k) => (k === 0 ? xs0 : 0.27 * w + ((k - 1) * (0.86 * w - 0.27 * w)) / (H - 1));
        const yk = (j, k) => yc + ys[j][k] * dy;
        const r = Math.max(3.5, 4.5 * sc);
        const aBox = { x: 0.04 * w, y: 0.74 * h, w: 0.42 * w, h: 0.23 * h };
        const cBox = { x: 0.54 * w, y: 0.74 * h, w: 0.42 * w, h: 0.23 * h };
        const ax = aBox.x + aBox.w * 0.5, cx = cBox.x + cBox.w * 0.5;
        g.globalAlpha = fade;

        // caption
        const cap =
          t < T_IMG ? "1  start from a real state s_0 (from replay)"
          : t < T_V ? "2  imagine: π picks a_t, model predicts ŝ_{t+1}, r̂_t"
          : t < T_RET ? "   critic V scores where each dream ends"
          : t < T_GRAD ? "3  R^λ_t = r̂_t + γ[(1−λ)V(ŝ_{t+1}) + λR^λ_{t+1}]"
          : "4  gradients: actor ↑ best futures, critic V → R^λ";
        K.caption(g, cap, view);

        // imagination region (everything inside happens in the world model, no real env steps)
        const regOn = K.ramp(t, T_IMG - 0.3, T_IMG);
        g.globalAlpha = fade * regOn;
        K.roundRect(g, bx0, by0, bx1 - bx0, by1 - by0, 8);
        g.setLineDash([5, 4]);
        g.strokeStyle = theme.muted;
        g.lineWidth = 1;
        g.stroke();
        g.setLineDash([]);
        K.rich(g, "imagined in the world model", bx1 - 10, by1, theme, { size: fs(11), align: "right", color: theme.muted, weight: "500", plate: true });

        // trajectories: grow step by step, later recoloured by their return
        const sweep = K.clamp((t - T_RET) / DUR_RET, 0, 1); // 0 → 1 moves from the end to the start
        for (let j = 0; j < NT; j++) {
          for (let k = 1; k <= H; k++) {
            const tk = T_IMG + (k - 1) * DT_IMG;
            const u = K.clamp((t - tk) / (DT_IMG * 0.7), 0, 1);
            if (u <= 0) continue;
            const x1 = xk(k - 1), y1 = j >= 0 && k === 1 ? yc : yk(j, k - 1);
            const x2 = K.lerp(x1, xk(k), u), y2 = K.lerp(y1, yk(j, k), u);
            // has the backward sweep passed this edge yet?
            const edgePos = 1 - (k - 0.5) / H;
            const done = sweep > edgePos;
            g.globalAlpha = fade * (done ? retAlpha(j) : 1);
            g.strokeStyle = done ? retColor(theme, j) : trajC;
            g.lineWidth = done ? 2.5 : 1.5;
            g.beginPath();
            g.moveTo(x1, y1);
            g.lineTo(x2, y2);
            g.stroke();
            if (u >= 1) K.dot(g, xk(k), yk(j, k), r, done ? retColor(theme, j) : trajC);
          }
        }
        g.globalAlpha = fade;
        // the wave front of the λ-return, travelling right → left
        if (sweep > 0 && sweep < 1) {
          const kf = H - sweep * H; // fractional step index of the front
          const k0 = Math.floor(kf), fr = kf - k0;
          for (let j = 0; j < NT; j++) {
            const x = K.lerp(xk(k0), xk(Math.min(H, k0 + 1)), fr);
            const y = K.lerp(k0 === 0 ? yc : yk(j, k0), yk(j, Math.min(H, k0 + 1)), fr);
            K.arrow(g, x + 10, y, x - 2, y, retColor(theme, j), { head: 6, width: 2 });
          }
        }
        // rewards r̂ (sparse badges) appear as the dream reaches them; the first badge names the symbol,
        // the others stay short to keep the fan uncluttered
        const badge = (j, k) => (rank[j] === 0 && k === 3 ? "r̂=" : "") + (rew[j][k] > 0 ? "+1" : "−1");
        for (let j = 0; j < NT; j++) {
          for (let k = 1; k <= H; k++) {
            if (!rew[j][k]) continue;
            const on = K.ramp(t, T_IMG + (k - 1) * DT_IMG + 0.4, T_IMG + (k - 1) * DT_IMG + 0.6);
            if (on <= 0) continue;
            g.globalAlpha = fade * on;
            const up = j < NT / 2; // badges point away from the middle of the fan
            const txt = badge(j, k);
            const color = rew[j][k] > 0 ? theme.good : theme.bad;
            const by = yk(j, k) + (up ? -1 : 1) * (r + 8);
            // on a narrow canvas a badge right after another on its dream would overprint it: the step's
            // dot takes the reward's colour instead
            const prev = k > 1 && rew[j][k - 1] ? badge(j, k - 1) : null;
            if (prev && xk(k) - xk(k - 1) < (K.richWidth(g, prev, fs(11)) + K.richWidth(g, txt, fs(11))) / 2 + 6) {
              K.dot(g, xk(k), yk(j, k), r, color);
            } else {
              K.rich(g, txt, xk(k), by, theme, { size: fs(11), color, plate: true });
            }
          }
        }
        // critic's value at the ends of the dreams
        const vOn = K.ramp(t, T_V, T_V + 0.3);
        if (vOn > 0) {
          g.globalAlpha = fade * vOn;
          for (let j = 0; j < NT; j++) K.rich(g, "V", xk(H) + r + 3, yk(j, H), theme, { size: fs(11), align: "left", color: theme.fg });
        }
        // λ-returns at the start of the best and the worst dream
        const rOn = K.ramp(t, T_RET + DUR_RET * 0.85, T_RET + DUR_RET);
        if (rOn > 0) {
          g.globalAlpha = fade * rOn;
          for (let j = 0; j < NT; j++) {
            if (rank[j] !== 0 && rank[j] !== NT - 1) continue;
            const txt = "R^λ=" + (ret[j] >= 0 ? "+" : "−") + Math.abs(ret[j]).toFixed(1);
            const up = j < NT / 2;
            K.rich(g, txt, xk(1), yk(j, 1) + (up ? -1 : 1) * 13, theme, {
              size: fs(11), color: retColor(theme, j), plate: true,
            });
          }
        }

        // the real start state
        const sOn = K.ramp(t, 0, 0.4);
        g.globalAlpha = fade * sOn;
        K.dot(g, xs0, yc, r + 3, theme.accent);
        K.rich(g, "real s_0", xs0, yc + r + 14, theme, { size: fs(12), color: theme.accent });

        // actor and critic boxes
        g.globalAlpha = fade;
        K.box(g, aBox.x, aBox.y, aBox.w, aBox.h, theme, "", { color: theme.accent });
        K.box(g, cBox.x, cBox.y, cBox.w, cBox.h, theme, "", { color: theme.accent });
        const tY = aBox.y + Math.min(11, aBox.h * 0.28);
        K.rich(g, "actor π(a|ŝ)", aBox.x + 6, tY, theme, { size: fs(12), align: "left" });
        K.rich(g, "critic V(ŝ)", cBox.x + 6, tY, theme, { size: fs(12), align: "left" });

        // actor content: probabilities of the first action of each dream; shift to the best after training
        const learn = K.ramp(t, T_GRAD + 0.6, T_GRAD + 2.0);
        const known = K.ramp(t, T_RET + DUR_RET * 0.8, T_RET + DUR_RET);
        const barTop = aBox.y + aBox.h * 0.45, barBot = aBox.y + aBox.h - 5;
        const bw = Math.min(18, (aBox.w * 0.5) / NT);
        for (let j = 0; j < NT; j++) {
          const target = [0.55, 0.25, 0.13, 0.07][rank[j]];
          const p = K.lerp(pi0[j], target, learn);
          const bh = (barBot - barTop) * p * 1.6;
          const x = aBox.x + aBox.w - 8 - (NT - j) * (bw + 3);
          g.globalAlpha = fade;
          g.fillStyle = known > 0 ? retColor(theme, j) : trajC;
          g.globalAlpha = fade * (known > 0 ? K.lerp(1, retAlpha(j), known) : 1);
          g.fillRect(x, barBot - bh, bw, bh);
        }
        g.globalAlpha = fade;
        g.strokeStyle = theme.muted;
        g.lineWidth = 1;
        g.beginPath();
        g.moveTo(aBox.x + aBox.w - 8 - NT * (bw + 3) - 2, barBot + 0.5);
        g.lineTo(aBox.x + aBox.w - 6, barBot + 0.5);
        g.stroke();
        K.rich(g, "p(a)", aBox.x + 6, (barTop + barBot) / 2 + 2, theme, { size: fs(11), align: "left", color: theme.muted, weight: "500" });

        // critic content: its estimate V(s_0) moves onto the target R^λ
        const lx0 = cBox.x + 10, lx1 = cBox.x + cBox.w - 10, ly = cBox.y + cBox.h * 0.68;
        g.strokeStyle = theme.muted;
        g.beginPath();
        g.moveTo(lx0, ly);
        g.lineTo(lx1, ly);
        g.stroke();
        const meanR = ret.reduce((a, b) => a + b, 0) / NT;
        const vx = (v) => K.lerp(lx0, lx1, K.clamp((v + 2) / 4, 0, 1));
        if (known > 0) {
          g.globalAlpha = fade * known;
          g.strokeStyle = theme.good;
          g.lineWidth = 2;
          g.beginPath();
          g.moveTo(vx(meanR), ly - 7);
          g.lineTo(vx(meanR), ly + 7);
          g.stroke();
          K.rich(g, "R^λ", vx(meanR) + 6, ly, theme, { size: fs(11), align: "left", color: theme.good, plate: true });
        }
        g.globalAlpha = fade;
        K.dot(g, vx(K.lerp(-1.3, meanR, learn)), ly, 4.5, theme.accent);

        // links: actor acts inside the dream, critic scores the ends
        const linkX = (x) => K.clamp(x, bx0 + 12, bx1 - 12);
        const actOn = K.ramp(t, T_IMG, T_IMG + 0.3) * (1 - K.ramp(t, T_V, T_V + 0.3));
        if (actOn > 0) {
          g.globalAlpha = fade * actOn;
          K.arrow(g, linkX(ax), aBox.y - 2, linkX(ax), by1 + 2, theme.accent, { head: 6 });
          K.rich(g, "a_t ~ π", linkX(ax) + 5, (aBox.y + by1) / 2, theme, { size: fs(11), align: "left", color: theme.accent });
        }
        const critOn = K.ramp(t, T_V - 0.1, T_V + 0.2) * (1 - K.ramp(t, T_RET + 0.5, T_RET + 0.9));
        if (critOn > 0) {
          g.globalAlpha = fade * critOn;
          K.arrow(g, linkX(cx + cBox.w * 0.3), cBox.y - 2, linkX(cx + cBox.w * 0.3), by1 + 2, theme.accent, { head: 6 });
        }
        // gradients flow down into actor and critic
        const gOn = K.ramp(t, T_GRAD, T_GRAD + 0.3);
        if (gOn > 0) {
          g.globalAlpha = fade * gOn;
          for (const x of [linkX(ax), linkX(cx)]) {
            K.dashLine(g, x, by1 + 2, x, aBox.y - 8, gradC, 2);
            K.arrow(g, x, aBox.y - 9, x, aBox.y - 1, gradC, { head: 7, width: 2 });
            for (let m = 0; m < 2; m++) {
              const u = ((t - T_GRAD) * 1.2 + m * 0.5) % 1;
              K.dot(g, x, K.lerp(by1, aBox.y - 4, u), 2.5, gradC);
            }
          }
          K.rich(g, "∇ gradients", (linkX(ax) + linkX(cx)) / 2, (by1 + aBox.y) / 2, theme, { size: fs(11), color: gradC });
        }
        g.globalAlpha = 1;
      },
    };
  },
});
