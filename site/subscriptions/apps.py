"""Change notices by e-mail: double opt-in per topic, weekly or on publication.

Only what sending needs is stored: the address, the chosen topics, how often, the
language, whether it is confirmed, and per notice whether it was sent. Addresses never
go into logs, caches or task arguments (tasks take ids).
"""

from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "helder.subscriptions"
    label = "helder_subscriptions"
    verbose_name = "Wijzigingen per mail"

    def ready(self):
        from . import signals  # noqa: F401  (sends mails when a notice is published)
