"""Cron, daily: delete subscriptions that were never confirmed within 7 days."""

from django.core.management.base import BaseCommand
from helder.subscriptions.tasks import expire


class Command(BaseCommand):
    help = "Delete subscriptions never confirmed within HELDER_SUBSCRIPTIONS_CONFIRM_DAYS days."

    def handle(self, *args, **options):
        result = expire()
        self.stdout.write(
            f"Deleted {result['deleted']} unconfirmed subscriptions; "
            f"forgot {result['forgotten']} unconfirmed changes."
        )
