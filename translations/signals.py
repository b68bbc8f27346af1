"""Record the source version whenever a translation or variant goes live.

Wagtail sends `published` for pages and snippets alike (pages also send `page_published`,
then `published`), on every publish path: edit view, workflow, scheduled publishing and
wagtail-localize's own publish. Glossary terms have drafts too, so they go the same way.
"""

from wagtail.signals import published

from . import tracking


def on_published(sender, instance, revision=None, **kwargs):
    tracking.record_publication(instance)


def install():
    published.connect(on_published, dispatch_uid="translations_record_source")
