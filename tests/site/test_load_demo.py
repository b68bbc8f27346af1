from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Site

from content_models.models import (
    GlossaryTerm,
    InformationPage,
    JargonEntry,
    LetterTemplate,
    RightsDutiesPage,
    StandardText,
    TopicPage,
)
from translations.models import AudioVariant, EasyReadVariant

REQUIRED_RIGHTS_DUTIES = {
    "inlichtingenplicht",
    "inkomsten",
    "samenwonen",
    "vakantie",
    "arbeid",
    "pgb",
}


def run_load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    """Counts of the Dutch originals (translations and variants come on top)."""
    dutch = Locale.get_default()
    return {
        "topics": TopicPage.objects.live().filter(locale=dutch).count(),
        "information": InformationPage.objects.live().filter(locale=dutch).count(),
        "rights": RightsDutiesPage.objects.live().filter(locale=dutch).count(),
        "letters": LetterTemplate.objects.filter(live=True, locale=dutch).count(),
        "standard_texts": StandardText.objects.filter(live=True, locale=dutch).count(),
        "glossary": GlossaryTerm.objects.filter(locale=dutch).count(),
        "jargon": JargonEntry.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.mark.django_db
def test_load_demo_gives_complete_valid_content_and_is_idempotent(client):
    # One test for all of it: load_demo takes long (translations, generated media).
    first_output = run_load_demo()
    after_first = counts()

    assert after_first["topics"] >= 5
    assert after_first["information"] >= 15
    assert after_first["rights"] == 6
    assert after_first["letters"] == 10
    assert after_first["glossary"] >= 40
    # Editors open a term's history and its draft; both need the revision a publish makes.
    assert not GlossaryTerm.objects.filter(live_revision__isnull=True).exists()
    assert after_first["jargon"] >= 150
    assert after_first["users"] == 5
    assert "helder-demo" in first_output

    slugs = " ".join(
        RightsDutiesPage.objects.filter(locale=Locale.get_default()).values_list("slug", flat=True)
    )
    assert not {subject for subject in REQUIRED_RIGHTS_DUTIES if subject not in slugs}
    for user in get_user_model().objects.all():
        assert user.groups.count() == 1
        assert user.check_password("helder-demo")
    for letter in LetterTemplate.objects.all():
        letter.full_clean()
    images = [
        block.value
        for page in InformationPage.objects.all()
        for block in page.body
        if block.block_type == "image"
    ]
    assert images
    assert all(value["decorative"] or value["alt"].strip() for value in images)

    # Easy-read versions come with pictograms that say what they show; no placeholder tones.
    easy_read = EasyReadVariant.objects.all()
    assert easy_read.count() == 6
    for variant in easy_read:
        pictograms = [block.value for block in variant.body if block.block_type == "image"]
        assert pictograms and all(value["alt"].strip() for value in pictograms), variant.title
    assert not AudioVariant.objects.exists()

    # The demo site is served from the demo home page, not Wagtail's welcome page.
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    assert client.get("/nl/").status_code == 200

    second_output = run_load_demo()
    assert counts() == after_first
    assert "nothing changed" in second_output
