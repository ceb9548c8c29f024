"""Driving the real Neo4j Browser in Debian's headless Chromium through Playwright:
shared by tests/test_browser.py and scripts/readme_picture.py.

Nothing here downloads a browser: `executable_path` is the system's chromium.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

CHROMIUM = Path(os.environ.get("ACCUSEGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FIRST_LOAD_MS = 60_000  # the Browser's first load on a busy 2-core machine
STEP_MS = 30_000


@contextmanager
def chromium_context(sync_api, profile: Path, executable: Path = CHROMIUM) -> Iterator:
    """A headless Chromium (a persistent context in `profile`), closed at the end;
    `sync_api` is `playwright.sync_api`."""
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(executable), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 1000}, timeout=FIRST_LOAD_MS)
        try:
            yield context
        finally:
            context.close()


def connect_page(context, http_url: str, uri: str, username: str, password: str, database: str = "neo4j"):
    """A page on Neo4j Browser at `http_url`/browser/, connected to `uri` through its form."""
    page = context.pages[0] if context.pages else context.new_page()
    page.set_default_timeout(STEP_MS)
    page.goto(http_url.rstrip("/") + "/browser/", wait_until="domcontentloaded", timeout=FIRST_LOAD_MS)
    page.wait_for_selector("[data-testid=boltaddress]", timeout=FIRST_LOAD_MS)
    scheme, _, address = uri.partition("://")
    if scheme in ("bolt", "neo4j"):
        page.select_option("[data-testid=bolt-scheme-select]", f"{scheme}://")
    page.fill("[data-testid=boltaddress]", address or uri)
    if database and database != "neo4j":
        page.fill("[data-testid=database]", database)
    page.fill("[data-testid=username]", username)
    page.fill("[data-testid=password]", password)
    page.click("[data-testid=connect]")
    page.get_by_text("You are connected as user").first.wait_for(timeout=STEP_MS)
    return page


def _flat(text: str) -> str:
    return " ".join(text.split())


def frame_for(page, command: str):
    """The newest result frame whose command line starts like `command`."""
    head = _flat(command)[:40]
    deadline = time.monotonic() + STEP_MS / 1000
    while time.monotonic() < deadline:
        frames = page.locator("[data-testid=frame]")
        for i in range(min(frames.count(), 3)):
            frame = frames.nth(i)
            shown = frame.locator("[data-testid=frameCommand]")
            if shown.count() and _flat(shown.first.inner_text()).startswith(head):
                return frame
        page.wait_for_timeout(200)
    raise AssertionError(f"no frame appeared for {head!r}")


def run(page, command: str):
    """Type `command` into the Browser's editor, run it, return its result frame."""
    page.click("#monaco-main-editor")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    # A paste, not typing: typed text gets Monaco's auto-closing brackets added.
    page.evaluate(_PASTE, command)
    page.keyboard.press("Control+Enter")
    return frame_for(page, command)


_PASTE = """text => {
    const area = document.querySelector('#monaco-main-editor textarea');
    area.focus();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def wait_text(frame, *needles: str) -> str:
    """Wait until the frame shows every needle; fail at once on a Cypher error."""
    deadline = time.monotonic() + STEP_MS / 1000
    text = ""
    while time.monotonic() < deadline:
        text = frame.inner_text()
        if "ERROR" in text and ("Neo." in text or "Error" in text):
            raise AssertionError(f"the Browser reports an error:\n{text[text.find('ERROR'):][:2000]}")
        if all(n in text for n in needles):
            return text
        frame.page.wait_for_timeout(250)
    raise AssertionError(f"frame never showed {needles}; it shows:\n{text[:2000]}")


def graph_nodes(frame, at_least: int) -> list[tuple[str, str]]:
    """(caption, fill) of each node of the frame's graph view, once `at_least` are drawn."""
    nodes = frame.locator("svg g.node")
    deadline = time.monotonic() + STEP_MS / 1000
    while nodes.count() < at_least:
        if time.monotonic() > deadline:
            wait_text(frame, "\0never")  # raises with the frame's text (or its error)
        frame.page.wait_for_timeout(250)
    frame.page.wait_for_timeout(1000)  # let the force layout settle for the picture
    return frame.evaluate("""f => Array.from(f.querySelectorAll('svg g.node')).map(g => [
        Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).join(' '),
        (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill')])""")
