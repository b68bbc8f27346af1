from django.db import migrations

from content_models.roles import apply_roles

SNIPPET_MODELS = ["lettertemplate", "standardtext"]


def create_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    def task(model_name, name, group_name):
        model = apps.get_model("content_models", model_name)
        # Historical models skip Task.__init__, which normally sets the specific type.
        content_type, _ = ContentType.objects.get_or_create(
            app_label="content_models", model=model_name.lower()
        )
        created, _ = model.objects.get_or_create(
            name=name, defaults={"content_type": content_type, "active": True}
        )
        created.groups.set([Group.objects.get(name=group_name)])
        return created

    simplify = task("VersimpeltoetsTask", "Versimpeltoets", "Versimpelteam")
    understand = task("BegrijpelijkheidTask", "Begrijp ik dit?", "Ervaringsdeskundigen")

    default, _ = Workflow.objects.get_or_create(name="Versimpeltoets", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=default, task=simplify, defaults={"sort_order": 0})
    with_experts, _ = Workflow.objects.get_or_create(
        name="Versimpeltoets met ervaringsdeskundigen", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=with_experts, task=understand, defaults={"sort_order": 0})
    WorkflowTask.objects.get_or_create(workflow=with_experts, task=simplify, defaults={"sort_order": 1})

    # Wagtail's starter workflow asked the (removed) Moderators group; Helder's review replaces it.
    Workflow.objects.exclude(pk__in=[default.pk, with_experts.pk]).update(active=False)
    root = Page.objects.filter(depth=1).first()
    WorkflowPage.objects.filter(page=root).delete()
    WorkflowPage.objects.create(page=root, workflow=default)
    for model in SNIPPET_MODELS:
        content_type = ContentType.objects.get(app_label="content_models", model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": default}
        )


class Migration(migrations.Migration):
    dependencies = [("content_models", "0004_review_tasks")]

    operations = [
        migrations.RunPython(create_workflows, migrations.RunPython.noop),
        # New models and the gate-exception permission: Beheer gets them too.
        migrations.RunPython(apply_roles, migrations.RunPython.noop),
    ]
