"""Forget cached public pages and glossary terms when what they show changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from content_models.models import GlossaryTerm, JargonEntry, Normbedrag
from translations.models import SpeechTrack

from .cache import invalidate_all
from .glossary import forget_terms
from .search.synonyms import forget_synonyms


@receiver(page_published)
@receiver(page_unpublished)
# Snippets that pages show or link to (easy-read, audio and sign-language versions) too.
@receiver(published)
@receiver(unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def forget_pages(sender, **kwargs):
    invalidate_all()


# What saving a draft, locking or commenting writes to the page row. Visitors see none of
# it, so editors at work do not empty the cache for everybody.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
    }
)


@receiver(post_save)
@receiver(post_delete)
def forget_changed_page(sender, instance, update_fields=None, **kwargs):
    # Saves outside the publish actions (ORM, imports, tests) change live pages too.
    draft_only = bool(update_fields) and update_fields <= DRAFT_ONLY_FIELDS
    if isinstance(instance, Site) or (isinstance(instance, Page) and not draft_only):
        invalidate_all()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def forget_restricted_pages(sender, **kwargs):
    # A page made private must leave the page cache and every worker's routes at once.
    invalidate_all()


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
def forget_glossary(sender, **kwargs):
    forget_terms()
    # Pages show the terms' explanations, so they change too.
    invalidate_all()


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(post_save, sender=JargonEntry)
@receiver(post_delete, sender=JargonEntry)
def forget_search_synonyms(sender, **kwargs):
    # Search widens queries with both lists; no page shows the jargon list, so pages stay.
    forget_synonyms()


@receiver(post_save, sender=SpeechTrack)
@receiver(post_delete, sender=SpeechTrack)
def forget_pages_with_new_speech(sender, **kwargs):
    # A finished read-aloud replaces "no read-aloud yet" on the page and its forms.
    invalidate_all()


@receiver(post_delete, sender=Normbedrag)
def forget_pages_with_deleted_amount(sender, **kwargs):
    # Publishing and unpublishing already start a new generation; a deleted live amount
    # must not stay on cached pages either.
    invalidate_all()
