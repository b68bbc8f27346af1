from django.apps import AppConfig


class ChangesConfig(AppConfig):
    name = "helder.changes"
    label = "helder_changes"
    verbose_name = "Wat is er veranderd"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (drafts notices for new amounts, forgets banners)
