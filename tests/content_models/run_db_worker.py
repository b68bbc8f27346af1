"""Run django-tasks-db's worker once over the queue, against the test database.

Started as a separate process by test_reports.py: the same `manage.py db_worker` command
production runs, with `--batch` so it stops when the queue is empty.
"""

import os

import django
from django.conf import settings
from django.core.management import call_command

settings.DATABASES["default"]["NAME"] = os.environ["HELDER_TEST_DATABASE_NAME"]
settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
django.setup()
call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0.1")
