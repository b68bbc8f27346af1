from django.apps import AppConfig


class ContentModelsConfig(AppConfig):
    name = "content_models"
    verbose_name = "Inhoud"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import gate, review

        gate.install()
        review.install()  # after the gate: the review rule is checked first
