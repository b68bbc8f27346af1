"""Wagtail's publish_scheduled, but one refused revision does not stop the others.

The gate unschedules a revision it refuses and records why, so running the command
again moves on to the next scheduled revision.
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from content_models.gate import PublicationBlocked


class Command(WagtailCommand):
    def handle(self, *args, **options):
        while True:
            try:
                return super().handle(*args, **options)
            except PublicationBlocked as refused:
                self.stderr.write(f"Not published, the gate refused it: {refused.obj!r}")
