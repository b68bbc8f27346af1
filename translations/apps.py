from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = "Vertalingen en varianten"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Wiring only: each module says why it exists.
        from . import config, gating, signals
        from .speech import signals as speech_signals

        config.install()
        gating.install()
        signals.install()
        speech_signals.install()
