"""Issue 21 item 10: every line of animation text fits its canvas at every width from 320 px up. Each
fillText call is recorded (its drawn extent, from the canvas's own measureText and transform) while every
animation in the gallery is scrubbed through its loop at 320 and 1440 px."""
from __future__ import annotations

import browser as B
import pytest

RECORD = """(() => {
  const orig = CanvasRenderingContext2D.prototype.fillText;
  const ALIGN = { left: 0, start: 0, center: 0.5, right: 1, end: 1 };
  window.__texts = [];
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
    const m = this.getTransform(), dpr = window.devicePixelRatio || 1, a = ALIGN[this.textAlign] || 0;
    const w = Math.min(this.measureText(text).width, maxWidth === undefined ? Infinity : maxWidth);
    const fig = this.canvas.closest('[data-anim]');
    window.__texts.push([fig ? fig.dataset.anim : '', String(text), (m.a * (x - a * w) + m.e) / dpr,
      (m.a * (x + (1 - a) * w) + m.e) / dpr, this.canvas.clientWidth]);
    return orig.call(this, text, x, y, maxWidth);
  };
})();"""

SCRUB_ALL = """(steps) => { for (const fig of document.querySelectorAll('#gallery .anim-box')) {
    const scrub = fig.querySelector('.anim-scrub'), period = Number(scrub.max);
    for (let i = 0; i <= steps; i++) {
      scrub.value = String((period * i / steps).toFixed(1));
      scrub.dispatchEvent(new Event('input'));
    }
  } return document.querySelectorAll('#gallery .anim-box').length; }"""


@pytest.mark.parametrize("width", [320, 390, 1440])
def test_animation_text_stays_inside_its_canvas(browser, page_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, reduced_motion="reduce")
    log = B.PageLog()
    B.route_network(context, log)
    page = context.new_page()
    B.attach_logs(page, log)
    page.add_init_script(RECORD)
    try:
        page.goto(page_url + "#?view=gallery")
        B.wait_until(page, "document.body.dataset.ready === '1' && "
                           "document.querySelectorAll('#gallery canvas').length > 10")
        B.wait_until(page, "[...document.querySelectorAll('#gallery canvas')].every(c => c.width > 0)")
        n = page.evaluate(SCRUB_ALL, 16)
        texts = page.evaluate("window.__texts")
        drawn = {t[0] for t in texts}
        assert len(drawn) >= n - 1, "every animation drew text"
        cut = sorted({(t[0], t[1], round(t[2]), round(t[3]), t[4]) for t in texts
                      if t[2] < -0.5 or t[3] > t[4] + 0.5})
        assert cut == [], f"text crossing its canvas's edge at {width} px"
        raw = sorted({(t[0], t[1]) for t in texts if "_" in t[1] or "^" in t[1]})
        assert raw == [], "sub/superscripts are drawn as such, never as raw _ or ^"
        assert log.errors == []
    finally:
        context.close()


def test_a_caption_drawn_with_avoid_never_overprints_the_one_before(open_page):
    """The bottom row of a 320 px canvas: a left caption, then a right-aligned legend that would run into
    it (MCTS's "simulation 12/12" and its legend; tokenfilm's "codebook" and "next tokens, 16 steps")."""
    page, _ = open_page()
    boxes = page.evaluate("""() => {
      const c = document.createElement('canvas');
      c.style.width = '300px'; c.width = 300; c.height = 100;
      document.body.append(c);
      const g = c.getContext('2d'), K = window.LandscapeAnims.kit, theme = LS.theme.animTheme('#2563eb');
      K.placed.length = 0;
      K.rich(g, 'simulation 12/12  c=2.5', 6, 90, theme, { size: 13, align: 'left' });
      K.rich(g, 'edge width = visits N   colour = value', 294, 90, theme, { size: 13, align: 'right', avoid: true });
      K.label(g, 'codebook', 150, 60, theme, { size: 13 });
      K.label(g, 'next tokens, 16 steps', 170, 60, theme, { size: 13, avoid: true });
      c.remove();
      return K.placed.map(b => b.slice()); }""")
    assert len(boxes) == 4
    for a, b in ((boxes[0], boxes[1]), (boxes[2], boxes[3])):
        assert a[2] <= b[0] or b[2] <= a[0], "side by side, not on top of each other"
    assert all(b[0] >= 0 and b[2] <= 300 for b in boxes), "inside the canvas"


