"""Achtergrondtaken in the admin: every queued, running, finished and failed task.

Read-only: a task's row is the record of what happened. Failed tasks show their error
class and traceback; the traceback names code, never the task's arguments (a task takes
ids, not personal data).
"""

from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .retry import ATTEMPT_KWARG


def attempt(result) -> int:
    return (result.args_kwargs or {}).get("kwargs", {}).get(ATTEMPT_KWARG, 1)


class ViewOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_any_permission(user, ["view"])


class TaskResultViewSet(ModelViewSet):
    model = DBTaskResult
    icon = "cogs"
    menu_label = "Achtergrondtaken"
    menu_name = "achtergrondtaken"
    add_to_settings_menu = True
    url_prefix = "achtergrondtaken"
    inspect_view_enabled = True
    # Never offered (the policy allows only "view"); Wagtail needs a form to build its URLs.
    form_fields = ["priority"]
    list_filter = ["status", "queue_name"]
    list_display = [
        Column("task_name", label="Taak"),
        Column("status", label="Status"),
        Column("attempts", label="Pogingen", accessor=attempt),
        DateColumn("enqueued_at", label="In de wachtrij"),
        DateColumn("started_at", label="Gestart"),
        DateColumn("finished_at", label="Klaar"),
        Column("exception_class_path", label="Fout"),
    ]
    inspect_view_fields = [
        "id",
        "task_path",
        "status",
        "enqueued_at",
        "started_at",
        "finished_at",
        "run_after",
        "queue_name",
        "worker_ids",
        "exception_class_path",
        "traceback",
    ]
    ordering = ["-enqueued_at"]
