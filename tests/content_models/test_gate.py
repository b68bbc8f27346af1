"""No path makes text above B1 live: each path refuses a C1 revision of a live page and keeps
the live text, and publishes a B1 rewrite of the same page."""

import datetime
import html

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import ModelLogEntry, PageLogEntry, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content_models import review
from content_models.gate import PublicationBlocked, evaluate
from content_models.models import (
    InformationPage,
    LetterTemplate,
    ReadabilityCheck,
    ReadabilityException,
    StandardText,
)
from tests.content_models.review_helpers import LIVE_TEXT
from tests.factories import (
    InformationPageFactory,
    LetterTemplateFactory,
    StandardTextFactory,
    UserFactory,
    stream,
)

pytestmark = pytest.mark.django_db

OFFICIALESE = (
    "<p>Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering "
    "van ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel.</p>"
)
# People publish only after review (review.py); these path tests are about the gate, so
# the superuser of `admin_client` publishes without review, with a reason.
FORCE = {review.FORCE_FIELD: "Test van de B1-toets op dit pad, zonder Versimpeltoets."}
PLAIN = (
    "<p>Geef ons op tijd alle informatie die wij vragen. Doet u dat niet? "
    "Dan kunnen wij uw uitkering verlagen of stoppen. Soms moet u dan geld terugbetalen.</p>"
)


def body_text(page):
    page = InformationPage.objects.get(pk=page.pk)
    return page.body[0].value.source


def save_draft(page, text, user=None):
    draft = page.get_latest_revision_as_object()
    draft.body = stream(("paragraph", text))
    return draft.save_revision(user=user)


def assert_live_unchanged(page):
    page.refresh_from_db()
    assert body_text(page) == LIVE_TEXT
    assert page.live


# --- the engine's verdict on the officialese example -------------------------------


def test_officialese_is_refused_and_the_plain_rewrite_passes(live_page):
    refused = evaluate(
        InformationPage(
            title="Informatie geven",
            intro="Wat u moet doen.",
            body=stream(("paragraph", OFFICIALESE)),
        )
    )
    assert not refused.passes
    assert "jargon" in refused.rules
    # One long sentence is a finding with a split suggestion, not a verdict on its own.
    assert "sentence.too_long" in {f["rule"] for f in refused.findings}
    accepted = evaluate(
        InformationPage(
            title="Informatie geven", intro="Wat u moet doen.", body=stream(("paragraph", PLAIN))
        )
    )
    assert accepted.passes, accepted.reasons


# --- 1. revision.publish() from code -----------------------------------------------


def test_orm_publish_is_refused_and_live_text_stays(live_page):
    revision = save_draft(live_page, OFFICIALESE)
    with pytest.raises(PublicationBlocked) as refused:
        revision.publish()
    assert "ambtelijke taal" in " ".join(refused.value.decision.reasons)
    assert_live_unchanged(live_page)
    # The draft is kept intact.
    assert live_page.get_latest_revision().pk == revision.pk
    assert OFFICIALESE in str(revision.content["body"])


def test_orm_publish_of_a_plain_rewrite_goes_live(live_page):
    save_draft(live_page, PLAIN).publish()
    assert body_text(live_page) == PLAIN


# --- 2. the edit view ----------------------------------------------------------------


def edit_form(page, text, **extra):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([("paragraph", rich_text(text))]),
            **extra,
        }
    )


def test_edit_view_publish_is_refused_with_a_dutch_message(admin_client, live_page):
    url = f"/admin/pages/{live_page.pk}/edit/"
    response = admin_client.post(
        url,
        edit_form(live_page, OFFICIALESE, **{"action-publish": "publish"}, **FORCE),
        follow=True,
    )
    assert response.status_code == 200
    text = html.unescape(response.content.decode())
    assert "Niet gepubliceerd. De tekst is nog te moeilijk" in text
    assert "ambtelijke taal" in text
    content_type = ContentType.objects.get_for_model(InformationPage)
    findings_link = f"/admin/leesbaarheid/{content_type.pk}/{live_page.pk}/"
    assert findings_link in text
    assert_live_unchanged(live_page)
    # The editor's text is saved as a draft, not lost.
    assert "inlichtingenplicht" in str(live_page.get_latest_revision().content["body"])

    findings = admin_client.get(findings_link)
    assert findings.status_code == 200
    assert "Tegengehouden." in findings.content.decode()


def test_edit_view_publishes_a_plain_rewrite(admin_client, live_page):
    url = f"/admin/pages/{live_page.pk}/edit/"
    response = admin_client.post(
        url, edit_form(live_page, PLAIN, **{"action-publish": "publish"}, **FORCE)
    )
    assert response.status_code == 302
    assert "Geef ons op tijd" in body_text(live_page)


