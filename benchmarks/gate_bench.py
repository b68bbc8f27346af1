"""Publication-gate overhead: publish a 3,000-word information page with and without the gate.

Runs on a throwaway SQLite database (or DATABASE_URL), in one process, alternating the
variants so machine noise hits all alike, and reports medians. Target: the gate adds at
most 20% to Wagtail's own publish.

"Without gate" bypasses all of it: the publish wrapper and the live-row guard
(content_models/live_rows.py), so it is Wagtail's own publish. The gated publish runs the
verdict and the publication in one transaction, which also saves commits. So a third variant, Wagtail's publish inside one transaction without the
gate, shows what the gate's own work (reading the page, the analysis, the record) costs.

    .venv/bin/python benchmarks/gate_bench.py [--rounds 15]
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Sentences written for this benchmark: plain B1 Dutch about benefits.
SENTENCES = [
    "U krijgt elke maand geld van de gemeente.",
    "Dat geld is voor huur, eten en kleding.",
    "Verandert er iets in uw leven? Geef het dan snel aan ons door.",
    "Denk aan een nieuwe baan, een verhuizing of een nieuwe huisgenoot.",
    "Wij kijken dan of u nog recht heeft op bijstand.",
    "Heeft u vragen? Bel ons gerust op werkdagen.",
    "Wij helpen u ook bij het zoeken naar werk.",
    "Een klantmanager maakt samen met u een plan.",
    "In dat plan staat wat u gaat doen en wat wij doen.",
    "U mag een collega of vriend meenemen naar het gesprek.",
]


def three_thousand_words():
    words, paragraphs, index = 0, [], 0
    while words < 3000:
        sentences = [SENTENCES[(index + k) % len(SENTENCES)] for k in range(4)]
        index += 3
        text = " ".join(sentences)
        words += len(text.split())
        paragraphs.append({"type": "paragraph", "value": f"<p>{text}</p>"})
    return paragraphs, words


def setup_django(db_path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helder.settings.test")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{db_path}")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    jargon = json.loads((ROOT / "fixtures/demo/jargon.json").read_text(encoding="utf-8"))
    from content_models.models import JargonEntry

    for entry in jargon:
        JargonEntry.objects.get_or_create(
            phrase=entry["phrase"], defaults={"alternatives": "\n".join(entry["alternatives"])}
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(Path(tmp) / "gate-bench.sqlite3")
        from django.db import transaction
        from wagtail.actions.publish_revision import PublishRevisionAction
        from wagtail.models import Page

        from content_models import live_rows
        from content_models.models import HomePage, InformationPage, TopicPage

        guard = live_rows._guard
        gated = PublishRevisionAction.execute
        ungated = gated.__wrapped__

        def ungated_atomic(action, skip_permission_checks=False):
            with transaction.atomic():
                return ungated(action, skip_permission_checks=skip_permission_checks)

        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Home", slug="home-bench"))
        topic = home.add_child(instance=TopicPage(title="Bijstand", slug="bijstand"))
        body, words = three_thousand_words()
        page = topic.add_child(
            instance=InformationPage(
                title="Lange pagina", slug="lang", intro="Een lange pagina.", body=json.dumps(body)
            )
        )
        variants = {"gated": gated, "ungated": ungated, "ungated_atomic": ungated_atomic}
        timings = {label: [] for label in variants}
        for round_number in range(args.rounds + 1):
            for label, execute in variants.items():
                PublishRevisionAction.execute = execute
                live_rows.install(guard if label == "gated" else None)
                revision = page.save_revision()
                start = time.perf_counter()
                revision.publish()
                elapsed = time.perf_counter() - start
                if round_number:  # the first round warms caches on both sides
                    timings[label].append(elapsed)
        PublishRevisionAction.execute = gated
        live_rows.install(guard)

    median_ms = {label: statistics.median(times) * 1000 for label, times in timings.items()}
    print(f"page: {words} words, {len(body)} paragraphs; rounds: {args.rounds}")
    print("| publish | median (ms) |")
    print("|---|---:|")
    print(f"| Wagtail, without gate | {median_ms['ungated']:.1f} |")
    print(f"| Wagtail in one transaction, without gate | {median_ms['ungated_atomic']:.1f} |")
    print(f"| with gate (one transaction) | {median_ms['gated']:.1f} |")
    overhead = median_ms["gated"] / median_ms["ungated"] - 1
    own_work = median_ms["gated"] / median_ms["ungated_atomic"] - 1
    print(f"gate overhead against Wagtail's publish: {overhead:+.0%} (target: at most +20%)")
    print(f"gate's own work against a transactional publish: {own_work:+.0%}")


if __name__ == "__main__":
    main()
