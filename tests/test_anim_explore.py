"""Explorable animations in a real browser: the Time scrubber seeks deterministically, every declared
parameter changes the picture, and an entry's variant (anim_params) changes its first frame."""
from __future__ import annotations

import json
import re
from pathlib import Path

import browser as B
import pytest
from conftest import shot

import gen_worldmodel as W

pytestmark = pytest.mark.browser
KEYS = sorted(W.animations())


def declared_params(key: str) -> list[dict]:
    """The `params: [...]` list as written in the animation's file (read here, not through the page)."""
    source = Path(W.animations()[key]).read_text(encoding="utf-8")
    start = re.search(r"^\s*params:\s*(?=\[)", source, re.M).end()
    return json.JSONDecoder().raw_decode(source, start)[0]


VARIANTS = {}  # animation key -> first entry that sets a variant
for _e in W.P:
    VARIANTS.setdefault(_e["anim"], _e["id"]) if _e.get("anim_params") else None

# Drive a card's native controls the way a user does: set the value, fire the event, read the canvas.
SEEK = """([sel, s]) => { const box = document.querySelector(sel); const r = box.querySelector('.anim-scrub');
  r.value = s; r.dispatchEvent(new Event('input')); return box.querySelector('canvas').toDataURL(); }"""
SET = """([sel, key, v]) => { const box = document.querySelector(sel);
  const c = box.querySelector('[data-param="' + key + '"]'); c.value = v;
  c.dispatchEvent(new Event(c.tagName === 'SELECT' ? 'change' : 'input'));
  return box.querySelector('canvas').toDataURL(); }"""


# The number of pixels that differ from the top-left one in the canvas under sel: 0 means blank.
INKED = """(sel) => { const c = document.querySelector(sel + ' canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i+1] !== d[1] || d[i+2] !== d[2]) n++;
  return n; }"""


@pytest.fixture
def gallery(shared_page):
    """One gallery page for the module (each test touches only its own card, and resets it first);
    its errors are checked per test by the conftest."""
    page, log = shared_page("#?view=gallery", reload=False, reduced=True)
    B.settle(page, math=False)
    return page, log


@pytest.mark.parametrize("key", KEYS)
def test_scrubbing_seeks_deterministically_and_every_parameter_changes_the_picture(gallery, key):
    page, log = gallery
    sel = f'.gallery-card[data-anim="{key}"] .anim-box'
    spec = page.evaluate("(k) => LandscapeAnims.get(k)", key)
    for p in spec["params"]:               # whatever an earlier failure left: this card starts at its defaults
        page.evaluate(SET, [sel, p["key"], p["value"]])
    a = page.evaluate(SEEK, [sel, 2])
    b = page.evaluate(SEEK, [sel, spec["period"] - 1.5])
    assert a != b, f"{key}: scrubbing does not change the picture"
    page.evaluate(SEEK, [sel, 5.5])
    assert page.evaluate(SEEK, [sel, 2]) == a, f"{key}: the same time gives a different picture"
    for p in spec["params"]:
        other = next(o for o in p["options"] if o != p["value"]) if "options" in p else (
            p["max"] if p["value"] != p["max"] else p["min"])
        changed = False
        for s in (spec["still"], 0.7 * spec["period"]):  # knobs keep the time: compare at the same moment
            before = page.evaluate(SEEK, [sel, s])
            changed |= page.evaluate(SET, [sel, p["key"], other]) != before
            assert page.evaluate(SET, [sel, p["key"], p["value"]]) == before
        assert changed, f"{key}: parameter {p['key']} = {other} does not change the picture"


@pytest.mark.parametrize("key", sorted(VARIANTS))
def test_a_variant_in_the_data_changes_the_first_frame(open_page, key):
    page, log = open_page("#" + VARIANTS[key], reduced=True)
    page.wait_for_selector("#panel .anim-box canvas")
    B.wait_until(page, f"({INKED})('#panel .anim-box') > 2000")     # the still frame is drawn, not blank
    first = page.evaluate("document.querySelector('#panel canvas').toDataURL()")
    spec = page.evaluate("(k) => LandscapeAnims.get(k)", key)
    entry = next(e for e in W.P if e["id"] == VARIANTS[key])
    for name, value in entry["anim_params"].items():
        control = page.locator(f'#panel [data-param="{name}"]')
        assert control.input_value() == str(value), f"the {name} control shows the entry's value"
        default = next(p["value"] for p in spec["params"] if p["key"] == name)
        page.evaluate(SET, ["#panel .anim-box", name, default])
    assert page.evaluate("document.querySelector('#panel canvas').toDataURL()") != first


def test_controls_are_labelled_keyboard_usable_and_step_both_ways(open_page):
    page, log = open_page("#tdmpc")
    box = page.locator("#panel .anim-box")
    scrub = box.locator(".anim-scrub")
    assert box.get_by_label("Time").count() == 1
    entry = next(e for e in W.P if e["id"] == "tdmpc")          # each knob shows the entry's variant, else the
    shown = {p["label"]: str(entry.get("anim_params", {}).get(p["key"], p["value"]))     # file's default
             for p in declared_params(entry["anim"])}
    assert set(shown) >= {"Samples", "Refit"}
    assert box.get_by_role("slider", name="Samples").input_value() == shown["Samples"]
    assert box.get_by_role("combobox", name="Refit").input_value() == shown["Refit"]
    assert box.locator("button.anim-back").get_attribute("aria-label") == "Step back a quarter second"
    scrub.focus()
    page.keyboard.press("ArrowRight")
    assert box.locator(".anim-play").inner_text() == "Play", "seeking pauses"
    t0 = float(scrub.input_value())
    box.locator("button.anim-step").click()
    assert float(scrub.input_value()) == pytest.approx(t0 + 0.25, abs=0.051)
    box.locator("button.anim-back").click()
    box.locator("button.anim-back").click()
    assert float(scrub.input_value()) == pytest.approx(t0 - 0.25, abs=0.051)
    assert "s" in scrub.get_attribute("aria-valuetext")
    assert box.locator(".anim-cap").inner_text().strip()
    page.keyboard.press("Tab")
    shot(page, "panel-anim-controls")
    assert log.errors == []
