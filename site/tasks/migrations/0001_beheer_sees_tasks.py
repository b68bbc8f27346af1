from django.db import migrations

from content_models.roles import apply_roles


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0007_recheck_run"),
        ("django_tasks_database", "0019_rename_django_task_new_ordering_idx_tasks_db_new_ordering_idx_and_more"),
    ]

    # Beheer follows the background tasks (Instellingen > Achtergrondtaken).
    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
