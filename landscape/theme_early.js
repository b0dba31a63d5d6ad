/* Runs in <head>, before the first paint: the page is drawn in the reader's theme from the start, so a
 * dark reader never sees a light flash, and setting the theme later restyles nothing (theme.js owns the rest). */
(function () {
  let picked = null;
  try { picked = localStorage.getItem("landscape-theme"); } catch (err) { /* private mode */ }
  document.documentElement.dataset.theme = picked || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
})();
