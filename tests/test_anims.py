"""Animations in a real browser: each draws, moves, stops when unseen, and holds still under reduced motion."""
from __future__ import annotations

import browser as B
import pytest
from conftest import shot

import gen_worldmodel as W

pytestmark = pytest.mark.browser
KEYS = sorted(W.animations())

# Mount one animation in a fresh canvas at a fixed size and return a pixel fingerprint per time.
PROBE = """async ([key, times, dark]) => {
  const spec = LandscapeAnims.get(key);
  const c = document.createElement('canvas');
  c.width = 480; c.height = 270;
  const g = c.getContext('2d');
  const theme = LS.theme.animTheme('#2563eb');
  const inst = spec.create();
  const params = Object.fromEntries(spec.params.map((p) => [p.key, p.value]));
  inst.init({ rng: LandscapeAnims.seededRng('probe:' + key), theme, params });
  let t = 0; const out = [];
  for (const target of times) {
    while (t < target) { inst.step(1 / 30); t += 1 / 30; }
    g.fillStyle = theme.bg; g.fillRect(0, 0, 480, 270);
    inst.draw(g, { w: 480, h: 270, theme });
    const px = g.getImageData(0, 0, 480, 270).data;
    const bg = px.slice(0, 4);
    let differs = 0, hash = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] !== bg[0] || px[i + 1] !== bg[1] || px[i + 2] !== bg[2]) differs++;
      hash = (hash * 31 + px[i] + 7 * px[i + 1] + 13 * px[i + 2]) | 0;
    }
    out.push({ differs, hash });
  }
  return out;
}"""


def test_at_least_twelve_animations_are_registered(shared_page):
    page, _ = shared_page(reload=False)
    keys = page.evaluate("LandscapeAnims.keys()")
    assert keys == KEYS and len(keys) >= 12


@pytest.mark.parametrize("key", KEYS)
def test_animation_draws_and_changes_over_time(shared_page, key):
    page, log = shared_page(reload=False)                 # PROBE draws on a canvas of its own: the page is untouched
    frames = page.evaluate(PROBE, [key, [0.5, 2.0, 4.0, 7.0], False])
    assert all(f["differs"] > 2000 for f in frames), f"{key} draws (almost) nothing: {frames}"
    assert len({f["hash"] for f in frames}) >= 3, f"{key} barely changes over time"
    again = page.evaluate(PROBE, [key, [0.5, 2.0, 4.0, 7.0], False])
    assert again == frames, f"{key} is not deterministic"


def test_gallery_shows_every_animation_with_its_users(open_page, built):
    page, log = open_page("#?view=gallery")
    cards = page.locator(".gallery-card")
    assert cards.count() == len(KEYS)
    for key in KEYS:
        card = page.locator(f'.gallery-card[data-anim="{key}"]')
        users = {e.short for e in built[1].entries if e.anim == key}
        assert set(card.locator(".uses button").all_inner_texts()) == users
        assert card.locator("canvas").get_attribute("aria-label")
    B.settle(page)
    shot(page, "gallery-light")
    page.locator('.gallery-card[data-anim="mcts"] .uses button').first.click()
    page.wait_for_selector("#panel:not([hidden])")


def frames(page):
    return page.evaluate("LS.anim.stats().frames")


# The host's frame count over n frames of the page's own clock (no wall-clock sleep: a frame is a frame).
FRAMES_OVER = """async (n) => { const f0 = LS.anim.stats().frames;
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r()));
  return LS.anim.stats().frames - f0; }"""


def frames_over(page, n: int = 10) -> int:
    return page.evaluate(FRAMES_OVER, n)


def running(page) -> bool:
    return page.evaluate("LS.anim.stats().running")


@pytest.mark.motion
def test_frames_run_only_while_the_panel_is_open_and_visible(open_page):
    page, _ = open_page("#dreamer")
    B.wait_until(page, "LS.anim.stats().running")
    assert frames_over(page) >= 5, "the open panel's animation draws (about) every frame"
    page.keyboard.press("Escape")
    page.wait_for_selector("#panel", state="hidden")
    B.wait_until(page, "!LS.anim.stats().running")
    assert frames_over(page) == 0, "no frame callback after the panel closed"


HIDE_TAB = """(hidden) => { Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange')); }"""


@pytest.mark.motion
def test_frames_stop_when_the_tab_is_hidden(open_page):
    page, _ = open_page("#iris")
    B.wait_until(page, "LS.anim.stats().running")
    assert frames_over(page) > 0, "it ran before the tab was hidden"
    page.evaluate(HIDE_TAB, True)
    assert not running(page) and frames_over(page) == 0
    page.evaluate(HIDE_TAB, False)
    B.wait_until(page, "LS.anim.stats().running")
    assert frames_over(page) > 0


@pytest.mark.motion
def test_frames_stop_when_scrolled_out_of_view(open_page):
    page, _ = open_page("#muzero")
    B.wait_until(page, "LS.anim.stats().running")
    assert frames_over(page) > 0, "it ran before it was scrolled away"
    page.evaluate("document.getElementById('panel').scrollTop = 5000")
    B.wait_until(page, "!LS.anim.stats().running")        # the intersection observer reports it unseen
    assert frames_over(page) == 0


def test_reduced_motion_shows_a_still_frame_and_runs_no_frames(open_page):
    page, log = open_page("#dreamer4", reduced=True)
    page.wait_for_selector("#panel canvas")
    B.settle(page, math=False)
    assert frames(page) == 0 and frames_over(page) == 0
    nonblank = page.evaluate("""() => { const c = document.querySelector('#panel canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] !== d[0] || d[i+1] !== d[1] || d[i+2] !== d[2]) n++;
        return n; }""")
    assert nonblank > 2000
    assert page.locator("#panel .anim-play").inner_text() == "Play"
    shot(page, "panel-reduced-motion")


@pytest.mark.motion
def test_play_pause_and_step_controls(open_page):
    page, _ = open_page("#planet")
    play = page.locator("#panel .anim-play")
    assert play.inner_text() == "Pause" and play.get_attribute("aria-pressed") == "true"
    B.wait_until(page, "LS.anim.stats().running")
    play.click()
    assert not running(page) and frames_over(page) == 0, "paused animations don't ask for frames"
    before = page.evaluate("document.querySelector('#panel canvas').toDataURL()")
    page.locator("#panel .anim-step").click()
    assert page.evaluate("document.querySelector('#panel canvas').toDataURL()") != before
    play.focus()
    page.keyboard.press("Enter")
    assert play.inner_text() == "Pause"


def test_canvas_is_crisp_on_high_dpi(open_page):
    page, _ = open_page("#sora", phone=True)
    page.wait_for_selector("#panel canvas")
    B.settle(page, math=False)
    w, cw = page.evaluate("(c => [c.width, c.clientWidth])(document.querySelector('#panel canvas'))")
    assert w == round(cw * 2)
