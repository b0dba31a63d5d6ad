LandscapeAnims.register("mcts", {
  title: "MCTS over latent states",
  description:
    "A search tree grows over learned latent states: each simulation selects a path by value and prior, expands a " +
    "new latent with the dynamics (reward r) and prediction heads (value v, policy p), and backs the value up; edges " +
    "thicken with visit counts N, and the root action with most visits is played.",
  period: 12.5,
  still: 10,
  params: [{"key": "sims", "label": "Simulations per move", "min": 3, "max": 30, "step": 1, "value": 12},
    {"key": "c", "label": "Exploration c", "min": 0, "max": 6, "step": 0.5, "value": 2.5}],
  create() {
    const K = LandscapeAnims.kit;
    const A = 3; // actions per latent
    const DMAX = 3; // search depth
    let NSIM = 12, C_PUCT = 2.5;
    const PERIOD = 12.5;
    const GAMMA = 0.95;
    let t = 0;
    let nodes = []; // {parent, a, depth, kids[], prior[], r, v, born, x}
    let sims = []; // {path: [node ids root→leaf], leaf}
    let Nsnap = [], Qsnap = []; // after k sims: visits and mean value per node
    let simT0 = [], simDur = [];
    let best = 0, slots = 1;

    const sgn = (x) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(1);

    /* ---------- the search itself, run once in init; drawing replays it ---------- */
    function newNode(rng, parent, a, quality) {
      const raw = [];
      let sum = 0;
      for (let i = 0; i < A; i++) {
        raw.push(0.3 + rng());
        sum += raw[i];
      }
      const depth = parent < 0 ? 0 : nodes[parent].depth + 1;
      nodes.push({
        parent, a, depth, kids: [-1, -1, -1],
        prior: raw.map((x) => x / sum),
        r: parent < 0 ? 0 : Math.round((quality * 0.4 + (rng() - 0.5) * 0.4) * 10) / 10,
        v: K.clamp(quality + (rng() - 0.5) * 0.5, -0.95, 0.95),
        quality, born: parent < 0 ? -1 : sims.length, x: 0,
      });
      return nodes.length - 1;
    }
    function runSearch(rng) {
      nodes = [];
      sims = [];
      // hidden quality of each root action: the best one does NOT have the highest prior,
      // so the search has to discover it
      const qual = [0.2, 0.5, -0.2];
      const root = newNode(rng, -1, -1, 0.1);
      nodes[root].prior = [0.3, 0.25, 0.45];
      const N = new Float64Array(128), W = new Float64Array(128);
      Nsnap = [];
      Qsnap = [];
      for (let s = 0; s < NSIM; s++) {
        const path = [root];
        let cur = root, leaf;
        for (;;) {
          const nd = nodes[cur];
          let ba = 0, bs = -1e9;
          for (let a = 0; a < A; a++) {
            const k = nd.kids[a];
            const n = k >= 0 ? N[k] : 0;
            const q = n > 0 ? W[k] / n : 0;
            const sc = q + (C_PUCT * nd.prior[a] * Math.sqrt(N[cur] + 1)) / (1 + n);
            if (sc > bs) { bs = sc; ba = a; }
          }
          if (nd.kids[ba] < 0) {
            const q = nd.depth === 0 ? qual[ba] : nd.quality;
            nd.kids[ba] = leaf = newNode(rng, cur, ba, q);
            path.push(leaf);
            break;
          }
          cur = nd.kids[ba];
          path.push(cur);
          if (nodes[cur].depth >= DMAX) { leaf = cur; break; }
        }
        // backup: discounted value, plus rewards on the way up
        let G = nodes[leaf].v;
        for (let i = path.length - 1; i >= 0; i--) {
          const id = path[i];
          N[id] += 1;
          W[id] += G;
          G = nodes[id].r + GAMMA * G;
        }
        sims.push({ path, leaf, isNew: nodes[leaf].born === s });
        const n = [], q = [];
        for (let i = 0; i < nodes.length; i++) {
          n.push(N[i]);
          q.push(N[i] > 0 ? W[i] / N[i] : nodes[i].v);
        }
        Nsnap.push(n);
        Qsnap.push(q);
      }
      const last = Nsnap[NSIM - 1];
      best = 0;
      let bn = -1;
      for (let a = 0; a < A; a++) {
        const k = nodes[root].kids[a];
        if (k >= 0 && last[k] > bn) { bn = last[k]; best = a; }
      }
      // layout of the final tree: leaves get equal slots, parents sit above their children
      let slot = 0;
      (function place(id) {
        const ks = nodes[id].kids.filter((k) => k >= 0);
        if (!ks.length) { nodes[id].x = slot++ + 0.5; return; }
        ks.forEach(place);
        nodes[id].x = (nodes[ks[0]].x + nodes[ks[ks.length - 1]].x) / 2;
      })(root);
      for (const nd of nodes) nd.x /= slot;
      slots = slot;
      // timing: the first two simulations are slow (to read), the rest quick
      simT0 = [];
      simDur = [];
      let tt = 0.9;
      for (let s = 0; s < NSIM; s++) {
        const d = s < 2 ? 1.5 : Math.min(0.55, 5.5 / (NSIM - 2));
        simT0.push(tt);
        simDur.push(d);
        tt += d;
      }
    }

    return {
      init(env) {
        t = 0;
        NSIM = env.params.sims;
        C_PUCT = env.params.c;
        runSearch(env.rng);
      },
      step(dt) {
        t = (t + dt) % PERIOD;
      },
      draw(g, view) {
        K.newFrame();     // captions drawn with avoid look only at this frame's text
        const { w, h, theme } = view;
        const sc = w / 480;
        const fs = K.fontScaler(w);
        const fade = 1 - K.ramp(t, PERIOD - 0.6, PERIOD - 0.05);
        const R = Math.min(Math.max(6, 8 * sc), (0.4 * w) / slots);
        const X = (nd) => K.lerp(0.05 * w, 0.95 * w, nd.x);
        const Y = (nd) => K.lerp(0.22 * h, 0.84 * h, nd.depth / DMAX);
        const endT = simT0[NSIM - 1] + simDur[NSIM - 1];

        // which simulation is running and in which phase (select / expand / backup)
        let k = NSIM, u = 1;
        for (let s = 0; s < NSIM; s++) {
          if (t < simT0[s] + simDur[s]) { k = s; u = K.clamp((t - simT0[s]) / simDur[s], 0, 1); break; }
        }
        const sim = k < NSIM ? sims[k] : null;
        const SEL = 0.42, EXP = 0.62;
        const selU = K.clamp(u / SEL, 0, 1), backU = K.clamp((u - EXP) / (1 - EXP), 0, 1);
        const depthLeaf = sim ? nodes[sim.leaf].depth : 0;
        const backDepth = depthLeaf * (1 - backU); // the backup dot's current depth
        // visits/values: previous snapshot, updated node by node as the backup dot passes
        const nOf = (id) => {
          if (!sim) return Nsnap[NSIM - 1][id];
          const prev = k > 0 && id < Nsnap[k - 1].length ? Nsnap[k - 1][id] : 0;
          const onPath = sim.path.indexOf(id) >= 0;
          return onPath && u > EXP && backDepth <= nodes[id].depth + 0.01 ? Nsnap[k][id] : prev;
        };
        const qOf = (id) => {
          const snap = !sim ? Qsnap[NSIM - 1] : nOf(id) === (k > 0 && id < Nsnap[k - 1].length ? Nsnap[k - 1][id] : 0) && k > 0 ? Qsnap[k - 1] : Qsnap[k];
          return id < snap.length ? snap[id] : nodes[id].v;
        };
        const visible = (id) => nodes[id].born < k || (sim && nodes[id].born === k && u > SEL);
        const final = K.ramp(t, endT + 0.1, endT + 0.5);

        g.globalAlpha = fade;
        // caption
        let cap;
        if (t < simT0[0]) cap = "root s_0 = encoded observation; heads predict p, v";
        else if (k < 2) cap = u < SEL ? "1  select: max  Q + c·p·√N/(1+n)" : u < EXP ? "2  expand: g(s,a) → r, s′   f(s′) → p, v" : "3  backup: value goes up the path, N + 1";
        else if (k < NSIM) cap = "repeat: select → expand → backup";
        else cap = "4  act: play a" + (best + 1) + ", the root action with most visits N";
        K.caption(g, cap, view, k >= NSIM ? theme.good : theme.fg);
        K.rich(g, "simulation " + Math.min(NSIM, k + (sim ? 1 : 0)) + "/" + NSIM + "  c=" + C_PUCT, 6, h - fs(11) * 0.9, theme, { size: fs(11), align: "left", color: theme.muted, weight: "500" });
        K.rich(g, "edge width = visits N   colour = value", w - 6, h - fs(11) * 0.9, theme, { size: fs(11), align: "right", color: theme.muted, weight: "500", avoid: true });

        // candidate actions not tried yet: faint stubs whose thickness is the prior p
        for (let id = 0; id < nodes.length; id++) {
          const nd = nodes[id];
          if (!visible(id) || nd.depth >= DMAX) continue;
          for (let a = 0; a < A; a++) {
            const kid = nd.kids[a];
            if (kid >= 0 && visible(kid)) continue;
            const x = X(nd), y = Y(nd);
            const dx = (a - 1) * 0.05 * w, dy = 0.085 * h;
            g.strokeStyle = theme.muted;
            g.globalAlpha = fade * 0.45;
            g.lineWidth = 0.8 + nd.prior[a] * 5;
            g.beginPath();
            g.moveTo(x + (dx / Math.hypot(dx, dy)) * R, y + (dy / Math.hypot(dx, dy)) * R);
            g.lineTo(x + dx, y + dy);
            g.stroke();
          }
        }
        g.globalAlpha = fade;
        // explored edges: width grows with visits N
        for (let id = 1; id < nodes.length; id++) {
          if (!visible(id)) continue;
          const nd = nodes[id], p = nodes[nd.parent];
          const n = nOf(id);
          const isBest = nd.parent === 0 && nd.a === best;
          g.strokeStyle = final > 0 && isBest ? theme.good : theme.muted;
          g.lineWidth = 1.2 + 1.5 * Math.sqrt(n);
          g.beginPath();
          g.moveTo(X(p), Y(p));
          g.lineTo(X(nd), Y(nd));
          g.stroke();
        }
        // selection path drawn over the edges, edge by edge
        if (sim && u < 1) {
          const nEdges = sim.path.length - 1;
          const prog = selU * nEdges;
          g.strokeStyle = theme.accent;
          g.lineWidth = 3;
          g.globalAlpha = fade * (1 - backU * 0.7);
          g.beginPath();
          for (let i = 0; i < nEdges && i < prog; i++) {
            const a = nodes[sim.path[i]], b = nodes[sim.path[i + 1]];
            const f = Math.min(1, prog - i);
            g.moveTo(X(a), Y(a));
            g.lineTo(K.lerp(X(a), X(b), f), K.lerp(Y(a), Y(b), f));
          }
          g.stroke();
          g.globalAlpha = fade;
        }
        // nodes: latent states, filled by value
        for (let id = 0; id < nodes.length; id++) {
          if (!visible(id)) continue;
          const nd = nodes[id];
          let pop = 1;
          if (sim && nd.born === k) pop = K.ramp(u, SEL, SEL + 0.08);
          const x = X(nd), y = Y(nd), q = qOf(id);
          K.dot(g, x, y, R * pop, theme.panel);
          g.globalAlpha = fade * Math.min(1, Math.abs(q) * 1.2 + 0.1);
          K.dot(g, x, y, R * pop, q >= 0 ? theme.good : theme.bad);
          g.globalAlpha = fade;
          g.beginPath();
          g.arc(x, y, R * pop, 0, Math.PI * 2);
          g.strokeStyle = theme.fg;
          g.lineWidth = 1.2;
          g.stroke();
        }
        const root = nodes[0];
        K.rich(g, "s_0", X(root), Y(root) - R - fs(12) * 0.7, theme, { size: fs(12) });
        // visit counts on the root's edges
        for (let a = 0; a < A; a++) {
          const id = root.kids[a];
          if (id < 0 || !visible(id)) continue;
          const nd = nodes[id];
          const mx = K.lerp(X(root), X(nd), 0.55), my = K.lerp(Y(root), Y(nd), 0.55);
          const win = final > 0 && a === best;
          K.rich(g, "a" + (a + 1) + ": N=" + nOf(id), mx, my, theme, { size: fs(11), color: win ? theme.good : theme.fg, plate: true });
        }
        // backup: a dot travels from the leaf back up to the root
        if (sim && u > EXP && u < 1) {
          const d = backDepth, i = Math.floor(d), f = d - i;
          const a = nodes[sim.path[i]], b = nodes[sim.path[Math.min(i + 1, sim.path.length - 1)]];
          K.dot(g, K.lerp(X(a), X(b), f), K.lerp(Y(a), Y(b), f), 4.5, theme.warn);
        }
        // heads: what the model predicts for the new latent (read-out bubble while it is new)
        let bubbleId = -1, bubA = 0;
        if (t < simT0[0]) { bubbleId = 0; bubA = K.ramp(t, 0.2, 0.4); }
        else if (sim && sim.isNew && u > SEL) { bubbleId = sim.leaf; bubA = K.ramp(u, SEL, SEL + 0.05) * (1 - K.ramp(u, 0.93, 1)); }
        if (bubbleId >= 0 && bubA > 0) {
          const nd = nodes[bubbleId];
          g.globalAlpha = fade * bubA;
          if (bubbleId === 0) {
            // root heads: value to the right, prior p = widths of the stubs to the left
            K.rich(g, "value v=" + sgn(nd.v), X(nd) + R + 8, Y(nd), theme, { size: fs(11), align: "left", plate: true });
            K.rich(g, "policy p (stub width)", X(nd) - 0.05 * w - 6, Y(nd) + 0.085 * h, theme, {
              size: fs(11), align: "right", color: theme.muted, plate: true,
            });
          } else {
            const txt = "r=" + sgn(nd.r) + "  v=" + sgn(nd.v);
            // below the node, nudged inwards so it never leaves the canvas
            K.font(g, fs(11), "600");
            const half = g.measureText(txt).width / 2 + 4;
            const bx = K.clamp(X(nd), half + 2, w - half - 2);
            // deepest nodes sit just above the legend, so their read-out goes above them
            const by = nd.depth >= DMAX ? Y(nd) - R - fs(11) : Y(nd) + R + fs(11);
            K.rich(g, txt, bx, by, theme, { size: fs(11), color: theme.fg, plate: true });
          }
        }
        // the decision: a ring around the most-visited child of the root
        if (final > 0) {
          const nd = nodes[root.kids[best]];
          g.globalAlpha = fade * final;
          g.strokeStyle = theme.good;
          g.lineWidth = 2.5;
          g.beginPath();
          g.arc(X(nd), Y(nd), R + 4, 0, Math.PI * 2);
          g.stroke();
        }
        g.globalAlpha = 1;
      },
    };
  },
});
