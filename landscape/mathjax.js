/* Typesets only the math the reader is looking at, loading MathJax only when math is about to be
 * needed. Until it arrives (or if it never does) the TeX source stays visible as readable text. */
LS.math = (function () {
  const pending = new Set();
  let warm = false;     // MathJax's fonts are in: a typeset now takes a frame or two, not seconds

  function ready() {
    return Boolean(window.MathJax && window.MathJax.startup && window.MathJax.startup.promise
      && window.MathJax.typesetPromise);
  }

  /* A block showing the TeX source; typeset() upgrades it in place. */
  function block(tex) {
    return LS.util.el("div", { class: "math", "data-tex": tex },
      [LS.util.el("code", { class: "tex-source", text: tex })]);
  }

  /* "pending" hides the TeX for the frame or two a warm typeset takes (no flash); before the warm-up,
   * when a typeset may wait seconds for fonts, "waiting" keeps the TeX readable until the swap. */
  const busy = () => (warm ? "pending" : "waiting");
  function typesetOne(node) {
    node.dataset.typeset = busy();
    // Typeset a hidden sibling in the document (MathJax measures fonts there), then swap it in.
    const target = LS.util.el("div", { class: "math-out pending", text: "\\[" + node.dataset.tex + "\\]" });
    node.append(target);
    const fail = () => {
      target.remove();
      delete node.dataset.typeset;
    };
    return window.MathJax.startup.promise
      .then(() => window.MathJax.typesetPromise([target]))
      .then(() => {
        if (!target.querySelector("mjx-container") || target.querySelector("mjx-merror")) {
          window.MathJax.typesetClear([target]);
          fail();
          return;
        }
        const source = node.querySelector(".tex-source");
        node.style.minHeight = node.offsetHeight + "px";    // the block keeps its place: nothing below jumps
        if (source) source.remove();
        target.classList.remove("pending");
        node.dataset.typeset = "1";
      })
      .catch(fail);
  }

  /* Typeset root's math blocks at once, synchronously (print: the page is laid out for paper right after
   * "beforeprint", no later). A block MathJax cannot do now (a font not yet loaded) keeps its TeX source,
   * and is typeset in the background for the next print. Returns how many were typeset. */
  function typesetNow(root) {
    if (!ready()) { load(); return 0; }
    let done = 0;
    for (const node of root.querySelectorAll(".math:not([data-typeset])")) {
      const out = LS.util.el("div", { class: "math-out", text: "\\[" + node.dataset.tex + "\\]" });
      node.append(out);
      try {
        window.MathJax.typeset([out]);
        if (!out.querySelector("mjx-container") || out.querySelector("mjx-merror")) throw new Error("not typeset");
        node.querySelector(".tex-source").remove();
        node.dataset.typeset = "1";
        done++;
      } catch (err) {
        out.remove();
        window.MathJax.typesetPromise([LS.util.el("div", { text: "\\[" + node.dataset.tex + "\\]" })]).catch(() => {});
      }
    }
    return done;
  }

  /* Forget typeset math inside root before it is thrown away (MathJax keeps a list). */
  function clear(root) {
    if (ready()) window.MathJax.typesetClear([root]);
  }

  /* Typeset every not-yet-typeset math block inside root (now, or when MathJax loads). */
  function typeset(root) {
    const nodes = Array.from(root.querySelectorAll(".math:not([data-typeset])"));
    if (!ready()) {
      pending.add(root);
      load();
      return Promise.resolve(false);
    }
    // In a task of its own once this frame is drawn: a click that opens a panel stays one short task.
    for (const node of nodes) node.dataset.typeset = busy();
    return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
      .then(() => Promise.all(nodes.filter((n) => n.isConnected).map(typesetOne)))
      .then(() => true);
  }

  /* MathJax's first typeset sets up fonts and styles (~50 ms) and each font variant fetches its data
   * on first use: typeset the common ones while idle (hidden, but laid out: the fonts load), not on a click. */
  const WARM_UP = "\\[\\mathcal{L}(\\theta)=\\mathbb{E}\\Big[\\textstyle\\sum_t \\ell(\\hat{z}_t^\\star) \\mid \\mathbf{x}\\Big]" +
    "\\quad\\text{if}\\ \\epsilon\\sim\\pi\\]";
  function warmUp() {
    LS.util.later(() => {
      const probe = LS.util.el("div", { class: "math-out pending", "aria-hidden": "true", text: WARM_UP });
      document.body.append(probe);
      const done = () => {
        window.MathJax.typesetClear([probe]);
        probe.remove();
        warm = true;
      };
      // Kept two frames, so it is laid out and its fonts start loading.
      window.MathJax.typesetPromise([probe]).catch(() => {})
        .then(() => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
  }

  /* The reader's intent on a work (the pointer, the keyboard focus or a touch on its star; panel.js listens):
   * MathJax is fetched then, never on load, so a visitor who only browses the map downloads and runs none of it.
   * Once it is in, the work's math is converted off the page in idle time: a typeset that meets a glyph for the
   * first time adds its CSS rule, and the browser then checks every element of the page against it (~10 ms at
   * 5,000 works, on the click that opens a panel); prepared, the glyphs' rules are in before the click. */
  const prepared = new Set();
  function prepare(tex) {
    load();
    if (!warm || !tex || prepared.has(tex)) return;
    prepared.add(tex);
    const mj = window.MathJax, doc = mj.startup.document;
    LS.util.later(() => mj.tex2chtmlPromise(tex, { display: true }).then(() => doc.outputJax.styleSheet(doc), () => {}));
  }

  /* Fetches MathJax once: on intent (prepare) or at the first typeset request. */
  let requested = false;
  function load() {
    if (requested || ready()) return;
    requested = true;
    const meta = document.querySelector('meta[name="mathjax-src"]');
    const script = LS.util.el("script", { id: "mathjax-script", async: true, src: meta.content,
      integrity: meta.dataset.integrity, crossorigin: "anonymous" });
    script.addEventListener("load", () => window.MathJax.startup.promise.then(() => {
      pending.forEach((root) => { if (root.isConnected) typeset(root); });
      pending.clear();
      warmUp();
    }));
    document.head.append(script);
  }

  return { block, typeset, typesetNow, clear, ready, load, prepare };
})();
