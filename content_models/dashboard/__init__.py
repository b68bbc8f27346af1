"""The readability reports (Reports → Leesbaarheid): every text citizens read, its verdict.

One job per module:
  queries     which texts are listed (from the gate's registry) and their latest checks
  filters     the filter form
  charts      level distribution and trend, as inline SVG data
  exports     safe CSV/XLSX exports
  exceptions  the recorded exceptions, described for people
  tasks       "Alles opnieuw controleren" as a django-tasks task
  views       the admin pages and the progress endpoint
  urls        URLs and menu items, registered in wagtail_hooks.py
  access      who may see and who may re-check
"""

from .access import can_recheck, view_policy
from .queries import Filters, Row, attach_findings, collect_rows
from .tasks import gated_count, gated_objects, recheck_everything, recheck_one
from .urls import dashboard_menu_item, exceptions_menu_item, urlpatterns
from .views import DashboardView, ExceptionsView, FeedbackView

__all__ = [
    "DashboardView",
    "ExceptionsView",
    "FeedbackView",
    "Filters",
    "Row",
    "attach_findings",
    "can_recheck",
    "collect_rows",
    "dashboard_menu_item",
    "exceptions_menu_item",
    "gated_count",
    "gated_objects",
    "recheck_everything",
    "recheck_one",
    "urlpatterns",
    "view_policy",
]
