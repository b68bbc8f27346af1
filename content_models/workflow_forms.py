"""Forms of the review tasks' actions (Wagtail shows them in its workflow action dialog;
the reading view uses them too)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class ConfirmB1Form(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Waarom is dit B1?"),
        help_text=_("Een korte reden. Die blijft bij de tekst staan."),
        widget=forms.Textarea(attrs={"rows": 3}),
        min_length=10,
        error_messages={
            "required": _("Schrijf kort op waarom dit B1 is."),
            "min_length": _("Schrijf een reden van minstens 10 tekens."),
        },
    )


class ReaderAnswerForm(TaskStateCommentForm):
    passage = forms.CharField(
        label=_("Welk stuk tekst?"),
        help_text=_("Kies het stuk in de tekst, of typ het over."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    comment = forms.CharField(
        label=_("Wat begrijpt u niet?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NotUnderstoodForm(ReaderAnswerForm):
    def clean_comment(self):
        comment = self.cleaned_data.get("comment", "").strip()
        if not comment:
            raise forms.ValidationError(_("Schrijf op wat u niet begrijpt."))
        return comment
