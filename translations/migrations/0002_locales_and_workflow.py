"""Create a Wagtail Locale for every configured language, and send easy-read through review.

Safe to run again: existing locales and workflow links are kept.
"""

from django.conf import settings
from django.db import migrations


def language_codes():
    codes = getattr(settings, "HELDER_TRANSLATIONS_LOCALES", None)
    return list(codes) if codes else [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in language_codes():
        Locale.objects.get_or_create(language_code=code)


def easy_read_through_versimpeltoets(apps, schema_editor):
    # Easy-read text is written for readers who need it most: the versimpelteam reviews it.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")
    workflow = Workflow.objects.filter(name="Versimpeltoets", active=True).first()
    if workflow is None:
        return
    content_type, _ = ContentType.objects.get_or_create(
        app_label="translations", model="easyreadvariant"
    )
    WorkflowContentType.objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_variants_and_sources"),
        ("wagtailcore", "0001_initial"),
        ("content_models", "0005_versimpeltoets_and_roles"),
    ]

    operations = [
        migrations.RunPython(create_locales, migrations.RunPython.noop),
        migrations.RunPython(easy_read_through_versimpeltoets, migrations.RunPython.noop),
    ]
