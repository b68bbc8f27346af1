"""Letter service load test: HTML, Word and PDF rendering in one run, against a baseline.

Runs a real server (gunicorn, 2 sync workers, 127.0.0.1 only) on a throw-away SQLite
database with the demo content, then drives it with concurrent keep-alive clients:

1. `GET /api/v1/ping` (no auth, no database): the server's own ceiling;
2. `POST /api/v1/letters/PW-TOE-001/render` as html, 20 clients: the baseline for (3);
3. the same letter as docx (the municipality's Word template), 20 clients;
4. the same letter as pdf (PDF/A-2b through each worker's LibreOffice), 5 clients.

    .venv/bin/python benchmarks/letters_bench.py [--seconds 30] [--clients 20] [--pdf-clients 5]

Targets: docx throughput >= 0.30 x html throughput in the same run; pdf p95 <= 1 s;
no errors. Loopback only, bounded by time; prints a Markdown block for RESULTS.md.
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
    "ontvanger_naam": "Mevrouw A. de Vries",
    "ontvanger_straat_huisnummer": "Lindelaan 12 A",
    "ontvanger_postcode": "1234 AB",
    "ontvanger_plaats": "Helderstad",
    "ons_kenmerk": "Z-2026-004512",
}
DOCX_TARGET = 0.30
PDF_P95_TARGET_MS = 1000


def prepare(workdir: Path) -> tuple[dict, str]:
    # The benchmark measures rendering, not the limiter. Each worker starts its
    # LibreOffice when it boots, as production does.
    env = demo_site(
        workdir, "HELDER_LETTERS_RATE_LIMIT = 10**9\nHELDER_LETTERS_PDF_WARM_UP = True\n"
    )
    token = manage(env, "create_letter_token", "consulent", "--name", "benchmark").strip()
    return env, token


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--pdf-clients", type=int, default=5)
    args = parser.parse_args()

    path = f"/api/v1/letters/{LETTER}/render"
    with tempfile.TemporaryDirectory(prefix="letters-bench-") as tmp:
        env, token = prepare(Path(tmp))
        port = free_port()
        server = gunicorn(env, port)
        try:
            wait_for(port, "/api/v1/ping")
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

            def body(fmt):
                return json.dumps({"variables": VALUES, "format": fmt})

            # Warm both workers (caches, imports, template, LibreOffice) before measuring.
            for fmt in ("html", "docx"):
                load(port, 3, args.clients, "POST", path, body(fmt), headers)
            load(port, 20, args.pdf_clients, "POST", path, body("pdf"), headers)
            results = {
                "ping": load(port, args.seconds, args.clients, "GET", "/api/v1/ping"),
                "html": load(port, args.seconds, args.clients, "POST", path, body("html"), headers),
                "docx": load(port, args.seconds, args.clients, "POST", path, body("docx"), headers),
                "pdf": load(
                    port, args.seconds, args.pdf_clients, "POST", path, body("pdf"), headers
                ),
            }
        finally:
            server.terminate()
            server.wait(timeout=60)

    ratio = results["docx"]["rps"] / results["html"]["rps"]
    print(
        f"date: {datetime.date.today().isoformat()}, python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, gunicorn 2 sync workers, "
        f"{args.seconds:.0f} s per endpoint, loopback"
    )
    print("| endpoint | clients | requests | errors | req/s | p50 (ms) | p95 (ms) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    names = {
        "ping": ("GET /api/v1/ping", args.clients),
        "html": (f"POST render {LETTER} (html)", args.clients),
        "docx": (f"POST render {LETTER} (docx)", args.clients),
        "pdf": (f"POST render {LETTER} (pdf)", args.pdf_clients),
    }
    for key, (name, clients) in names.items():
        result = results[key]
        print(
            f"| {name} | {clients} | {result['requests']} | {result['errors']} | "
            f"{result['rps']:.1f} | {result['p50_ms']:.1f} | {result['p95_ms']:.1f} |"
        )
    pdf_p95 = results["pdf"]["p95_ms"]
    print(f"docx/html throughput ratio: {ratio:.2f} (target >= {DOCX_TARGET:.2f})")
    print(
        f"pdf p95: {pdf_p95:.0f} ms with {args.pdf_clients} clients (target <= {PDF_P95_TARGET_MS})"
    )
    errors = sum(result["errors"] for result in results.values())
    ok = ratio >= DOCX_TARGET and pdf_p95 <= PDF_P95_TARGET_MS and errors == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
