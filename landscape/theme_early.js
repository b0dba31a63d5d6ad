/* Runs in <head>, before the first paint: the page is drawn in the reader's theme from the start, so a
 * dark reader never sees a light flash, and setting the theme later restyles nothing (theme.js owns the rest).
 * The reader's own pick is read just before the first frame, not now: Chromium can drop a storage connection a
 * page opens while it is still being parsed, and the page's writes (a new pick) would then never be kept. */
(function () {
  const root = document.documentElement;
  root.dataset.theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  requestAnimationFrame(function () {
    let picked = null;
    try { picked = localStorage.getItem("landscape-theme"); } catch (err) { /* private mode */ }
    if (picked && picked !== root.dataset.theme) root.dataset.theme = picked;
  });
})();
