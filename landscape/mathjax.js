/* Typesets only the math the reader is looking at. Until MathJax arrives (or if it never does),
 * the TeX source stays visible as readable monospace text. */
LS.math = (function () {
  const pending = new Set();

  function ready() {
    return Boolean(window.MathJax && window.MathJax.startup && window.MathJax.startup.promise
      && window.MathJax.typesetPromise);
  }

  /* A block showing the TeX source; typeset() upgrades it in place. */
  function block(tex) {
    return LS.util.el("div", { class: "math", "data-tex": tex },
      [LS.util.el("code", { class: "tex-source", text: tex })]);
  }

  function typesetOne(node) {
    node.dataset.typeset = "pending";
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
        if (source) source.remove();
        target.classList.remove("pending");
        node.dataset.typeset = "1";
      })
      .catch(fail);
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
      return Promise.resolve(false);
    }
    return Promise.all(nodes.map(typesetOne)).then(() => true);
  }

  /* MathJax's first typeset sets up fonts and styles (~50 ms): do it while idle, not on a click. */
  function warmUp() {
    const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 200));
    idle(() => {
      const probe = LS.util.el("div", { class: "math-out pending", "aria-hidden": "true", text: "\\(x_t\\)" });
      document.body.append(probe);
      window.MathJax.typesetPromise([probe]).catch(() => {}).then(() => {
        window.MathJax.typesetClear([probe]);
        probe.remove();
      });
    });
  }

  const script = document.getElementById("mathjax-script");
  if (ready()) window.MathJax.startup.promise.then(warmUp);     // it loaded before this script ran
  else if (script) {
    script.addEventListener("load", () => {
      window.MathJax.startup.promise.then(() => {
        pending.forEach((root) => { if (root.isConnected) typeset(root); });
        pending.clear();
        warmUp();
      });
    });
  }
  return { block, typeset, clear, ready };
})();
