"""/<lang>/wijzigingen-per-mail/…, included in i18n_patterns before Wagtail's catch-all."""

from django.urls import path

from . import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("verstuurd/", views.sent, name="sent"),
    path("bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("afmelden/", views.unsubscribe_request, name="unsubscribe_request"),
    path("afmelden/verstuurd/", views.unsubscribe_sent, name="unsubscribe_sent"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("privacy/", views.privacy, name="privacy"),
]
