LandscapeAnims.register("debate", {
  title: "Debate: weighing evidence on each side",
  description:
    "A balance weighs two positions on what a world model should predict: pixels (video generators) or embeddings " +
    "(JEPA-style). Evidence cards land on each side in turn, the beam tips back and forth, and it ends level: an open question.",
  period: 14,
  still: 10,
  params: [{"key": "value", "label": "What you value", "options": ["both", "realism", "efficiency"], "value": "both"}],
  create() {
    const K = LandscapeAnims.kit;
    const PERIOD = 14;
    const SIDES = ["predict pixels", "predict embeddings"];
    // evidence cards in landing order: side 0 = pixels, 1 = embeddings; wgt = how hard it pushes
    const CARDS = [
      { side: 0, text: "photoreal video", wgt: 1.0 },
      { side: 1, text: "wastes capacity", wgt: 1.1 },
      { side: 0, text: "playable worlds", wgt: 1.2 },
      { side: 1, text: "physics errors", wgt: 0.9 },
      { side: 0, text: "scales with data", wgt: 0.8 },
      { side: 1, text: "cheaper planning", wgt: 1.0 },
    ];
    const T_FIRST = 1.0, GAP = 1.3, SLIDE = 0.55;
    const T_VERDICT = T_FIRST + CARDS.length * GAP + 0.4;
    const TILT = 0.14; // radians of beam tilt per unit of weight difference
    let t = 0, PRI = "both", BOOST = [1, 1]; // what the reader values weighs that side's cards more

    const landAt = (j) => T_FIRST + j * GAP + SLIDE;

    /* beam angle: each landed card kicks the beam, which settles with a small wobble */
    function beamAngle(p, tilt) {
      let a = 0;
      for (let j = 0; j < CARDS.length; j++) {
        const tau = p - landAt(j);
        if (tau < 0) continue;
        const resp = 1 - Math.exp(-tau / 0.35) * Math.cos(6 * tau);
        a += (CARDS[j].side === 0 ? -1 : 1) * CARDS[j].wgt * BOOST[CARDS[j].side] * resp;
      }
      return a * tilt;
    }

    return {
      init(env) {
        t = 0;
        PRI = env.params.value;
        BOOST = [PRI === "realism" ? 1.3 : 1, PRI === "efficiency" ? 1.3 : 1];
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        const { w, h, theme } = view;
        const f = K.fontPx(w);
        const p = t;
        const fade = 1 - K.ramp(p, 13.4, 14);
        const colors = [K.contentColor(theme, 0), K.contentColor(theme, 4)];

        K.label(g, "What should a world model predict?", w / 2, f * 0.95, theme, { size: f, color: theme.fg });

        // geometry: cards, pan labels and the beam's swing must all fit between title and verdict
        const avail = h - f * 2.1 - f * 1.9;
        const cardGap = 3;
        const panW = Math.max(w * 0.34, 110), cardW = panW - 8;
        const R = w * 0.29;
        const SWING = 1.4; // largest |weight difference| incl. wobble overshoot
        // vertical room per radian of tilt: beam ends move ±R·a, and the hanger string must clear
        // the tilted beam over half a pan width
        const perTilt = SWING * (2 * R + 0.5 * panW);
        let cardH = Math.round(Math.max(f * 1.75, h * 0.085));
        const fitTilt = (ch) => Math.min(TILT, (avail - 3 * (ch + cardGap) - 14 - f * 2.8) / perTilt);
        if (fitTilt(cardH) < 0.08) cardH = Math.round(f * 1.45); // small canvas: slimmer cards first
        const tilt = Math.max(0.03, fitTilt(cardH));
        const hangTop = 6 + 0.5 * panW * tilt * SWING;
        const hang = hangTop + 3 * (cardH + cardGap) + 8; // beam end → pan
        const groupH = hang + f * 2.8;
        // centre the balance between the title and the verdict line
        const px = w / 2, py = f * 1.9 + (avail - groupH) / 2 + 0.25 * panW * tilt * SWING;
        const ang = beamAngle(p, tilt) * fade;
        const ends = [
          { x: px - R * Math.cos(ang), y: py - R * Math.sin(ang) },
          { x: px + R * Math.cos(ang), y: py + R * Math.sin(ang) },
        ];

        // stand: post and base
        const baseY = Math.min(h - f * 2.1, py + hang + f * 3.6);
        g.strokeStyle = theme.muted;
        g.lineWidth = 3;
        g.beginPath();
        g.moveTo(px, py);
        g.lineTo(px, baseY);
        g.moveTo(px - w * 0.07, baseY);
        g.lineTo(px + w * 0.07, baseY);
        g.stroke();

        // beam
        g.strokeStyle = theme.fg;
        g.lineWidth = 4;
        g.beginPath();
        g.moveTo(ends[0].x, ends[0].y);
        g.lineTo(ends[1].x, ends[1].y);
        g.stroke();
        K.dot(g, px, py, 5, theme.fg);

        // pans hang level from the beam ends; cards stack inside a hanger frame
        for (let s = 0; s < 2; s++) {
          const ex = ends[s].x, ey = ends[s].y;
          const barY = ey + hangTop, panY = ey + hang;
          g.strokeStyle = theme.muted;
          g.lineWidth = 1.2;
          g.beginPath();
          g.moveTo(ex, ey);
          g.lineTo(ex, barY);
          g.moveTo(ex - panW / 2, barY);
          g.lineTo(ex + panW / 2, barY);
          g.moveTo(ex - panW / 2, barY);
          g.lineTo(ex - panW / 2, panY);
          g.moveTo(ex + panW / 2, barY);
          g.lineTo(ex + panW / 2, panY);
          g.stroke();
          // pan tray
          g.strokeStyle = colors[s];
          g.lineWidth = 3;
          g.beginPath();
          g.moveTo(ex - panW / 2 - 3, panY);
          g.lineTo(ex + panW / 2 + 3, panY);
          g.stroke();
          // pan titles, kept inside the canvas
          K.font(g, f, "700");
          const half = g.measureText(SIDES[s]).width / 2 + 3;
          const lx = K.clamp(ex, half, w - half);
          K.label(g, SIDES[s], lx, panY + f * 0.95, theme, { size: f, color: colors[s], weight: "700" });
          const sub = s === 0 ? "video generators" : "JEPA-style";
          K.label(g, sub, lx, panY + f * 2.15, theme, { size: 11, color: theme.muted, weight: "500" });

          // cards on this side, bottom-up in landing order
          let k = 0;
          for (let j = 0; j < CARDS.length; j++) {
            const c = CARDS[j];
            if (c.side !== s) continue;
            const t0 = T_FIRST + j * GAP;
            if (p < t0) break;
            const slide = K.ramp(p, t0, t0 + SLIDE);
            const fx = ex - cardW / 2; // final x inside the frame
            const startX = s === 0 ? -cardW - 4 : w + 4; // enter from the near edge
            const cx = K.lerp(startX, fx, 1 - (1 - slide) * (1 - slide));
            const cy = panY - (k + 1) * (cardH + cardGap);
            const fresh = p - t0 < SLIDE + 0.6;
            g.globalAlpha = fade;
            K.roundRect(g, cx, cy, cardW, cardH, 4);
            g.fillStyle = fresh ? theme.bg : theme.panel;
            g.fill();
            g.lineWidth = fresh ? 2 : 1.2;
            g.strokeStyle = colors[s];
            g.stroke();
            K.label(g, c.text, cx + cardW / 2, cy + cardH / 2, theme, { size: f, color: theme.fg, weight: "500" });
            g.globalAlpha = 1;
            k++;
          }
        }

        // fulcrum marker and verdict
        const leaning = ang < -0.03 ? 0 : ang > 0.03 ? 1 : -1;
        let verdict, vcol;
        if (p >= T_VERDICT && PRI !== "both") {
          verdict = "valuing " + PRI + " \u2192 " + SIDES[leaning];
          vcol = colors[leaning];
        } else if (p >= T_VERDICT) {
          verdict = "evidence on both sides \u2192 still an open question";
          vcol = theme.fg; // neutral: not either side's colour
        } else if (p < T_FIRST) {
          verdict = "each card = a piece of evidence";
          vcol = theme.muted;
        } else if (leaning >= 0) {
          verdict = "for now the evidence favours: " + SIDES[leaning];
          vcol = colors[leaning];
        } else {
          verdict = "balanced, for now";
          vcol = theme.muted;
        }
        if (w < 400 && p >= T_VERDICT && PRI === "both") verdict = "both sides have evidence: open";
        if (w < 400 && leaning >= 0 && p < T_VERDICT && p >= T_FIRST) verdict = "leaning: " + SIDES[leaning];
        K.say(verdict);
        g.globalAlpha = fade;
        K.label(g, verdict, w / 2, h - f * 0.9, theme, { size: 11, color: vcol, weight: "700" });
        g.globalAlpha = 1;
      },
    };
  },
});
