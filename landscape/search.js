/* Ranked search over every text of an entry: name and short label first, then the tagline, then
 * the rest (plain words, pipeline, when to use, pros and cons, paper titles and authors).
 * Every query term must match somewhere. Forgiving where readers type loosely: hyphens and spaces
 * are optional in names ("vjepa", "genie3"), one typo is tolerated in names ("dreamr"), and short
 * terms match whole words or word starts only (so "Ha" finds David Ha, not every "has"). */
LS.search = (function () {
  const { fold } = LS.util;
  const data = LS.data;
  // Name, short, tagline, then the rest; the tiers keep name hits above any number of body hits.
  const WEIGHTS = [100, 90, 12, 2, 2, 2, 2, 3, 3];
  const NAME_FIELDS = 2;
  // A one-typo name hit ranks below an exact one.
  const FUZZY = 0.6;
  const compact = (s) => s.replace(/[^a-z0-9]+/g, "");

  function fieldStarts(fields) {
    const starts = [];
    let at = 0;
    for (const f of fields) { starts.push(at); at += f.length + 1; }
    return starts;
  }

  // The index is built in an idle slice after start-up, or by the first search.
  const docs = LS.util.later(() => data.entries.map((e) => {
    const papers = e.papers.map((k) => data.papers[k]);
    const fields = [e.name, e.short, e.tagline, e.simple, e.mapping.join(" → "), e.when,
      e.pros.concat(e.cons).join(" • "), papers.map((p) => p.title).join(" • "),
      papers.map((p) => p.authors.join(", ")).join(" • ")].map(fold);
    return {
      id: e.id, date: e.date, name: e.name, all: fields.join("\n"), starts: fieldStarts(fields),
      compactNames: [compact(fields[0]), compact(fields[1])],
      nameWords: [...new Set((fields[0] + " " + fields[1]).split(/[^a-z0-9]+/).filter((w) => w.length > 2))],
    };
  }));


  /* Query words: split on spaces and hyphens alike, as names write them either way. */
  function terms(query) {
    return fold(query).split(/[^a-z0-9\u00c0-\uffff]+/).filter(Boolean);
  }

  /* A query term and how it may match: anywhere for 4+ letters, at a word start for 3, as a whole word
   * for 1-2 ("3d", "ha"). Typos are forgiven only for a term found nowhere as typed. */
  function matcher(term) {
    const fuzzy = term.length >= 4 && !docs().some((d) => d.all.includes(term));
    return { term, anywhere: term.length >= 4, whole: term.length <= 2, fuzzy };
  }

  const isWordChar = (s, i) => {
    const c = s.charCodeAt(i);
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  };

  /* The first word-start (or whole-word) occurrence of m.term in text from pos on, or -1. */
  function wordStartHit(text, m, pos) {
    for (; pos >= 0; pos = text.indexOf(m.term, pos + 1)) {
      if (!isWordChar(text, pos - 1) && !(m.whole && isWordChar(text, pos + m.term.length))) return pos;
    }
    return -1;
  }

  /* The score of a hit at pos of doc.all: its field's weight, more at a word start, most at a name's start. */
  function hitScore(doc, pos, wordStart) {
    let i = doc.starts.length - 1;
    while (doc.starts[i] > pos) i--;
    return WEIGHTS[i] * (wordStart ? 1.5 : 1) * (pos === doc.starts[i] && i < NAME_FIELDS ? 1.5 : 1);
  }

  /* Fields are searched as one text (name first): the first word-start hit and, for long terms, the
   * first hit anywhere (a name's inside beats a pro's start). */
  function termScore(doc, m) {
    let best = 0;
    const any = doc.all.indexOf(m.term);
    if (any >= 0) {
      const hit = wordStartHit(doc.all, m, any);
      if (hit >= 0) best = hitScore(doc, hit, true);
      if (m.anywhere && any !== hit) best = Math.max(best, hitScore(doc, any, false));
    }
    if (!best && m.fuzzy) best = WEIGHTS[0] * fuzzyName(doc, m.term);
    return best;
  }

  /* One typo (Levenshtein distance 1) against a name word; the name's first word counts most. */
  function fuzzyName(doc, term) {
    if (oneEdit(term, doc.nameWords[0] || "")) return FUZZY * 1.5;
    return doc.nameWords.some((w) => oneEdit(term, w)) ? FUZZY : 0;
  }

  /* Is a within one edit of b? Their common prefix and suffix leave at most one change. */
  function oneEdit(a, b) {
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    const short = Math.min(la, lb);
    let i = 0;
    while (i < short && a[i] === b[i]) i++;
    let j = 0;
    while (j < short - i && a[la - 1 - j] === b[lb - 1 - j]) j++;
    return Math.max(la, lb) - i - j <= 1;
  }

  /* "vjepa", "genie3": the query against the name without its spaces and hyphens; the whole name (the
   * reader typed it exactly) beats any other hit, then its start, then its inside. */
  function compactScore(doc, joined) {
    let best = 0;
    for (const c of doc.compactNames) {
      const pos = c.indexOf(joined);
      if (pos >= 0) best = Math.max(best, WEIGHTS[0] * (c === joined ? 3 : pos === 0 ? 1.2 : 1));
    }
    return best;
  }

  /* [{id, score}] best first; [] for an empty query. */
  function run(query) {
    const ts = terms(query);
    if (!ts.length) return [];
    const joined = compact(ts.join(""));
    const matchers = ts.map(matcher);
    const out = [];
    for (const doc of docs()) {
      let total = 0;
      for (const m of matchers) {
        const s = termScore(doc, m);
        if (!s) { total = 0; break; }
        total += s;
      }
      if (joined.length >= 3) total = Math.max(total, compactScore(doc, joined) * ts.length);
      if (total) out.push({ id: doc.id, score: total, date: doc.date, name: doc.name });
    }
    out.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
    return out;
  }

  return { run, terms };
})();
