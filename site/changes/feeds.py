"""Atom feeds of the change notices: the whole site, and one per topic.

A feed is in one language: the notices that are live in that language, newest ingangsdatum
first. Each entry links to the notice on its topic's "Wat is er veranderd" page.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language

from content_models.notices import ChangeNotice
from translations import locales
from translations.formatting import format_date_for
from translations.public_text import texts_for

from .listing import is_topic, list_url, notice_url, topic_label

MAX_ENTRIES = 50


class ChangesFeed(Feed):
    feed_type = Atom1Feed
    author_name = "Gemeente Helderstad"

    def get_object(self, request, topic=None):
        if topic is not None and not is_topic(topic):
            raise Http404
        return {"topic": topic, "language": get_language() or locales.source_language()}

    def title(self, obj):
        texts = texts_for(obj["language"])
        if obj["topic"]:
            return texts["changes_feed_topic_title"].format(
                topic=topic_label(obj["language"], obj["topic"])
            )
        return texts["changes_feed_title"]

    def subtitle(self, obj):
        return texts_for(obj["language"])["changes_feed_subtitle"]

    def link(self, obj):
        return list_url(obj["language"], obj["topic"])

    def items(self, obj):
        rows = ChangeNotice.objects.filter(live=True, locale__language_code=obj["language"])
        if obj["topic"]:
            rows = rows.filter(topic=obj["topic"])
        rows = rows.select_related("locale")
        return rows.order_by("-effective_date", "-last_published_at")[:MAX_ENTRIES]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        language = item.locale.language_code
        when = texts_for(language)["changes_from"].format(
            date=format_date_for(language, item.effective_date)
        )
        return f"{when}. {item.summary}"

    def item_link(self, item):
        return notice_url(item.locale.language_code, item)

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return (topic_label(item.locale.language_code, item.topic),)
