"""Cron, daily: send notices whose mail failed on every attempt to "meteen" subscribers."""

from django.core.management.base import BaseCommand
from helder.subscriptions.tasks import send_overdue


class Command(BaseCommand):
    help = "Queue the change-notice mails that could not be sent before (the worker sends them)."

    def handle(self, *args, **options):
        result = send_overdue.enqueue()
        self.stdout.write(f"Overdue mails queued (task {result.id}).")
