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


# Debian packages the tests need, by the program they provide: Chromium for the browser
# tests, redis-server for the fault tests (they start their own Redis on a free port).
TEST_PROGRAMS = {"/usr/bin/chromium": "chromium", "redis-server": "redis-server"}


def ensure_debian_packages(programs=TEST_PROGRAMS):
    """Install the missing ones where we can (root with apt); otherwise say what to install."""
    missing = [package for program, package in programs.items() if not shutil.which(program)]
    if not missing:
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        print(f"Installing Debian packages for the tests: {', '.join(missing)}", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (
            ["apt-get", "update", "-qq"],
            ["apt-get", "install", "-y", "-qq", *missing],
        ):
            if subprocess.run(command, env=env, check=False).returncode:
                sys.exit(
                    f"Could not install {', '.join(missing)} with apt-get; the tests need them."
                )
        return
    sys.exit(f"The tests need these Debian packages: {', '.join(missing)}.")


def manage(*args):
    must(PYTHON, "manage.py", *args)


def cmd_run(_args):
    install("")
    manage("migrate", "--noinput")
    manage("load_demo")
    print(
        "\nHelder runs on http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)\n",
        flush=True,
    )
    manage("runserver", "127.0.0.1:8000")


def cmd_test(args):
    install("test")
    ensure_debian_packages()
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