# --- 3. workflow approval ------------------------------------------------------------


def start_review(page, text, author):
    revision = save_draft(page, text, user=author)
    page = InformationPage.objects.get(pk=page.pk)
    Workflow.objects.get(name="Versimpeltoets").start(page, author)
    return revision


def test_review_cannot_start_on_text_the_gate_refuses(live_page, editor):
    with pytest.raises(PublicationBlocked):
        start_review(live_page, OFFICIALESE, editor)
    live_page.refresh_from_db()
    assert live_page.current_workflow_state is None
    assert_live_unchanged(live_page)


def test_approval_of_the_last_task_is_refused_when_the_text_fails(live_page, editor, simplifier):
    start_review(live_page, PLAIN, editor)
    # The word list changed after submission: the same text now contains a blocked word.
    from content_models.models import JargonEntry

    JargonEntry.objects.create(
        phrase="terugbetalen", alternatives="geld teruggeven", severity="block"
    )
    live_page.refresh_from_db()
    task_state = live_page.current_workflow_state.current_task_state
    with pytest.raises(PublicationBlocked):
        task_state.task.specific.on_action(task_state, simplifier, "approve")
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    assert_live_unchanged(live_page)


def test_approval_by_another_member_publishes_the_plain_rewrite(live_page, editor, simplifier):
    start_review(live_page, PLAIN, editor)
    live_page.refresh_from_db()
    task_state = live_page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, simplifier, "approve", comment="Helder!")
    assert body_text(live_page) == PLAIN


def test_four_eyes_the_author_cannot_approve_their_own_text(live_page, simplifier):
    start_review(live_page, PLAIN, simplifier)
    live_page.refresh_from_db()
    task = live_page.current_workflow_state.current_task_state.task.specific
    assert task.get_actions(live_page, simplifier) == []
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        task.on_action(live_page.current_workflow_state.current_task_state, simplifier, "approve")
    assert_live_unchanged(live_page)
    colleague = UserFactory(username="collega", groups=["Versimpelteam"])
    assert [name for name, _label, _c in task.get_actions(live_page, colleague)] == [
        "reject",
        "approve",
        "approve",
    ]


# --- 4. bulk publish -----------------------------------------------------------------


def test_bulk_publish_is_refused(admin_client, live_page):
    save_draft(live_page, OFFICIALESE)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={live_page.pk}"
    response = admin_client.post(url, {"include_descendants": False, **FORCE}, follow=True)
    assert response.status_code == 200
    assert "Niet gepubliceerd" in html.unescape(response.content.decode())
    assert_live_unchanged(live_page)


def test_bulk_publish_publishes_a_plain_rewrite(admin_client, live_page):
    save_draft(live_page, PLAIN)
    admin_client.post(f"/admin/bulk/wagtailcore/page/publish/?id={live_page.pk}", FORCE)
    assert body_text(live_page) == PLAIN


# --- 5. scheduled publishing ---------------------------------------------------------


def schedule(page, text):
    revision = save_draft(page, text)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    return revision


def test_publish_scheduled_refuses_and_unschedules(live_page, topic):
    refused = schedule(live_page, OFFICIALESE)
    other = InformationPageFactory(
        parent=topic, slug="ander", body=stream(("paragraph", LIVE_TEXT))
    )
    schedule(other, PLAIN)
    call_command("publish_scheduled")
    assert_live_unchanged(live_page)
    refused.refresh_from_db()
    assert refused.approved_go_live_at is None
    # One refusal does not stop the other scheduled page.
    assert body_text(other) == PLAIN


def test_scheduling_text_that_fails_is_refused_up_front(live_page):
    draft = live_page.get_latest_revision_as_object()
    draft.body = stream(("paragraph", OFFICIALESE))
    draft.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = draft.save_revision()
    with pytest.raises(PublicationBlocked):
        revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


# --- 6. revert: publishing an older revision -----------------------------------------


def test_reverting_to_an_older_failing_revision_is_refused(live_page):
    old = save_draft(live_page, OFFICIALESE)
    save_draft(live_page, PLAIN).publish()
    with pytest.raises(PublicationBlocked):
        old.publish(previous_revision=old)
    assert body_text(live_page) == PLAIN


def test_reverting_to_an_older_passing_revision_works(live_page):
    old = live_page.live_revision
    save_draft(live_page, PLAIN).publish()
    old.publish(previous_revision=old)
    assert body_text(live_page) == LIVE_TEXT


