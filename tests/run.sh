#!/usr/bin/env bash
# Install the test dependencies (once) and run every test: `bash tests/run.sh [pytest args]`.
# Debian chromium (apt), Playwright + pytest + pytest-xdist + hypothesis + pybtex (pip, in .venv), MathJax + axe-core (npm).
# Two pytest workers (-n 2), one test file per worker at a time (--dist loadfile: module-scoped pages stay shared);
# the browser tests wait on the page more than they compute, so two workers halve the time even on 2 cores.
# LS_TEST_WORKERS=0 runs in one process.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian chromium and fonts"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation >/dev/null
fi

if [ ! -x .venv/bin/python ] || [ ! -x .venv/bin/ruff ] || ! .venv/bin/python -c "import playwright, pytest, hypothesis, pybtex, xdist" 2>/dev/null; then
  echo "== creating .venv with the test requirements"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r tests/requirements.txt
fi

if [ ! -f tests/node_modules/mathjax/tex-chtml.js ] || [ ! -f tests/node_modules/axe-core/axe.min.js ] || [ ! -x tests/node_modules/.bin/eslint ] || [ ! -f tests/node_modules/acorn/package.json ]; then
  echo "== installing MathJax, axe-core, ESLint and acorn from npm"
  (cd tests && npm ci --no-audit --no-fund --silent)
fi

exec .venv/bin/python -m pytest -n "${LS_TEST_WORKERS:-2}" --dist loadfile "$@"
