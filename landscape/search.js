/* Ranked search over every text of an entry: name, short label and aliases first, then the tagline,
 * then the rest (plain words, pipeline, when to use, pros and cons, paper titles and authors).
 * Every query term must match somewhere. Forgiving where readers type loosely: a hyphen is optional
 * everywhere ("realtime" finds "real-time", "genie-3" finds "Genie 3"), one slip is forgiven against
 * every indexed word ("muzeor", see LS.spelling), short terms match whole words or word starts only
 * (so "Ha" finds David Ha, not every "has"), and a year or a range of years ("2025", "2024–2025")
 * filters by release date. */
LS.search = (function () {
  const { fold } = LS.util;
  const data = LS.data;
  // Name, short, aliases, tagline, then the rest; the tiers keep name hits above any number of body hits.
  const WEIGHTS = [100, 90, 100, 12, 2, 2, 2, 2, 3, 3];
  const NAME_FIELDS = 3;
  // A hit through a forgiven slip ranks below an exact one.
  const FUZZY = 0.6;
  const SEP = "\u0001";    // between aliases: each one starts a name
  // Letters of any script stay: "Δ-IRIS" is "δiris", not a second "iris".
  const compact = (s) => s.replace(/[^\p{L}\d]+/gu, "");
  // "real-time" also as "realtime", so the hyphen is optional both ways.
  const joinedForms = (s) => (s.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) || []).map(compact).join(" ");

  function fieldStarts(fields) {
    const starts = [];
    let at = 0;
    for (const f of fields) { starts.push(at); at += f.length + 1; }
    return starts;
  }

  // The index is built one work per idle step after start-up, or at once by the first search.
  const docs = LS.util.laterEach(() => data.entries, (e) => {
    const papers = e.papers.map((k) => data.papers[k]);
    const raw = [e.name, e.short, (e.aliases || []).join(SEP), e.tagline, e.simple, e.mapping.join(" → "), e.when,
      e.pros.concat(e.cons).join(" • "), papers.map((p) => p.title).join(" • "),
      papers.map((p) => p.authors.join(", ")).join(" • ")].map(fold);
    const fields = raw.map((f) => {
      const joined = joinedForms(f);
      return joined ? f + " " + joined : f;
    });
    return {
      id: e.id, date: e.date, name: e.name, all: fields.join("\n"), starts: fieldStarts(fields),
      compactNames: [raw[0], raw[1], ...raw[2].split(SEP)].map(compact).filter(Boolean),
    };
  });

  /* Which works hold each word (a run of [a-z0-9]): a term is looked up among the words, not in every work's
   * text, so a keystroke costs what the words and the hits are, however many works repeat them. */
  const postings = new Map();       // word -> indexes into docs(), ascending
  const named = new Map();          // a name without spaces and hyphens -> the same
  const post = (index, key, i) => (index.get(key) || index.set(key, []).get(key)).push(i);
  const posted = LS.util.laterEach(docs, (d, i) => {
    for (const w of new Set(d.all.match(/[a-z0-9]+/g))) post(postings, w, i);
    for (const c of new Set(d.compactNames)) post(named, c, i);
  });
  /* Adds to found the works a term can hit, as termMatch matches it (whole word, word start or anywhere), as
   * indexes into docs(); false when the words cannot tell (a letter past z: every work is read). */
  function holders(m, found) {
    const t = m.term;
    if (/[^a-z0-9]/.test(t)) return false;
    posted();
    // A whole word is looked up; a word's start or inside is looked for among the words.
    for (const [w, list] of m.whole ? [[t, postings.get(t) || []]] : postings) {
      if (m.whole || (m.anywhere ? w.includes(t) : w.startsWith(t))) list.forEach((i) => found.add(i));
    }
    return true;
  }
  // Spelling help's words (3 letters or more) and how many works hold each.
  let counts = null;
  const vocab = () => counts
    || (posted(), counts = new Map([...postings].filter(([w]) => w.length > 2).map(([w, list]) => [w, list.length])));
  const foundAnywhere = (t, found = new Set()) => (holders({ term: t, anywhere: true }, found) ? found.size > 0
    : docs().some((d) => d.all.includes(t)));

  /* "2025", "2024–2025", "2024-2025", "2024..2025": the release years asked for, and the rest of the query. */
  const YEARS_RE = /(^|\s)((?:19|20)\d\d)(?:\s*(?:[-–—]|\.\.|to)\s*((?:19|20)\d\d))?(?=\s|$)/g;
  function splitYears(query) {
    const years = [];
    const text = query.replace(YEARS_RE, (m, pre, a, b) => { years.push(+a, +(b || a)); return pre; });
    return { text, from: years.length ? Math.min(...years) : 0, to: years.length ? Math.max(...years) : 0 };
  }

  /* Query words: spaces split them; a hyphen inside a word joins it ("v-jepa" = "vjepa"). Years left out. */
  function terms(query) {
    return fold(splitYears(query).text).split(/\s+/).map((w) => (/[a-z0-9]-+[a-z0-9]/.test(w) ? compact(w) : w))
      .flatMap((w) => w.split(/[^a-z0-9\u00c0-\uffff]+/)).filter(Boolean);
  }

  /* A query term and how it may match: anywhere for 4+ letters, at a word start for 3, as a whole word
   * for 1-2 ("3d", "ha"). A term found nowhere as typed matches the indexed words one slip away. */
  function matcher(term) {
    const slips = term.length >= 4 && !foundAnywhere(term) ? LS.spelling.near(term, vocab(), 6) : [];
    return { ...termMatch(term, term.length >= 4, term.length <= 2), slips: slips.map((w) => termMatch(w, true, false)) };
  }
  /* The term at a word start (whole: also at a word end) as one regex: the engine's own scan, several
   * times faster than a loop over every "d" of 4,000 works in script. Terms hold only [a-z0-9] and
   * letters past U+00BF (terms() splits on the rest), none of them special in a regex. */
  const termMatch = (term, anywhere, whole) =>
    ({ term, anywhere, whole, word: new RegExp("(?<![a-z0-9])" + term + (whole ? "(?![a-z0-9])" : ""), "g") });

  /* The score of a hit at pos of doc.all: its field's weight, more at a word start, most at a name's start. */
  function hitScore(doc, pos, wordStart) {
    let i = doc.starts.length - 1;
    while (doc.starts[i] > pos) i--;
    const nameStart = i < NAME_FIELDS && (pos === doc.starts[i] || doc.all[pos - 1] === SEP);
    return WEIGHTS[i] * (wordStart ? 1.5 : 1) * (nameStart ? 1.5 : 1);
  }

  /* Fields are searched as one text (name first): the first word-start hit and, for long terms, the
   * first hit anywhere (a name's inside beats a pro's start). */
  function exactScore(doc, m) {
    let best = 0;
    const any = doc.all.indexOf(m.term);
    if (any >= 0) {
      m.word.lastIndex = any;                  // the first word-start (or whole-word) hit from there on
      const hit = (m.word.exec(doc.all) || { index: -1 }).index;
      if (hit >= 0) best = hitScore(doc, hit, true);
      if (m.anywhere && any !== hit) best = Math.max(best, hitScore(doc, any, false));
    }
    return best;
  }

  /* A term with slips is found nowhere as typed (see matcher): only its mended words can hit. */
  function termScore(doc, m) {
    let best = m.slips.length ? 0 : exactScore(doc, m);
    for (const slip of m.slips) {
      if (best) break;
      best = FUZZY * exactScore(doc, slip);
    }
    return best;
  }

  /* "vjepa", "genie3": the query against the names without spaces and hyphens; a whole name or alias
   * (the reader typed it exactly) beats any other hit, then nearly all of one from its start ("world
   * model" for "World Models"), then its start, then its inside. */
  function compactScore(doc, joined) {
    let best = 0;
    for (const c of doc.compactNames) {
      const pos = c.indexOf(joined);
      if (pos < 0) continue;
      const nearlyWhole = pos === 0 && joined.length >= 0.8 * c.length;
      best = Math.max(best, WEIGHTS[0] * (c === joined ? 3 : nearlyWhole ? 2.5 : pos === 0 ? 1.2 : 1));
    }
    return best;
  }

  /* The last query's answer: one keystroke asks for it from the search list and the empty note. */
  function remembered(fn) {
    let last = null, value;
    return (query) => {
      if (query !== last) { value = fn(query); last = query; }
      return value;
    };
  }

  /* The works that can score: those where the first term can hit (a term with slips: where one of its slips
   * can), and those whose names hold a joined form of the query; in index order (ties then rank as before). */
  function candidates(matchers, forms) {
    const all = docs(), m = matchers[0], pool = new Set();
    if (!m || !(m.slips.length ? m.slips : [m]).every((x) => holders(x, pool))) return all;
    for (const [c, list] of named) {
      if (forms.some((j) => j.length > 2 && c.includes(j))) list.forEach((i) => pool.add(i));
    }
    return [...pool].sort((a, b) => a - b).map((i) => all[i]);
  }

  /* [{id, score}] best first; [] for an empty query. A query of years only lists that time, oldest first. */
  function rank(query) {
    const { from, to } = splitYears(query);
    const ts = terms(query);
    if (!ts.length && !from) return [];
    const joined = compact(ts.join(""));
    const matchers = ts.map(matcher);
    // The query as the forgiven slips read it ("muzeor" -> "muzero"), for the whole-name bonus.
    const mended = matchers.some((m) => m.slips.length) ? compact(matchers.map((m) => (m.slips[0] || m).term).join("")) : "";
    const out = [];
    for (const doc of candidates(matchers, [joined, mended])) {
      const year = +doc.date.slice(0, 4);
      if (from && (year < from || year > to)) continue;
      let total = ts.length ? 0 : 1;
      for (const m of matchers) {
        const s = termScore(doc, m);
        if (!s) { total = 0; break; }
        total += s;
      }
      if (joined.length >= 3) total = Math.max(total, compactScore(doc, joined) * ts.length);
      if (mended) total = Math.max(total, FUZZY * compactScore(doc, mended) * ts.length);
      if (total) out.push({ id: doc.id, score: total, date: doc.date, name: doc.name });
    }
    const newer = ts.length ? -1 : 1;
    out.sort((a, b) => b.score - a.score || newer * LS.util.cmp(a.date, b.date) || LS.util.textCmp(a.name, b.name));
    return out;
  }

  /* When a query matches nothing: the same query with each word found nowhere replaced by the closest
   * indexed word ("diffsuoin" -> "diffusion"), or null when there is nothing to offer. */
  function closestQuery(query) {
    let changed = false;
    const fixed = fold(query).split(/\s+/).filter(Boolean).map((w) => {
      const t = compact(w);
      if (t.length < 3 || /^(19|20)\d\d/.test(t) || foundAnywhere(t)) return w;
      const best = LS.spelling.closest(t, vocab());
      changed = changed || Boolean(best);
      return best || w;
    });
    return changed ? fixed.join(" ") : null;
  }

  return { run: rank, terms, suggest: remembered(closestQuery) };
})();
