"""The public "Wat is er veranderd" pages: the whole site, one topic, and the yearly overview
of a scheme to print."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from translations import locales
from translations.formatting import format_date_for
from translations.public_text import texts_for

from .listing import TOPICS, entries, is_topic, list_url, split_by_today, topic_label, year_amounts

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _language() -> str:
    return get_language() or locales.source_language()


def _topics(language: str, current: str | None) -> list[dict]:
    return [
        {
            "code": code,
            "label": topic_label(language, code),
            "url": list_url(language, code),
            "current": code == current,
        }
        for code in TOPICS
    ]


def _list(request, topic: str | None):
    language = _language()
    texts = texts_for(language)
    today = timezone.localdate()
    shown, dutch_only = entries(language, topic, request=request)
    coming, past = split_by_today(shown, today)
    label = topic_label(language, topic) if topic else ""
    if topic:
        feed_url = reverse("changes:topic_feed", kwargs={"topic": topic})
        years = [
            {
                "text": texts["changes_year_link"].format(year=year),
                "url": reverse("changes:year", kwargs={"topic": topic, "year": year}),
            }
            for year in (today.year, today.year + 1)
        ]
    else:
        feed_url, years = reverse("changes:feed"), []
    context = {
        "title": texts["changes_topic_title"].format(topic=label)
        if topic
        else texts["changes_title"],
        "topic": topic,
        "topic_name": label,
        "topics": _topics(language, topic),
        "all_url": list_url(language),
        "coming": coming,
        "past": past,
        "dutch_only": sorted(dutch_only, key=lambda entry: entry.effective_date, reverse=True),
        "feed_url": feed_url,
        "mail_url": f"/{language}/wijzigingen-per-mail/",
        "years": years,
    }
    return render(request, "changes/list.html", context)


@require_GET
def all_changes(request):
    return _list(request, None)


@require_GET
def topic_changes(request, topic):
    if not is_topic(topic):
        raise Http404
    return _list(request, topic)


@require_GET
def year_overview(request, topic, year):
    if not is_topic(topic) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404
    language = _language()
    texts = texts_for(language)
    shown, dutch_only = entries(language, topic, year=year, request=request)
    by_date = sorted(shown + dutch_only, key=lambda entry: entry.effective_date)
    label = topic_label(language, topic)
    context = {
        "title": texts["changes_year_title"].format(year=year) + f": {label}",
        "heading": texts["changes_year_title"].format(year=year),
        "intro": texts["changes_year_intro"].format(year=year, topic=label),
        "topic": topic,
        "topic_name": label,
        "topic_url": list_url(language, topic),
        "all_url": list_url(language),
        "year": year,
        "amounts": year_amounts(language, topic, year),
        "amounts_heading": texts["changes_year_amounts"].format(year=year),
        "notices_heading": texts["changes_year_notices"].format(year=year),
        "none_text": texts["changes_year_none"].format(year=year),
        "notices": by_date,
        "made": texts["changes_year_made"].format(
            date=format_date_for(language, timezone.localdate())
        ),
        "page_address": request.build_absolute_uri(list_url(language, topic)),
    }
    return render(request, "changes/year.html", context)
