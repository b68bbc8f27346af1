"""Each role has exactly the permissions the team agreed on, and no more."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from content_models.roles import ADMIN_APPS

pytestmark = pytest.mark.django_db

SNIPPET_WORKFLOW = ["add", "change", "delete", "view", "publish", "lock", "unlock"]


def model_perms(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def page_perms(group_name):
    return {
        gpp.permission.codename.removesuffix("_page")
        for gpp in GroupPagePermission.objects.filter(group__name=group_name)
    }


def collection_perms(group_name):
    return {
        gcp.permission.codename
        for gcp in GroupCollectionPermission.objects.filter(group__name=group_name)
    }


def test_exactly_the_five_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Communicatie",
        "Versimpelteam",
        "Ervaringsdeskundigen",
        "Medewerkers",
        "Beheer",
    }


def test_communicatie_edits_and_publishes():
    expected = {"wagtailadmin.access_admin", "content_models.view_jargonentry"}
    for model in ("lettertemplate", "standardtext", "glossaryterm", "normbedrag", "changenotice"):
        expected |= {f"content_models.{action}_{model}" for action in SNIPPET_WORKFLOW}
    expected |= {f"letters.{a}_wordtemplate" for a in ("add", "change", "view")}
    for variant in ("easyreadvariant", "audiovariant", "signlanguagevideo"):
        expected |= {f"translations.{action}_{variant}" for action in SNIPPET_WORKFLOW}
    expected.add("translations.view_sourcerecord")
    expected.add("wagtail_localize.submit_translation")
    assert model_perms("Communicatie") == expected
    assert page_perms("Communicatie") == {"add", "change", "publish", "lock", "unlock"}
    assert collection_perms("Communicatie") == {
        "add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document",
        "add_media", "change_media",
    }  # fmt: skip


def test_versimpelteam_edits_and_keeps_the_word_list_but_does_not_publish():
    perms = model_perms("Versimpelteam")
    assert "content_models.change_lettertemplate" in perms
    assert "content_models.delete_jargonentry" in perms
    assert "translations.change_easyreadvariant" in perms
    assert "content_models.change_glossaryterm" in perms
    assert "content_models.change_normbedrag" in perms
    assert "content_models.change_changenotice" in perms
    assert "wagtail_localize.submit_translation" in perms
    assert not {p for p in perms if ".publish_" in p or ".delete_letter" in p}
    assert page_perms("Versimpelteam") == {"add", "change", "lock", "unlock"}
    assert collection_perms("Versimpelteam") == {"choose_image", "choose_document"}


def test_ervaringsdeskundigen_only_view():
    assert model_perms("Ervaringsdeskundigen") == {
        "wagtailadmin.access_admin",
        "content_models.view_lettertemplate",
        "content_models.view_standardtext",
        "content_models.view_glossaryterm",
        "content_models.view_normbedrag",
        "content_models.view_changenotice",
    }
    assert page_perms("Ervaringsdeskundigen") == set()
    assert collection_perms("Ervaringsdeskundigen") == set()


def test_medewerkers_read_letter_texts_and_never_enter_the_admin():
    assert model_perms("Medewerkers") == {
        "content_models.view_lettertemplate",
        "content_models.view_standardtext",
    }
    assert page_perms("Medewerkers") == set()


def test_beheer_administers_everything_in_its_apps():
    expected = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.filter(content_type__app_label__in=ADMIN_APPS)
    }
    assert model_perms("Beheer") == expected
    assert "auth.change_group" in expected and "content_models.publish_lettertemplate" in expected
    assert page_perms("Beheer") == {"add", "bulk_delete", "change", "lock", "publish", "unlock"}


def test_only_beheer_may_publish_without_review():
    holders = set(
        Group.objects.filter(permissions__codename="publish_without_review").values_list(
            "name", flat=True
        )
    )
    assert holders == {"Beheer"}


def test_page_and_collection_rights_cover_the_whole_tree():
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    assert set(GroupPagePermission.objects.values_list("page", flat=True)) == {root_page.pk}
    assert set(GroupCollectionPermission.objects.values_list("collection", flat=True)) == {
        root_collection.pk
    }


def test_roles_work_for_real_users(home):
    from tests.factories import UserFactory

    editor = UserFactory(groups=["Communicatie"])
    simplifier = UserFactory(groups=["Versimpelteam"])
    caseworker = UserFactory(groups=["Medewerkers"])

    assert home.permissions_for_user(editor).can_publish()
    assert home.permissions_for_user(simplifier).can_edit()
    assert not home.permissions_for_user(simplifier).can_publish()
    assert not caseworker.has_perm("wagtailadmin.access_admin")
    assert caseworker.has_perm("content_models.view_lettertemplate")