def test_captions_show_real_subscripts_and_every_animation_has_one(open_page):
    page, _ = open_page("#?view=gallery", reduced=True)
    B.wait_until(page, "document.querySelectorAll('#gallery .anim-box').length > 10")
    caps = page.evaluate("""() => [...document.querySelectorAll('#gallery .anim-box')].map(fig => {
      const scrub = fig.querySelector('.anim-scrub'), period = Number(scrub.max), seen = [];
      for (let i = 1; i < 8; i++) {
        scrub.value = String((period * i / 8).toFixed(1));
        scrub.dispatchEvent(new Event('input'));
        const cap = fig.querySelector('.anim-cap');
        seen.push([cap.textContent, cap.querySelectorAll('sub, sup').length, cap.children.length]);
      }
      return [fig.dataset.anim, seen]; })""")
    for key, seen in caps:
        assert any("·" in text for text, _, _ in seen), f"{key} says what it shows"
        raw = [text for text, _, _ in seen if any(c in text for c in "_^{}")]
        assert raw == [], f"{key} caption shows raw markup"
    subs = {key for key, seen in caps if any(n for _, n, _ in seen)}
    assert {"tokenfilm"} <= subs, "o_t is drawn as o with a subscript t"


RECORD_Y = RECORD.replace("(m.a * (x + (1 - a) * w) + m.e) / dpr, this.canvas.clientWidth]",
                          "(m.a * (x + (1 - a) * w) + m.e) / dpr, this.canvas.clientWidth, (m.d * y + m.f) / dpr]")


def test_dream_reward_badges_never_overprint_each_other_at_320(browser, page_url):
    """Dreamer's clip at 320 px: two rewards on neighbouring steps of one dream used to print "r̂=+1" and
    "+1" on top of each other; a badge that has no room leaves its reward to the step's dot colour."""
    context = browser.new_context(viewport={"width": 320, "height": 900}, reduced_motion="reduce")
    log = B.PageLog()
    B.route_network(context, log)
    page = context.new_page()
    B.attach_logs(page, log)
    page.add_init_script(RECORD_Y)
    try:
        page.goto(page_url + "#dreamer")
        B.wait_until(page, "document.body.dataset.ready === '1' && "
                           "document.querySelector('.panel [data-anim=dream] canvas')?.width > 0")
        frames = page.evaluate("""(steps) => {
          const fig = document.querySelector('.panel [data-anim=dream]').closest('.anim-box') ||
            document.querySelector('.panel [data-anim=dream]');
          const scrub = fig.querySelector('.anim-scrub'), period = Number(scrub.max), out = [];
          for (let i = 0; i <= steps; i++) {
            window.__texts = [];
            scrub.value = String((period * i / steps).toFixed(1));
            scrub.dispatchEvent(new Event('input'));
            out.push(window.__texts.filter((t) => t[0] === 'dream' && /^(r̂=)?[+−]1$/.test(t[1])));
          } return out; }""", 40)
        assert sum(len(f) for f in frames) > 20, "the badges were drawn and recorded"
        for badges in frames:
            for i, a in enumerate(badges):
                for b in badges[i + 1:]:
                    overlap = a[2] < b[3] - 1 and b[2] < a[3] - 1 and abs(a[5] - b[5]) < 9
                    assert not overlap, f"{a[1]!r} and {b[1]!r} overprint"
        assert log.errors == []
    finally:
        context.close()
