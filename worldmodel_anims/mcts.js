LandscapeAnims.register("mcts", {
  title: "MCTS over latent states",
  description:
    "A search tree grows over learned latent states: each simulation selects a path by value and prior, expands a " +
    "new latent with the dynamics (reward r) and prediction heads (value v, policy p), and backs the value up; edges " +
    "thicken with visit counts N, and the root action with most visits is played. Variants: sampled actions, " +
    "chance nodes, Gumbel top-k with halving, reanalysed stored data.",
  period: 12.5,
  still: 10,
  params: [{"key": "sims", "label": "Simulations per move", "min": 3, "max": 30, "step": 1, "value": 12},
    {"key": "c", "label": "Exploration c", "min": 0, "max": 6, "step": 0.5, "value": 2.5},
    {"key": "variant", "label": "Variant", "options": ["MuZero", "Sampled", "Stochastic", "Gumbel", "Reanalyse"], "value": "MuZero"}],
  create() {
    const K = LandscapeAnims.kit;
    const DMAX = 3; // search depth
    let NSIM = 12, C_PUCT = 2.5, VARIANT = "MuZero";
    const SAMPLED_OF = 8; // Sampled: the action space the K = 3 searched actions are drawn from
    const GUMBEL_K = 4; // Gumbel: root candidates kept by top-k, then halved 4 → 2 → 1
    let gumbel = null; // Gumbel: {score[a], cand[a] phase out (0 = never, 1, 2 = kept), phaseEnd}
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
    function newNode(rng, parent, a, quality, chance) {
      const n = chance ? 2 : parent < 0 && VARIANT === "Gumbel" ? 5 : 3;
      const raw = [];
      let sum = 0;
      for (let i = 0; i < n; i++) {
        raw.push(0.3 + rng());
        sum += raw[i];
      }
      // Sampled MuZero: the searched actions are K draws from π; the search's prior is (β̂/β)·π, here their share.
      const prior = VARIANT === "Sampled" && !chance ? raw.map(() => 1 / n) : raw.map((x) => x / sum);
      // Stochastic MuZero: an action leads to an afterstate (half a level down), the dice to the next state.
      const depth = parent < 0 ? 0 : nodes[parent].depth + (VARIANT === "Stochastic" ? 0.5 : 1);
      nodes.push({
        parent, a, depth, kids: new Array(n).fill(-1), chance: Boolean(chance),
        prior,
        r: parent < 0 || chance ? 0 : Math.round((quality * 0.4 + (rng() - 0.5) * 0.4) * 10) / 10,
        v: K.clamp(quality + (rng() - 0.5) * 0.5, -0.95, 0.95),
        quality, born: parent < 0 ? -1 : sims.length, x: 0,
      });
      return nodes.length - 1;
    }
    /* MuZero's rule (pUCT): value plus a prior bonus that fades with visits. */
    function puct(nd, cur, N, W) {
      let ba = 0, bs = -1e9;
      for (let a = 0; a < nd.kids.length; a++) {
        const k = nd.kids[a];
        const n = k >= 0 ? N[k] : 0;
        const q = n > 0 ? W[k] / n : 0;
        const sc = q + (C_PUCT * nd.prior[a] * Math.sqrt(N[cur] + 1)) / (1 + n);
        if (sc > bs) { bs = sc; ba = a; }
      }
      return ba;
    }
    const qOfKid = (nd, a, N, W) => (nd.kids[a] >= 0 && N[nd.kids[a]] > 0 ? W[nd.kids[a]] / N[nd.kids[a]] : nd.v);
    // Gumbel MuZero's σ(q̂): a monotone transform of the value that grows with the visit count.
    const sigma = (q, maxN) => (50 + maxN) * 0.02 * q;
    /* Gumbel MuZero at the root: the k candidates with the best g + log p take turns; after the first phase
     * the better half (by g + log p + σ(q̂)) stays. */
    function gumbelRoot(rng, root) {
      const nd = nodes[root];
      const score = nd.prior.map((p) => -Math.log(-Math.log(1e-9 + (1 - 2e-9) * rng())) + Math.log(p));
      const order = score.map((x, a) => a).sort((a, b) => score[b] - score[a]);
      const per = Math.max(1, Math.floor(NSIM / (2 * GUMBEL_K)));
      return { score, live: order.slice(0, GUMBEL_K), out: order.map(() => 0), dropped: order.slice(GUMBEL_K),
        phaseEnd: per * GUMBEL_K, halvedAt: -1 };
    }
    function gumbelHalve(root, N, W, keep) {
      const nd = nodes[root];
      const maxN = Math.max(...nd.kids.map((k) => (k >= 0 ? N[k] : 0)));
      const total = (a) => gumbel.score[a] + sigma(qOfKid(nd, a, N, W), maxN);
      const ranked = [...gumbel.live].sort((a, b) => total(b) - total(a));
      for (const a of ranked.slice(keep)) gumbel.out[a] = gumbel.live.length;
      gumbel.live = ranked.slice(0, keep);
    }
    function pick(rng, cur, s, N, W) {
      const nd = nodes[cur];
      if (nd.chance) return rng() < nd.prior[0] ? 0 : 1;      // Stochastic: the dice, c ~ σ(c | afterstate)
      if (gumbel && cur === 0) {
        if (s === gumbel.phaseEnd && gumbel.live.length > 2) { gumbelHalve(0, N, W, 2); gumbel.halvedAt = s; }
        return gumbel.live[(s - (gumbel.halvedAt >= 0 ? gumbel.halvedAt : 0)) % gumbel.live.length];
      }
      return puct(nd, cur, N, W);     // below the root the animation keeps pUCT for every variant
    }
    function expand(rng, cur, a, path) {
      const nd = nodes[cur];
      const dice = (q, c) => q + (c === 0 ? 0.3 : -0.3);
      const q = nd.chance ? dice(nd.quality, a) : nd.depth === 0 ? qual[a] : nd.quality;
      let leaf = nd.kids[a] = newNode(rng, cur, a, q, VARIANT === "Stochastic" && !nd.chance);
      path.push(leaf);
      if (nodes[leaf].chance) {      // an afterstate: the dice roll at once, and the next state is the leaf
        const c = rng() < nodes[leaf].prior[0] ? 0 : 1;
        leaf = nodes[leaf].kids[c] = newNode(rng, leaf, c, dice(q, c));
        path.push(leaf);
      }
      return leaf;
    }
    // hidden quality of each root action: the best one does NOT have the highest prior,
    // so the search has to discover it
    const qual = [0.2, 0.5, -0.2, 0.35, -0.1];
    function runSearch(rng) {
      nodes = [];
      sims = [];
      const root = newNode(rng, -1, -1, 0.1);
      nodes[root].prior = VARIANT === "Gumbel" ? [0.2, 0.15, 0.3, 0.2, 0.15] : VARIANT === "Sampled" ? [1 / 3, 1 / 3, 1 / 3] : [0.3, 0.25, 0.45];
      gumbel = VARIANT === "Gumbel" ? gumbelRoot(rng, root) : null;
      const N = new Float64Array(256), W = new Float64Array(256);
      Nsnap = [];
      Qsnap = [];
      for (let s = 0; s < NSIM; s++) {
        const path = [root];
        let cur = root, leaf;
        for (;;) {
          const ba = pick(rng, cur, s, N, W);
          if (nodes[cur].kids[ba] < 0) { leaf = expand(rng, cur, ba, path); break; }
          cur = nodes[cur].kids[ba];
          path.push(cur);
          if (nodes[cur].depth >= DMAX) { leaf = cur; break; }
        }
        // backup: discounted value, plus rewards on the way up (a chance step is not a time step)
        let G = nodes[leaf].v;
        for (let i = path.length - 1; i >= 0; i--) {
          const id = path[i];
          N[id] += 1;
          W[id] += G;
          if (!nodes[id].chance) G = nodes[id].r + GAMMA * G;
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
      for (let a = 0; a < nodes[root].kids.length; a++) {
        const k = nodes[root].kids[a];
        if (k >= 0 && last[k] > bn) { bn = last[k]; best = a; }
      }
      if (gumbel) {        // the last candidate standing, not the most visited
        gumbelHalve(root, N, W, 1);
        best = gumbel.live[0];
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

    const CAPTIONS = {
      start: { Sampled: "0  sample K=3 of 8 actions from π; search only them", Gumbel: "0  Gumbel top-k: the 4 of 5 actions with best g + log p",
        Reanalyse: "root s_0 = a stored observation (offline data)" },
      select: { Sampled: "1  select: max  Q + c·(β̂/β)π·√N/(1+n)", Gumbel: "1  root: the candidates take turns" },
      expand: { Stochastic: "2  expand: afterstate (a), dice c ~ σ, next state (c)" },
    };

    /* What tells the variants apart, drawn over the tree. */
    function drawVariant(g, view, o) {
      const { w, h, theme } = view;
      const root = nodes[0];
      if (VARIANT === "Sampled") {
        // π over the whole action space as bars; the K drawn actions are the ones searched
        const bw = Math.max(4, 0.018 * w), x0 = w - 6 - SAMPLED_OF * (bw + 2), y0 = 0.2 * h;
        for (let j = 0; j < SAMPLED_OF; j++) {
          const bh = (0.04 + 0.06 * ((j * 5) % 7) / 6) * h, on = j === 1 || j === 4 || j === 6;
          g.globalAlpha = o.fade * (on ? 1 : 0.45);
          g.fillStyle = on ? theme.accent : theme.muted;
          g.fillRect(x0 + j * (bw + 2), y0 - bh, bw, bh);
        }
        g.globalAlpha = o.fade;
        if (w >= 420) K.rich(g, "3 of 8 sampled", w - 6, y0 + o.fs(10), theme, { size: o.fs(10), align: "right", color: theme.muted, avoid: true });
      }
      if (gumbel) {
        // crossed out: the action top-k left out from the start, then those halving dropped
        const halveT = gumbel.halvedAt >= 0 ? simT0[gumbel.halvedAt] : simT0[NSIM - 1] + simDur[NSIM - 1];
        for (let a = 0; a < root.kids.length; a++) {
          const gone = gumbel.dropped.includes(a) ? t > 0.4 : gumbel.out[a] === GUMBEL_K && t > halveT
            || gumbel.out[a] === 2 && o.final > 0;
          if (!gone) continue;
          const kid = root.kids[a];
          const n = root.kids.length;
          const x = kid >= 0 && o.visible(kid) ? o.X(nodes[kid]) : o.X(root) + (a - (n - 1) / 2) * 0.035 * w;
          const y = kid >= 0 && o.visible(kid) ? o.Y(nodes[kid]) : o.Y(root) + 0.085 * h;
          g.strokeStyle = theme.bad;
          g.lineWidth = 2;
          g.beginPath();
          const r = kid >= 0 ? 5 : 3.5;
          g.moveTo(x - r, y - r); g.lineTo(x + r, y + r); g.moveTo(x + r, y - r); g.lineTo(x - r, y + r);
          g.stroke();
        }
      }
      if (VARIANT === "Reanalyse") {
        // the offline dataset: stored frames; the root is one of them, and the search's result flows back
        const fw = 0.035 * w, fh = 0.045 * h, y = 0.2 * h, x0 = w - 6 - 5 * (fw + 3);
        for (let j = 0; j < 5; j++) {
          g.strokeStyle = j === 2 ? theme.accent : theme.muted;
          g.lineWidth = j === 2 ? 2 : 1;
          g.strokeRect(x0 + j * (fw + 3), y - fh, fw, fh);
        }
        if (w >= 420) K.rich(g, "offline data", x0 - 4, y - fh / 2, theme, { size: o.fs(10), align: "right", color: theme.muted, avoid: true });
        // the stored frame is the root; at the end the search's result goes back to it as a target
        const fx = x0 + 2 * (fw + 3) + fw / 2, fy = y + 1, rx = o.X(root) + o.R * 0.7, ry = o.Y(root) - o.R * 0.7;
        g.globalAlpha = o.fade * (o.final > 0 ? 1 : 0.5);
        if (o.final > 0) K.arrow(g, rx, ry, fx, fy, theme.good);
        else K.arrow(g, fx, fy, rx, ry, theme.muted);
        g.globalAlpha = o.fade;
      }
    }

    return {
      init(env) {
        t = 0;
        NSIM = env.params.sims;
        C_PUCT = env.params.c;
        VARIANT = env.params.variant || "MuZero";
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
        if (t < simT0[0]) cap = CAPTIONS.start[VARIANT] || "root s_0 = encoded observation; heads predict p, v";
        else if (k < 2) cap = u < SEL ? CAPTIONS.select[VARIANT] || "1  select: max  Q + c·p·√N/(1+n)" : u < EXP ? CAPTIONS.expand[VARIANT] || "2  expand: g(s,a) → r, s′   f(s′) → p, v" : "3  backup: value goes up the path, N + 1";
        else if (k < NSIM) cap = gumbel && gumbel.halvedAt >= 0 && k >= gumbel.halvedAt ? "halve: the best 2 by g + log p + σ(q̂) go on" : "repeat: select → expand → backup";
        else cap = VARIANT === "Gumbel" ? "4  act: play a" + (best + 1) + ", the last candidate standing"
          : VARIANT === "Reanalyse" ? "4  no move: N/ΣN and v become new training targets"
            : "4  act: play a" + (best + 1) + ", the root action with most visits N";
        K.caption(g, cap, view, k >= NSIM ? theme.good : theme.fg);
        K.rich(g, "simulation " + Math.min(NSIM, k + (sim ? 1 : 0)) + "/" + NSIM + "  c=" + C_PUCT, 6, h - fs(11) * 0.9, theme, { size: fs(11), align: "left", color: theme.muted, weight: "500" });
        K.rich(g, "edge width = visits N   colour = value" + (VARIANT === "Stochastic" && w > 420 ? "   ▫ afterstate" : ""), w - 6, h - fs(11) * 0.9, theme, { size: fs(11), align: "right", color: theme.muted, weight: "500", avoid: true });

        // candidate actions not tried yet: faint stubs whose thickness is the prior p
        for (let id = 0; id < nodes.length; id++) {
          const nd = nodes[id];
          if (!visible(id) || nd.depth >= DMAX) continue;
          const n = nd.kids.length;
          for (let a = 0; a < n; a++) {
            const kid = nd.kids[a];
            if (kid >= 0 && visible(kid)) continue;
            const x = X(nd), y = Y(nd);
            const dx = (a - (n - 1) / 2) * (n > 3 ? 0.035 : 0.05) * w, dy = (VARIANT === "Stochastic" ? 0.05 : 0.085) * h;
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
          // a latent state is a disc; a Stochastic MuZero afterstate (before the dice) a small square
          const shape = (r) => { g.beginPath(); if (nd.chance) g.rect(x - r * 0.75, y - r * 0.75, r * 1.5, r * 1.5); else g.arc(x, y, r, 0, Math.PI * 2); };
          g.fillStyle = theme.panel;
          shape(R * pop);
          g.fill();
          g.globalAlpha = fade * Math.min(1, Math.abs(q) * 1.2 + 0.1);
          g.fillStyle = q >= 0 ? theme.good : theme.bad;
          shape(R * pop);
          g.fill();
          g.globalAlpha = fade;
          shape(R * pop);
          g.strokeStyle = theme.fg;
          g.lineWidth = 1.2;
          g.stroke();
        }
        const root = nodes[0];
        K.rich(g, "s_0", X(root), Y(root) - R - fs(12) * 0.7, theme, { size: fs(12) });
        // visit counts on the root's edges
        for (let a = 0; a < root.kids.length; a++) {
          const id = root.kids[a];
          if (id < 0 || !visible(id)) continue;
          const nd = nodes[id];
          const f = nd.chance ? 0.4 : 0.55;
          const mx = K.lerp(X(root), X(nd), f), my = K.lerp(Y(root), Y(nd), f);
          const win = final > 0 && a === best;
          // Gumbel's 5 root actions and Stochastic's afterstates leave little room: the count alone
          const tag = VARIANT === "Stochastic" || (root.kids.length > 3 && w < 560) ? "N=" : "a" + (a + 1) + ": N=";
          K.rich(g, tag + nOf(id), mx, my, theme, { size: fs(11), color: win ? theme.good : theme.fg, plate: true });
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
        drawVariant(g, view, { X, Y, R, fs, fade, final, k, visible });
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
