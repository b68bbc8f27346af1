"""Subscribing with double opt-in, unsubscribing, and the answers to bad input.

Mails here go to Django's test outbox; test_sending.py sends through a real SMTP server.
"""

import re

import pytest
from django.core import mail
from django.test import Client
from helder.subscriptions.models import Subscription

pytestmark = pytest.mark.django_db

URL = "/nl/wijzigingen-per-mail/"
ADDRESS = "lezer@voorbeeld.nl"


def post(client, capture, url=URL, **data):
    data = {"email": ADDRESS, "topics": ["bijstand"], "frequency": "publication", **data}
    with capture(execute=True):
        return client.post(url, data)


def link(message, part):
    return re.search(rf"http://\S+/{part}/[^/\s]+/", message.body).group(0)


def path(url):
    return re.sub(r"^https?://[^/]+", "", url)


def subscribed(client, capture, **data):
    post(client, capture, **data)
    confirm = path(link(mail.outbox[-1], "bevestigen"))
    assert client.post(confirm).status_code == 200
    return Subscription.objects.get(email=data.get("email", ADDRESS))


def test_the_form_is_there_in_plain_dutch(client):
    page = client.get(URL).content.decode()
    assert "Wijzigingen per mail" in page
    assert 'type="email"' in page and 'autocomplete="email"' in page
    assert "Over welke onderwerpen wilt u mail?" in page
    assert 'value="bijstand"' in page and "Meteen als er iets verandert" in page
    assert 'href="/nl/wijzigingen-per-mail/privacy/"' in page


def test_double_opt_in(client, django_capture_on_commit_callbacks):
    response = post(client, django_capture_on_commit_callbacks, topics=["bijstand", "wmo"])
    assert response.status_code == 303
    assert response["Location"] == "/nl/wijzigingen-per-mail/verstuurd/"
    assert "Kijk in uw mailbox" in client.get(response["Location"]).content.decode()

    subscription = Subscription.objects.get()
    assert subscription.email == ADDRESS and not subscription.confirmed
    assert subscription.topic_list == ["bijstand", "wmo"] and subscription.language == "nl"
    (message,) = mail.outbox
    assert message.to == [ADDRESS] and message.subject == "Bevestig uw aanmelding"
    confirm = path(link(message, "bevestigen"))

    # Opening the link (as a mail scanner does) shows a button; it confirms nothing yet.
    page = client.get(confirm)
    assert page.status_code == 200 and "Ja, ik wil deze mails" in page.content.decode()
    subscription.refresh_from_db()
    assert not subscription.confirmed

    done = client.post(confirm)
    assert "Uw aanmelding is klaar" in done.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed and subscription.confirm_nonce == ""


def test_a_replayed_confirmation_link_gets_a_clear_message(
    client, django_capture_on_commit_callbacks
):
    subscription = subscribed(client, django_capture_on_commit_callbacks)
    confirm = path(link(mail.outbox[0], "bevestigen"))
    confirmed_at = subscription.confirmed_at
    for again in (client.get(confirm), client.post(confirm)):
        assert again.status_code == 410
        text = again.content.decode()
        assert "Deze link werkt niet meer" in text
        assert "U heeft deze link misschien al gebruikt" in text
        assert 'href="/nl/wijzigingen-per-mail/"' in text  # a way to start again
    subscription.refresh_from_db()
    assert subscription.confirmed_at == confirmed_at


@pytest.mark.parametrize("token", ["nep", "1.abc", "999999." + "0" * 40, "1" * 30 + "." + "0" * 40])
def test_a_made_up_confirmation_link_is_refused_calmly(client, token):
    response = client.post(f"{URL}bevestigen/{token}/")
    assert response.status_code == 410
    assert "Deze link werkt niet meer" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "lezer@"}, "Het e-mailadres klopt niet"),
        ({"email": "geen adres"}, "Het e-mailadres klopt niet"),
        ({"email": "a" * 250 + "@voorbeeld.nl"}, "Het e-mailadres klopt niet"),
        ({"email": ""}, "Vul uw e-mailadres in."),
        ({"topics": []}, "Kies minimaal 1 onderwerp."),
        ({"topics": ["verzonnen"]}, "Kies minimaal 1 onderwerp."),
        ({"frequency": ""}, "Kies hoe vaak u mail wilt."),
        ({"frequency": "elk uur"}, "Kies hoe vaak u mail wilt."),
    ],
)
def test_bad_input_gets_a_dutch_message_and_nothing_is_stored(
    client, django_capture_on_commit_callbacks, data, message
):
    response = post(client, django_capture_on_commit_callbacks, **data)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Uw aanmelding is niet verstuurd. Verbeter dit:" in text
    assert message in text
    assert 'aria-invalid="true"' in text or "-fout" in text
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_the_answer_never_tells_whether_an_address_is_subscribed(
    client, django_capture_on_commit_callbacks
):
    subscription = subscribed(client, django_capture_on_commit_callbacks)
    known = post(client, django_capture_on_commit_callbacks, topics=["wmo"], frequency="weekly")
    unknown = post(client, django_capture_on_commit_callbacks, email="ander@voorbeeld.nl")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])

    # The owner's choice only changes when the owner confirms it from their mailbox.
    subscription.refresh_from_db()
    assert subscription.topic_list == ["bijstand"] and subscription.frequency == "publication"
    change = [m for m in mail.outbox if m.to == [ADDRESS]][-1]
    client.post(path(link(change, "bevestigen")))
    subscription.refresh_from_db()
    assert subscription.topic_list == ["wmo"] and subscription.frequency == "weekly"


