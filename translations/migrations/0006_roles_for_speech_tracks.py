from django.db import migrations

from content_models.roles import apply_roles


class Migration(migrations.Migration):
    """Speech tracks came after the roles were applied; Beheer administers them too."""

    dependencies = [
        ("translations", "0005_merge_20261129_0929"),
        ("content_models", "0009_merge_20261129_0929"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
