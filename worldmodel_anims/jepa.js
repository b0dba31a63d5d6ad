LandscapeAnims.register("jepa", {
  title: "JEPA: predict embeddings, not pixels",
  description:
    "Part of the image (the target block) is hidden; a context encoder embeds the visible patches, a target " +
    "encoder (an EMA copy) embeds the hidden block, and a predictor learns to guess the target embedding from the " +
    "context; the loss lives in embedding space and there is no pixel decoder.",
  period: 12,
  still: 8,
  params: [{"key": "mask", "label": "Masked patches", "options": ["1/16", "4/16", "9/16"], "value": "4/16"}],
  create() {
    const K = LandscapeAnims.kit;
    const PX = 8; // image = 8×8 pixels = 4×4 patches of 2×2
    // sky S, sun Y, roof R, tree T, trunk K, wall W, door D, grass G
    const SCENE = ["SSSSSSSS", "SYSSSSSS", "SSSSSRRS", "STSSRRRR", "TTTSWWDW", "SKSSWWDW", "GGGGGGGG", "GGGGGGGG"];
    const KEYS = { S: "panel", Y: "warn", R: "bad", T: "good", K: "muted", W: "accent", D: "fg", G: "good" };
    let TGT = [4, 2, 4, 4]; // target block in pixels: x, y, w, h (the house, or part of it, or more)
    let MISS = 0; // what training cannot close: the less context, the harder the prediction
    const ND = 6; // embedding dimensions drawn
    const PERIOD = 12;
    const T_CTX = 1.0, T_TGT = 2.6, T_PRED = 4.0, T_LOSS = 5.3, T_TRAIN = 6.2, T_TRAIN_END = 9.2;
    let t = 0;
    let pix = [], sy = [], sy0 = [], ctx = [];

    /* the image; masked = the target block is greyed out (what the context encoder sees) */
    function image(g, x, y, F, theme, masked, outline) {
      const c = F / PX;
      for (let i = 0; i < PX * PX; i++) {
        const px = i % PX, py = Math.floor(i / PX);
        const inT = px >= TGT[0] && px < TGT[0] + TGT[2] && py >= TGT[1] && py < TGT[1] + TGT[3];
        g.fillStyle = masked && inT ? theme.grid : theme[pix[i]];
        g.fillRect(x + px * c, y + py * c, c + 0.3, c + 0.3);
      }
      if (masked) {
        // hatch over the hidden block
        g.strokeStyle = theme.muted;
        g.lineWidth = 1;
        g.beginPath();
        const x0 = x + TGT[0] * c, y0 = y + TGT[1] * c, s = TGT[2] * c;
        for (let k = 1; k < 6; k++) {
          const d = (k * 2 * s) / 6;
          g.moveTo(x0 + Math.max(0, d - s), y0 + Math.min(s, d));
          g.lineTo(x0 + Math.min(s, d), y0 + Math.max(0, d - s));
        }
        g.stroke();
      }
      g.strokeStyle = theme.grid; // patch grid
      g.lineWidth = 1;
      g.beginPath();
      for (let k = 1; k < PX / 2; k++) {
        g.moveTo(x + k * 2 * c, y);
        g.lineTo(x + k * 2 * c, y + F);
        g.moveTo(x, y + k * 2 * c);
        g.lineTo(x + F, y + k * 2 * c);
      }
      g.stroke();
      g.strokeStyle = theme.muted;
      g.strokeRect(x, y, F, F);
      if (outline) {
        g.strokeStyle = theme.warn;
        g.lineWidth = 2.5;
        g.strokeRect(x + TGT[0] * c, y + TGT[1] * c, TGT[2] * c, TGT[3] * c);
      }
    }
    /* an embedding vector drawn as bars; `ref` draws target ticks on top for comparison */
    function vec(g, x, y, W, H, vals, color, theme, ref) {
      K.roundRect(g, x, y, W, H, 3);
      g.fillStyle = theme.panel;
      g.fill();
      g.strokeStyle = color;
      g.lineWidth = 1.2;
      g.stroke();
      const bw = (W - 4) / vals.length;
      for (let i = 0; i < vals.length; i++) {
        const bh = (H - 6) * vals[i];
        g.fillStyle = color;
        g.fillRect(x + 2 + i * bw + 1, y + H - 3 - bh, bw - 2, bh);
        if (ref) {
          g.fillStyle = theme.fg;
          g.fillRect(x + 2 + i * bw, y + H - 3 - (H - 6) * ref[i] - 1, bw, 2);
        }
      }
    }
    /* a labelled block with one or two centred lines */
    function block(g, x, y, W, H, theme, l1, l2, color, fs) {
      K.box(g, x, y, W, H, theme, "", { color });
      if (l2) {
        K.rich(g, l1, x + W / 2, y + H / 2 - fs * 0.62, theme, { size: fs });
        K.rich(g, l2, x + W / 2, y + H / 2 + fs * 0.62, theme, { size: fs, color: theme.muted });
      } else K.rich(g, l1, x + W / 2, y + H / 2, theme, { size: fs });
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        const side = Math.sqrt(parseInt(env.params.mask)) * 2;
        TGT = [8 - side, 2, side, side];
        MISS = [0.03, 0.1, 0.3][side / 2 - 1];
        pix = [];
        for (let r = 0; r < PX; r++) for (let c = 0; c < PX; c++) pix.push(KEYS[SCENE[r][c]]);
        sy = [];
        sy0 = [];
        ctx = [];
        for (let i = 0; i < ND; i++) {
          sy.push(0.2 + 0.75 * rng());
          sy0.push(0.15 + 0.8 * rng()); // the predictor's first (wrong) guess
        }
        for (let j = 0; j < 3; j++) {
          const v = [];
          for (let i = 0; i < 4; i++) v.push(0.25 + 0.7 * rng());
          ctx.push(v);
        }
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const fs = K.fontScaler(w);
        const fade = 1 - K.ramp(t, PERIOD - 0.6, PERIOD - 0.05);
        const predC = theme.accent, tgtC = theme.good, gradC = theme.warn;
        // columns: image | encoders | context embeddings | predictor | target/prediction vectors
        const F = Math.min(0.19 * w, 0.3 * h);
        const x0 = 0.02 * w;
        const eX = x0 + F + 0.05 * w, eW = 0.17 * w, eH = 0.22 * h;
        const cX = eX + eW + 0.035 * w, cW = 0.08 * w;
        const pX = cX + cW + 0.035 * w, pW = 0.175 * w;
        const vX = pX + pW + 0.045 * w, vW = w - 0.02 * w - vX, vH = 0.15 * h;
        const yA = 0.34 * h, yB = 0.76 * h; // the two rows: context path, target path
        const learn = K.ramp(t, T_TRAIN, T_TRAIN_END);
        g.globalAlpha = fade;

        const cap =
          t < T_CTX ? "1  hide target block y; the rest is context x"
          : t < T_TGT ? "2  context encoder sees only the " + (16 - (TGT[2] * TGT[2]) / 4) + " visible patches"
          : t < T_PRED ? "3  target encoder (EMA copy) embeds y: s_y"
          : t < T_LOSS ? "4  predictor guesses the block's embedding: ŝ_y"
          : t < T_TRAIN ? "5  loss between embeddings: ‖ŝ_y − s_y‖²"
          : t < T_TRAIN_END + 0.4 ? "6  gradients train predictor + context encoder"
          : "no pixel decoder: JEPA never reconstructs pixels";
        K.caption(g, cap, view, t >= T_TRAIN_END + 0.4 ? theme.bad : theme.fg);

        // --- the two views of the image ---
        const imOn = K.ramp(t, 0, 0.4);
        g.globalAlpha = fade * imOn;
        image(g, x0, yA - F / 2, F, theme, t > 0.6, false);
        image(g, x0, yB - F / 2, F, theme, false, t > 0.6);
        K.rich(g, "context x", x0 + F / 2, yA + F / 2 + fs(11) * 0.8, theme, { size: fs(11), color: theme.fg });
        K.rich(g, "target y", x0 + F / 2, yB + F / 2 + fs(11) * 0.8, theme, { size: fs(11), color: theme.warn });

        // --- context path: masked image → context encoder → context embeddings ---
        const ctxOn = K.ramp(t, T_CTX, T_CTX + 0.3);
        g.globalAlpha = fade * (0.25 + 0.75 * ctxOn);
        K.arrow(g, x0 + F + 2, yA, eX - 2, yA, theme.fg, { head: 6 });
        block(g, eX, yA - eH / 2, eW, eH, theme, "context", "encoder", predC, fs(12));
        K.flowDot(g, x0 + F, yA, eX, yA, (t - T_CTX) / 0.5, predC);
        const cOn = K.ramp(t, T_CTX + 0.7, T_CTX + 1.1);
        if (cOn > 0) {
          g.globalAlpha = fade * cOn;
          K.arrow(g, eX + eW + 2, yA, cX - 2, yA, theme.fg, { head: 6 });
          const ch = eH / 3.4;
          for (let j = 0; j < 3; j++) vec(g, cX, yA - eH / 2 + j * (ch + 0.15 * ch) + 1, cW, ch, ctx[j], predC, theme, null);
        }

        // --- target path: full image → target encoder (EMA) → s_y ---
        const tOn = K.ramp(t, T_TGT, T_TGT + 0.3);
        g.globalAlpha = fade * (0.25 + 0.75 * tOn);
        K.arrow(g, x0 + F + 2, yB, eX - 2, yB, theme.fg, { head: 6 });
        block(g, eX, yB - eH / 2, eW, eH, theme, "target", "encoder", tgtC, fs(12));
        K.flowDot(g, x0 + F, yB, eX, yB, (t - T_TGT) / 0.5, tgtC);
        // EMA link: the target encoder is a slow moving average of the context encoder
        const emaX = eX + eW / 2;
        K.dashLine(g, emaX, yA + eH / 2 + 2, emaX, yB - eH / 2 - 9, tgtC, 1.5);
        K.arrow(g, emaX, yB - eH / 2 - 10, emaX, yB - eH / 2 - 1, tgtC, { head: 6 });
        K.rich(g, "EMA", emaX + 5, (yA + yB) / 2, theme, { size: fs(11), align: "left", color: tgtC });
        const syOn = K.ramp(t, T_TGT + 0.7, T_TGT + 1.1);
        if (syOn > 0) {
          g.globalAlpha = fade * syOn;
          K.arrow(g, eX + eW + 2, yB, vX - 2, yB, theme.fg, { head: 6 });
          K.rich(g, "no grad", (eX + eW + vX) / 2, yB - fs(11) * 0.8, theme, { size: fs(11), color: theme.muted, weight: "500" });
          vec(g, vX, yB - vH / 2, vW, vH, sy, tgtC, theme, null);
          K.rich(g, "target s_y", vX + vW / 2, yB + vH / 2 + fs(11) * 0.8, theme, { size: fs(11), color: tgtC });
        }

        // --- predictor: context embeddings (+ where the block is) → ŝ_y ---
        const pOn = K.ramp(t, T_PRED, T_PRED + 0.3);
        g.globalAlpha = fade * (0.25 + 0.75 * pOn);
        K.arrow(g, cX + cW + 2, yA, pX - 2, yA, theme.fg, { head: 6 });
        block(g, pX, yA - eH / 2, pW, eH, theme, "predictor", null, predC, fs(12));
        const shOn = K.ramp(t, T_PRED + 0.7, T_PRED + 1.1);
        const sh = [];
        for (let i = 0; i < ND; i++) sh.push(K.lerp(sy0[i], sy[i], learn * (1 - MISS)));
        if (shOn > 0) {
          g.globalAlpha = fade * shOn;
          K.arrow(g, pX + pW + 2, yA, vX - 2, yA, theme.fg, { head: 6 });
          vec(g, vX, yA - vH / 2, vW, vH, sh, predC, theme, t > T_LOSS ? sy : null);
          K.rich(g, "predicted ŝ_y", vX + vW / 2, yA + vH / 2 + fs(11) * 0.8, theme, { size: fs(11), color: predC });
        }

        // --- loss in embedding space ---
        const lOn = K.ramp(t, T_LOSS, T_LOSS + 0.3);
        if (lOn > 0) {
          g.globalAlpha = fade * lOn;
          const lx = vX + vW / 2, y1 = yA + vH / 2 + fs(11) * 1.6, y2 = yB - vH / 2 - 3;
          K.arrow(g, lx, (y1 + y2) / 2, lx, y1, theme.bad, { head: 5, width: 2 });
          K.arrow(g, lx, (y1 + y2) / 2, lx, y2, theme.bad, { head: 5, width: 2 });
          K.rich(g, "loss " + (1 - learn * 0.9).toFixed(1), lx, (y1 + y2) / 2, theme, { size: fs(11), color: theme.bad, plate: true });
        }
        // --- what JEPA does NOT have: a pixel decoder ---
        if (lOn > 0) {
          const dx = cX - 0.02 * w, dw = pX + pW - cX + 0.04 * w, dy = (yA + yB) / 2 - 0.07 * h, dh = 0.14 * h;
          g.globalAlpha = fade * lOn * 0.9;
          K.roundRect(g, dx, dy, dw, dh, 6);
          g.setLineDash([4, 3]);
          g.strokeStyle = theme.muted;
          g.lineWidth = 1.2;
          g.stroke();
          g.setLineDash([]);
          // struck-through "pixel decoder" with a ✗: the part JEPA deliberately leaves out
          K.font(g, fs(11), "600");
          const tw = g.measureText("pixel decoder").width;
          K.font(g, fs(14), "700");
          const xw = g.measureText("✗").width + 5;
          const tx = dx + dw / 2 + xw / 2; // centre the group "✗ pixel decoder"
          K.rich(g, "pixel decoder", tx, dy + dh / 2, theme, { size: fs(11), color: theme.muted });
          g.strokeStyle = theme.bad;
          g.lineWidth = 2;
          g.beginPath();
          g.moveTo(tx - tw / 2 - 2, dy + dh / 2);
          g.lineTo(tx + tw / 2 + 2, dy + dh / 2);
          g.stroke();
          K.rich(g, "✗", tx - tw / 2 - 5, dy + dh / 2, theme, { size: fs(14), align: "right", color: theme.bad, weight: "700" });
        }
        // --- training: gradients flow back along the top row; EMA pulses down ---
        if (t > T_TRAIN && t < T_TRAIN_END + 0.4) {
          g.globalAlpha = fade * K.ramp(t, T_TRAIN, T_TRAIN + 0.3) * (1 - K.ramp(t, T_TRAIN_END, T_TRAIN_END + 0.4));
          const gy = yA - eH / 2 - 0.05 * h;
          g.strokeStyle = gradC;
          g.lineWidth = 2;
          g.setLineDash([5, 4]);
          g.beginPath();
          g.moveTo(vX + vW / 2, yA - vH / 2 - 2);
          g.lineTo(vX + vW / 2, gy);
          g.lineTo(eX + eW / 2, gy);
          g.stroke();
          g.setLineDash([]);
          K.arrow(g, eX + eW / 2, gy, eX + eW / 2, yA - eH / 2 - 1, gradC, { head: 6, width: 2 });
          K.arrow(g, pX + pW / 2, gy, pX + pW / 2, yA - eH / 2 - 1, gradC, { head: 6, width: 2 });
          K.rich(g, "∇", (pX + vX) / 2 + pW / 2, gy, theme, { size: fs(12), color: gradC, plate: true });
          for (let m = 0; m < 3; m++) {
            const u = ((t - T_TRAIN) * 0.8 + m / 3) % 1;
            K.dot(g, emaX, K.lerp(yA + eH / 2, yB - eH / 2, u), 2.5, tgtC);
          }
        }
        g.globalAlpha = 1;
      },
    };
  },
});
