"""Letter service load test: render throughput and p95 against a minimal JSON endpoint.

Runs a real server (gunicorn, 2 sync workers, 127.0.0.1 only) on a throw-away SQLite
database with the demo content, then drives it with N concurrent keep-alive clients:
first `GET /api/v1/ping` (no auth, no database: the baseline), then
`POST /api/v1/letters/PW-TOE-001/render` (token auth, approved letter, Babel, text format).

    .venv/bin/python benchmarks/letters_bench.py [--seconds 60] [--clients 20]

Loopback only, bounded by time; prints a Markdown block for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
LETTER = "PW-TOE-001"
VALUES = {
    "aanhef": "mevrouw De Vries",
    "datum_aanvraag": "2027-01-15",
    "ingangsdatum": "2027-02-01",
    "bedrag_per_maand": "1234.56",
    "woonsituatie": "alleenstaand",
    "betaaldag": "25",
    "aantal_kostendelers": "2",
}
SETTINGS = """
from helder.settings.base import *  # noqa
DEBUG = False
SECRET_KEY = "bench-only"
ALLOWED_HOSTS = ["127.0.0.1"]
DATABASES = {{
    "default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": {db!r}, "CONN_MAX_AGE": 60}}
}}
HELDER_LETTERS_RATE_LIMIT = 10**9  # the benchmark measures rendering, not the limiter
HELDER_DEMO_USERS_ALLOWED = True
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env, *args) -> str:
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(workdir: Path) -> tuple[dict, str]:
    (workdir / "bench_settings.py").write_text(SETTINGS.format(db=str(workdir / "bench.sqlite3")))
    env = {
        **os.environ,
        "PYTHONPATH": f"{workdir}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "DJANGO_SETTINGS_MODULE": "bench_settings",
    }
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo")
    token = manage(env, "create_letter_token", "consulent", "--name", "benchmark").strip()
    return env, token


def wait_for(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/api/v1/ping")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def load(port, seconds, clients, method, path, body=None, headers=None) -> dict:
    """Drive the server with `clients` keep-alive connections for `seconds`."""
    stop_at = time.monotonic() + seconds
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients

    def client(index: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=10)
        while time.monotonic() < stop_at:
            start = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers or {})
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=10)
            latencies[index].append(time.perf_counter() - start)
            if not ok:
                errors[index] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    flat = sorted(x for per_client in latencies for x in per_client)
    return {
        "requests": len(flat),
        "errors": sum(errors),
        "rps": len(flat) / elapsed,
        "p50_ms": statistics.median(flat) * 1000,
        "p95_ms": flat[int(len(flat) * 0.95) - 1] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="letters-bench-") as tmp:
        env, token = prepare(Path(tmp))
        port = free_port()
        server = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "helder.wsgi:application", "--workers", "2"]
            + ["--bind", f"{HOST}:{port}", "--log-level", "warning", "--keep-alive", "30"],
            env=env,
            cwd=ROOT,
        )
        try:
            wait_for(port)
            render_headers = {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
            }
            body = json.dumps({"variables": VALUES, "format": "text"})
            # Warm both workers (caches, imports) before measuring.
            load(
                port,
                3,
                args.clients,
                "POST",
                f"/api/v1/letters/{LETTER}/render",
                body,
                render_headers,
            )
            ping = load(port, args.seconds, args.clients, "GET", "/api/v1/ping")
            render = load(
                port,
                args.seconds,
                args.clients,
                "POST",
                f"/api/v1/letters/{LETTER}/render",
                body,
                render_headers,
            )
        finally:
            server.terminate()
            server.wait(timeout=30)

    ratio = render["rps"] / ping["rps"]
    print(
        f"date: {datetime.date.today().isoformat()}, python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, gunicorn 2 sync workers, {args.clients} clients, "
        f"{args.seconds:.0f} s per endpoint, loopback"
    )
    print("| endpoint | requests | errors | req/s | p50 (ms) | p95 (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, result in (("GET /api/v1/ping", ping), (f"POST render {LETTER} (text)", render)):
        print(
            f"| {name} | {result['requests']} | {result['errors']} | {result['rps']:.0f} | "
            f"{result['p50_ms']:.1f} | {result['p95_ms']:.1f} |"
        )
    print(f"render/ping throughput ratio: {ratio:.2f} (target >= 0.50)")
    return 0 if ratio >= 0.5 and render["errors"] == 0 and ping["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
