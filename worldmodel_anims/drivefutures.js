LandscapeAnims.register("drivefutures", {
  title: "Driving: one past, futures per action",
  description:
    "From the same past frames at an intersection, a driving world model imagines the next seconds twice: once " +
    "for the ego action \u201Cgo straight\u201D and once for \u201Cturn left\u201D. The other car and the pedestrian react differently in each future.",
  period: 12,
  still: 9,
  params: [{"key": "horizon", "label": "Imagined seconds", "min": 1, "max": 6, "step": 1, "value": 6}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 12;
    const T_GO = 2.2, T_END = 8.2; // rollout runs τ: 0 → 1 between these times
    const LANE_N = 0.585, LANE_S = 0.415, LANE_W = 0.415; // lane centres (right-hand traffic)
    const WALK_X = 0.25; // pedestrian crossing on the west arm
    const TRAIL = 8; // ghost positions per rollout
    let t = 0, HZN = 6; // how many seconds the model imagines
    let futures = null; // [straight, left]: per agent arrays of {x, y, a} at TRAIL+1 samples + a dense sampler

    const smooth = (u) => u * u * (3 - 2 * u);

    /* ego path for "turn left": north to the box, quarter arc, then west (constant speed) */
    function egoLeft(u) {
      const R = 0.6 - LANE_W, L1 = 0.33, L2 = (Math.PI / 2) * R, L3 = LANE_N - R - 0.1;
      let s = u * (L1 + L2 + L3);
      if (s < L1) return { x: LANE_N, y: 0.93 - s, a: -Math.PI / 2 };
      s -= L1;
      if (s < L2) {
        const th = s / R; // 0 → π/2 around centre (LANE_N - R, 0.6)
        return { x: LANE_N - R + R * Math.cos(th), y: 0.6 - R * Math.sin(th), a: -Math.PI / 2 - th };
      }
      s -= L2;
      return { x: LANE_N - R - s, y: LANE_W, a: Math.PI };
    }
    const egoStraight = (u) => ({ x: LANE_N, y: 0.93 - 0.8 * u, a: -Math.PI / 2 });
    /* oncoming car: drives through, or brakes to a stop before the box and waits for the ego */
    const carGo = (u) => ({ x: LANE_S, y: 0.08 + 0.8 * u, a: Math.PI / 2 });
    function carYield(u) {
      let y;
      if (u < 0.45) y = 0.08 + 0.2 * (1 - (1 - u / 0.45) * (1 - u / 0.45)); // decelerate to y = 0.28
      else if (u < 0.8) y = 0.28; // stopped
      else y = 0.28 + 0.14 * smooth((u - 0.8) / 0.2); // moves off once the ego has cleared
      return { x: LANE_S, y, a: Math.PI / 2 };
    }
    const pedGo = (u) => ({ x: WALK_X, y: 0.24 + 0.52 * u, a: 0 });
    function pedWait(u) {
      let y;
      if (u < 0.2) y = 0.24 + 0.06 * (u / 0.2);
      else if (u < 0.85) y = 0.3; // waits at the kerb while the ego turns across the crossing
      else y = 0.3 + 0.16 * ((u - 0.85) / 0.15);
      return { x: WALK_X, y, a: 0 };
    }

    /* rotated car body */
    function car(g, x, y, a, L, W, color, theme, braking) {
      g.save();
      g.translate(x, y);
      g.rotate(a);
      K.roundRect(g, -L / 2, -W / 2, L, W, Math.min(3, W * 0.3));
      g.fillStyle = color;
      g.fill();
      g.fillStyle = theme.bg; // windscreen shows the heading
      g.fillRect(L * 0.12, -W * 0.32, L * 0.16, W * 0.64);
      if (braking) {
        g.fillStyle = theme.bad;
        g.fillRect(-L / 2 - 1, -W / 2, 3, W * 0.3);
        g.fillRect(-L / 2 - 1, W / 2 - W * 0.3, 3, W * 0.3);
      }
      g.restore();
    }

    function drawRoads(g, px, py, pw, ph, X, Y, S, theme) {
      g.fillStyle = theme.panel;
      g.fillRect(px, py, pw, ph);
      g.fillStyle = theme.grid;
      g.fillRect(X(0.33), py, 0.34 * S, ph); // north–south road
      g.fillRect(px, Y(0.33), pw, 0.34 * S); // east–west road
      // centre lines (dashed), not inside the junction
      g.strokeStyle = theme.muted;
      g.lineWidth = 1;
      g.setLineDash([4, 4]);
      g.beginPath();
      g.moveTo(X(0.5), py);
      g.lineTo(X(0.5), Y(0.33));
      g.moveTo(X(0.5), Y(0.67));
      g.lineTo(X(0.5), py + ph);
      g.moveTo(px, Y(0.5));
      g.lineTo(X(0.33), Y(0.5));
      g.moveTo(X(0.67), Y(0.5));
      g.lineTo(px + pw, Y(0.5));
      g.stroke();
      g.setLineDash([]);
      // zebra crossing on the west arm
      g.fillStyle = theme.muted;
      g.globalAlpha = 0.45;
      for (let k = 0; k < 5; k++) g.fillRect(X(WALK_X - 0.035), Y(0.345 + k * 0.068), 0.07 * S, 0.034 * S);
      g.globalAlpha = 1;
    }

    return {
      init(env) {
        t = 0;
        HZN = env.params.horizon;
        const agents = [
          [egoStraight, carGo, pedGo],
          [egoLeft, carYield, pedWait],
        ];
        // ghost samples along each imagined future
        futures = agents.map((fs) =>
          fs.map((fn) => {
            const s = [];
            for (let k = 0; k <= TRAIL; k++) s.push(fn(k / TRAIL));
            return { fn, s };
          })
        );
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const pad = Math.round(w * 0.03);
        const p = t;
        const tau = (K.clamp((p - T_GO) / (T_END - T_GO), 0, 1) * HZN) / 6;
        const sec = Math.min(6, Math.floor(tau * 6 + 1e-6));
        const fade = 1 - K.ramp(p, 11.5, 12);
        const react = K.ramp(tau, 0.5, 0.62) * fade; // reactions are obvious from mid-rollout
        const chosen = K.ramp(p, 1.2, 1.9); // the action labels light up

        const headH = f * 2.0, footH = f * 1.8;
        const pw = (w - 3 * pad) / 2, ph = h - headH - footH - pad * 0.5;
        const py = headH;
        const names = ["a = go straight", "a = turn left"];
        const colors = [K.contentColor(theme, 0), K.contentColor(theme, 1)]; // other car, pedestrian: the two most unlike the ego's accent
        for (let k = 0; k < 2; k++) {
          const px = pad + k * (pw + pad);
          const S = Math.min(pw, ph);
          const cx = px + pw / 2, cy = py + ph / 2;
          const X = (u) => cx + (u - 0.5) * S, Y = (v) => cy + (v - 0.5) * S;
          // action header: greyed until the model is given the action
          K.label(g, names[k], px + pw / 2, headH * 0.45, theme, {
            size: f,
            color: chosen > 0.5 ? theme.accent : theme.muted,
            weight: "700",
          });
          g.save();
          K.roundRect(g, px, py, pw, ph, 6);
          g.clip();
          drawRoads(g, px, py, pw, ph, X, Y, S, theme);
          const L = 0.1 * S, W = 0.055 * S;
          const fut = futures[k];
          // ghost trail: where the model says each agent will be, second by second
          g.globalAlpha = fade;
          const nTrail = Math.floor(tau * TRAIL + 1e-6);
          for (let a = 0; a < 3; a++) {
            const col = a === 0 ? theme.accent : colors[a - 1];
            for (let j = 1; j <= nTrail; j++) {
              const q = fut[a].s[j];
              g.globalAlpha = fade * (0.25 + 0.35 * (j / TRAIL));
              K.dot(g, X(q.x), Y(q.y), Math.max(2, S * 0.014), col);
            }
          }
          g.globalAlpha = 1;
          // agents at the current imagined time
          const e = fut[0].fn(tau), c = fut[1].fn(tau), pd = fut[2].fn(tau);
          const braking = k === 1 && tau > 0.05 && tau < 0.8;
          car(g, X(c.x), Y(c.y), c.a, L, W, colors[0], theme, braking);
          K.dot(g, X(pd.x), Y(pd.y), Math.max(3.5, S * 0.025), colors[1]);
          car(g, X(e.x), Y(e.y), e.a, L, W, theme.accent, theme, false);
          // imagined clock
          if (p >= T_GO) K.label(g, "t+" + sec + "s", px + 5, py + f * 0.85, theme, { size: 11, align: "left", color: theme.muted, plate: true });
          // curtain over the loop seam, so agents do not jump back to the start
          const curtain = Math.max(K.ramp(p, 11.5, 12), 1 - K.ramp(p, 0, 0.35));
          if (curtain > 0) {
            g.globalAlpha = curtain * 0.85;
            g.fillStyle = theme.panel;
            g.fillRect(px, py, pw, ph);
            g.globalAlpha = 1;
          }
          g.restore();
          // reactions under each future: [car icon] verb   [walker dot] verb
          const ra = K.ramp(react, 0.5, 1);
          if (ra > 0) {
            g.globalAlpha = ra;
            const carTxt = k === 0 ? "goes" : "brakes", pedTxt = k === 0 ? "crosses" : "waits";
            K.font(g, 11, "600");
            const iw = 14, sp = 10;
            const total = iw + 4 + g.measureText(carTxt).width + sp + iw + 4 + g.measureText(pedTxt).width;
            let x = px + pw / 2 - total / 2;
            const fy = h - footH * 0.5;
            car(g, x + iw / 2, fy, 0, iw, 7, colors[0], theme, k === 1);
            x += iw + 4;
            K.label(g, carTxt, x, fy, theme, { size: 11, align: "left" });
            x += g.measureText(carTxt).width + sp;
            K.dot(g, x + iw / 2, fy, 4, colors[1]);
            x += iw + 4;
            K.label(g, pedTxt, x, fy, theme, { size: 11, align: "left" });
            g.globalAlpha = 1;
          }
          K.roundRect(g, px, py, pw, ph, 6);
          g.lineWidth = 1.5;
          g.strokeStyle = chosen > 0.5 ? theme.accent : theme.muted;
          g.stroke();
          // "ego" tag at the start of the rollout
          if (p < T_GO + 0.6) {
            g.globalAlpha = 1 - K.ramp(p, T_GO, T_GO + 0.6);
            K.label(g, "ego", X(LANE_N) + 0.09 * S, Y(0.93), theme, { size: 11, align: "left", color: theme.accent, plate: true });
            K.label(g, "car", X(LANE_S) + 0.07 * S, Y(0.08), theme, { size: 11, align: "left", color: theme.fg, plate: true });
            K.label(g, "walker", X(WALK_X) + 0.05 * S + 5, Y(0.24), theme, { size: 11, align: "left", color: theme.fg, plate: true });
            g.globalAlpha = 1;
          }
        }
        // footer: what the viewer is looking at (replaced by the reactions mid-rollout)
        const foot = react > 0.5 ? "other agents react to the ego's action" : p < T_GO || p > T_END ? "same past frames o\u2264\u209C \u2192 imagine " + HZN + " s per action" : "rolling out both futures \u2026";
        K.say(foot);
        if (react < 0.5) {
          g.globalAlpha = 1 - K.ramp(react, 0, 0.5);
          K.label(g, foot, w / 2, h - footH * 0.5, theme, { size: 11, color: theme.muted, weight: "500" });
          g.globalAlpha = 1;
        }
      },
    };
  },
});
