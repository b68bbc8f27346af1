"""Cron, once a week: queue the weekly mail for every confirmed weekly subscriber."""

from django.core.management.base import BaseCommand
from helder.subscriptions.tasks import send_weekly


class Command(BaseCommand):
    help = "Queue the weekly change-notice mails (the worker sends them)."

    def handle(self, *args, **options):
        result = send_weekly.enqueue()
        self.stdout.write(f"Weekly mails queued (task {result.id}).")
