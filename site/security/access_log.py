"""A gunicorn access log without query strings where they can carry personal data.

A caseworker's search on /medewerkers/ or a letter request on /api/ can put a citizen's
name in the query string, so for those paths the logged request line and query are cut
to the path. The referrer loses its query everywhere: it is the page the visitor came
from, which can be one of those. Other paths keep their query (public search terms are
not tied to a person). Used in deploy/gunicorn.conf.py as `logger_class`.
"""

import re

from gunicorn.glogging import Logger

# Also behind a language prefix: /medewerkers/?q=… is redirected to /nl/medewerkers/?q=….
PRIVATE_PATH = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]+)?/)?(?:medewerkers|api)/")


def _without_query(url: str) -> str:
    return url.split("?", 1)[0]


class PrivacyLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = environ.get("PATH_INFO", "")
        if PRIVATE_PATH.match(path):
            method = environ.get("REQUEST_METHOD", "-")
            protocol = environ.get("SERVER_PROTOCOL", "-")
            atoms["r"] = f"{method} {path} {protocol}"
            atoms["q"] = ""
            atoms["{raw_uri}e"] = path
            atoms["{query_string}e"] = ""
        atoms["f"] = _without_query(atoms.get("f", "-"))
        if "{referer}i" in atoms:
            atoms["{referer}i"] = _without_query(atoms["{referer}i"])
        return atoms
