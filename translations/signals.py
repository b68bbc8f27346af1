"""Record the source version whenever a translation or variant goes live.

Wagtail sends `published` for pages and snippets alike (pages also send `page_published`,
then `published`), on every publish path: edit view, workflow, scheduled publishing and
wagtail-localize's own publish. Glossary terms have no publishing: their save counts.
"""

from django.db.models.signals import post_save
from wagtail.signals import published

from content_models.models import GlossaryTerm

from . import tracking


def on_published(sender, instance, revision=None, **kwargs):
    tracking.record_publication(instance)


def on_glossary_term_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        tracking.record_publication(instance)


def install():
    published.connect(on_published, dispatch_uid="translations_record_source")
    post_save.connect(
        on_glossary_term_saved, sender=GlossaryTerm, dispatch_uid="translations_glossary_source"
    )
