from django.db import migrations

from content_models.roles import apply_roles


class Migration(migrations.Migration):
    """The roles name this app's permissions; apply them now that its models exist."""

    dependencies = [
        ("translations", "0002_locales_and_workflow"),
        ("content_models", "0007_recheck_run"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
