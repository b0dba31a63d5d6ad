"""Linters as tests: ruff for the Python, ESLint for the page's JS and the animations."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

from conftest import ROOT, missing_tool

ESLINT = ROOT / "tests" / "node_modules" / ".bin" / "eslint"


def test_python_passes_ruff():
    ruff = shutil.which("ruff", path=str(ROOT / ".venv" / "bin")) or shutil.which("ruff")
    if not ruff:
        missing_tool("ruff not installed (tests/run.sh installs it)")
    res = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_javascript_passes_eslint():
    if not ESLINT.exists():
        missing_tool("eslint not installed (tests/run.sh installs it)")
    res = subprocess.run([str(ESLINT), "landscape", "worldmodel_anims"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_generator_imports_only_the_standard_library():
    code = ("import os, sys, gen_worldmodel, gen_landscape, my_papers\n"
            "import landscape_serve, landscape_bibtex, landscape_links\n"   # the owner's tools too
            "std = set(sys.stdlib_module_names)\n"
            "here = os.getcwd()\n"    # the project's own modules (gen_*, landscape_*, my_papers) sit at the root
            "own = {n for n, m in list(sys.modules.items())\n"
            "       if os.path.dirname(getattr(m, '__file__', '') or '') == here}\n"
            "bad = sorted({m.split('.')[0] for m in sys.modules} - std - own - {'__main__'}"
            " - set(sys.builtin_module_names))\n"
            "print(','.join(b for b in bad if not b.startswith('_')))")
    res = subprocess.run([sys.executable, "-S", "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "", f"non-stdlib imports: {res.stdout}"


def test_no_style_rule_makes_a_panel_or_a_tooltip_restyle_the_whole_page():
    """`:has()` on an ancestor, or a descendant rule keyed on a class of <body>, makes the browser search the whole
    page (a big map's thousands of stars) for what it styles whenever that state changes: opening a panel, or
    showing a star's tooltip (its `hidden` attribute), took 10-45 ms at 20x. The page's own script tells the
    elements concerned instead."""
    css = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "landscape").glob("*.css")))
    assert ":has(" not in css
    toggled = set(re.findall(r'document\.body\.classList\.(?:add|remove|toggle)\("([\w-]+)"', "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "landscape").glob("*.js"))))
    keyed = {c for c in toggled if re.search(r"body\." + re.escape(c) + r"\b", css)}
    assert keyed <= {"peek", "touring"}, keyed     # a tour's own states, set once per tour step at most
