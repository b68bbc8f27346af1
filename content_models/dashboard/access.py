"""Who may see the readability reports and who may start a re-check."""

from wagtail.permission_policies import ModelPermissionPolicy

from content_models.models import LetterTemplate

# Every admin role reads letter texts (Medewerkers have no admin access at all, so the
# admin keeps them out first).
view_policy = ModelPermissionPolicy(LetterTemplate)


def can_recheck(user) -> bool:
    """Re-checking is for the roles that write texts: Beheer, Communicatie, Versimpelteam.

    They are exactly the roles that may change letter templates (see roles.py), so that
    permission is the rule; Ervaringsdeskundigen only read.
    """
    return user.is_active and (
        user.is_superuser or user.has_perm("content_models.change_lettertemplate")
    )
