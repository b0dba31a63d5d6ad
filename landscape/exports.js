/* Exports of the shown entries, made in the page: BibTeX of their papers, JSON, CSV. */
LS.exports = (function () {
  const data = LS.data;

  /* BibTeX values in braces; braces and backslashes in data are escaped so the file stays valid. */
  function bibValue(s) {
    return "{" + String(s).replace(/\\/g, "\\textbackslash{}").replace(/([{}%&$#_])/g, "\\$1") + "}";
  }

  function bibAuthors(authors) {
    return authors.map((a) => (a === "et al." ? "others" : a)).join(" and ");
  }

  function bibEntry(key, p) {
    const arxiv = /arxiv\.org\/abs\/([0-9.]+)/.exec(p.url);
    const fields = [
      ["title", p.title], ["author", bibAuthors(p.authors)], ["year", p.year],
      [arxiv ? "journal" : "howpublished", p.venue], ["url", p.url],
    ];
    if (arxiv) fields.push(["eprint", arxiv[1]], ["archiveprefix", "arXiv"]);
    return "@misc{" + key + ",\n" + fields.map(([k, v]) => "  " + k + " = " + bibValue(v)).join(",\n") + "\n}\n";
  }

  function bibtex(entries) {
    const keys = [...new Set(entries.flatMap((e) => e.papers))].sort();
    return keys.map((k) => bibEntry(k, data.papers[k])).join("\n");
  }

  function json(entries) {
    const out = entries.map((e) => Object.assign({}, e, { papers: e.papers.map((k) => Object.assign({ key: k }, data.papers[k])) }));
    out.forEach((e) => { delete e.x; delete e.y; });
    return JSON.stringify({ title: data.title, entries: out }, null, 2) + "\n";
  }

  const CSV_COLUMNS = ["id", "name", "short", "family", "year", "tagline", "mapping", "math", "papers", "learn_url"];

  function csvCell(v) {
    const s = String(v);
    // Quote always; a leading = + - @ is prefixed with ' so spreadsheets don't run it as a formula.
    const safe = /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
    return '"' + safe.replace(/"/g, '""') + '"';
  }

  function csv(entries) {
    const rows = entries.map((e) => [e.id, e.name, e.short, data.families.find((f) => f.key === e.family).label, e.year,
      e.tagline, e.mapping.join(" → "), e.math, e.papers.join(" "), e.learn[1]]);
    return [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }

  function slug() {
    return data.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "landscape";
  }

  function run(kind) {
    const entries = LS.app.shownEntries();
    const name = slug() + "-" + entries.length + "-entries";
    if (kind === "bib") LS.util.download(name + ".bib", "application/x-bibtex", bibtex(entries));
    if (kind === "json") LS.util.download(name + ".json", "application/json", json(entries));
    if (kind === "csv") LS.util.download(name + ".csv", "text/csv", csv(entries));
  }

  function init() {
    for (const b of document.querySelectorAll("[data-export]")) b.addEventListener("click", () => run(b.dataset.export));
  }

  return { init, bibtex, json, csv };
})();
