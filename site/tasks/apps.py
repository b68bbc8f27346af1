from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "helder.tasks"
    label = "helder_tasks"
    verbose_name = "Achtergrondtaken"
