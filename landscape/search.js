/* Ranked search over name, short label, tagline, plain words, paper titles and authors. Every
 * query term must match somewhere; word-start matches and stronger fields rank higher. */
LS.search = (function () {
  const { fold } = LS.util;
  const data = LS.data;
  const WEIGHTS = [10, 8, 4, 1, 3, 3];   // name, short, tagline, simple, paper titles, authors

  const docs = data.entries.map((e) => {
    const papers = e.papers.map((k) => data.papers[k]);
    return {
      id: e.id,
      year: e.year,
      name: e.name,
      fields: [e.name, e.short, e.tagline, e.simple, papers.map((p) => p.title).join(" \u2022 "),
        papers.map((p) => p.authors.join(", ")).join(" \u2022 ")].map(fold),
    };
  });

  function terms(query) {
    return fold(query).split(/\s+/).filter(Boolean);
  }

  function termScore(doc, term) {
    let best = 0;
    for (let i = 0; i < WEIGHTS.length; i++) {
      const f = doc.fields[i];
      const pos = f.indexOf(term);
      if (pos < 0) continue;
      const wordStart = pos === 0 || !/[a-z0-9]/.test(f[pos - 1]);
      const s = WEIGHTS[i] * (wordStart ? 1.5 : 1) * (pos === 0 && i < 2 ? 1.5 : 1);
      if (s > best) best = s;
    }
    return best;
  }

  /* [{id, score}] best first; [] for an empty query. */
  function run(query) {
    const ts = terms(query);
    if (!ts.length) return [];
    const out = [];
    for (const doc of docs) {
      let total = 0;
      for (const t of ts) {
        const s = termScore(doc, t);
        if (!s) { total = 0; break; }
        total += s;
      }
      if (total) out.push({ id: doc.id, score: total, year: doc.year, name: doc.name });
    }
    out.sort((a, b) => b.score - a.score || b.year - a.year || a.name.localeCompare(b.name));
    return out;
  }

  return { run, terms };
})();
