from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Vertalingen en varianten"
    default_auto_field = "django.db.models.BigAutoField"
