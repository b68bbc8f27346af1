from django.db import migrations

from content_models.roles import apply_roles


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0009_merge_20261129_0929"),
        ("letters", "0002_wordtemplate"),
        ("helder_tasks", "0001_beheer_sees_tasks"),
        ("translations", "0005_merge_20261129_0929"),
    ]

    # Communicatie publishes glossary terms and uploads the letters' Word house style;
    # Beheer administers the letters app.
    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
