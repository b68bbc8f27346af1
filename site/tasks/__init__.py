"""Background work: retries for failed tasks, requeueing after a crash, and the admin list.

Production queues tasks in PostgreSQL (django-tasks-db's DatabaseBackend) and runs them in
`manage.py db_worker`; development and tests run them at once (ImmediateBackend), so
`python3 dev.py run` stays one command.
"""