# --- 7. copy with "publish copies" ---------------------------------------------------


def test_copy_and_publish_is_refused_when_the_latest_text_fails(admin_client, live_page, topic):
    save_draft(live_page, OFFICIALESE)
    response = admin_client.post(
        f"/admin/pages/{live_page.pk}/copy/",
        {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": topic.pk,
            "publish_copies": "on",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert not InformationPage.objects.filter(slug="kopie").exists()
    assert_live_unchanged(live_page)


def test_copy_and_publish_works_for_plain_text(admin_client, live_page, topic):
    CopyPageAction(
        live_page, to=topic, update_attrs={"title": "Kopie", "slug": "kopie"}, keep_live=True
    ).execute()
    copy = InformationPage.objects.get(slug="kopie")
    assert copy.live and body_text(copy) == LIVE_TEXT


# --- 8. the admin API write endpoint -------------------------------------------------


def test_admin_api_publish_is_refused(admin_client, live_page):
    save_draft(live_page, OFFICIALESE)
    response = admin_client.post(
        f"/admin/api/main/pages/{live_page.pk}/action/publish/",
        content_type="application/json",
        data=FORCE,
    )
    assert response.status_code == 400
    assert "te moeilijk" in response.json()["error"]
    assert_live_unchanged(live_page)


def test_admin_api_publishes_plain_text(admin_client, live_page):
    save_draft(live_page, PLAIN)
    response = admin_client.post(
        f"/admin/api/main/pages/{live_page.pk}/action/publish/",
        content_type="application/json",
        data=FORCE,
    )
    assert response.status_code == 200
    assert body_text(live_page) == PLAIN


# --- 9. snippets ---------------------------------------------------------------------


def test_letter_template_publish_is_refused_and_live_version_kept():
    letter = LetterTemplateFactory(
        body=stream(("paragraph", "<p>Beste {{ aanhef }},</p><p>U krijgt bijstand.</p>"))
    )
    letter.save_revision().publish()
    letter.refresh_from_db()
    live_revision = letter.live_revision
    letter.body = stream(("paragraph", OFFICIALESE))
    revision = letter.save_revision()
    with pytest.raises(PublicationBlocked):
        revision.publish()
    letter.refresh_from_db()
    assert letter.live_revision_id == live_revision.pk


def test_letter_templates_are_checked_with_conditional_sections_and_examples():
    letter = LetterTemplateFactory(
        body=stream(
            ("paragraph", "<p>Beste {{ aanhef }},</p><p>U krijgt bijstand.</p>"),
            ("conditional", {"variable": "aanhef", "text": OFFICIALESE}),
        )
    )
    with pytest.raises(PublicationBlocked):
        letter.save_revision().publish()
    decision = evaluate(letter)
    assert any(f["excerpt"].lower().startswith("indien") for f in decision.findings)


def test_snippet_edit_view_publish_is_refused(admin_client):
    text = StandardTextFactory(title="Bezwaar", body="<p>Stuur ons een brief.</p>")
    text.save_revision().publish()
    url = f"/admin/snippets/content_models/standardtext/edit/{text.pk}/"
    response = admin_client.post(
        url,
        {
            "title": "Bezwaar",
            "key": text.key,
            "kind": "bezwaar",
            "body": rich_text(OFFICIALESE),
            "action-publish": "publish",
        },
        follow=True,
    )
    assert "Niet gepubliceerd" in html.unescape(response.content.decode())
    text = StandardText.objects.get(pk=text.pk)
    assert "Stuur ons een brief." in text.live_revision.content["body"]


# --- 10. translation sync through wagtail-localize -----------------------------------


def test_wagtail_localize_publish_of_a_translation_goes_through_the_gate(
    live_page, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale
    from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

    english, _ = Locale.objects.get_or_create(language_code="en")
    source, _ = TranslationSource.get_or_create_from_instance(live_page)
    translation = Translation.objects.create(source=source, target_locale=english)
    long_sentence = (
        "You must tell us about every change in your income, your home, your family and "
        "your work, because we need all of that information to decide how much money you get."
    )
    for segment in source.stringsegment_set.all():
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            data=long_sentence,
        )
    # wagtail-localize publishes once the translation is committed.
    with pytest.raises(PublicationBlocked), django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert not InformationPage.objects.filter(locale=english, live=True).exists()

    StringTranslation.objects.filter(locale=english).update(data="You get money every month.")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert InformationPage.objects.filter(locale=english, live=True).exists()
    assert String.objects.exists()


# --- audit log, exceptions, bad input ------------------------------------------------


def test_every_decision_is_in_the_audit_log(live_page):
    editor = UserFactory(username="beheerder", groups=["Beheer"])
    with review.acting(editor, FORCE[review.FORCE_FIELD]):
        with pytest.raises(PublicationBlocked):
            save_draft(live_page, OFFICIALESE).publish(user=editor)
        revision = save_draft(live_page, PLAIN)
        revision.publish(user=editor)
    entries = PageLogEntry.objects.filter(
        page=live_page, action__startswith="helder.gate"
    ).order_by("timestamp")
    block, passed = entries[len(entries) - 2], entries[len(entries) - 1]
    assert block.action == "helder.gate.block" and passed.action == "helder.gate.pass"
    assert block.data["verdict"] == "block" and "jargon" in block.data["rules"]
    assert passed.data["revision"] == revision.pk and passed.data["level"] in {"A1", "A2", "B1"}
    assert passed.user == editor


def test_a_recorded_exception_lets_exactly_that_revision_through(live_page):
    revision = save_draft(live_page, OFFICIALESE)
    ReadabilityException.objects.create(
        content_type=ContentType.objects.get_for_model(InformationPage),
        object_id=str(live_page.pk),
        revision=revision,
        reason="Tekst uit een uitspraak van de rechter; de uitleg staat eronder.",
    )
    revision.publish()
    assert "inlichtingenplicht" in body_text(live_page)
    assert PageLogEntry.objects.filter(page=live_page, action="helder.gate.exception").exists()
    with pytest.raises(PublicationBlocked):
        save_draft(live_page, OFFICIALESE.replace("maatregel", "boete")).publish()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ([], "geen inhoud"),
        (
            [
                (
                    "contact",
                    {
                        "title": "Contact",
                        "phone": "0800 123 45 67",
                        "email": "",
                        "address": "",
                        "opening_hours": "",
                    },
                )
            ],
            "alleen afbeeldingen of contactgegevens",
        ),
        (
            [
                (
                    "law_quote",
                    {
                        "text": "Artikel 17. De belanghebbende doet mededeling.",
                        "reference": "Pw, art. 17",
                        "url": "",
                    },
                )
            ],
            "citaat uit de wet",
        ),
    ],
)
def test_pages_without_real_text_get_a_clear_refusal(live_page, body, reason):
    draft = live_page.get_latest_revision_as_object()
    draft.body = stream(*body)
    with pytest.raises(PublicationBlocked) as refused:
        draft.save_revision().publish()
    assert reason in " ".join(refused.value.decision.reasons)
    assert_live_unchanged(live_page)