def test_one_address_gets_a_limited_number_of_mails(
    client, django_capture_on_commit_callbacks, settings
):
    settings.HELDER_SUBSCRIPTIONS_MAILS_PER_ADDRESS = 2
    answers = [post(Client(), django_capture_on_commit_callbacks) for _ in range(4)]
    assert {response.status_code for response in answers} == {303}
    assert len(mail.outbox) == 2


def test_subscribing_is_rate_limited(django_capture_on_commit_callbacks, settings):
    settings.HELDER_SUBSCRIPTIONS_RATE_LIMIT = 2
    client = Client()
    for number in range(2):
        post(client, django_capture_on_commit_callbacks, email=f"lezer{number}@voorbeeld.nl")
    refused = post(client, django_capture_on_commit_callbacks, email="derde@voorbeeld.nl")
    assert refused.status_code == 429
    assert "U heeft het al vaak geprobeerd" in refused.content.decode()
    assert not Subscription.objects.filter(email="derde@voorbeeld.nl").exists()
    assert len(mail.outbox) == 2


def test_unsubscribe_link_deletes_everything_and_works_in_one_click(
    client, django_capture_on_commit_callbacks
):
    from helder.subscriptions.mails import unsubscribe_url

    subscription = subscribed(client, django_capture_on_commit_callbacks)
    url = path(unsubscribe_url(subscription))
    assert "Afmelden" in client.get(url).content.decode()
    assert Subscription.objects.filter(pk=subscription.pk).exists()  # opening is not enough

    # A mail client's one-click unsubscribe (RFC 8058) posts without a CSRF token.
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    assert not Subscription.objects.exists()
    # Again, or with a made-up link: the same calm answer.
    assert "U bent afgemeld" in mail_client.post(url).content.decode()


def test_only_links_that_do_not_work_count_towards_the_unsubscribe_limit(
    client, django_capture_on_commit_callbacks, settings
):
    from helder.subscriptions.mails import unsubscribe_url

    settings.HELDER_SUBSCRIPTIONS_RATE_LIMIT = 2
    for number in range(2):
        assert client.post(f"{URL}afmelden/{number}.{'0' * 40}/").status_code == 200
    assert client.post(f"{URL}afmelden/9.{'0' * 40}/").status_code == 429
    subscription = subscribed(Client(), django_capture_on_commit_callbacks)
    assert client.post(path(unsubscribe_url(subscription))).status_code == 200
    assert not Subscription.objects.exists()


def test_asking_for_the_unsubscribe_link_reveals_nothing(
    client, django_capture_on_commit_callbacks
):
    subscribed(client, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    answers = [
        post(client, django_capture_on_commit_callbacks, url=f"{URL}afmelden/", email=address)
        for address in (ADDRESS.upper(), "onbekend@voorbeeld.nl")
    ]
    assert [(a.status_code, a["Location"]) for a in answers] == [
        (303, "/nl/wijzigingen-per-mail/afmelden/verstuurd/")
    ] * 2
    (message,) = mail.outbox
    assert message.to == [ADDRESS] and message.subject == "Uw link om u af te melden"
    client.post(path(link(message, "afmelden")))
    assert not Subscription.objects.exists()

    bad = post(client, django_capture_on_commit_callbacks, url=f"{URL}afmelden/", email="nee@")
    assert bad.status_code == 400 and "Het e-mailadres klopt niet" in bad.content.decode()


def test_the_privacy_text_says_what_why_and_how_long(client):
    text = client.get(f"{URL}privacy/").content.decode()
    for words in (
        "Wat bewaren wij?",
        "Uw e-mailadres.",
        "Waarom?",
        "Hoe lang?",
        "7 dagen",
        "steeds niet",
    ):
        assert words in text
    arabic = client.get("/ar/wijzigingen-per-mail/privacy/").content.decode()
    assert 'dir="rtl"' in arabic and "ماذا نحفظ؟" in arabic


def test_a_subscriber_in_arabic_gets_arabic_pages_and_mail(
    client, django_capture_on_commit_callbacks
):
    page = client.get("/ar/wijzigingen-per-mail/").content.decode()
    assert "التغييرات بالبريد الإلكتروني" in page
    assert '<div class="helder-subscriptions">' in page  # not marked as Dutch
    response = post(client, django_capture_on_commit_callbacks, url="/ar/wijzigingen-per-mail/")
    assert response["Location"] == "/ar/wijzigingen-per-mail/verstuurd/"
    assert Subscription.objects.get().language == "ar"
    (message,) = mail.outbox
    assert message.subject == "أكّد تسجيلك"
    assert "/ar/wijzigingen-per-mail/bevestigen/" in message.body
    html, _type = message.alternatives[0]
    assert 'lang="ar" dir="rtl"' in html


def test_every_site_language_has_every_text_with_the_same_placeholders(settings, client):
    import string

    from helder.subscriptions.texts import SUBSCRIPTION_TEXTS

    def fields(text):
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}

    dutch = SUBSCRIPTION_TEXTS["nl"]
    for code, _name in settings.LANGUAGES:
        texts = SUBSCRIPTION_TEXTS[code]
        assert texts.keys() == dutch.keys(), code
        assert all(fields(texts[key]) == fields(dutch[key]) for key in dutch), code
    page = client.get("/tr/wijzigingen-per-mail/").content.decode()
    assert "E-posta ile değişiklikler" in page and 'lang="nl" dir="ltr">' not in page


def test_a_language_without_these_texts_is_shown_in_dutch_marked_as_dutch(settings, client):
    from helder.subscriptions import texts

    settings.LANGUAGE_CODE = "nl"
    assert (
        texts.text_language("fy") == "nl"
        and texts.texts_for("fy")["title"] == "Wijzigingen per mail"
    )
