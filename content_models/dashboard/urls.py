"""URLs and Reports-menu items of the readability reports (registered in wagtail_hooks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem

from .access import view_policy
from .views import (
    DashboardView,
    ExceptionsView,
    FeedbackView,
    recheck_progress,
    start_recheck,
)


def urlpatterns():
    return [
        path("leesbaarheid/overzicht/", DashboardView.as_view(), name="helder_dashboard"),
        path(
            "leesbaarheid/overzicht/resultaten/",
            DashboardView.as_view(results_only=True),
            name="helder_dashboard_results",
        ),
        path("leesbaarheid/opnieuw/", start_recheck, name="helder_dashboard_recheck"),
        path(
            "leesbaarheid/opnieuw/voortgang/",
            recheck_progress,
            name="helder_dashboard_recheck_progress",
        ),
        path(
            "leesbaarheid/uitzonderingen/",
            ExceptionsView.as_view(),
            name="helder_dashboard_exceptions",
        ),
        path(
            "leesbaarheid/uitzonderingen/resultaten/",
            ExceptionsView.as_view(results_only=True),
            name="helder_dashboard_exceptions_results",
        ),
        path(
            "leesbaarheid/reacties/<int:page_id>/",
            FeedbackView.as_view(),
            name="helder_dashboard_feedback",
        ),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return view_policy.user_has_permission(request.user, "view")


def dashboard_menu_item():
    return DashboardMenuItem(
        gettext_lazy("Leesbaarheid"),
        reverse("helder_dashboard"),
        name="leesbaarheid",
        icon_name="doc-full",
        order=50,
    )


def exceptions_menu_item():
    return DashboardMenuItem(
        gettext_lazy("Uitzonderingen B1"),
        reverse("helder_dashboard_exceptions"),
        name="uitzonderingen-b1",
        icon_name="warning",
        order=51,
    )
