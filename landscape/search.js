/* Ranked search over every text of an entry: name and short label first, then the tagline, then
 * the rest (plain words, pipeline, when to use, pros and cons, paper titles and authors).
 * Every query term must match somewhere. Forgiving where readers type loosely: hyphens and spaces
 * are optional in names ("vjepa", "genie3"), one typo is tolerated in names ("dreamr"), and short
 * terms match whole words or word starts only (so "Ha" finds David Ha, not every "has"). */
LS.search = (function () {
  const { fold } = LS.util;
  const data = LS.data;
  // name, short, tagline, then the rest; the tiers keep name hits above any number of body hits
  const WEIGHTS = [100, 90, 12, 2, 2, 2, 2, 3, 3];
  const NAME_FIELDS = 2;
  const FUZZY = 0.6;           // a one-typo name hit ranks below an exact one
  const compact = (s) => s.replace(/[^a-z0-9]+/g, "");

  const docs = data.entries.map((e) => {
    const papers = e.papers.map((k) => data.papers[k]);
    const fields = [e.name, e.short, e.tagline, e.simple, e.mapping.join(" → "), e.when,
      e.pros.concat(e.cons).join(" • "), papers.map((p) => p.title).join(" • "),
      papers.map((p) => p.authors.join(", ")).join(" • ")].map(fold);
    return {
      id: e.id, date: e.date, name: e.name, fields,
      compactName: compact(fields[0]) + " " + compact(fields[1]),
      nameWords: [...new Set((fields[0] + " " + fields[1]).split(/[^a-z0-9]+/).filter((w) => w.length > 2))],
    };
  });

  /* Query words: split on spaces and hyphens alike, as names write them either way. */
  function terms(query) {
    return fold(query).split(/[^a-z0-9\u00c0-\uffff]+/).filter(Boolean);
  }

  const isWordChar = (c) => c !== undefined && /[a-z0-9]/.test(c);

  /* Where term occurs in f as the rules allow: anywhere for 4+ letters, at a word start for 3, a
   * whole word for 1-2 ("3d", "ha"), except at the very start of a name, which is always a word start. */
  function found(f, term) {
    const anywhere = term.length >= 4;
    for (let pos = f.indexOf(term); pos >= 0; pos = f.indexOf(term, pos + 1)) {
      const start = !isWordChar(f[pos - 1]);
      if (anywhere || (start && (term.length > 2 || !isWordChar(f[pos + term.length])))) return { pos, start };
    }
    return null;
  }

  function termScore(doc, term) {
    let best = 0;
    for (let i = 0; i < WEIGHTS.length; i++) {
      const hit = found(doc.fields[i], term);
      if (!hit) continue;
      const s = WEIGHTS[i] * (hit.start ? 1.5 : 1) * (hit.pos === 0 && i < NAME_FIELDS ? 1.5 : 1);
      if (s > best) best = s;
    }
    if (!best && term.length >= 4 && doc.nameWords.some((w) => withinOneEdit(term, w))) best = WEIGHTS[0] * FUZZY;
    return best;
  }

  /* Levenshtein distance <= 1, also against the word's prefix of the term's length (typing "dreamr"). */
  function withinOneEdit(a, w) {
    return oneEdit(a, w) || (w.length > a.length && oneEdit(a, w.slice(0, a.length)));
  }
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length && i === b.length) return true;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* [{id, score}] best first; [] for an empty query. */
  function run(query) {
    const ts = terms(query);
    if (!ts.length) return [];
    const joined = compact(ts.join(""));
    const out = [];
    for (const doc of docs) {
      let total = 0;
      for (const t of ts) {
        const s = termScore(doc, t);
        if (!s) { total = 0; break; }
        total += s;
      }
      // "vjepa", "genie3", "world models" -> "worldmodels": the name without its spaces and hyphens
      if (joined.length >= 3 && doc.compactName.includes(joined)) total = Math.max(total, WEIGHTS[0] * ts.length);
      if (total) out.push({ id: doc.id, score: total, date: doc.date, name: doc.name });
    }
    out.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
    return out;
  }

  return { run, terms };
})();
