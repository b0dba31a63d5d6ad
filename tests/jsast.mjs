// Reads JSON [[name, original, squeezed], ...] on stdin; prints the names whose acorn syntax trees differ
// (positions and literals' raw text ignored), or whose squeezed text fails to parse. Used by tests/test_compact.py.
import { parse } from "acorn";

// Positions, and how a literal was written ("0.5" and ".5" are one number; its value is compared).
const POSITION_KEYS = new Set(["start", "end", "loc", "range", "raw"]);
const tree = (src) => JSON.stringify(parse(src, { ecmaVersion: "latest", sourceType: "script" }),
  (key, value) => (POSITION_KEYS.has(key) ? undefined : value));

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const bad = [];
  for (const [name, original, squeezed] of JSON.parse(input)) {
    try {
      if (tree(original) !== tree(squeezed)) bad.push(`${name}: syntax tree differs`);
    } catch (err) {
      bad.push(`${name}: ${err.message}`);
    }
  }
  process.stdout.write(JSON.stringify(bad));
});
