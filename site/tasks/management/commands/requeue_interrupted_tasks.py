"""Put tasks back in the queue that a worker was running when it died.

A worker stopped with SIGTERM finishes its task first; one that is killed (out of memory,
power loss) leaves its task RUNNING for ever. Run this before starting a worker with a
fixed --worker-id (deploy/helder-worker.service does): whatever that id was running, its
previous life was interrupted, because only one process uses the id.
"""

from django.core.management.base import BaseCommand
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = "Requeue the tasks a worker with this --worker-id was running when it stopped."

    def add_arguments(self, parser):
        parser.add_argument("--worker-id", required=True)

    def handle(self, *args, worker_id, **options):
        running = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING)
        interrupted = [
            result.pk
            for result in running.only("pk", "worker_ids")
            if result.worker_ids[-1:] == [worker_id]
        ]
        count = DBTaskResult.objects.filter(pk__in=interrupted).update(
            status=TaskResultStatus.READY, started_at=None
        )
        self.stdout.write(f"Requeued {count} interrupted task(s) of worker {worker_id}.")
