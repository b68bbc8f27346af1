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
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from loopback import demo_site, free_port, gunicorn, load, manage, wait_for

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


def prepare(workdir: Path) -> tuple[dict, str]:
    # The benchmark measures rendering, not the limiter.
    env = demo_site(workdir, "HELDER_LETTERS_RATE_LIMIT = 10**9\n")
    token = manage(env, "create_letter_token", "consulent", "--name", "benchmark").strip()
    return env, token


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="letters-bench-") as tmp:
        env, token = prepare(Path(tmp))
        port = free_port()
        server = gunicorn(env, port)
        try:
            wait_for(port, "/api/v1/ping")
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
