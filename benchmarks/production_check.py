"""Load and fault test of the production layout, on loopback; starts and stops everything.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_prod_bench .venv/bin/python benchmarks/production_check.py

Two gunicorn app servers (deploy/gunicorn.conf.py, production settings) and a
`manage.py db_worker` share PostgreSQL (the database in DATABASE_URL: migrated and loaded
with `load_demo` here), a Redis of our own on a free port, and media on moto's S3 server.
20 clients send a mix of public pages, searches, feedback, letter renders and readiness
checks for DURATION seconds while an editor publishes a page every few seconds and tasks
are queued. Mid-run: app server B is killed (SIGKILL, master and workers), Redis is
killed and restarted after 10 s, the worker is restarted (SIGTERM, then started again),
and B is started again. A request that B cannot answer because it was killed is retried
once on A, as the proxy would (proxy_next_upstream); it counts as "cut off", not as error.

Reports requests and errors per endpoint, stale reads after a publish (a read that began
more than 1 s after a publish and showed an older version), tasks lost, time to recover,
and personal data found in the logs.
"""

from __future__ import annotations

import collections
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.site.servers import (  # noqa: E402
    AppServer,
    RedisServer,
    collect_static,
    free_port,
    production_env,
    wait_for_port,
)

DURATION = float(os.environ.get("BENCH_DURATION", "60"))
CLIENTS = 20
CITIZEN = "Jansen de Vries"  # typed into letters and a caseworker search: must not reach a log
STALE_AFTER = 1.0
SECRET_KEY = "bench-only-not-secret-" + "k" * 40
WEIGHTS = {"page": 40, "search": 15, "feedback": 10, "letter": 25, "readyz": 10}


class MotoS3:
    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, timeout=60, process=self.process)
        import boto3

        boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id="bench",
            aws_secret_access_key="bench",
            region_name="us-east-1",
        ).create_bucket(Bucket="helder-bench")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def manage(env, *args, input_text=None, timeout=900):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=input_text,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    ).stdout


SEED = """
import json
from django.contrib.auth.models import Group
from wagtail.models import APIToken
from content_models.models import InformationPage, LetterTemplate
from tests.factories import UserFactory
caseworker = UserFactory(username="bench-consulent", groups=["Medewerkers"])
APIToken.objects.filter(user=caseworker).delete()
_token, plaintext = APIToken.create_token(user=caseworker, name="benchmark")
editor = UserFactory(username="bench-redacteur", groups=["Communicatie"])
pages = list(InformationPage.objects.live().filter(locale__language_code="nl").order_by("pk"))
letter = LetterTemplate.objects.filter(live=True, locale__language_code="nl").order_by("pk").first()
print("SEED" + json.dumps({
    "token": plaintext,
    "editor": editor.pk,
    "publish_page": pages[0].pk,
    "publish_url": pages[0].url,
    "pages": [p.url for p in pages[1:6]],
    "feedback_page": pages[1].pk,
    "letter": letter.code,
}))
"""


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = collections.Counter()
        self.errors = collections.Counter()
        self.cut_off = collections.Counter()
        self.refused = collections.Counter()
        self.error_samples: list[str] = []
        self.reads: list[tuple[float, str, int]] = []  # (start, server, version seen)

    def add(self, endpoint, outcome, detail=""):
        with self.lock:
            self.counts[endpoint] += 1
            if outcome == "error":
                self.errors[endpoint] += 1
                if len(self.error_samples) < 20:
                    self.error_samples.append(f"{endpoint}: {detail}")
            elif outcome == "cut_off":
                self.cut_off[endpoint] += 1
            elif outcome == "refused":
                self.refused[endpoint] += 1


