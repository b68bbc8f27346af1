"""Every reader gets the page in their language, or is told plainly that it is Dutch.

Walks the demo in a real Chromium: the language switcher on home and topic pages in
Dutch, English and Arabic (with axe), and every public page in every site language,
looking for Dutch text in any element whose language is not Dutch.
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from wagtail.models import Page

from readability.language import DUTCH_FUNCTION_WORDS

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

# Per element: its own text (not its children's) and the language it is marked with.
OWN_TEXTS = """() => {
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName)) continue;
    let text = '';
    for (const node of el.childNodes) if (node.nodeType === 3) text += node.textContent;
    text = text.trim();
    if (!text) continue;
    const marked = el.closest('[lang]');
    out.push([marked ? marked.getAttribute('lang') : document.documentElement.lang, text]);
  }
  return out;
}"""


def dutch_in_other_languages(texts):
    """Texts that read as Dutch although their element says another language.

    Interface texts are short, so this asks less than the gate's `still_dutch`: two
    different Dutch function words making up a quarter of the words."""
    found = []
    for lang, text in texts:
        if lang.split("-")[0] == "nl":
            continue
        words = re.findall(r"[a-zà-ÿ]+", text.lower())
        dutch = [word for word in words if word in DUTCH_FUNCTION_WORDS]
        if len(set(dutch)) >= 2 and len(dutch) / len(words) >= 0.25:
            found.append((lang, text[:120]))
    return found


def test_the_detector_sees_dutch_and_only_dutch():
    assert dutch_in_other_languages([("ar", "Wat moet u doen als uw uitkering stopt?")])
    assert dutch_in_other_languages([("en", "Hier leest u hoe het werkt.")])
    assert not dutch_in_other_languages([("en", "Here you can read how it works.")])
    assert not dutch_in_other_languages([("nl", "Hier leest u hoe het werkt.")])
    assert not dutch_in_other_languages([("ar", "هنا تقرأ كيف يتم ذلك. Gemeente Helderstad")])


def assert_accessible(browser_page, url):
    results = Axe().run(browser_page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{url}\n{results.generate_report()}"


def switcher(browser_page):
    links = browser_page.locator(".helder-languages a")
    return {links.nth(i).get_attribute("hreflang"): links.nth(i) for i in range(links.count())}


def test_language_switcher_and_no_dutch_under_a_foreign_language(
    browser_page, live_server, demo_db, artifacts
):
    base = live_server.url
    # 1. The switcher on the home and a topic page, in Dutch, English and Arabic.
    for path in ("/", "/bijstand/"):
        for code, direction in (("nl", "ltr"), ("en", "ltr"), ("ar", "rtl")):
            url = f"{base}/{code}{path}"
            browser_page.goto(url)
            html = browser_page.locator("html")
            assert html.get_attribute("lang") == code and html.get_attribute("dir") == direction
            links = switcher(browser_page)
            assert list(links) == ["nl", "en", "ar"], url
            assert links[code].get_attribute("aria-current") == "page"
            assert_accessible(browser_page, url)
        browser_page.screenshot(
            path=str(artifacts / f"switcher-ar{path.strip('/') or '-home'}.png")
        )
    # Keyboard: from the Dutch home page to the Arabic one.
    browser_page.goto(f"{base}/nl/")
    switcher(browser_page)["ar"].focus()
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(f"{base}/ar/")
    assert browser_page.locator("h1").inner_text() == "العمل والدخل والرعاية"

    # 2. New views: a Dutch-only page seen in Arabic, a topic listing Dutch-only pages,
    #    a search with a typo.
    browser_page.goto(f"{base}/ar/bijstand/bijstand-aanvragen/")
    assert "/ar/nederlands/" in browser_page.url
    assert browser_page.locator("h1").inner_text() == "هذه الصفحة متوفرة باللغة الهولندية فقط"
    assert_accessible(browser_page, browser_page.url)
    browser_page.screenshot(path=str(artifacts / "dutch-only-notice-ar.png"), full_page=True)
    browser_page.goto(f"{base}/ar/bijstand/")
    assert browser_page.locator(".helder-dutch-only-list [lang=nl]").count() >= 3
    browser_page.goto(f"{base}/nl/zoeken/?q=bijstant")
    assert browser_page.locator(".helder-did-you-mean a").inner_text() == "bijstand"
    assert_accessible(browser_page, browser_page.url)

    # 3. Every public page of the demo in every site language: no Dutch text in an
    #    element that says it is another language.
    paths = set()
    for page in Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True):
        url = page.url or ""
        paths.add(url.split("/", 2)[2] if url.count("/") >= 2 else "")
    paths |= {"zoeken/?q=bijstand", "zoeken/?q=xyzzy", "begrippen/", "meldpunt/"}
    problems = []
    for code, _name in settings.LANGUAGES:
        for path in sorted(paths):
            browser_page.goto(f"{base}/{code}/{path}")
            found = dutch_in_other_languages(browser_page.evaluate(OWN_TEXTS))
            problems += [(code, path, *item) for item in found]
    assert problems == [], "\n".join(map(str, problems))
