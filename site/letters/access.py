"""Who may use the letter service: caseworkers (group Medewerkers) and superusers."""

CASEWORKER_GROUP = "Medewerkers"


def is_caseworker(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: a request checks this more than once.
    if not hasattr(user, "_helder_is_caseworker"):
        user._helder_is_caseworker = user.groups.filter(name=CASEWORKER_GROUP).exists()
    return user._helder_is_caseworker
