"""Translating with wagtail-localize: publish, record the source, go out of date, PO files."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from content_models.gate import PublicationBlocked
from content_models.models import GlossaryTerm, RightsDutiesPage
from tests.factories import (
    GlossaryTermFactory,
    LetterTemplateFactory,
    StandardTextFactory,
)
from tests.translations.conftest import english
from translations import tracking
from translations.models import SourceRecord

pytestmark = pytest.mark.django_db


def republish_dutch(page, title):
    draft = page.get_latest_revision_as_object()
    draft.title = title
    draft.save_revision().publish()
    page.refresh_from_db()
    return page


def test_a_published_translation_records_the_dutch_revision_it_was_made_from(
    rights_page, translate
):
    page = translate(rights_page, "en", english)

    assert page.live and page.locale.language_code == "en"
    assert page.title == "You get help from us."
    record = tracking.record_for(page)
    assert record.source_object_id == str(rights_page.pk)
    assert record.source_revision_id == rights_page.live_revision_id
    assert tracking.status_of(page) == tracking.LIVE


def test_synchronised_fields_are_copied_and_translatable_fields_translated(rights_page, translate):
    page = translate(rights_page, "en", english)
    assert (page.law, page.article, page.law_url) == (
        rights_page.law,
        rights_page.article,
        rights_page.law_url,
    )
    assert page.items[0].value["kind"] == rights_page.items[0].value["kind"]
    assert page.items[0].value["title"] == "You get help from us."


def test_a_new_dutch_revision_makes_the_translation_outdated(rights_page, translate):
    page = translate(rights_page, "en", english)
    republish_dutch(rights_page, "Uw plichten en rechten")

    assert tracking.status_of(page) == tracking.OUTDATED
    made_on, changed_on, source = tracking.outdated_dates(page)
    assert source.pk == rights_page.pk and changed_on == rights_page.last_published_at
    assert made_on <= changed_on


def test_updating_the_translation_from_the_new_source_makes_it_current_again(
    rights_page, translate
):
    page = translate(rights_page, "en", english)
    republish_dutch(rights_page, "Uw plichten en rechten")
    # Republishing without syncing still translates the old snapshot: still outdated.
    page.save_revision().publish()
    assert tracking.status_of(RightsDutiesPage.objects.get(pk=page.pk)) == tracking.OUTDATED

    translate(rights_page, "en", english)  # syncs the source snapshot, then publishes
    assert tracking.status_of(RightsDutiesPage.objects.get(pk=page.pk)) == tracking.LIVE


def test_a_draft_translation_is_concept(rights_page, translate):
    page = translate(rights_page, "en", english, publish=False)
    assert tracking.status_of(page) == tracking.DRAFT


def test_po_export_and_import_round_trip_changes_nothing(rights_page, translate):
    translate(rights_page, "en", english)
    translation = Translation.objects.get(
        target_locale__language_code="en", source__object_id=rights_page.translation_key
    )
    before = sorted(StringTranslation.objects.values_list("context_id", "data", "updated_at"))

    po = translation.export_po()
    assert len(po) == translation.source.stringsegment_set.count()
    warnings = translation.import_po(po)

    assert warnings == []
    after = sorted(StringTranslation.objects.values_list("context_id", "data", "updated_at"))
    assert after == before


def test_po_import_fills_in_a_new_translation(rights_page):
    arabic = Locale.objects.get(language_code="ar")
    source, _ = TranslationSource.get_or_create_from_instance(rights_page)
    translation = Translation.objects.create(source=source, target_locale=arabic)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "نساعدك."
    assert translation.import_po(po) == []
    assert translation.get_progress() == (len(po), len(po))


def test_parity_blocks_a_translation_that_dropped_a_step(rights_page, translate):
    page = translate(rights_page, "en", english)
    draft = page.get_latest_revision_as_object()
    items = draft.items.raw_data
    items[1]["value"]["steps"] = items[1]["value"]["steps"][:1]  # the duty had two steps
    draft.items = items

    with pytest.raises(PublicationBlocked) as refused:
        draft.save_revision().publish()

    reasons = " ".join(refused.value.decision.reasons)
    assert "De vertaling heeft 2 stappen, het origineel 3. Vertaal alle stappen." in reasons
    assert "parity.steps" in refused.value.decision.rules


def test_parity_leaves_the_dutch_original_alone(rights_page):
    draft = rights_page.get_latest_revision_as_object()
    items = draft.items.raw_data
    items[1]["value"]["steps"] = items[1]["value"]["steps"][:1]
    draft.items = items
    draft.save_revision().publish()  # originals may change their structure


def test_standard_text_translation_keeps_key_and_kind(translate):
    dutch = StandardTextFactory(key="bezwaar", kind="bezwaar", live=False)
    dutch.save_revision().publish()
    dutch.refresh_from_db()
    text = translate(
        dutch,
        "en",
        lambda s: "Write to us within six weeks." if s.startswith("Stuur") else "Do you disagree?",
    )
    assert (text.key, text.kind, text.live) == ("bezwaar", "bezwaar", True)
    assert "six weeks" in text.body
    assert tracking.record_for(text).source_revision_id == dutch.live_revision_id


def test_letter_translation_keeps_variable_names_and_types(translate):
    dutch = LetterTemplateFactory(code="PW-TST-900", live=False)
    dutch.save_revision().publish()
    letter = translate(
        dutch,
        "en",
        lambda s: (
            s.replace("Uw aanvraag van", "Your application of")
            .replace("Beste", "Dear")
            .replace("U krijgt bijstand.", "You get social assistance.")
        ),
    )
    assert letter.code == "PW-TST-900"
    assert [(v.value["name"], v.value["type"]) for v in letter.variables] == [
        (v.value["name"], v.value["type"]) for v in dutch.variables
    ]
    assert letter.subject.startswith("Your application")


def test_glossary_translation_goes_out_of_date_when_the_dutch_term_changes(translate):
    dutch = GlossaryTermFactory(term="bijstand", explanation="Geld van de gemeente.")
    term = translate(dutch, "en", lambda s: {"bijstand": "social assistance"}.get(s, "Money."))
    assert term.term == "social assistance"
    assert tracking.status_of(term) == tracking.LIVE

    dutch.explanation = "Geld van de gemeente om van te leven."
    dutch.save_revision().publish()
    assert tracking.status_of(GlossaryTerm.objects.get(pk=term.pk)) == tracking.OUTDATED
    assert SourceRecord.objects.filter(object_id=str(term.pk)).count() == 1
