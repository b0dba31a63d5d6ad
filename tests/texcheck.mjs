// Convert TeX with MathJax itself (npm, in Node): `node tests/texcheck.mjs < items.json`, items = [[id, tex], ...].
// Prints one line per formula MathJax cannot typeset cleanly (merror, or an undefined macro shown as red
// mtext) and exits 1 if there is any.
import { createRequire } from "module";
import { readFileSync } from "fs";

const require = createRequire(new URL("./node_modules/", import.meta.url));
const MathJax = await require("mathjax").init({ loader: { load: ["input/tex", "adaptors/liteDOM"] } });
const items = JSON.parse(readFileSync(0, "utf8"));
let bad = 0;
for (const [id, tex] of items) {
  let mml;
  try {
    mml = await MathJax.tex2mmlPromise(tex, { display: true });
  } catch (err) {
    mml = "<merror>" + String(err) + "</merror>";
  }
  const errors = mml.match(/<mtext[^>]*mathcolor="red"[^>]*>[^<]*|<merror[\s\S]{0,200}/g);
  if (errors) {
    bad++;
    console.log(id + ": " + errors.join(" | ").replace(/\s+/g, " "));
  }
}
console.log(items.length + " formulas, " + bad + " with errors");
process.exit(bad ? 1 : 0);
