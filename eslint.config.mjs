// ESLint config for the page's JS (landscape/) and the animations (worldmodel_anims/). Those files are
// classic scripts concatenated into one inline <script>, sharing the LS and LandscapeAnims globals.
// The lint packages are test-only and live in tests/node_modules (bash tests/run.sh installs them).
import { createRequire } from "node:module";

const require = createRequire(new URL("./tests/package.json", import.meta.url));
const js = require("@eslint/js");
const globals = require("globals");

const FILES = ["landscape/**/*.js", "worldmodel_anims/**/*.js"];

export default [
  { files: FILES, ...js.configs.recommended },
  {
    files: FILES,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser, LS: "writable", LandscapeAnims: "readonly" },
    },
    rules: {
      "no-unused-vars": ["error", { vars: "local", args: "none", caughtErrors: "none" }],
      "no-var": "error",
      "prefer-const": "error",
      eqeqeq: ["error", "always"],
      // Every statement ends in ";": the build joins the squeezed lines (landscape_compact), which then cannot
      // change where a statement ends (tests/test_compact.py also compares syntax trees).
      semi: ["error", "always"],
      "no-extra-semi": "error",
      "no-restricted-properties": ["error",
        { object: "Math", property: "random", message: "animations are seeded: use env.rng" },
        { object: "Date", property: "now", message: "use the dt the host passes" }],
      "no-restricted-syntax": ["error",
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: "data is rendered as text only" },
        { selector: "CallExpression[callee.name='eval']", message: "no eval (the CSP forbids it)" }],
    },
  },
  { files: ["landscape/util.js"], rules: { "no-redeclare": "off" } },
];
