"""What production settings make of the environment (deploy/helder.env.example)."""

import json
import os
import subprocess
import sys

REQUIRED = {"SECRET_KEY": "s" * 50, "REDIS_URL": "redis://127.0.0.1:6379/1"}
SHOW = """
import json, helder.settings.production as s
print(json.dumps({
    "proxies": s.HELDER_PUBLIC_TRUSTED_PROXY_COUNT,
    "tasks": s.TASKS["default"]["BACKEND"],
    "static": s.STORAGES["staticfiles"]["BACKEND"],
    "media": s.STORAGES["default"],
    "img": s.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    "hsts": s.SECURE_HSTS_SECONDS,
}, default=str))
"""


def production(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("HELDER_", "MEDIA_"))}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        env={**clean, **REQUIRED, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_defaults_trust_no_proxy_queue_tasks_and_hash_static_files():
    values = production()
    # X-Forwarded-For is ignored unless a proxy is declared: anyone can send the header.
    assert values["proxies"] == 0
    assert values["tasks"] == "django_tasks_db.DatabaseBackend"
    assert values["static"].endswith("ManifestStaticFilesStorage")
    assert values["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert values["hsts"] >= 31536000


def test_object_storage_from_the_environment_and_allowed_by_the_csp():
    values = production(
        HELDER_S3_BUCKET="helder-media",
        HELDER_S3_ENDPOINT_URL="https://s3.example.nl",
        MEDIA_URL="https://media.example.nl/helder-media/",
        HELDER_PUBLIC_TRUSTED_PROXY_COUNT="1",
    )
    assert values["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert values["media"]["OPTIONS"]["bucket_name"] == "helder-media"
    assert values["media"]["OPTIONS"]["endpoint_url"] == "https://s3.example.nl"
    assert values["media"]["OPTIONS"]["querystring_auth"] is False
    assert "https://media.example.nl" in values["img"]
    assert values["proxies"] == 1