def request(url, method="GET", body=None, headers=None, timeout=30):
    headers = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1", **(headers or {})}
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class Load:
    def __init__(self, servers, seed, results, versions):
        self.servers = servers  # {"A": AppServer, "B": AppServer}
        self.seed = seed
        self.results = results
        self.versions = versions
        self.b_dead = threading.Event()
        self.stop = threading.Event()

    def pick_server(self, n):
        return "A" if n % 2 == 0 else "B"

    def call(self, name, server, path, **kwargs):
        """One request, on `server`; if B is dead, the proxy retries on A."""
        try:
            return server, request(self.servers[server].url + path, **kwargs)
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
            if server == "B" and self.b_dead.is_set():
                self.results.add(name, "cut_off")
                return "A", request(self.servers["A"].url + path, **kwargs)
            raise error

    def client(self, number):
        import random

        rng = random.Random(number)
        endpoints = list(WEIGHTS)
        weights = list(WEIGHTS.values())
        n = number
        while not self.stop.is_set():
            n += 1
            name = rng.choices(endpoints, weights)[0]
            server = self.pick_server(n)
            started = time.monotonic()
            try:
                self.one(name, server, rng, started)
            except Exception as error:  # noqa: BLE001 - counted as an error of this endpoint
                self.results.add(name, "error", f"{server} {type(error).__name__}: {error}")

    def one(self, name, server, rng, started):
        seed = self.seed
        if name == "page":
            read_publish_page = rng.random() < 0.5
            path = seed["publish_url"] if read_publish_page else rng.choice(seed["pages"])
            server, (status, _h, body) = self.call(name, server, path)
            if status != 200:
                return self.results.add(name, "error", f"{server} {status} {path}")
            if read_publish_page:
                match = re.search(rb"Versie (\d+)\.", body)
                seen = int(match.group(1)) if match else 0
                with self.results.lock:
                    self.results.reads.append((started, server, seen))
            return self.results.add(name, "ok")
        if name == "search":
            server, (status, _h, _b) = self.call(name, server, "/nl/zoeken/?q=bijstand")
        elif name == "readyz":
            server, (status, _h, _b) = self.call(name, server, "/readyz/")
            if status == 503:  # says so while Redis is down: the right answer
                return self.results.add(name, "refused")
        elif name == "feedback":
            server, (status, headers, _b) = self.call(
                name,
                server,
                f"/nl/feedback/{seed['feedback_page']}/",
                method="POST",
                body=b"clear=ja&comment=",
                headers={
                    "Accept": "application/json",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            if status == 429 or (status == 503 and headers.get("Retry-After")):
                return self.results.add(name, "refused")  # its rate limit, or no counter
            if status == 200:
                return self.results.add(name, "ok")
        elif name == "letter":
            body = json.dumps(
                {"variables": self.letter_values(), "format": "text", "language": "nl"}
            ).encode()
            path = f"/api/v1/letters/{seed['letter']}/render"
            if rng.random() < 0.1:  # a caseworker searching for a letter by a citizen's name
                path = "/api/v1/letters/?q=" + urllib.request.quote(CITIZEN)
                body = None
            server, (status, headers, _b) = self.call(
                name,
                server,
                path,
                method="POST" if body else "GET",
                body=body,
                headers={
                    "Authorization": f"Bearer {seed['token']}",
                    "Content-Type": "application/json",
                },
            )
            if status == 503 and headers.get("Retry-After"):
                return self.results.add(name, "refused")  # its rate limit cannot count
        else:
            raise ValueError(name)
        if status != 200:
            return self.results.add(name, "error", f"{server} {status}")
        return self.results.add(name, "ok")

    def letter_values(self):
        values = {}
        for variable in self.seed["variables"]:
            example = variable.get("example") or ""
            if variable["type"] == "text":
                example = CITIZEN
            elif variable["type"] == "choice" and variable["choices"]:
                example = variable["choices"][0]
            if variable["required"] or example:
                values[variable["name"]] = example
        return values


def main():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of this benchmark's own.")
    work = Path(tempfile.mkdtemp(prefix="helder-prod-check-"))
    redis = RedisServer().start()
    s3 = MotoS3()
    env = production_env(
        DATABASE_URL=database_url,
        REDIS_URL=redis.url,
        SECRET_KEY=SECRET_KEY,
        STATIC_ROOT=str(work / "static"),
        HELDER_S3_BUCKET="helder-bench",
        HELDER_S3_ENDPOINT_URL=s3.url,
        HELDER_S3_REGION="us-east-1",
        AWS_ACCESS_KEY_ID="bench",
        AWS_SECRET_ACCESS_KEY="bench",
        HELDER_WORKERS="2",
        HELDER_LOG_LEVEL="INFO",
    )
    print("Preparing: migrate, load_demo, collectstatic …", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    collect_static(work / "static", env)
    seed_out = manage(env, "shell", input_text=SEED)
    seed = json.loads(seed_out.split("SEED", 1)[1])

    servers = {
        "A": AppServer(env, work / "app-a.log").start(),
        "B": AppServer(env, work / "app-b.log").start(),
    }
    detail = json.loads(
        request(
            servers["A"].url + f"/api/v1/letters/{seed['letter']}/",
            headers={"Authorization": f"Bearer {seed['token']}"},
        )[2]
    )
    seed["variables"] = detail["variables"]

    worker_log = open(work / "worker.log", "ab")  # noqa: SIM115

    def start_worker():
        # As deploy/helder-worker.service: requeue what this worker id left running, then start.
        from django.core.management import call_command

        call_command("requeue_interrupted_tasks", "--worker-id", "bench-worker")
        return subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--worker-id", "bench-worker"]
            + ["--interval", "0.2"],
            cwd=ROOT,
            env=env,
            stdout=worker_log,
            stderr=subprocess.STDOUT,
        )

    # The editor and the task queue run here, on the same database and Redis.
    os.environ.update(env)
    import django

    django.setup()
    worker = start_worker()
    from django.contrib.auth import get_user_model
    from django_tasks_db.models import DBTaskResult

    from benchmarks.bench_tasks import note_work
    from content_models.models import InformationPage

    editor = get_user_model().objects.get(pk=seed["editor"])
    results = Results()
    versions: list[tuple[float, int]] = [(0.0, 0)]
    load = Load(servers, seed, results, versions)
    threads = [threading.Thread(target=load.client, args=(n,)) for n in range(CLIENTS)]
    enqueued = []
    timeline = []
    recovery = {}

    def editor_loop():
        number = 0
        while not load.stop.is_set():
            number += 1
            page = InformationPage.objects.get(pk=seed["publish_page"])
            page.intro = f"Hier leest u hoe het werkt. Versie {number}."
            page.save_revision(user=editor).publish(user=editor)
            versions.append((time.monotonic(), number))
            load.stop.wait(3)

    def task_loop():
        while not load.stop.is_set():
            try:
                enqueued.append(str(note_work.enqueue(len(enqueued)).id))
            except Exception as error:  # noqa: BLE001
                results.add("enqueue", "error", repr(error))
            load.stop.wait(0.5)

    def faults(start):
        def at(second):
            load.stop.wait(max(0.0, start + second - time.monotonic()))
            return not load.stop.is_set()

        scale = DURATION / 60
        if at(15 * scale):
            load.b_dead.set()
            servers["B"].kill()
            timeline.append(f"{time.monotonic() - start:5.1f} s  app server B killed (SIGKILL)")
        if at(25 * scale):
            redis.kill()
            timeline.append(f"{time.monotonic() - start:5.1f} s  Redis killed")
        if at(35 * scale):
            redis.start()
            back = time.monotonic()
            timeline.append(f"{back - start:5.1f} s  Redis started again (empty)")
            while request(servers["A"].url + "/readyz/")[0] != 200:
                time.sleep(0.05)
            recovery["A ready after Redis restart"] = time.monotonic() - back
        if at(40 * scale):
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=120)
            timeline.append(f"{time.monotonic() - start:5.1f} s  worker stopped (SIGTERM)")
            restarted = time.monotonic()
            nonlocal_worker[0] = start_worker()
            timeline.append(f"{time.monotonic() - start:5.1f} s  worker started again")
            recovery["worker running tasks again after restart"] = first_task_after(restarted)
        at(45 * scale)
        # B comes back even when the run ended meanwhile: its restart is measured.
        restarted = time.monotonic()
        servers["B"] = AppServer(env, work / "app-b.log", port=servers["B"].port).start()
        while request(servers["B"].url + "/readyz/")[0] != 200:
            time.sleep(0.05)
        recovery["B ready after restart"] = time.monotonic() - restarted
        load.b_dead.clear()
        timeline.append(f"{time.monotonic() - start:5.1f} s  app server B serving again")

    def first_task_after(moment):
        """Seconds from `moment` until the new worker starts a task."""
        from django.utils import timezone

        since = timezone.now()
        while time.monotonic() - moment < 120:
            if DBTaskResult.objects.filter(started_at__gte=since).exists():
                return time.monotonic() - moment
            time.sleep(0.1)
        return float("nan")

    nonlocal_worker = [worker]
    start = time.monotonic()
    helpers = [
        threading.Thread(target=editor_loop),
        threading.Thread(target=task_loop),
        threading.Thread(target=faults, args=(start,)),
    ]
    for thread in threads + helpers:
        thread.start()
    time.sleep(DURATION)
    load.stop.set()
    for thread in threads + helpers:
        thread.join(timeout=120)
    elapsed = time.monotonic() - start

    # Let the worker finish the queue, then count.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        pending = DBTaskResult.objects.filter(pk__in=enqueued, status__in=["READY", "RUNNING"])
        if not pending.exists():
            break
        time.sleep(0.5)
    done = DBTaskResult.objects.filter(pk__in=enqueued, status="SUCCESSFUL").count()
    failed = DBTaskResult.objects.filter(pk__in=enqueued, status="FAILED").count()
    lost = len(enqueued) - done - failed

    # Stale reads: began more than STALE_AFTER after a publish, showed an older version.
    stale = 0
    for started, _server, seen in results.reads:
        expected = max(
            (number for published, number in versions if published <= started - STALE_AFTER),
            default=0,
        )
        if seen < expected:
            stale += 1

    for server in servers.values():
        server.stop()
    nonlocal_worker[0].send_signal(signal.SIGTERM)
    nonlocal_worker[0].wait(timeout=120)
    worker_log.close()
    redis.stop()
    s3.stop()

    logs = {path.name: path.read_text(errors="replace") for path in work.glob("*.log")}
    personal = {
        "citizen name": sum(log.count(CITIZEN) + log.count("Jansen") for log in logs.values()),
        "API token": sum(log.count(seed["token"]) for log in logs.values()),
        "client address in access lines": sum(
            len(re.findall(r"^127\.0\.0\.1 ", log, re.M)) for log in logs.values()
        ),
        "e-mail address": sum(
            len(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", log)) for log in logs.values()
        ),
    }
    cache_lines = sum(log.count("Shared cache (Redis) unreachable") for log in logs.values())

    lines = [
        f"duration {elapsed:.0f} s, {CLIENTS} clients, {len(versions) - 1} publishes, "
        f"{len(enqueued)} tasks queued",
        "",
        "| endpoint | requests | ok | refused by design | cut off by killed B | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in WEIGHTS:
        total = results.counts[name]
        ok = total - results.errors[name] - results.refused[name]
        lines.append(
            f"| {name} | {total} | {ok} | {results.refused[name]} | "
            f"{results.cut_off[name]} | {results.errors[name]} |"
        )
    lines += [
        "",
        f"stale reads beyond {STALE_AFTER:.0f} s after a publish (both servers): {stale} "
        f"of {len(results.reads)} reads of the published page",
        f"tasks: {len(enqueued)} queued, {done} done, {failed} failed, {lost} lost",
        "time to recover: "
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in recovery.items()),
        "personal data in logs: " + ", ".join(f"{k} {v}" for k, v in personal.items()),
        f"'Redis unreachable' log lines over all processes: {cache_lines}",
        "",
        "timeline:",
        *timeline,
    ]
    if results.error_samples:
        lines += ["", "first errors:", *results.error_samples]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
