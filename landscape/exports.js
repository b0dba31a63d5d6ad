/* Exports of the shown entries, made in the page: BibTeX of their papers, JSON, CSV, and a CSV of their results. */
LS.exports = (function () {
  const data = LS.data;

  /* BibTeX text: TeX's special characters escaped so the file stays valid and prints as written. */
  function bibText(s) {
    return String(s).replace(/\\/g, "\\textbackslash{}").replace(/([{}%&$#_])/g, "\\$1")
      .replace(/~/g, "\\textasciitilde{}").replace(/\^/g, "\\textasciicircum{}");
  }

  /* Titles keep their capitals: every word with a capital letter is braced ("{V-JEPA} 2"), since
   * bibliography styles lower-case the rest. */
  function bibTitle(title) {
    return bibText(title).split(" ").map((w) => (/[A-Z]/.test(w) ? "{" + w + "}" : w)).join(" ");
  }

  /* URLs go in raw (styles typeset them with \url); only braces would break the field. */
  function bibUrl(url) {
    return url.replace(/\{/g, "%7B").replace(/\}/g, "%7D");
  }

  function bibAuthors(authors) {
    return authors.map((a) => (a === "et al." ? "others" : bibText(a))).join(" and ");
  }

  // Journals by name, and IEEE's "T…" transactions ("IEEE TIP", "IEEE TPAMI").
  const JOURNAL_RE = /\b(Nature|Science|Journal|Transactions|Letters|TMLR|TPAMI|JMLR|IJRR|RA-L)\b|\bIEEE T-?[A-Z]{2,6}\b/;
  const PREPRINT_RE = /\b(arXiv|bioRxiv|OpenReview|preprint)\b/i;
  // "NeurIPS 2024", "CoRL 2022": an acronym and a year; or a venue that says what it is.
  const CONFERENCE_RE = /^[A-Z][A-Za-z-]*[A-Z][A-Za-z-]* \d{4}$|Conference|Workshop|Symposium|Proceedings/;

  /* The record type and the field its venue belongs in. */
  function bibKind(venue) {
    if (PREPRINT_RE.test(venue)) return ["misc", "howpublished"];
    if (JOURNAL_RE.test(venue)) return ["article", "journal"];
    if (CONFERENCE_RE.test(venue)) return ["inproceedings", "booktitle"];
    return ["misc", "howpublished"];
  }

  /* "Nature 2020" -> "Nature": the year has its own field, and styles print it there. */
  function venueName(venue) {
    return venue.replace(/[\s,]*\(?\b(1[89]|20)\d\d\)?$/, "") || venue;
  }

  function bibEntry(key, p) {
    const arxiv = /arxiv\.org\/(?:abs|pdf)\/([0-9]{4}\.[0-9]{4,5})/.exec(p.url);
    const [type, venueField] = bibKind(p.venue);
    const fields = [
      ["title", bibTitle(p.title)], ["author", bibAuthors(p.authors)], ["year", String(p.year)],
      [venueField, bibText(venueName(p.venue))], ["url", bibUrl(p.url)],
    ];
    if (arxiv) fields.push(["eprint", arxiv[1]], ["archiveprefix", "arXiv"]);
    return "@" + type + "{" + key + ",\n" + fields.map(([k, v]) => "  " + k + " = {" + v + "}").join(",\n") + "\n}\n";
  }

  function bibtex(entries) {
    // In the entries' order.
    const keys = [...new Set(entries.flatMap((e) => e.papers))];
    return keys.map((k) => bibEntry(k, data.papers[k])).join("\n");
  }

  /* The entries with their papers, and the connections between the exported entries. */
  function json(entries) {
    const out = entries.map((e) => Object.assign({}, e, { papers: e.papers.map((k) => Object.assign({ key: k }, data.papers[k])) }));
    out.forEach((e) => { delete e.x; delete e.y; });
    const ids = new Set(entries.map((e) => e.id));
    const connections = data.edges.filter(([s, t]) => ids.has(s) && ids.has(t))
      .map(([source, target, type, reason]) => ({ source, target, type, reason: reason || "" }));
    const results = (data.results || []).filter((r) => ids.has(r.entry));
    const used = new Set(results.map((r) => r.bench));
    const benchmarks = (data.benchmarks || []).filter((b) => used.has(b.id));
    return JSON.stringify({ title: data.title, entries: out, connections, benchmarks, results }, null, 2) + "\n";
  }

  const CSV_COLUMNS = ["id", "name", "short", "family", "kind", "date", "tagline", "mapping", "math", "papers", "learn_url",
    "sources", "checked"];

  function csvCell(v) {
    const s = String(v);
    // Quote always; a leading = + - @ is prefixed with ' so spreadsheets don't run it as a formula.
    const safe = /^[=+\-@\t\r]/.test(s) ? "'" + s : s;
    return '"' + safe.replace(/"/g, '""') + '"';
  }

  function csv(entries) {
    const rows = entries.map((e) => [e.id, e.name, e.short, data.families.find((f) => f.key === e.family).label, e.kind || "",
      e.date, e.tagline, e.mapping.join(" → "), e.math, e.papers.join(" "), e.learn[1],
      (e.sources || []).map(([label, url]) => label + " <" + url + ">").join("; "), e.checked || ""]);
    // A byte-order mark: Excel then reads the file as UTF-8 ("→", "ü" intact).
    return "\ufeff" + [CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }

  const RESULT_COLUMNS = ["entry", "name", "benchmark", "benchmark_name", "metric", "unit", "higher_is_better", "value",
    "printed", "model", "date", "source_title", "source_url", "where", "reported_by", "note"];

  /* One row per result of the exported entries, in their order; values exactly as printed. */
  function resultsCsv(entries) {
    const bench = new Map((data.benchmarks || []).map((b) => [b.id, b]));
    const rows = entries.flatMap((e) => (data.results || []).filter((r) => r.entry === e.id).map((r) => {
      const b = bench.get(r.bench);
      return [e.id, e.name, b.id, b.name, b.metric, b.unit, String(b.higher), r.value, r.printed || "", r.model || "",
        r.date || "", r.source[0], r.source[1], r.where, r.by, r.note || ""];
    }));
    return [RESULT_COLUMNS, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }

  function slug() {
    return data.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "landscape";
  }

  /* Exports follow the list's order; with nothing shown they say so instead of saving an empty file. */
  function run(kind) {
    const entries = LS.views.sorted(LS.app.shownEntries());
    const note = document.getElementById("export-note");
    note.textContent = entries.length ? "" : "Nothing to export: no entry is shown.";
    if (!entries.length) return;
    const name = slug() + "-" + entries.length + "-entries";
    if (kind === "bib") LS.util.download(name + ".bib", "application/x-bibtex", bibtex(entries));
    if (kind === "json") LS.util.download(name + ".json", "application/json", json(entries));
    if (kind === "csv") LS.util.download(name + ".csv", "text/csv", csv(entries));
    if (kind === "results-csv") LS.util.download(name + "-results.csv", "text/csv", resultsCsv(entries));
  }

  /* Any change that shows works again makes an old "Nothing to export" stale. */
  function update(shown) {
    if (shown.length) document.getElementById("export-note").textContent = "";
  }

  function init() {
    for (const b of document.querySelectorAll("[data-export]")) b.addEventListener("click", () => run(b.dataset.export));
  }

  return { init, update, bibtex, json, csv };
})();
