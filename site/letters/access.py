"""Who may use the letter service: caseworkers (group Medewerkers) and superusers."""

from functools import wraps

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


def caseworker_page(view):
    """Logged in (else to the caseworkers' login) and a caseworker (else 403, explained)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        from django.contrib.auth.views import redirect_to_login
        from django.shortcuts import render
        from django.urls import reverse

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("letters:login"))
        if not is_caseworker(request.user):
            context = {
                "page": {
                    "title": "Geen toegang",
                    "seo_title": "",
                    "search_description": "",
                    "depth": 1,
                }
            }
            return render(request, "letters/no_access.html", context, status=403)
        return view(request, *args, **kwargs)

    return wrapper
