"""Exceptions are bound to the scored text: the same text publishes from any path, in any
new revision; any change to the scored text voids the exception."""

import html

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import PageLogEntry

from content_models import exceptions, gate, review
from content_models.gate import PublicationBlocked
from content_models.models import InformationPage, ReadabilityException
from tests.content_models.review_helpers import (
    LIVE_TEXT,
    OFFICIALESE,
    body_text,
    current_task_state,
    save_draft,
    submit,
)
from tests.factories import InformationPageFactory, UserFactory, stream

pytestmark = pytest.mark.django_db

REASON = "Letterlijke tekst uit een uitspraak van de rechter; de uitleg staat eronder."


def grant(client, page, reason=REASON):
    manager = UserFactory(username="beheerder", groups=["Beheer"])
    client.force_login(manager)
    content_type = ContentType.objects.get_for_model(InformationPage)
    return client.post(
        f"/admin/leesbaarheid/uitzondering/{content_type.pk}/{page.pk}/", {"reason": reason}
    )


def test_the_hash_is_of_the_scored_blocks_and_deterministic(live_page):
    page = InformationPage.objects.get(pk=live_page.pk)
    blocks = gate.gated_type(page).blocks(page)
    assert exceptions.text_hash(blocks) == exceptions.text_hash(
        [dict(reversed(list(b.items()))) for b in blocks]
    )
    page.slug = "andere-slug"  # not scored: same text
    assert exceptions.text_hash(gate.gated_type(page).blocks(page)) == exceptions.text_hash(blocks)
    page.intro = "Een andere inleiding."
    assert exceptions.text_hash(gate.gated_type(page).blocks(page)) != exceptions.text_hash(blocks)


def test_an_exception_covers_the_same_text_in_a_later_revision(client, live_page):
    save_draft(live_page, OFFICIALESE)
    assert grant(client, live_page).status_code == 302
    exception = ReadabilityException.objects.get()
    assert exception.text_hash
    # The editor publishes again, which saves a new revision of the same text.
    later = save_draft(live_page, OFFICIALESE)
    assert later.pk != exception.revision_id
    later.publish()
    assert "inlichtingenplicht" in body_text(live_page)
    entry = PageLogEntry.objects.filter(page=live_page, action="helder.gate.exception").get()
    assert entry.data["exception"] == REASON


def test_any_change_to_the_scored_text_voids_the_exception(client, live_page):
    save_draft(live_page, OFFICIALESE)
    grant(client, live_page)
    with pytest.raises(PublicationBlocked):
        save_draft(live_page, OFFICIALESE.replace("maatregel", "boete")).publish()
    assert body_text(live_page) == LIVE_TEXT


def test_an_exception_for_one_page_does_not_cover_another(client, live_page, topic):
    save_draft(live_page, OFFICIALESE)
    grant(client, live_page)
    other = InformationPageFactory(
        parent=topic, title="Informatie geven", slug="ander", body=stream(("paragraph", LIVE_TEXT))
    )
    with pytest.raises(PublicationBlocked):
        save_draft(other, OFFICIALESE).publish()


def test_exceptions_recorded_in_code_are_bound_to_their_revision_text(live_page):
    revision = save_draft(live_page, OFFICIALESE)
    ReadabilityException.objects.create(
        content_type=ContentType.objects.get_for_model(InformationPage),
        object_id=str(live_page.pk),
        revision=revision,
        reason=REASON,
    )
    assert ReadabilityException.objects.get().text_hash == review.scored_hash(revision.as_object())


@pytest.mark.parametrize("reason", ["", "     ", "Te kort."])
def test_an_empty_or_short_reason_records_nothing(client, live_page, reason):
    save_draft(live_page, OFFICIALESE)
    response = grant(client, live_page, reason)
    assert response.status_code == 200
    text = html.unescape(response.content.decode())
    assert "Schrijf een reden op." in text or "minstens 20 tekens" in text
    assert not ReadabilityException.objects.exists()


def test_the_author_publishes_the_excepted_text_through_review(client, live_page):
    author = UserFactory(username="redacteur", groups=["Communicatie"])
    colleague = UserFactory(username="versimpelaar", groups=["Versimpelteam"])
    save_draft(live_page, OFFICIALESE, user=author)
    # Without the exception the review cannot even start.
    with pytest.raises(PublicationBlocked):
        submit(live_page, author)
    grant(client, live_page)
    submit(live_page, author)
    state = current_task_state(live_page)
    state.task.specific.on_action(state, colleague, "approve")
    assert "inlichtingenplicht" in body_text(live_page)
