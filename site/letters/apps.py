import contextlib

from django.apps import AppConfig


class LettersConfig(AppConfig):
    """The caseworkers' letter service: API, pages and the record of approved versions."""

    name = "helder.letters"
    label = "letters"
    verbose_name = "Briefservice"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connect the publish signal so every approved letter text is recorded.
        from django.conf import settings

        from . import signals  # noqa: F401

        if getattr(settings, "HELDER_LETTERS_PDF_WARM_UP", False):
            # Start this process's LibreOffice now, so the first PDF does not wait for it.
            import threading

            from .pdf import warm_up

            threading.Thread(target=_quiet(warm_up), name="helder-pdf-warm-up", daemon=True).start()


def _quiet(function):
    def run():
        from .pdf import PdfUnavailable

        # The first PDF request tries again, and answers 503 if it still fails.
        with contextlib.suppress(PdfUnavailable):
            function()

    return run
