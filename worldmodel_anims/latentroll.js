LandscapeAnims.register("latentroll", {
  title: "Latent roll-out: encode, predict, decode",
  description:
    "The first real frames (two by default) are encoded into latents z and an RNN state h; then the model closes its eyes and the RNN " +
    "predicts each next latent by itself, and the decoder turns them into dreamed frames that slowly drift away " +
    "from the real ones.",
  period: 12,
  still: 9.5,
  params: [{"key": "seen", "label": "Frames seen", "min": 1, "max": 4, "step": 1, "value": 2}],
  create() {
    const K = LandscapeAnims.kit;
    const N = 5; // time steps shown (columns)
    let OBS = 2; // the first OBS frames are seen; the rest are dreamed
    const PERIOD = 12;
    let t = 0;
    let real = [], dreamPos = [], zv = [];

    /* one scene frame: a ball flying over the ground; optional ghost = where the real ball is */
    function frame(g, cx, cy, F, ball, color, theme, ghost, blur, ghostA) {
      const x = cx - F / 2, y = cy - F / 2;
      K.roundRect(g, x, y, F, F, 4);
      g.fillStyle = theme.panel;
      g.fill();
      g.lineWidth = 1;
      g.strokeStyle = theme.muted;
      g.stroke();
      g.strokeStyle = theme.muted; // ground line
      g.beginPath();
      g.moveTo(x + 3, y + F * 0.86);
      g.lineTo(x + F - 3, y + F * 0.86);
      g.stroke();
      const r = F * 0.1;
      const bx = x + ball[0] * F, by = y + ball[1] * F;
      if (ghost && ghostA > 0) {
        const a0 = g.globalAlpha;
        g.globalAlpha = a0 * ghostA;
        const gx = x + ghost[0] * F, gy = y + ghost[1] * F;
        g.setLineDash([2, 2]);
        g.beginPath();
        g.arc(gx, gy, r, 0, Math.PI * 2);
        g.strokeStyle = theme.fg;
        g.stroke();
        g.setLineDash([]);
        if (Math.hypot(gx - bx, gy - by) > r * 0.8) {
          g.strokeStyle = theme.bad; // the error between dream and reality
          g.lineWidth = 1.5;
          g.beginPath();
          g.moveTo(gx, gy);
          g.lineTo(bx, by);
          g.stroke();
        }
        g.globalAlpha = a0;
      }
      if (blur > 0) {
        // growing halo = the dream gets less certain
        g.globalAlpha *= 0.25;
        K.dot(g, bx, by, r * (1 + blur), color);
        g.globalAlpha /= 0.25;
      }
      K.dot(g, bx, by, r, color);
    }

    /* a future real frame the model is not shown */
    function hidden(g, cx, cy, F, theme) {
      K.roundRect(g, cx - F / 2, cy - F / 2, F, F, 4);
      g.setLineDash([3, 3]);
      g.lineWidth = 1;
      g.strokeStyle = theme.muted;
      g.stroke();
      g.setLineDash([]);
      K.label(g, "?", cx, cy, theme, { size: Math.max(12, Math.round(F * 0.35)), color: theme.muted });
    }

    /* latent vector drawn as 4 little bars; dashed outline when it was predicted, not encoded */
    function latent(g, cx, cy, W, H, vals, fill, theme, predicted, color) {
      K.roundRect(g, cx - W / 2, cy - H / 2, W, H, 3);
      g.fillStyle = theme.panel;
      g.fill();
      g.setLineDash(predicted ? [3, 2] : []);
      g.lineWidth = 1.2;
      g.strokeStyle = color;
      g.stroke();
      g.setLineDash([]);
      const bw = (W - 6) / vals.length;
      g.fillStyle = color;
      for (let i = 0; i < vals.length; i++) {
        const bh = (H - 4) * vals[i] * fill;
        g.fillRect(cx - W / 2 + 3 + i * bw + 1, cy + H / 2 - 2 - bh, bw - 2, bh);
      }
    }

    /* when each column's events start (seconds) */
    function colStart(i) {
      return 0.3 + i * 1.5 + (i < OBS ? 0 : 0.6);
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        OBS = env.params.seen;
        real = [];
        dreamPos = [];
        zv = [];
        const ang = rng() * 0.6 - 0.3; // direction the dream drifts in
        for (let i = 0; i < N; i++) {
          const u = i / (N - 1);
          const p = [0.18 + 0.64 * u, 0.74 - 1.7 * u * (1 - u) * 1.05];
          real.push(p);
          const k = Math.max(0, i - OBS + 1); // drift grows once dreaming starts
          const e = 0.012 + 0.05 * k * k;
          dreamPos.push([p[0] - e * Math.cos(ang) * 0.9, p[1] - e * (1.1 + Math.sin(ang))]);
          const v = [];
          for (let j = 0; j < 4; j++) v.push(0.25 + 0.75 * rng());
          zv.push(v);
        }
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const fs = K.fontScaler(w);
        const dreamC = K.nonAccentColor(theme, 3); // not the accent, so "dream" never looks like "real"
        const L = Math.max(64, 0.16 * w); // room for row names
        const colW = (w - L - 6) / N;
        const cx = (i) => L + colW * (i + 0.5);
        const F = Math.min(colW * 0.8, 0.21 * h);
        const yR = 0.265 * h, yZ = 0.5 * h, yH = 0.655 * h, yD = 0.865 * h;
        const zW = F * 0.8, zH = 0.075 * h, hW = Math.min(F * 0.9, colW - 16), hH = 0.085 * h;
        const fade = 1 - K.ramp(t, PERIOD - 0.8, PERIOD - 0.05);
        const dreaming = K.ramp(t, 3.3, 3.8);
        const reveal = K.ramp(t, 8.6, 9.1);

        // row names
        g.globalAlpha = fade;
        const nm = { size: fs(12), align: "right", color: theme.muted };
        K.rich(g, "real o_t", L - 6, yR, theme, nm);
        K.rich(g, "latent z_t", L - 6, yZ, theme, nm);
        K.rich(g, "RNN h_t", L - 6, yH, theme, nm);
        K.rich(g, "dream ô_t", L - 6, yD, theme, nm);

        // caption: what is happening now
        const cap =
          t < 3.4 ? "1  see: encoder E turns frame o_t into latent z_t"
          : t < 8.6 ? "2  dream: h_t predicts ẑ_t, no frames seen"
          : "3  reveal: the dreams drift away from reality";
        K.caption(g, cap, view, t >= 8.6 ? theme.bad : theme.fg);

        for (let i = 0; i < N; i++) {
          const t0 = colStart(i), x = cx(i);
          const obs = i < OBS;
          // --- RNN state h_i from h_{i-1} and z_{i-1} ---
          const hOn = K.ramp(t, t0, t0 + 0.35);
          if (i > 0 && hOn > 0) {
            g.globalAlpha = fade * hOn;
            K.arrow(g, cx(i - 1) + hW / 2, yH, x - hW / 2 - 1, yH, theme.fg, { head: 6 });
            K.arrow(g, cx(i - 1) + zW / 2 - 2, yZ + zH / 2, x - hW / 2 + 4, yH - hH / 2 - 1, theme.muted, { head: 5, width: 1.2 });
            g.globalAlpha = fade;
            K.flowDot(g, cx(i - 1) + hW / 2, yH, x - hW / 2, yH, (t - t0) / 0.35, theme.fg, 2.5);
          }
          if (hOn > 0) {
            g.globalAlpha = fade * hOn;
            K.box(g, x - hW / 2, yH - hH / 2, hW, hH, theme, "", { color: theme.fg });
            K.rich(g, "h_" + (i + 1), x, yH, theme, { size: fs(12) });
          }
          // --- latent z_i: encoded from the real frame, or predicted by h_i ---
          const zStart = t0 + 0.4;
          if (obs) {
            g.globalAlpha = fade * K.ramp(t, zStart - 0.3, zStart);
            frame(g, x, yR, F, real[i], theme.accent, theme, null, 0, 0);
          } else if (t > t0) {
            // the real future exists but stays hidden ("?") until the reveal at the end
            g.globalAlpha = fade * K.ramp(t, t0, t0 + 0.3) * (1 - reveal);
            if (reveal < 1) hidden(g, x, yR, F, theme);
            g.globalAlpha = fade * reveal * 0.75;
            if (reveal > 0) frame(g, x, yR, F, real[i], theme.accent, theme, null, 0, 0);
          }
          if (obs) {
            const u = (t - zStart) / 0.45;
            if (u > 0) {
              g.globalAlpha = fade * K.clamp(u * 2, 0, 1);
              K.arrow(g, x, yR + F / 2 + 2, x, yZ - zH / 2 - 2, theme.accent, { head: 6 });
              if (i === 0) K.rich(g, "E", x + 5, (yR + F / 2 + yZ - zH / 2) / 2, theme, { size: fs(12), align: "left", color: theme.accent });
              g.globalAlpha = fade;
              K.flowDot(g, x, yR + F / 2, x, yZ - zH / 2, u, theme.accent, 3);
            }
          } else {
            const u = (t - zStart) / 0.45;
            if (u > 0) {
              g.globalAlpha = fade * K.clamp(u * 2, 0, 1);
              K.arrow(g, x, yH - hH / 2 - 1, x, yZ + zH / 2 + 2, dreamC, { head: 5 });
              if (i === OBS && colW > 70) K.rich(g, "predict", Math.min(x + 4, w - fs(11) * 4), (yH - hH / 2 + yZ + zH / 2) / 2, theme, { size: fs(11), align: "left", color: dreamC, plate: true });
              g.globalAlpha = fade;
              K.flowDot(g, x, yH - hH / 2, x, yZ + zH / 2, u, dreamC, 3);
            }
          }
          const zFill = K.ramp(t, zStart + 0.3, zStart + 0.6);
          if (zFill > 0) {
            g.globalAlpha = fade * Math.min(1, zFill * 2);
            latent(g, x, yZ, zW, zH, zv[i], zFill, theme, !obs, obs ? theme.accent : dreamC);
          }
          // --- decoder D(h_i, z_i) gives the dreamed frame ---
          const dStart = t0 + 1.05;
          const du = (t - dStart) / 0.35;
          if (du > 0) {
            g.globalAlpha = fade * K.clamp(du * 2, 0, 1);
            K.arrow(g, x, yH + hH / 2 + 1, x, yD - F / 2 - 2, dreamC, { head: 5 });
            if (i === 0) K.rich(g, "D", x + 5, (yH + hH / 2 + yD - F / 2) / 2, theme, { size: fs(12), align: "left", color: dreamC });
            g.globalAlpha = fade;
            K.flowDot(g, x, yH + hH / 2, x, yD - F / 2, du, dreamC, 3);
          }
          const fOn = K.ramp(t, dStart + 0.3, dStart + 0.55);
          if (fOn > 0) {
            g.globalAlpha = fade * fOn;
            const ghost = obs ? null : real[i];
            frame(g, x, yD, F, dreamPos[i], dreamC, theme, ghost, obs ? 0 : (i - OBS + 1) * 0.45, reveal);
          }
        }
        // the border between seeing and dreaming, and what the model cannot see
        if (dreaming > 0) {
          g.globalAlpha = fade * dreaming;
          const xs = (cx(OBS - 1) + cx(OBS)) / 2;
          K.dashLine(g, xs, 0.12 * h, xs, h - 4, theme.muted, 1, [4, 4]);
          g.globalAlpha = fade * dreaming * (1 - reveal);
          K.rich(g, "hidden from model", (cx(OBS) + cx(N - 1)) / 2, 0.14 * h, theme, { size: fs(11), color: theme.muted, plate: true });
        }
        // legend for the reveal: dashed ring = where the real ball is, red = drift
        if (reveal > 0) {
          g.globalAlpha = fade * reveal;
          const ly = yD + 0.095 * h, r = F * 0.1;
          g.setLineDash([2, 2]);
          g.strokeStyle = theme.fg;
          g.lineWidth = 1;
          g.beginPath();
          g.arc(L - 14 - r, ly, r, 0, Math.PI * 2);
          g.stroke();
          g.setLineDash([]);
          K.rich(g, "real", L - 20 - 2 * r, ly, theme, { size: fs(11), align: "right", color: theme.fg });
        }
        g.globalAlpha = 1;
      },
    };
  },
});
