/* Live preview (only in pages served by `--serve`, never in the written page). Long-polls the server
 * for its build status: a newer good build reloads the page (the URL fragment keeps the open panel and
 * view); a failed build shows its problems, exactly as the CLI prints them, over the last good page. */
(function () {
  const epoch = Number(document.currentScript.dataset.epoch);
  let seen = -1;
  let overlay = null;

  function showProblems(problems) {
    if (overlay) overlay.remove();
    overlay = null;
    if (!problems.length) return;
    overlay = document.createElement("section");
    overlay.id = "live-problems";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:1000;max-height:60vh;overflow:auto;"
      + "background:#7f1d1d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:12px 18px;"
      + "box-shadow:0 4px 18px rgba(0,0,0,.4)";
    const head = document.createElement("h2");
    head.style.cssText = "font:600 16px/1.4 system-ui,sans-serif;margin:0 0 6px";
    head.textContent = "error: " + problems.length + " problem(s) in the data; showing the last good build";
    const list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:18px;white-space:pre-wrap";     // a crash's traceback is one block
    for (const line of problems) {
      const item = document.createElement("li");
      item.textContent = line;
      list.append(item);
    }
    overlay.append(head, list);
    document.body.append(overlay);
  }

  async function poll() {
    let pause = 500;
    for (;;) {
      try {
        const res = await fetch("/livereload/" + seen, { cache: "no-store" });
        const st = await res.json();
        if (st.epoch > epoch) { location.reload(); return; }
        seen = st.status;
        pause = 500;
        showProblems(st.problems);
      } catch (err) {
        await new Promise((done) => setTimeout(done, pause));     // server restarting or stopped: back off
        pause = Math.min(pause * 2, 10000);
      }
    }
  }
  poll();
})();
