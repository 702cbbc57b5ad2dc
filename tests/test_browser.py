"""The book in a real browser: every page opened in headless Chromium, as a reader sees it.

The book is built once (``bookkit.rendered.build()``), served on 127.0.0.1 by a Python
``http.server`` thread, and walked from the first page to the last by clicking the
"next chapter" button, so the walk both opens every page and checks the navigation.
On each page:

- the browser console shows no errors (a failed script, a missing file, a highlight.js
  language it does not know...);
- no ``{{#include ...}}`` or ``ANCHOR:`` text is visible (an include mdBook could not
  resolve), and no code block is empty (an include whose anchor does not exist);
- every image has loaded (``naturalWidth > 0``);
- every code block was highlighted by highlight.js with a language it bundles
  (``text``, ``console``, ``python``, ``rust``, ``c``, ``sh``, ``toml``, ...);
- the "previous chapter" button points back to the page before.

Then the search box must find "byref" and "restype", and the book opened from the file
system (``file://``, no server) must still show its sidebar, images and search results.
A screenshot of one chapter is saved to ``build/browser-test/`` for a human to look at.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and
``selenium`` (requirements.txt). Without a browser the test is skipped with a message,
except under CI (``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest

from bookkit import rendered

pytestmark = pytest.mark.browser

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOT_PAGE = "02-your-first-call.html"
SEARCH_WORDS = ("byref", "restype")
# Fence languages that show plain text on purpose: no highlighted tokens expected.
PLAIN = {"text", "plaintext", "txt", "console", "shell", "sh", "bash", "toml", "ini"}
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)

if not (CHROMIUM and CHROMEDRIVER):
    message = (
        "browser test needs Chromium and its driver: apt-get install chromium chromium-driver"
        " (.ci/run installs them)"
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver", reason="pip install -r requirements.txt")
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# What one page looks like from inside: run in the page after it has loaded.
PROBE = """
const main = document.querySelector('main');
const visible = main.cloneNode(true);
// `{{#include}}` written as inline code is prose about includes, not a broken include
visible.querySelectorAll('code').forEach(c => { if (!c.closest('pre')) c.remove(); });
const leftover = /\\{\\{#|ANCHOR(_END)?:/;
const problems = [];
for (const el of visible.querySelectorAll('pre, p, li, td, th, h1, h2, h3, h4, blockquote')) {
    if (el.closest('pre') && el.tagName !== 'PRE') continue;
    const m = el.textContent.match(leftover);
    if (m) {
        const line = el.textContent.slice(m.index).split('\\n')[0];
        problems.push('shows ' + JSON.stringify(line.slice(0, 70)));
    }
}
const code = [];
for (const block of main.querySelectorAll('pre > code')) {
    const lang = [...block.classList].find(c => c.startsWith('language-'));
    const name = lang ? lang.slice('language-'.length) : null;
    code.push({
        lang: name,
        known: name !== null && window.hljs !== undefined && !!hljs.getLanguage(name),
        hljs: block.classList.contains('hljs'),
        tokens: block.querySelectorAll('[class^="hljs-"], [class*=" hljs-"]').length,
        lines: block.textContent.trim() ? block.textContent.trim().split('\\n').length : 0,
    });
}
const images = [...document.images].map(i => ({
    src: i.getAttribute('src'), ok: i.complete && i.naturalWidth > 0,
}));
const link = sel => {
    const a = document.querySelector(sel);
    return a ? a.getAttribute('href') : null;
};
return {
    problems: problems, code: code, images: images,
    next: link('a.nav-chapters.next'), previous: link('a.nav-chapters.previous'),
    sidebar: document.querySelectorAll('#mdbook-sidebar a[href$=".html"]').length,
};
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def out() -> Path:
    return rendered.build()


@pytest.fixture(scope="module")
def server(out):
    handler = functools.partial(QuietHandler, directory=str(out))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="workbook-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver) -> list[str]:
    """Errors the console printed since the last call (reading the log empties it)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def click_nav(driver, direction: str) -> None:
    """Click the visible "next" or "previous" button (wide or narrow layout)."""
    buttons = driver.find_elements(
        By.CSS_SELECTOR, f"a.nav-chapters.{direction}, a.mobile-nav-chapters.{direction}"
    )
    shown = [b for b in buttons if b.is_displayed()]
    assert shown, f"{current_page(driver)}: no visible '{direction}' button"
    shown[0].click()


def current_page(driver) -> str:
    return driver.current_url.split("?")[0].split("#")[0].rsplit("/", 1)[-1]


def page_problems(result: dict) -> list[str]:
    """Everything wrong with the page the probe looked at."""
    problems = list(result["problems"])
    for image in result["images"]:
        if not image["ok"]:
            problems.append(f"image does not load: {image['src']}")
    for n, block in enumerate(result["code"], 1):
        where = f"code block {n} ({block['lang'] or 'no language'})"
        if block["lines"] == 0:
            problems.append(f"{where} is empty (an include with a wrong anchor?)")
        elif block["lang"] is None:
            problems.append(f"{where}: give the fence a language, e.g. ```text")
        elif not block["known"]:
            problems.append(f"{where}: highlight.js in mdBook does not know {block['lang']!r}")
        elif not block["hljs"]:
            problems.append(f"{where} was not highlighted")
        elif block["lang"] not in PLAIN and block["lines"] >= 3 and block["tokens"] == 0:
            problems.append(f"{where} has no highlighted token: wrong language?")
    return problems


@pytest.fixture(scope="module")
def walk(browser, server, out):
    """Open the first page, click "next" until the last page; probe every page on the way."""
    order = rendered.reading_order(out)
    started = time.monotonic()
    console_errors(browser)  # start with an empty log
    browser.get(server + order[0])
    visited, results, timings = [], {}, {}
    tick = time.monotonic()
    while True:
        page = current_page(browser)
        visited.append(page)
        time.sleep(0.05)  # let a failing request reach the console before reading it
        result = browser.execute_script(PROBE)
        result["console"] = console_errors(browser)
        results[page] = result
        timings[page], tick = time.monotonic() - tick, time.monotonic()
        if not result["next"] or len(visited) > len(order):
            break
        click_nav(browser, "next")
        try:
            WebDriverWait(browser, 10).until(lambda d, page=page: current_page(d) != page)
        except TimeoutException:
            break
    # the pages that are not in the sidebar: the landing page (index), print view, 404;
    # not toc.html, the sidebar's frame for readers without JavaScript (link-checked only)
    for extra in sorted(p.name for p in out.glob("*.html") if p.name not in order):
        if extra == "toc.html":
            continue
        tick = time.monotonic()
        browser.get(server + extra)
        time.sleep(0.05)
        results[extra] = browser.execute_script(PROBE)
        results[extra]["console"] = console_errors(browser)
        timings[extra] = time.monotonic() - tick
    seconds = time.monotonic() - started
    rendered.ARTEFACTS.mkdir(parents=True, exist_ok=True)
    (rendered.ARTEFACTS / "walk.txt").write_text(
        f"{len(results)} pages opened in {seconds:.1f} s\n"
        + "".join(f"{t:6.2f} s  {page}\n" for page, t in timings.items()),
        encoding="utf-8",
    )
    return order, visited, results


def test_every_page_reads_well(walk):
    order, visited, results = walk
    problems = []
    for page, result in results.items():
        found = [f"console error: {m}" for m in result["console"]]
        found += page_problems(result)
        problems += [f"{page}: {p}" for p in found]
    assert len(results) >= len(order)
    assert not problems, f"{len(problems)} problems seen in the browser:\n" + "\n".join(problems)


def test_next_and_previous_walk_the_whole_book(walk, browser, server):
    order, visited, results = walk
    assert visited == order, "clicking 'next' from the first page does not visit every page"
    for before, page in zip(order, order[1:], strict=False):
        assert results[page]["previous"] == before, f"{page}: 'previous' does not go to {before}"
    assert results[order[0]]["previous"] is None
    assert results[order[-1]]["next"] is None
    # and the previous button really works
    browser.get(server + order[-1])
    click_nav(browser, "previous")
    WebDriverWait(browser, 10).until(lambda d: current_page(d) == order[-2])
    console_errors(browser)


def search(browser, word: str) -> list[str]:
    """Type a word into the search box; return the pages the results link to."""
    browser.find_element(By.ID, "mdbook-search-toggle").click()
    box = browser.find_element(By.ID, "mdbook-searchbar")
    box.clear()
    box.send_keys(word)
    try:
        WebDriverWait(browser, 10).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#mdbook-searchresults li a")
        )
    except TimeoutException:
        return []
    links = browser.find_elements(By.CSS_SELECTOR, "#mdbook-searchresults li a")
    return [a.get_attribute("href") for a in links]


@pytest.mark.parametrize("word", SEARCH_WORDS)
def test_search_finds(word, browser, server, out):
    browser.get(server + rendered.reading_order(out)[0])
    hits = search(browser, word)
    assert hits, f"the search box finds nothing for {word!r}"
    browser.get(hits[0])  # the first result opens, with the word on the page
    assert word in browser.find_element(By.TAG_NAME, "main").text.lower()
    assert not console_errors(browser)


def test_screenshot_of_a_chapter(browser, server):
    rendered.ARTEFACTS.mkdir(parents=True, exist_ok=True)
    browser.get(server + SCREENSHOT_PAGE)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(900, min(height, 8000)))
    try:
        shot = rendered.ARTEFACTS / SCREENSHOT_PAGE.replace(".html", ".png")
        assert browser.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        browser.set_window_size(1280, 900)


def test_the_book_works_from_the_file_system(browser, out):
    """Opened as file:// (no server): sidebar, images, next button and search still work."""
    order = rendered.reading_order(out)
    browser.get((out / order[0]).as_uri())
    result = browser.execute_script(PROBE)
    assert result["sidebar"] >= len(order), "the sidebar is missing or incomplete"
    assert not page_problems(result)
    assert not console_errors(browser)
    assert search(browser, SEARCH_WORDS[-1]), "search finds nothing from file://"
    browser.get((out / order[0]).as_uri())
    click_nav(browser, "next")
    WebDriverWait(browser, 10).until(lambda d: current_page(d) == order[1])
    assert not console_errors(browser)
