"""Public URLs of the accessible variants; included inside i18n_patterns (/nl/, /en/ …)."""

from django.urls import path

from . import views

app_name = "translations"

urlpatterns = [
    path("makkelijk-lezen/<int:page_id>/", views.easy_read, name="easy_read"),
    path("gebarentaal/<int:page_id>/", views.sign_language, name="sign_language"),
    path("grote-letters/<int:page_id>/", views.large_print, name="large_print"),
]
