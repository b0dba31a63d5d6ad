/* Spelling help for search, over the words the index holds (vocab: word -> how many works hold it): which
 * words a typed word is one slip away from (a letter added, dropped or changed, or two neighbours swapped:
 * "muzeor", "jpea", "mincraft"), and, when nothing matches, the closest indexed word to offer as "did you
 * mean …". */
LS.spelling = (function () {
  /* Is a one slip away from b? Their common prefix and suffix leave one change, or two swapped letters. */
  function oneSlip(a, b) {
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    let i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    let j = 0;
    while (j < la - i && j < lb - i && a[la - 1 - j] === b[lb - 1 - j]) j++;
    const rest = Math.max(la, lb) - i - j;
    return rest <= 1 || (la === lb && rest === 2 && a[i] === b[i + 1] && a[i + 1] === b[i]);
  }

  /* Edits between a and b, an adjacent swap counting as one (optimal string alignment). */
  function distance(a, b) {
    let before = null, prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) {
        let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
        cur.push(d);
      }
      before = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  /* The indexed words one slip away from term, the commonest first (at most max). */
  function near(term, vocab, max) {
    const out = [];
    for (const w of vocab.keys()) if (w !== term && oneSlip(term, w)) out.push(w);
    return out.sort((a, b) => vocab.get(b) - vocab.get(a) || LS.util.cmp(a, b)).slice(0, max);
  }

  /* The indexed word closest to term (a third of its letters may differ), or null. */
  function closest(term, vocab) {
    const limit = Math.max(1, Math.floor(term.length / 3));
    let best = null, bestD = limit + 1;
    for (const [w, n] of vocab) {
      if (Math.abs(w.length - term.length) > limit || w === term) continue;
      const d = distance(term, w);
      if (d < bestD || (d === bestD && (n > vocab.get(best) || (n === vocab.get(best) && w < best)))) {
        best = w;
        bestD = d;
      }
    }
    return best;
  }

  return { near, closest };
})();
