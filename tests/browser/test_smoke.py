from tests.factories import InformationPageFactory


def test_a_citizen_can_open_an_information_page(browser_page, live_server, topic):
    page = InformationPageFactory(parent=topic, title="Bijstand aanvragen", slug="aanvragen")
    browser_page.goto(live_server.url + page.url)
    assert browser_page.locator("h1").inner_text() == "Bijstand aanvragen"
    assert browser_page.locator("html").get_attribute("lang") == "nl"
