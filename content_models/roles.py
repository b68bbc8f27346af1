"""The editorial roles and what each may do. Applied by migrations; safe to re-apply.

Model permissions are "app_label.codename". Page permissions apply to the whole
tree (granted on the root page); collection permissions to the root collection.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes

SNIPPETS_WITH_DRAFTS = [
    "lettertemplate",
    "standardtext",
    "glossaryterm",
    "normbedrag",
    "changenotice",
]
# Accessible versions of pages (the translations app); named here so one place says who may
# do what. Their permissions exist only once that app has migrated (see _ensure_permissions).
VARIANTS = ["easyreadvariant", "audiovariant", "signlanguagevideo"]
DRAFT_ACTIONS = ["publish", "lock", "unlock"]


def _perms(app, actions, models):
    return [f"{app}.{action}_{model}" for model in models for action in actions]


ROLES = {
    "Communicatie": {
        "model": [
            "wagtailadmin.access_admin",
            *_perms(
                "content_models",
                ["add", "change", "delete", "view", "publish", "lock", "unlock"],
                SNIPPETS_WITH_DRAFTS,
            ),
            "content_models.view_jargonentry",
            # The letters' Word house style: Communicatie uploads a new version.
            *_perms("letters", ["add", "change", "view"], ["wordtemplate"]),
            *_perms(
                "translations",
                ["add", "change", "delete", "view", "publish", "lock", "unlock"],
                VARIANTS,
            ),
            "translations.view_sourcerecord",
            # Start and update translations (wagtail-localize's "Vertalen" and "Maken").
            "wagtail_localize.submit_translation",
        ],
        # "publish" is the right to publish at all; review.py still asks for a finished
        # Versimpeltoets (or "Mag publiceren zonder toets" and a reason) every time.
        "page": ["add", "change", "publish", "lock", "unlock"],
        "collection": [
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
            "add_media",
            "change_media",
        ],
    },
    "Versimpelteam": {
        "model": [
            "wagtailadmin.access_admin",
            *_perms(
                "content_models", ["add", "change", "view", "lock", "unlock"], SNIPPETS_WITH_DRAFTS
            ),
            *_perms("content_models", ["add", "change", "delete", "view"], ["jargonentry"]),
            *_perms(
                "translations", ["add", "change", "view", "lock", "unlock"], ["easyreadvariant"]
            ),
            "translations.view_sourcerecord",
            "wagtail_localize.submit_translation",
        ],
        "page": ["add", "change", "lock", "unlock"],
        "collection": ["choose_image", "choose_document"],
    },
    "Ervaringsdeskundigen": {
        "model": [
            "wagtailadmin.access_admin",
            *_perms("content_models", ["view"], SNIPPETS_WITH_DRAFTS),
        ],
        "page": [],
        "collection": [],
    },
    "Medewerkers": {
        # Caseworkers use approved letters through the letter service, never the admin.
        "model": _perms("content_models", ["view"], ["lettertemplate", "standardtext"]),
        "page": [],
        "collection": [],
    },
    "Beheer": {
        "model": "all",
        "page": ["add", "bulk_delete", "change", "lock", "publish", "unlock"],
        "collection": [
            "add_image",
            "change_image",
            "choose_image",
            "delete_image",
            "add_document",
            "change_document",
            "choose_document",
            "delete_document",
            "add_collection",
            "change_collection",
            "delete_collection",
        ],
    },
}

# Beheer administers these apps completely.
ADMIN_APPS = [
    "auth",
    "content_models",
    "translations",
    "wagtailcore",
    "wagtailadmin",
    "wagtailimages",
    "wagtaildocs",
    "wagtailmedia",
    "wagtailredirects",
    "wagtailusers",
    "wagtail_localize",
    "letters",  # API tokens and the Word house style
    # Background tasks (helder.tasks): Beheer follows them; the admin list is read-only.
    "django_tasks_database",
]


def _ensure_permissions(apps):
    """Permissions are normally made after all migrations; roles need them now."""
    # As in Django's post_migrate: the real app configs, with the historical models.
    for app_config in global_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    draft_models = [("content_models", m) for m in SNIPPETS_WITH_DRAFTS]
    draft_models += [("translations", m) for m in VARIANTS]
    for app_label, model in draft_models:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue  # not migrated yet; the migration that adds it applies the roles again
        for action in DRAFT_ACTIONS:
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )


def _model_permissions(apps, spec):
    Permission = apps.get_model("auth", "Permission")
    if spec == "all":
        return list(Permission.objects.filter(content_type__app_label__in=ADMIN_APPS))
    found = []
    for dotted in spec:
        app_label, codename = dotted.split(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        # Missing only while the app that owns it is not migrated yet; its own migration
        # applies the roles again, and the roles tests check the end result exactly.
        if permission is not None:
            found.append(permission)
    return found


# Wagtail's starter groups; Helder's roles replace them.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def apply_roles(apps, schema_editor=None):
    """Create or update every role group so it has exactly its permissions."""
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name, spec in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(_model_permissions(apps, spec["model"]))

        GroupPagePermission.objects.filter(group=group).delete()
        for action in spec["page"]:
            GroupPagePermission.objects.create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=f"{action}_page"
                ),
            )

        GroupCollectionPermission.objects.filter(group=group).delete()
        for codename in spec["collection"]:
            GroupCollectionPermission.objects.create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(codename=codename),
            )
