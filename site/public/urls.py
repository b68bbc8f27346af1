"""Language-prefixed public URLs; included in i18n_patterns before Wagtail's catch-all."""

from django.urls import path

from .views import feedback, pages

app_name = "public"

urlpatterns = [
    path("zoeken/", pages.search, name="search"),
    path("begrippen/", pages.glossary, name="glossary"),
    path("meldpunt/", pages.meldpunt, name="meldpunt"),
    path("nederlands/<int:page_id>/", pages.dutch_only, name="dutch_only"),
    path("feedback/<int:page_id>/", feedback.submit_feedback, name="feedback"),
]
