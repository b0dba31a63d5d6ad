"""Browser pages reused from test to test (one pool per pytest worker).

A fresh browser context costs about three times a navigation (a new renderer process and its start-up: ~1.5 s
of CPU against ~0.5 s on this machine), and most browser tests only need a page that has just loaded. So a
page a test has finished with goes back to the pool, and the next test that asks for the same options gets it
back as a first-time visitor would see the page: everything the tests can change is undone (storage, routes
added by the test, emulated media, viewport, its log), and the page is navigated afresh (a new document: nothing
hovered, focused or scrolled).

Only file:// pages are pooled; a test that needs a context of its own (init scripts, another origin, its own
storage seeding) makes one with browser.new_page / browser.open_page.
"""
from __future__ import annotations

import browser as B

POOLED_OPTIONS = ("dark", "reduced", "phone", "allow_cdn", "bypass_csp")
IDLE_PER_OPTIONS = 2            # a test that holds many pages at once leaves no more than this many behind
CLEAR_STORAGE = "() => { localStorage.clear(); sessionStorage.clear(); }"


class PagePool:
    def __init__(self, browser):
        self.browser = browser
        self.idle: dict[tuple, list] = {}       # options -> [(context, page, log)] ready for reuse
        self.contexts = []

    @staticmethod
    def key(options: dict) -> tuple:
        return tuple(sorted((k, options[k]) for k in POOLED_OPTIONS if k in options))

    def take(self, url: str, wait_math: bool = False, **options):
        """A page at url, ready; returns (page, log). Reused when one with these options is idle."""
        key = self.key(options)
        free = self.idle.get(key) if url.startswith("file://") else None
        if free:
            context, page, log = free.pop()
            log.clear()
            B.LOGS.append(log)
        else:
            context, page, log = B.new_page(self.browser, **options)
            self.contexts.append(context)
        B.load(page, url, wait_math)
        return page, log, (key, context)

    def give_back(self, page, log, ticket) -> None:
        """The test is done with page: it is cleaned up now (its log still checked for this test, then dropped)
        and waits in the pool on a blank page, doing nothing (a panel's animation left running would take CPU
        from the tests still running)."""
        key, context = ticket
        log.keep = False
        if page.is_closed() or len(self.idle.get(key, [])) >= IDLE_PER_OPTIONS:
            self.contexts.remove(context)
            context.close()
            return
        try:
            self._reset(page, key)
        except BaseException:                         # not reused, and the test is told (its teardown errs)
            self.contexts.remove(context)
            context.close()
            raise
        self.idle.setdefault(key, []).append((context, page, log))

    def _reset(self, page, key: tuple) -> None:
        """Undo what a test may have changed, in the tab itself; the next document starts clean."""
        options = dict(key)
        want = B.context_options(**{k: v for k, v in options.items() if k != "allow_cdn"})
        page.unroute_all(behavior="ignoreErrors")
        page.emulate_media(media="null", color_scheme=want["color_scheme"], reduced_motion=want["reduced_motion"])
        if page.viewport_size != want["viewport"]:
            page.set_viewport_size(want["viewport"])
        page.goto(B.PROBE.as_uri())                   # the test's document is gone
        # Each pooled page has a context of its own, so its next document (same renderer) reads the cleared
        # storage at once; a tab a later test opens in this context waits for it with B.storage_landed.
        page.evaluate(CLEAR_STORAGE)

    def close(self) -> None:
        for context in self.contexts:
            context.close()
