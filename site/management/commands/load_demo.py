from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand
from helder.demo.loader import DEMO_PASSWORD, DEMO_USERS, DemoLoader

from translations.speech import engine, service


class Command(BaseCommand):
    help = "Load Helder's demo content. Safe to run again: existing content is left alone."

    def speech(self) -> Counter:
        """The demo ships real read-aloud: made here, at once, where espeak-ng is installed."""
        if not settings.HELDER_SPEECH_ON_PUBLISH:
            return Counter()
        if not engine.available():
            self.stdout.write("No read-aloud made: install espeak-ng (Debian package).")
            return Counter()
        return +Counter(speechtrack=service.make_missing())  # "+" drops a zero

    def handle(self, *args, **options):
        with_users = settings.HELDER_DEMO_USERS_ALLOWED
        created = DemoLoader(with_users=with_users).run()
        created += self.speech()
        if not created:
            self.stdout.write("Demo content is already loaded; nothing changed.")
            return
        for kind, count in sorted(created.items()):
            self.stdout.write(f"Created {count} {kind}")
        if created["user"]:
            self.stdout.write(
                f"Demo users (dev only), password '{DEMO_PASSWORD}': " + ", ".join(DEMO_USERS)
            )
        if not with_users:
            self.stdout.write("No demo users: HELDER_DEMO_USERS_ALLOWED is off here.")
