from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "helder.public"
    label = "helder_public"
    verbose_name = "Publieke site"

    def ready(self):
        from . import signals  # noqa: F401  (connects cache invalidation)
