"""Read-aloud, large print, print and the phone-first layout in a real Chromium.

Run at a phone (390 x 844) and a desktop size, in Dutch and in Arabic (RTL), with axe on
every view this work changed.
"""

import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache

from tests.browser.test_public_site import AXE_OPTIONS
from tests.translations.conftest import live_rights_page, make_translator
from tests.translations.test_workflow import republish_dutch
from translations.models import EasyReadVariant
from translations.speech import service

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
ARABIC = "نساعدك في ذلك."

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is installed by dev.py"
)


@pytest.fixture(autouse=True)
def fresh(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    cache.clear()


@pytest.fixture
def rights_page(topic):
    page = live_rights_page(topic)
    variant = EasyReadVariant(
        page=page,
        title="Vertel het ons",
        intro="Er verandert iets. Vertel het ons.",
        body='[{"type": "paragraph", "value": "<p>Bel ons op 0800 123 45 67.</p>"}]',
    )
    variant.live = False
    variant.save()
    variant.save_revision().publish()
    return page


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    return make_translator(django_capture_on_commit_callbacks)


@pytest.fixture
def arabic_page(rights_page, translate):
    return translate(rights_page, "ar", lambda text: ARABIC if len(text) > 3 else text)


def open_page(browser, viewport, locale="nl-NL"):
    context = browser.new_context(locale=locale, viewport=viewport)
    return context, context.new_page()


def assert_axe_clean(page, url):
    page.goto(url)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{url}\n{results.generate_report()}"


def play(page):
    """Play the generated read-aloud (muted: a test may not make noise) and report on it."""
    return page.evaluate(
        """async () => {
            const audio = document.querySelector("audio[data-speech]");
            audio.muted = true;
            await audio.play();
            await new Promise(resolve => setTimeout(resolve, 1500));
            const state = {duration: audio.duration, time: audio.currentTime,
                           lang: audio.lang, src: audio.currentSrc, paused: audio.paused};
            audio.pause();
            return state;
        }"""
    )


@needs_espeak
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_read_aloud_plays_generated_speech_in_the_page_language(
    browser, live_server, rights_page, arabic_page, viewport
):
    for page_obj in (rights_page, arabic_page):
        service.make_for(page_obj)
    cache.clear()
    context, page = open_page(browser, viewport)
    try:
        for page_obj, language in ((rights_page, "nl"), (arabic_page, "ar")):
            page.goto(live_server.url + page_obj.url)
            state = play(page)
            assert state["duration"] > 1 and state["time"] > 0, state
            assert state["lang"] == language and f"/voorlezen/{language}/" in state["src"]
            assert "nog geen voorleesversie" not in page.locator("main").inner_text()
    finally:
        context.close()


def test_without_speech_the_page_says_so_and_the_browser_voice_never_fails_silently(
    browser, live_server, rights_page
):
    context, page = open_page(browser, PHONE)
    try:
        page.goto(live_server.url + rights_page.url)
        listen = page.locator("#luisteren")
        assert "Er is nog geen voorleesversie van deze pagina." in listen.inner_text()
        button = page.get_by_role("button", name="Lees voor met de stem van uw browser")
        button.focus()
        page.keyboard.press("Enter")
        has_voice = page.evaluate(
            "() => speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('nl'))"
        )
        status = page.locator("[data-read-aloud-status]")
        expected = (
            "De tekst wordt voorgelezen."
            if has_voice
            else "Uw browser heeft geen stem om voor te lezen."
        )
        assert status.inner_text() == expected
        assert status.is_visible()
    finally:
        context.close()


TEXT_SIZES = """() => {
    const sizes = {};
    for (const el of document.querySelectorAll("main article *")) {
        const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join("").trim();
        if (own.length < 2 || el.closest(".helder-listen, .helder-terms, nav")) continue;
        sizes[el.tagName + ":" + own] = parseFloat(getComputedStyle(el).fontSize);
    }
    return sizes;
}"""


def test_large_print_makes_every_text_at_least_a_third_larger(browser, live_server, rights_page):
    context, page = open_page(browser, DESKTOP)
    try:
        page.goto(live_server.url + rights_page.url)
        normal = page.evaluate(TEXT_SIZES)
        page.goto(live_server.url + f"/nl/grote-letters/{rights_page.pk}/")
        large = page.evaluate(TEXT_SIZES)
    finally:
        context.close()
    common = set(normal) & set(large)
    kinds = {key.split(":")[0] for key in common}
    assert len(common) >= 15 and {"H1", "H2", "H3", "H4", "P", "LI"} <= kinds, kinds
    too_small = {key: (normal[key], large[key]) for key in common if large[key] < 1.3 * normal[key]}
    assert not too_small


def test_the_print_view_names_the_municipality_and_prints_each_address_once(
    browser, live_server, rights_page
):
    context, page = open_page(browser, DESKTOP)
    try:
        page.goto(live_server.url + f"/nl/grote-letters/{rights_page.pk}/?printen=1")
        page.emulate_media(media="print")
        printed = page.evaluate(
            """() => {
                const parts = [];
                const walk = el => {
                    if (getComputedStyle(el).display === "none") return;
                    const after = getComputedStyle(el, "::after").content;
                    for (const node of el.childNodes) {
                        if (node.nodeType === 3) parts.push(node.textContent);
                        else if (node.nodeType === 1) walk(node);
                    }
                    if (after && after !== "none" && after !== "normal") parts.push(after);
                };
                walk(document.body);
                return parts.join(" ");
            }"""
        )
    finally:
        context.close()
    assert "Gemeente Helderstad" in printed
    assert printed.count(rights_page.law_url) == 1, printed
    assert printed.count(rights_page.get_full_url()) == 1


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_on_a_phone_the_title_and_intro_are_on_the_first_screen(
    browser, live_server, rights_page, arabic_page, language, artifacts
):
    shown = rights_page if language == "nl" else arabic_page
    context, page = open_page(browser, PHONE)
    try:
        page.goto(live_server.url + shown.url)
        page.screenshot(path=str(artifacts / f"access-phone-{language}.png"))
        title = page.locator("h1").bounding_box()
        intro = page.locator(".utrecht-paragraph--lead").bounding_box()
        assert title["y"] <= 420, title
        assert intro["y"] < PHONE["height"] - 30, intro
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        # The other forms open from one control, with the keyboard.
        links = page.locator(".helder-forms__list a")
        assert not links.first.is_visible()
        page.locator(".helder-forms__summary").focus()
        page.keyboard.press("Enter")
        assert links.first.is_visible() and links.count() >= 3
        # In RTL too, text keeps its distance from the coloured bar of a card.
        for card in page.locator(".helder-item").all():
            box, text = card.bounding_box(), card.locator("h3").bounding_box()
            gap = (
                (box["x"] + box["width"] - (text["x"] + text["width"]))
                if language == "ar"
                else (text["x"] - box["x"])
            )
            assert gap >= 6 + 12, gap
        if language == "nl":  # the Arabic stand-in text has no phone number
            tel = page.locator('.helder-item__help a[href^="tel:"]').first
            assert tel.get_attribute("href") == "tel:+318001234567"
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_outdated_notice_keeps_its_phrases_together(
    browser, live_server, rights_page, translate, viewport
):
    english_page = translate(rights_page, "en", lambda text: "You get help from us.")
    republish_dutch(rights_page, "Uw plichten en rechten")
    cache.clear()
    context, page = open_page(browser, viewport)
    try:
        page.goto(live_server.url + english_page.url)
        notice = page.locator("[data-outdated-notice]")
        width = notice.bounding_box()["width"]
        previous_bottom = None
        for part in notice.locator("p").all():
            box = part.bounding_box()
            words = len(part.inner_text().split())
            line = float(part.evaluate("p => parseFloat(getComputedStyle(p).lineHeight)"))
            lines = round(box["height"] / line)
            assert box["width"] >= 0.8 * (width - 40), (box, width)  # not squeezed
            assert lines <= max(1, words // 3), (part.inner_text(), lines)
            if previous_bottom is not None:
                assert box["y"] >= previous_bottom - 1  # parts do not run into each other
            previous_bottom = box["y"] + box["height"]
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_changed_view_passes_axe(browser, live_server, rights_page, arabic_page, viewport):
    urls = [
        rights_page.url,
        arabic_page.url,
        f"/nl/grote-letters/{rights_page.pk}/",
        f"/nl/grote-letters/{rights_page.pk}/?printen=1",
        f"/ar/grote-letters/{arabic_page.pk}/",
        f"/nl/makkelijk-lezen/{rights_page.pk}/",
    ]
    context, page = open_page(browser, viewport)
    try:
        for url in urls:
            assert_axe_clean(page, live_server.url + url)
        page.goto(live_server.url + rights_page.url)
        page.locator(".helder-forms__summary").click()
        results = Axe().run(page, options=AXE_OPTIONS)  # the opened control too
        assert results.violations_count == 0, results.generate_report()
        favicon = page.request.get(live_server.url + "/favicon.ico")
        assert favicon.status == 200 and favicon.headers["content-type"] == "image/x-icon"
    finally:
        context.close()
