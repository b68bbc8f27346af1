from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Vertalingen en varianten"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Wiring only: each module says why it exists.
        from . import config, gating, signals

        config.install()
        gating.install()
        signals.install()
