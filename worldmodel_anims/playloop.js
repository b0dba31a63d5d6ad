LandscapeAnims.register("playloop", {
  title: "Playable world: action → next frame",
  description:
    "A player presses arrow keys; each key press (action a_t) and the past frames go into the model, which " +
    "paints the next frame of a side-scrolling game in real time, and that frame becomes context for the next one.",
  period: 12,
  still: 5.27,
  params: [{"key": "context", "label": "Context frames", "min": 1, "max": 6, "step": 1, "value": 3}],
  create() {
    const K = LandscapeAnims.kit;
    const TICK = 0.5; // one generated frame per tick (slowed down so it can be followed)
    // scripted key presses, one per tick: R right, L left, U jump, "" no key. Net motion is 0 so the loop is seamless.
    const SCRIPT = ["R", "R", "R", "R", "R", "U", "U", "R", "R", "R", "R", "", "L", "L", "L", "L", "L", "L", "L", "L", "L", "U", "U", ""];
    const N = SCRIPT.length;
    const PERIOD = N * TICK;
    const VIEW = 5.5; // world units visible in a frame
    let t = 0, CTX = 3; // frames of context the model sees
    let heroX = null, heroY = null, camX = null; // hero and camera state after each tick
    let props = null; // world objects the model draws (trees, blocks, coins)

    const wrap = (i) => ((i % N) + N) % N;

    /* paint the game as the model would generate it at tick i */
    function drawGame(g, x, y, fw, fh, i, theme) {
      const cam = camX[i];
      const u = fw / VIEW; // pixels per world unit
      const ground = y + fh * 0.78;
      g.fillStyle = theme.panel;
      g.fillRect(x, y, fw, fh);
      g.fillStyle = theme.grid;
      g.fillRect(x, ground, fw, fh - (ground - y));
      g.strokeStyle = theme.muted;
      g.lineWidth = 1;
      g.beginPath();
      g.moveTo(x, ground);
      g.lineTo(x + fw, ground);
      g.stroke();
      for (let k = 0; k < props.length; k++) {
        const pr = props[k];
        const px = x + fw / 2 + (pr.x - cam) * u;
        if (px < x - u || px > x + fw + u) continue;
        if (pr.kind === 0) {
          // tree
          g.fillStyle = theme.muted;
          g.fillRect(px - u * 0.06, ground - u * 0.5, u * 0.12, u * 0.5);
          g.fillStyle = K.contentColor(theme, 2);
          g.beginPath();
          g.moveTo(px, ground - u * pr.s * 1.3);
          g.lineTo(px - u * 0.38, ground - u * 0.4);
          g.lineTo(px + u * 0.38, ground - u * 0.4);
          g.closePath();
          g.fill();
        } else if (pr.kind === 1) {
          // floating brick
          g.fillStyle = K.contentColor(theme, 3);
          g.fillRect(px - u * 0.3, ground - u * 1.7, u * 0.6, u * 0.4);
        } else {
          // coin
          K.dot(g, px, ground - u * 1.1, Math.max(2, u * 0.14), theme.warn);
        }
      }
      // hero: a small block character with an eye showing its facing direction
      const hx = x + fw / 2 + (heroX[i] - cam) * u, hy = ground - heroY[i] * u;
      const face = SCRIPT[i] === "L" ? -1 : 1;
      g.fillStyle = K.contentColor(theme, 1);
      K.roundRect(g, hx - u * 0.22, hy - u * 0.62, u * 0.44, u * 0.62, Math.max(2, u * 0.1));
      g.fill();
      K.dot(g, hx + face * u * 0.1, hy - u * 0.45, Math.max(1.2, u * 0.06), theme.bg);
    }

    /* an arrow key cap; lit when the player presses it */
    function keyCap(g, x, y, s, glyph, lit, theme, f) {
      K.roundRect(g, x, y, s, s, 4);
      g.fillStyle = lit ? theme.accent : theme.panel;
      g.fill();
      g.lineWidth = 1.2;
      g.strokeStyle = lit ? theme.accent : theme.muted;
      g.stroke();
      K.label(g, glyph, x + s / 2, y + s / 2 + 0.5, theme, { size: Math.max(11, f), color: lit ? theme.bg : theme.muted, weight: "700" });
    }

    return {
      init(env) {
        const rng = env.rng;
        t = 0;
        CTX = env.params.context;
        heroX = new Float32Array(N);
        heroY = new Float32Array(N);
        let x = 0;
        for (let i = 0; i < N; i++) {
          if (SCRIPT[i] === "R") x += 1;
          if (SCRIPT[i] === "L") x -= 1;
          heroX[i] = x;
          // a jump lasts two ticks: up, then at the top of the arc
          heroY[i] = SCRIPT[i] === "U" ? (SCRIPT[wrap(i - 1)] === "U" ? 1.2 : 0.9) : 0;
        }
        // the camera lags behind the hero, so the hero visibly moves and the world scrolls
        camX = new Float32Array(N);
        let c = 0;
        for (let pass = 0; pass < 3; pass++) {
          for (let i = 0; i < N; i++) {
            c += (heroX[i] - c) * 0.35;
            camX[i] = c;
          }
        }
        props = [];
        for (let wx = -6; wx <= 16; wx += 1.6 + rng() * 1.2) {
          const r = rng();
          props.push({ x: wx, kind: r < 0.45 ? 0 : r < 0.75 ? 1 : 2, s: 0.9 + rng() * 0.5 });
        }
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const pad = Math.round(w * 0.035);
        const i = Math.floor(t / TICK);
        const u = (t - i * TICK) / TICK; // progress inside this tick
        const key = SCRIPT[i];
        K.say("a_t = " + ({ R: "\u2192", L: "\u2190", U: "\u2191" }[key] || "no key") + ": the model paints the next frame");
        const sending = u < 0.45; // action + context travel into the model
        const paint = K.ramp(u, 0.3, 0.75); // the new frame is painted row by row

        // ── layout: [context deck] → [model] → [next frame]; keys under the model; feedback arc on top
        const bigW = w * 0.36, bigH = bigW * 0.72;
        const bigX = w - pad - bigW;
        const midY = h * 0.41;
        const bigY = midY - bigH / 2;
        const modW = w * 0.15, modH = Math.max(f * 3.4, bigH * 0.5);
        const modX = w * 0.375, modY = midY - modH / 2;
        const deckW = w * 0.24, deckH = deckW * 0.72, off = Math.max(4, w * 0.012);
        const deckX = pad + (CTX - 1) * off, deckY = midY - deckH / 2 + off;

        // context deck: the last CTX generated frames, newest in front
        for (let k = CTX - 1; k >= 0; k--) {
          const dx = deckX - k * off, dy = deckY - k * off;
          g.save();
          K.roundRect(g, dx, dy, deckW, deckH, 4);
          g.clip();
          drawGame(g, dx, dy, deckW, deckH, wrap(i - 1 - k), theme);
          g.restore();
          K.roundRect(g, dx, dy, deckW, deckH, 4);
          g.lineWidth = 1;
          g.strokeStyle = theme.muted;
          g.stroke();
          if (k > 0) {
            // older frames fade into the back of the context window
            g.globalAlpha = Math.min(0.8, 0.35 * k);
            g.fillStyle = theme.bg;
            g.fillRect(dx, dy, deckW, off);
            g.fillRect(dx, dy, off, deckH);
            g.globalAlpha = 1;
          }
        }
        K.label(g, "past frames x\u2264\u209C", deckX - off + deckW / 2, deckY + deckH + f * 0.95, theme, { size: 11, color: theme.muted, weight: "500" });

        // model box
        const hot = sending ? theme.accent : theme.muted;
        K.box(g, modX, modY, modW, modH, theme, "", { color: sending || paint < 1 ? theme.accent : theme.muted });
        K.label(g, "model", modX + modW / 2, modY + modH / 2 - f * 0.6, theme, { size: f });
        K.rich(g, "p_\u03B8", modX + modW / 2, modY + modH / 2 + f * 0.7, theme, { size: f, color: theme.muted, weight: "500" });

        // arrows: context → model, model → frame
        K.arrow(g, deckX + deckW + 3, midY, modX - 3, midY, hot, { width: sending ? 2.2 : 1.5 });
        const outHot = u > 0.25 && u < 0.8;
        K.arrow(g, modX + modW + 3, midY, bigX - 4, midY, outHot ? theme.accent : theme.muted, { width: outHot ? 2.2 : 1.5 });

        // keys: ↑ on top, ← ↓ → below (the ↓ key is never used in this script)
        const ks = Math.max(22, Math.min(w * 0.06, h * 0.105));
        const kg = 3;
        const kx = modX + modW / 2 - (3 * ks + 2 * kg) / 2;
        const ky = h - pad - 2 * ks - kg;
        keyCap(g, kx + ks + kg, ky, ks, "\u2191", key === "U", theme, f);
        keyCap(g, kx, ky + ks + kg, ks, "\u2190", key === "L", theme, f);
        keyCap(g, kx + ks + kg, ky + ks + kg, ks, "\u2193", false, theme, f);
        keyCap(g, kx + 2 * (ks + kg), ky + ks + kg, ks, "\u2192", key === "R", theme, f);
        K.arrow(g, modX + modW / 2, ky - 3, modX + modW / 2, modY + modH + 3, key && sending ? theme.accent : theme.muted, {
          width: key && sending ? 2.2 : 1.5,
        });
        const glyph = key === "R" ? "\u2192" : key === "L" ? "\u2190" : key === "U" ? "\u2191" : "none";
        const ay = ky + ks * 1.5 + kg;
        K.label(g, glyph, kx - f * 0.6, ay, theme, { size: Math.max(11, f), align: "right", color: key ? theme.accent : theme.muted });
        K.font(g, Math.max(11, f), "600");
        const gw = g.measureText(glyph).width;
        K.label(g, "action a\u209C =", kx - f * 0.9 - gw, ay, theme, { size: 11, align: "right", color: theme.muted, weight: "500" });

        // next frame: previous frame, overwritten row by row by the new one (the model is generating)
        const prev = wrap(i - 1);
        g.save();
        K.roundRect(g, bigX, bigY, bigW, bigH, 5);
        g.clip();
        drawGame(g, bigX, bigY, bigW, bigH, prev, theme);
        if (paint > 0 && paint < 1) {
          // the not-yet-generated part still shows the old frame, dimmed
          g.globalAlpha = 0.55;
          g.fillStyle = theme.bg;
          g.fillRect(bigX, bigY + bigH * paint, bigW, bigH * (1 - paint));
          g.globalAlpha = 1;
        }
        if (paint > 0) {
          g.save();
          g.beginPath();
          g.rect(bigX, bigY, bigW, bigH * paint);
          g.clip();
          drawGame(g, bigX, bigY, bigW, bigH, i, theme);
          g.restore();
        }
        if (paint > 0 && paint < 1) {
          g.fillStyle = theme.accent;
          g.fillRect(bigX, bigY + bigH * paint - 1.5, bigW, 3);
        }
        g.restore();
        K.roundRect(g, bigX, bigY, bigW, bigH, 5);
        g.lineWidth = 2;
        g.strokeStyle = theme.accent;
        g.stroke();
        K.label(g, "next frame x\u209C\u208A\u2081", bigX + bigW / 2, bigY + bigH + f * 0.95, theme, { size: 11, color: theme.fg });
        K.label(g, "frame " + (1200 + i) + " \u00B7 20 fps", bigX + bigW / 2, bigY + bigH + f * 2.3, theme, {
          size: 11,
          color: theme.muted,
          weight: "500",
        });

        // feedback: the new frame joins the context (arc over the top)
        const topY = Math.max(f * 0.9, bigY - f * 1.3);
        const back = u > 0.75 || u < 0.12;
        g.strokeStyle = back ? theme.accent : theme.muted;
        g.lineWidth = back ? 2 : 1.2;
        g.setLineDash([4, 3]);
        g.beginPath();
        g.moveTo(bigX + bigW * 0.5, bigY - 3);
        g.lineTo(bigX + bigW * 0.5, topY);
        g.lineTo(deckX + deckW * 0.5 - 2 * off, topY);
        g.stroke();
        g.setLineDash([]);
        K.arrow(g, deckX + deckW * 0.5 - 2 * off, topY, deckX + deckW * 0.5 - 2 * off, deckY - 2 * off - 3, back ? theme.accent : theme.muted, {
          width: back ? 2 : 1.2,
        });
        K.label(g, "new frame becomes context", (bigX + deckX + deckW * 0.5) / 2, topY, theme, { size: 11, color: theme.muted, weight: "500", plate: true });
      },
    };
  },
});
