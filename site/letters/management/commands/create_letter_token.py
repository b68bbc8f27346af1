"""Create an API token for the letter service and print it once (it is stored hashed)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from helder.letters.access import CASEWORKER_GROUP, is_caseworker
from wagtail.log_actions import log
from wagtail.models import APIToken


class Command(BaseCommand):
    help = "Create a letter-service API token for a caseworker and print it once."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="Briefservice", help="A label for the token.")

    def handle(self, *args, username, name, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"Gebruiker '{username}' bestaat niet.") from None
        if not is_caseworker(user):
            # Made anyway would only give 403s; say so instead.
            raise CommandError(
                f"Gebruiker '{username}' zit niet in de groep {CASEWORKER_GROUP}. "
                "Voeg de gebruiker eerst toe aan die groep."
            )
        token, plaintext = APIToken.create_token(user=user, name=name)
        log(token, "wagtail.apitoken.create", data={"source": "create_letter_token"})
        self.stderr.write(
            f"Sleutel '{name}' gemaakt voor {username} ({token.prefix}…). "
            "Bewaar hem nu: hij wordt niet nog eens getoond."
        )
        self.stdout.write(plaintext)