def test_the_dashboard_record_follows_the_latest_decision(live_page):
    with pytest.raises(PublicationBlocked):
        save_draft(live_page, OFFICIALESE).publish()
    check = ReadabilityCheck.objects.get(object_id=str(live_page.pk))
    assert not check.passes and check.findings
    save_draft(live_page, PLAIN).publish()
    check.refresh_from_db()
    assert check.passes


def test_snippet_decisions_are_logged_on_the_snippet():
    letter = LetterTemplateFactory()
    letter.save_revision().publish()
    assert ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(LetterTemplate),
        object_id=str(letter.pk),
        action="helder.gate.pass",
    ).exists()


def test_only_the_dedicated_permission_may_record_an_exception(client, live_page, editor):
    revision = save_draft(live_page, OFFICIALESE)
    content_type = ContentType.objects.get_for_model(InformationPage)
    url = f"/admin/leesbaarheid/uitzondering/{content_type.pk}/{live_page.pk}/"
    client.force_login(editor)
    assert client.post(url, {"reason": "Een goede reden die lang genoeg is."}).status_code in (
        302,
        403,
    )
    assert not ReadabilityException.objects.exists()

    manager = UserFactory(username="beheerder", groups=["Beheer"])
    client.force_login(manager)
    too_short = client.post(url, {"reason": "Moet."})
    assert "minstens 20 tekens" in html.unescape(too_short.content.decode())
    assert not ReadabilityException.objects.exists()

    response = client.post(url, {"reason": "Letterlijke tekst uit een uitspraak van de rechter."})
    assert response.status_code == 302
    exception = ReadabilityException.objects.get()
    assert exception.revision == revision and exception.user == manager
    assert PageLogEntry.objects.filter(
        page=live_page, action="helder.gate.exception_granted"
    ).exists()
    with review.acting(manager, FORCE[review.FORCE_FIELD]):
        revision.publish(user=manager)
    assert "inlichtingenplicht" in body_text(live_page)
