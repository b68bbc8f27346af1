"""Language-prefixed URLs under /<lang>/veranderd/; included before Wagtail's catch-all."""

from django.urls import path

from . import feeds, views

app_name = "changes"

feed = feeds.ChangesFeed()

urlpatterns = [
    path("", views.all_changes, name="all"),
    path("feed/", feed, name="feed"),
    path("<slug:topic>/", views.topic_changes, name="topic"),
    path("<slug:topic>/feed/", feed, name="topic_feed"),
    path("<slug:topic>/<int:year>/", views.year_overview, name="year"),
]
