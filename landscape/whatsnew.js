/* What's new since the reader's last visit. The visit date stays in this browser (localStorage; nothing
 * leaves it); the tab keeps the visit it started from (sessionStorage), so reloads keep the badges.
 * An entry is new when the month it joined the map (`added`) is later than that visit's month.
 * A first visit has nothing to compare with: nothing is marked. */
LS.whatsnew = (function () {
  const KEY = "landscape-visit:" + LS.data.title;

  /* Storage may be switched off (reading it then throws): every visit is then a first visit. */
  function read(store) {
    try { return window[store].getItem(KEY); } catch (err) { return null; }
  }
  function write(store, value) {
    try { window[store].setItem(KEY, value); } catch (err) { /* see read() */ }
  }

  /* Read on first use (start-up, after the document is parsed), never while it parses: Chromium can drop a
   * storage connection a page opens that early, and none of the page's writes then reach the browser. */
  function load() {
    const tab = read("sessionStorage");
    const since = tab !== null ? tab : read("localStorage") || "";
    write("sessionStorage", since);
    write("localStorage", new Date().toISOString().slice(0, 10));
    const month = since.slice(0, 7);
    return { since, fresh: new Set(month ? LS.data.entries.filter((e) => e.added > month).map((e) => e.id) : []) };
  }
  let visit = null;
  const current = () => visit || (visit = load());

  return {
    get since() { return current().since; },
    get count() { return current().fresh.size; },
    has: (id) => current().fresh.has(id),
  };
})();
