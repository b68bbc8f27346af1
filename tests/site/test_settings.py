import os
import subprocess
import sys

import pytest
from django.conf import settings


def _import_production_settings(**env):
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    clean_env.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import helder.settings.production as s; print(s.ALLOWED_HOSTS, s.CACHES['default']['BACKEND'])",
        ],
        capture_output=True,
        text=True,
        env=clean_env,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _import_production_settings(REDIS_URL="redis://127.0.0.1:6379/1")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_a_shared_cache():
    result = _import_production_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "REDIS_URL must be set" in result.stderr


def test_production_reads_hosts_and_redis_from_the_environment():
    result = _import_production_settings(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="werk.helderstad.nl, www.helderstad.nl",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert "['werk.helderstad.nl', 'www.helderstad.nl']" in result.stdout
    assert "RedisCache" in result.stdout


@pytest.mark.parametrize(
    ("name", "expected"),
    [("LANGUAGE_CODE", "nl"), ("TIME_ZONE", "Europe/Amsterdam"), ("WAGTAIL_I18N_ENABLED", True)],
)
def test_dutch_defaults(name, expected):
    assert getattr(settings, name) == expected


def test_test_settings_are_fast():
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]
    assert settings.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")
