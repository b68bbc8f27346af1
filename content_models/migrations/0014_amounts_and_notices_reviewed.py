from django.db import migrations


def amounts_and_notices_through_versimpeltoets(apps, schema_editor):
    """Residents read normbedragen and change notices: both go through the Versimpeltoets by
    default, like the standard texts. A choice Beheer already made is kept."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name="Versimpeltoets").first()
    if workflow is None:
        return
    for model in ("normbedrag", "changenotice"):
        content_type, _ = ContentType.objects.get_or_create(
            app_label="content_models", model=model
        )
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [("content_models", "0013_merge_20261129_1258")]

    operations = [
        migrations.RunPython(amounts_and_notices_through_versimpeltoets, migrations.RunPython.noop)
    ]
