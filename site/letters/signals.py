"""Record each approved letter text the moment it is published."""

from django.dispatch import receiver
from wagtail.signals import published

from content_models.models import LetterTemplate, StandardText

from .approved import approved_letter
from .versions import record, record_all_live_letters


@receiver(published, sender=LetterTemplate, dispatch_uid="helder.letters.letter_published")
def record_published_letter(sender, instance, revision, **kwargs):
    # The instance is the row just published; its live revision is `revision`.
    letter = approved_letter(instance)
    if letter:
        record(letter)


@receiver(published, sender=StandardText, dispatch_uid="helder.letters.text_published")
def record_letters_after_text_published(sender, instance, revision, **kwargs):
    record_all_live_letters()
