/* Light/dark theme: follows the system until the reader picks one; the pick is remembered. */
LS.theme = (function () {
  const KEY = "landscape-theme";        // theme_early.js reads the same key before the first paint
  const listeners = [];
  const media = window.matchMedia("(prefers-color-scheme: dark)");

  function stored() {
    try { return localStorage.getItem(KEY); } catch (err) { return null; }
  }
  function current() {
    return stored() || (media.matches ? "dark" : "light");
  }
  // theme_early.js set it before the first paint; writing the same value again would restyle the whole page.
  function apply() {
    const theme = current();
    if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
    listeners.forEach((fn) => fn());
  }
  function toggle() {
    try { localStorage.setItem(KEY, current() === "dark" ? "light" : "dark"); } catch (err) { /* private mode */ }
    apply();
  }

  /* Mix a #rrggbb colour toward white by f (0..1): family colours stay readable on dark backgrounds. */
  function lighten(hex, f) {
    const n = parseInt(hex.slice(1), 16);
    const ch = [n >> 16, (n >> 8) & 255, n & 255].map((c) => Math.round(c + (255 - c) * f));
    return "#" + ch.map((c) => c.toString(16).padStart(2, "0")).join("");
  }

  /* Colours handed to animations (they draw only with these). */
  function animTheme(accent) {
    const css = getComputedStyle(document.documentElement);
    const v = (name) => css.getPropertyValue(name).trim();
    const dark = current() === "dark";
    const fam = LS.data.families.map((f) => (dark ? lighten(f.color, 0.35) : f.color));
    const palette = dark
      ? ["#60a5fa", "#f472b6", "#4ade80", "#fbbf24", "#c084fc", "#22d3ee"]
      : ["#2563eb", "#db2777", "#15803d", "#b45309", "#7c3aed", "#0e7490"];
    return {
      bg: v("--raised"), panel: v("--surface"), fg: v("--fg"), muted: v("--muted"), grid: v("--border"),
      accent: dark ? lighten(accent, 0.35) : accent, palette, families: fam,
      good: v("--good"), bad: v("--bad"), warn: v("--warn"), dark,
    };
  }

  media.addEventListener("change", apply);
  return { apply, toggle, current, animTheme, onChange: (fn) => listeners.push(fn) };
})();
