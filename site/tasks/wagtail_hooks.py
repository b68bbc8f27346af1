from django_tasks_db.models import DBTaskResult
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .viewsets import TaskResultViewSet, ViewOnlyPolicy

register_permission_policy(DBTaskResult, ViewOnlyPolicy(DBTaskResult))


@hooks.register("register_admin_viewset")
def register_task_results():
    return TaskResultViewSet("achtergrondtaken")
