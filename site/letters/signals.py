"""Record each approved letter text the moment it is published; drop the memos of
resolved letters and known tokens whenever what they were resolved from changes."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import APIToken
from wagtail.signals import published

from content_models.models import LetterTemplate, StandardText

from .approved import approved_letter
from .auth import known_tokens
from .models import WordTemplate
from .versions import families, record, record_all_live_letters
from .word_templates import current as current_word_template


@receiver(published, sender=LetterTemplate, dispatch_uid="helder.letters.letter_published")
def record_published_letter(sender, instance, revision, **kwargs):
    # The instance is the row just published; its live revision is `revision`.
    letter = approved_letter(instance)
    if letter:
        record(letter)


@receiver(published, sender=StandardText, dispatch_uid="helder.letters.text_published")
def record_letters_after_text_published(sender, instance, revision, **kwargs):
    record_all_live_letters()


for model in (LetterTemplate, StandardText):
    for signal in (post_save, post_delete):
        signal.connect(families.forget_now_and_on_commit, sender=model, weak=False)

User = get_user_model()
for model in (APIToken, User, Group):
    for signal in (post_save, post_delete):
        signal.connect(known_tokens.forget_now_and_on_commit, sender=model, weak=False)
m2m_changed.connect(known_tokens.forget_now_and_on_commit, sender=User.groups.through, weak=False)

for signal in (post_save, post_delete):
    signal.connect(current_word_template.forget_now_and_on_commit, sender=WordTemplate, weak=False)
