"""The editor form of a normbedrag: the periods are checked together before anything is saved."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from .amount_periods import Period, period_problems


class NormbedragForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("periods")
        if formset is None or not formset.is_valid():
            return cleaned  # the fields' own errors show first
        forms = [
            form
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        periods = [
            Period(
                amount=form.cleaned_data.get("amount"),
                start=form.cleaned_data.get("start"),
                end=form.cleaned_data.get("end"),
            )
            for form in forms
        ]
        problems = period_problems(periods)
        for index, field, message in problems:
            forms[index].add_error(field, message)
        if problems:
            raise ValidationError("De periodes kloppen niet. Kijk bij de periodes wat er mis is.")
        return cleaned
