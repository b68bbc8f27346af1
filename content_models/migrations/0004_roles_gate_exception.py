from django.db import migrations

from content_models.roles import apply_roles


class Migration(migrations.Migration):
    """Re-apply the roles: Beheer gets the new permission to record gate exceptions."""

    dependencies = [("content_models", "0003_gate")]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
