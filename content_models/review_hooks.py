"""Admin wiring of the review: action menus, the home panel, history entries and URLs.

Imported by wagtail_hooks.py, so Wagtail registers these hooks with the others.
"""

from django.forms import Media
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter

from . import gate, review, review_queries, review_views
from .rule_labels import rule_label

# --- "Publiceren" only after review; "Publiceren zonder toets" with a reason ----------


class ForcePublishMenuItem(ActionMenuItem):
    """Opens a dialog that asks why the text must go live without review."""

    label = _("Publiceren zonder toets…")
    name = "helder-force-publish"
    icon_name = "warning"
    template_name = "content_models/admin/action_menu/force_publish.html"
    order = 150

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id

    def is_shown(self, context):
        return True

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            form_id=self.form_id, field_name=review.FORCE_FIELD, min_reason=review.MIN_REASON
        )
        return context

    @property
    def media(self):
        return Media(
            js=["content_models/js/review.js"], css={"all": ["content_models/css/review.css"]}
        )


def _review_the_publish_items(menu_items, request, form_id):
    """Nobody publishes directly: the Versimpeltoets publishes on approval. A user who may
    publish without review gets that choice instead, behind a reason."""
    publish = [item for item in menu_items if item.name == "action-publish"]
    if not publish:
        return
    for item in publish:
        menu_items.remove(item)
    if review.can_force(request.user):
        menu_items.append(ForcePublishMenuItem(form_id))
        menu_items.sort(key=lambda item: item.order)


@hooks.register("construct_page_action_menu")
def review_page_action_menu(menu_items, request, context):
    _review_the_publish_items(menu_items, request, "page-edit-form")


@hooks.register("construct_snippet_action_menu")
def review_snippet_action_menu(menu_items, request, context):
    model = context.get("model")
    if model is not None and gate.is_gated(model()):
        _review_the_publish_items(menu_items, request, "w-editor-form")


# --- the admin home: reading tasks, "nog niet getoetst", counts -------------------------


class ReviewHomePanel(Component):
    name = "helder_review"
    order = 90
    template_name = "content_models/admin/review_home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        reading = []
        for state in review_queries.open_reading_tasks(user)[:20]:
            obj = state.workflow_state.content_object
            if obj is None:
                continue
            reading.append(
                {
                    "title": str(getattr(obj, "specific", obj)),
                    "url": reverse("helder_review_read", args=[state.pk]),
                }
            )
        pending = []
        for forced in review_queries.not_yet_reviewed()[:20]:
            obj = forced.content_object
            pending.append(
                {
                    "forced": forced,
                    "title": str(getattr(obj, "specific", obj)) if obj else _("(verwijderd)"),
                    "by": forced.user.get_full_name() or forced.user.get_username()
                    if forced.user
                    else "",
                    "can_approve": review.may_review(user) and forced.user_id != user.pk,
                    "url": reverse("helder_review_afterwards", args=[forced.pk]),
                }
            )
        return {
            "reading": reading,
            "pending": pending,
            "counts": review_queries.review_counts(),
            "show_counts": user.has_perm("content_models.view_readabilitycheck")
            or user.is_superuser
            or review.may_review(user),
            "request": self.request,
        }

    @property
    def media(self):
        return Media(css={"all": ["content_models/css/review.css"]})


# Wagtail's own "awaiting your review" panel opens the editor, which experts may not use.
WAGTAIL_REVIEW_PANELS = {"workflow_objects_to_moderate"}


@hooks.register("construct_homepage_panels")
def add_review_home_panel(request, panels):
    user = request.user
    if not review.may_review(user) and review_queries.open_reading_tasks(user).exists():
        panels[:] = [p for p in panels if getattr(p, "name", "") not in WAGTAIL_REVIEW_PANELS]
    panels.append(ReviewHomePanel(request))


# --- history entries in Dutch ---------------------------------------------------------


class ReviewLogFormatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data or {}
        parts = [str(self.label)]
        if data.get("reason"):
            parts.append(str(_("Reden: %(reason)s")) % {"reason": data["reason"]})
        if data.get("passage"):
            parts.append(str(_("Stuk tekst: “%(passage)s”")) % {"passage": data["passage"]})
        if data.get("comment"):
            parts.append(str(_("Toelichting: %(comment)s")) % {"comment": data["comment"]})
        return ". ".join(parts)


REVIEW_LOG_ACTIONS = {
    "helder.review.forced": _("Gepubliceerd zonder toets"),
    "helder.review.approved_afterwards": _("Achteraf getoetst"),
    "helder.review.b1_confirmed": _("B1 bevestigd door het Versimpelteam"),
    "helder.review.understood": _("Meelezer: ik begrijp deze tekst"),
    "helder.review.not_understood": _("Meelezer: dit begrijp ik niet"),
    "helder.review.reader_note": _("Meelezer: opmerking"),
}


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    for action, label in REVIEW_LOG_ACTIONS.items():
        name = "".join(part.title() for part in action.split(".")[-1].split("_"))
        actions.register_action(action)(
            type(f"Review{name}Formatter", (ReviewLogFormatter,), {"label": label})
        )


def rules_in_dutch(rules) -> str:
    return ", ".join(rule_label(rule) for rule in rules or [])


# --- URLs -----------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "meelezen/<int:task_state_id>/",
            review_views.read_task,
            name="helder_review_read",
        ),
        path(
            "achteraf-toetsen/<int:pk>/",
            review_views.approve_afterwards,
            name="helder_review_afterwards",
        ),
    ]
