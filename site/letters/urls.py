"""The caseworkers' pages under /medewerkers/ (the API lives in api.py under /api/v1/)."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views
from .views import page_context

app_name = "letters"

urlpatterns = [
    path(
        "inloggen/",
        auth_views.LoginView.as_view(
            template_name="letters/login.html",
            next_page=reverse_lazy("letters:list"),
            redirect_authenticated_user=True,
            extra_context=page_context("Inloggen"),
        ),
        name="login",
    ),
    path(
        "uitloggen/",
        auth_views.LogoutView.as_view(next_page=reverse_lazy("letters:login")),
        name="logout",
    ),
    path("brieven/", views.letter_list, name="list"),
    path("brieven/<str:code>/", views.letter_detail, name="detail"),
]
