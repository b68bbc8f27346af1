#!/usr/bin/env python3
"""Helder's two commands; they need nothing but Python 3.11 or newer.

    python3 dev.py run     install, create the SQLite database, load the demo, serve on :8000
    python3 dev.py test    install with the test tools and run the whole test suite
    python3 dev.py lock    refresh requirements.lock from the current virtualenv

Extra arguments after `test` go to pytest (one session); without them the browser tests
run in a session of their own after the rest.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
LOCK = ROOT / "requirements.lock"
INSTALL_INPUTS = ["pyproject.toml", "setup.py", "requirements.lock"]


def run(*command):
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], cwd=ROOT, check=False).returncode


def must(*command):
    if code := run(*command):
        sys.exit(code)


def install(extra):
    """Create .venv and install Helder into it, unless nothing changed since the last time."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("Helder needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print(f"Creating a virtualenv in {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    digest = hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in INSTALL_INPUTS))
    stamp = VENV / f".helder-installed-{extra or 'base'}"
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return
    target = f".[{extra}]" if extra else "."
    must(
        PYTHON,
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "-q",
        "-c",
        LOCK,
        "-e",
        target,
    )
    stamp.write_text(digest.hexdigest())


class DebianPackage:
    """A Debian package Helder needs, the file that shows it is installed, and what for."""

    def __init__(self, name, check, purpose, recommends=True):
        self.name, self.check, self.purpose, self.recommends = (
            name,
            Path(check),
            purpose,
            recommends,
        )

    def missing(self):
        return not self.check.exists()


CHROMIUM = DebianPackage("chromium", "/usr/bin/chromium", "the browser tests")
# Letters: LibreOffice turns the Word letter into PDF/A; its UNO bridge runs under
# Debian's python3 (python3-uno); Liberation Sans has Arial's metrics (the house font).
LETTER_PACKAGES = [
    DebianPackage("libreoffice-writer-nogui", "/usr/bin/soffice", "PDF letters", False),
    DebianPackage("python3-uno", "/usr/lib/python3/dist-packages/uno.py", "PDF letters", False),
    DebianPackage(
        "fonts-liberation",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "PDF letters",
        False,
    ),
]
# Read-aloud: espeak-ng speaks (voices for nl, en, ar, tr, pl, uk); opusenc stores it as
# small Ogg/Opus files.
SPEECH_PACKAGES = [
    DebianPackage("espeak-ng", "/usr/bin/espeak-ng", "read-aloud"),
    DebianPackage("opus-tools", "/usr/bin/opusenc", "read-aloud"),
]
RUN_PACKAGES = [*LETTER_PACKAGES, *SPEECH_PACKAGES]
# The fault tests start a Redis of their own on a free port.
REDIS = DebianPackage("redis-server", "/usr/bin/redis-server", "the fault tests")
TEST_PACKAGES = [CHROMIUM, REDIS, *LETTER_PACKAGES, *SPEECH_PACKAGES]


def ensure_debian_packages(packages, required=True):
    """Install the missing packages with apt-get where we can (root on Debian).

    Elsewhere say which ones are missing: fail when `required`, else warn and go on."""
    missing = [package for package in packages if package.missing()]
    if not missing:
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        commands = [["apt-get", "update", "-qq"]]
        for recommends in (True, False):
            names = [p.name for p in missing if p.recommends == recommends]
            if names:
                extra = [] if recommends else ["--no-install-recommends"]
                commands.append(["apt-get", "install", "-y", "-qq", *extra, *names])
        print("Installing Debian packages: " + ", ".join(p.name for p in missing), flush=True)
        for command in commands:
            if subprocess.run(command, env=env, check=False).returncode:
                sys.exit("Could not install " + " ".join(command[4:]) + " with apt-get.")
        return
    needs = "; ".join(f"'{p.name}' for {p.purpose}" for p in missing)
    message = f"Install these Debian packages: {needs}."
    if required:
        sys.exit(message)
    print("Warning: " + message, flush=True)


def manage(*args):
    must(PYTHON, "manage.py", *args)


def cmd_run(_args):
    install("")
    ensure_debian_packages(RUN_PACKAGES, required=False)  # the site runs without PDF
    manage("migrate", "--noinput")
    manage("load_demo")
    print(
        "\nHelder runs on http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)\n",
        flush=True,
    )
    manage("runserver", "127.0.0.1:8000")


def cmd_test(args):
    install("test")
    ensure_debian_packages(TEST_PACKAGES)
    if args:
        sys.exit(run(PYTHON, "-m", "pytest", *args))
    # The browser tests get a session of their own: after the other tests' rolled-back
    # transactions, Django's serialized rollback does not bring back the migrated data
    # that each browser test starts from. Either session finding no tests is a failure.
    codes = [
        run(PYTHON, "-m", "pytest", "--ignore=tests/browser"),
        run(PYTHON, "-m", "pytest", "tests/browser"),
    ]
    sys.exit(max(codes))


def cmd_lock(_args):
    install("test")
    frozen = subprocess.run(
        [PYTHON, "-m", "pip", "freeze", "--exclude-editable"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    LOCK.write_text(frozen)
    print(f"Wrote {LOCK.name}")


COMMANDS = {"run": cmd_run, "test": cmd_test, "lock": cmd_lock}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    COMMANDS[sys.argv[1]](sys.argv[2:])
