from django.apps import AppConfig


class LettersConfig(AppConfig):
    """The caseworkers' letter service: API, pages and the record of approved versions."""

    name = "helder.letters"
    label = "letters"
    verbose_name = "Briefservice"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connect the publish signal so every approved letter text is recorded.
        from . import signals  # noqa: F401
