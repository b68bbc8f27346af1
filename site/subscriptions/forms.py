"""The subscribe and "send me the unsubscribe link" forms, with Dutch (or the reader's) messages."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from content_models.base import DOMAINS

from .models import FREQUENCIES
from .texts import texts_for


def normalize_email(value: str) -> str:
    # One row per mailbox: "Naam@Voorbeeld.NL " and "naam@voorbeeld.nl" are the same reader.
    return value.strip().lower()


class _TextsForm(forms.Form):
    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.texts = texts_for(language)

    def clean_email(self):
        value = normalize_email(self.data.get("email", ""))
        if not value:
            raise ValidationError(self.texts["no_email"], code="required")
        try:
            if len(value) > 254:
                raise ValidationError("too long")
            validate_email(value)
        except ValidationError:
            raise ValidationError(self.texts["bad_email"], code="invalid") from None
        return value

    def messages(self) -> list[str]:
        return [message for errors in self.errors.values() for message in errors]


class SubscribeForm(_TextsForm):
    # Checked in clean_*: the reader's own-language messages instead of Django's defaults.
    email = forms.CharField(required=False, strip=False)
    topics = forms.MultipleChoiceField(required=False, choices=DOMAINS)
    frequency = forms.ChoiceField(required=False, choices=FREQUENCIES)

    def clean_topics(self):
        topics = self.cleaned_data.get("topics") or []
        if not topics:
            raise ValidationError(self.texts["no_topic"], code="required")
        return topics

    def clean_frequency(self):
        frequency = self.cleaned_data.get("frequency")
        if not frequency:
            raise ValidationError(self.texts["no_frequency"], code="required")
        return frequency

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A made-up topic or frequency (not from the form) gets the same plain message.
        self.fields["topics"].error_messages = {
            "invalid_choice": self.texts["no_topic"],
            "invalid_list": self.texts["no_topic"],
        }
        self.fields["frequency"].error_messages = {"invalid_choice": self.texts["no_frequency"]}


class EmailOnlyForm(_TextsForm):
    email = forms.CharField(required=False, strip=False)
