"""Admin screens of the letter service: API tokens for caseworkers, and the Word template.

The Word template (house style) is replaced by uploading a new version: it is checked
(a .docx we can read, every required tag present, renders with example data, its own
words at B1) before it is saved, every version is kept, and one version is current. An
older version is read at B1 again before it becomes current.
"""

from __future__ import annotations

import hashlib

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.users.views.api_tokens import APITokenViewSet
from wagtail.users.views.api_tokens import CreateView as TokenCreateView

from .access import CASEWORKER_GROUP
from .docx_letter import TemplateProblem
from .models import WordTemplate
from .word_templates import check_template, fixed_text_problem

MAX_TEMPLATE_BYTES = 5 * 1024 * 1024


def caseworkers():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=CASEWORKER_GROUP)
        .distinct()
        .order_by("username")
    )


class CaseworkerTokenCreateView(TokenCreateView):
    """Tokens are for the letter service, which only caseworkers may use."""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["manageable_users"] = kwargs["manageable_users"].filter(
            pk__in=caseworkers().values("pk")
        )
        return kwargs


class CaseworkerAPITokenViewSet(APITokenViewSet):
    add_view_class = CaseworkerTokenCreateView


class WordTemplateForm(WagtailAdminModelForm):
    upload = forms.FileField(
        label="Word-bestand (.docx)",
        required=False,
        help_text="Een Word-bestand met de codes van de briefservice, zoals {{ ontvanger.naam }} "
        "en {{p inhoud }}. Wij controleren het bestand voordat het wordt opgeslagen.",
    )

    class Meta:
        model = WordTemplate
        fields = ["name", "note", "is_current"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.for_user = for_user
        self.fields["is_current"].help_text = "Alle nieuwe brieven gebruiken deze versie."
        if self.instance.pk is None:
            self.fields["upload"].required = True
            self.fields["is_current"].initial = True
        else:
            del self.fields["upload"]  # a new file is a new version: upload it as one

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if upload.size > MAX_TEMPLATE_BYTES:
            raise forms.ValidationError(
                "Dit bestand is te groot. Een sjabloon is kleiner dan 5 MB."
            )
        data = upload.read()
        try:
            check_template(data)
        except TemplateProblem as problem:
            raise forms.ValidationError(str(problem)) from None
        return data

    def clean(self):
        cleaned = super().clean()
        # A version stored earlier was read against the word list of then (or not at all,
        # before this check existed): read its text again before it becomes current.
        stored = self.instance.file if self.instance.pk and cleaned.get("is_current") else None
        if stored and (problem := fixed_text_problem(bytes(stored))):
            self.add_error("is_current", problem)
        return cleaned

    def save(self, commit=True):
        template = super().save(commit=False)
        data = self.cleaned_data.get("upload")
        if data is not None:
            template.file = data
            template.sha256 = hashlib.sha256(data).hexdigest()
            template.uploaded_by = self.for_user
        if commit:
            with transaction.atomic():
                if template.is_current:
                    WordTemplate.objects.exclude(pk=template.pk).update(is_current=False)
                template.save()
        return template


class WordTemplateViewSet(ModelViewSet):
    model = WordTemplate
    form_fields = ["name", "note", "is_current"]
    icon = "doc-full"
    menu_label = "Huisstijl brieven (Word)"
    add_to_settings_menu = True
    list_display = ["name", "sha256", "is_current", "uploaded_at", "uploaded_by"]
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return WordTemplateForm
