"""The publication gate: no revision goes live when its text is above its policy.

Every way content goes live in Wagtail ends in `PublishRevisionAction.execute` (pages use
its subclass), and copying a page with "publish copies" makes the copy live through
`CopyPageAction`. `install()` wraps those two, so the edit view, workflow approval, bulk
actions, `publish_scheduled`, revert, copy, wagtail-localize and plain
`revision.publish()` all meet the same check. Views only turn the refusal into a message.
"""

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.log_actions import log
from wagtail.models import Page

from readability import Policy, analyze

from . import exceptions, human_check, readable_text
from .models import (
    InformationPage,
    JargonEntry,
    LetterTemplate,
    ReadabilityCheck,
    ReadabilityException,
    RightsDutiesPage,
    StandardText,
)

TOP_FINDINGS = 5


@dataclass(frozen=True)
class GatedType:
    policy_name: str
    blocks: Callable  # obj -> readability blocks


# Filled by register(); other apps add their own publishable types the same way.
GATED_TYPES: dict[type, GatedType] = {}
EXTRA_CHECKS: list[Callable] = []


def register(model, policy_name, blocks):
    """Gate `model`: judge it with the named policy preset on the text `blocks(obj)` returns."""
    GATED_TYPES[model] = GatedType(policy_name, blocks)


def register_check(check):
    """Add a check `check(obj) -> [(rule, Dutch message), ...]` that blocks when it finds any."""
    EXTRA_CHECKS.append(check)


def gated_type(obj) -> GatedType | None:
    return next((GATED_TYPES[cls] for cls in type(obj).__mro__ if cls in GATED_TYPES), None)


register(Page, "information_page", readable_text.page_header)
register(InformationPage, "information_page", readable_text.information_page)
register(RightsDutiesPage, "rights_duties", readable_text.rights_duties_page)
register(LetterTemplate, "letter", readable_text.letter_with_examples)
register(StandardText, "standard_text", readable_text.standard_text)


@dataclass
class GateDecision:
    passes: bool
    level: str | None
    score: float | None
    word_count: int
    reasons: list[str]
    rules: list[str]
    findings: list[dict] = field(default_factory=list)
    exception: ReadabilityException | None = None
    human_check: bool = False  # grey zone: a person must confirm B1 (human_check.py)

    @property
    def verdict(self) -> str:
        if self.exception is not None:
            return getattr(self.exception, "gate_verdict", "exception")
        if self.human_check:
            return "human_check"
        return "pass" if self.passes else "block"

    @property
    def allowed(self) -> bool:
        return self.passes or self.exception is not None


class PublicationBlocked(Exception):
    """Raised instead of publishing; carries the decision so views can explain it.

    Not a PermissionDenied: Wagtail's admin turns those into a generic "no access"
    redirect, and the editor must see the reasons instead.
    """

    def __init__(self, obj, decision: GateDecision):
        self.obj = obj
        self.decision = decision
        super().__init__(
            _("Deze tekst is nog te moeilijk om te publiceren: %(reasons)s")
            % {"reasons": " ".join(decision.reasons)}
        )


def is_gated(obj) -> bool:
    return gated_type(obj) is not None


def policy_for(obj) -> Policy:
    return Policy.for_content_type(gated_type(obj).policy_name)


def language_of(obj) -> str:
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else "nl"


JARGON_CACHE_KEY = "helder:gate:jargon"


def jargon_list() -> list[dict]:
    """The versimpelteam's word list in the engine's shape; cached until an entry changes."""
    entries = cache.get(JARGON_CACHE_KEY)
    if entries is None:
        entries = [entry.as_engine_entry() for entry in JargonEntry.objects.all()]
        cache.set(JARGON_CACHE_KEY, entries, None)
    return entries


@receiver([post_save, post_delete], sender=JargonEntry)
def forget_jargon_list(**kwargs):
    cache.delete(JARGON_CACHE_KEY)


def structural_problems(obj) -> list[tuple[str, str]]:
    """Problems the engine cannot see, from the registered checks."""
    return [problem for check in EXTRA_CHECKS for problem in check(obj)]


def body_problems(obj) -> list[tuple[str, str]]:
    """An information page needs real text, and law quotes need a plain explanation."""
    if not isinstance(obj, InformationPage):
        return []
    kinds = [child.block_type for child in obj.body]
    problems = []
    if not kinds:
        problems.append(
            ("body.empty", _("De pagina heeft nog geen inhoud. Schrijf eerst de tekst."))
        )
    elif set(kinds) <= {"image", "contact"}:
        problems.append(
            (
                "body.no_text",
                _("De pagina heeft alleen afbeeldingen of contactgegevens. Schrijf ook tekst."),
            )
        )
    for index, kind in enumerate(kinds):
        if kind == "law_quote" and (index + 1 >= len(kinds) or kinds[index + 1] != "paragraph"):
            problems.append(
                (
                    "law_quote.unexplained",
                    _(
                        "Na een citaat uit de wet moet een blok 'Tekst' komen met uitleg in gewone woorden."
                    ),
                )
            )
            break
    return problems


register_check(body_problems)


def evaluate(obj, revision=None) -> GateDecision:
    """Judge `obj` (a page or snippet as it would go live) against its policy."""
    blocks = gated_type(obj).blocks(obj)
    report = analyze(
        blocks,
        lang=language_of(obj),
        policy=policy_for(obj),
        jargon=jargon_list(),
    )
    problems = structural_problems(obj)
    blocking = [f for f in report.findings if f.severity == "block"]
    decision = GateDecision(
        passes=report.passes and not problems,
        level=report.level,
        score=report.score,
        word_count=report.word_count,
        reasons=[message for _rule, message in problems] + list(report.reasons),
        rules=sorted({rule for rule, _m in problems} | {f.rule for f in blocking}),
        # Blocking findings first: the dashboard keeps the top few, the editor panel all.
        findings=[
            f.to_dict() for f in blocking + [f for f in report.findings if f.severity != "block"]
        ],
    )
    human_check.apply(decision, report.verdict, problems)
    if not decision.passes:
        decision.exception = exceptions.matching(obj, blocks, decision)
    return decision


def store_verdict(obj, revision, decision: GateDecision):
    """Keep the latest verdict on `obj` for the dashboard and the editor panel."""
    rule_counts = Counter(finding["rule"] for finding in decision.findings)
    ReadabilityCheck.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        defaults={
            "revision": revision,
            "level": decision.level or "",
            "score": decision.score,
            "passes": decision.allowed,
            "word_count": decision.word_count,
            "reasons": decision.reasons,
            "findings": decision.findings[:TOP_FINDINGS],
            "rule_counts": rule_counts,
            "checked_at": timezone.now(),
        },
    )


def record(obj, revision, decision: GateDecision, user=None):
    """A publish decision: keep the verdict and write it to the audit log."""
    store_verdict(obj, revision, decision)
    log(
        instance=obj,
        action=f"helder.gate.{decision.verdict}",
        user=user,
        revision=revision,
        data={
            "revision": revision.pk if revision else None,
            "level": decision.level,
            "verdict": decision.verdict,
            "rules": decision.rules,
            "exception": decision.exception.reason if decision.exception else None,
        },
    )


def refuse(obj, revision, decision: GateDecision, user=None):
    """Record a refusal (outside any publish transaction, so it is kept) and raise."""
    record(obj, revision, decision, user)
    if revision is not None and revision.approved_go_live_at:
        # A refused scheduled revision must not stay in the queue as if it will go live.
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
    raise PublicationBlocked(obj, decision)


def enforce(obj, revision=None, user=None) -> GateDecision:
    """Evaluate and record; raise PublicationBlocked when `obj` may not go live."""
    decision = evaluate(obj, revision)
    if not decision.allowed:
        refuse(obj, revision, decision, user)
    record(obj, revision, decision, user)
    return decision


def _gated_publish_execute(original):
    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        if not is_gated(self.object):
            return original(self, skip_permission_checks=True)
        decision = evaluate(self.object, self.revision)
        if not decision.allowed:
            refuse(self.object, self.revision, decision, self.user)
        # The verdict and the publication it allows are one change: both or neither.
        with transaction.atomic():
            record(self.object, self.revision, decision, self.user)
            return original(self, skip_permission_checks=True)

    return execute


def _gated_copy_execute(original):
    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        if self.keep_live:
            self.check(skip_permission_checks=skip_permission_checks)
            pages = [self.page] + (list(self.page.get_descendants()) if self.recursive else [])
            for page in pages:
                if page.live:
                    _enforce_copy_source(page.specific, self.user)
        return original(self, skip_permission_checks=skip_permission_checks)

    return execute


def _enforce_copy_source(page, user):
    """A live copy shows the source's live content, and marks its latest revision live."""
    enforce(page, page.live_revision, user)
    if page.has_unpublished_changes and page.latest_revision_id != page.live_revision_id:
        enforce(page.get_latest_revision_as_object(), page.latest_revision, user)


def install():
    """Put the gate in front of every publish path. Called once from AppConfig.ready()."""
    if getattr(PublishRevisionAction.execute, "helder_gate", False):
        return
    PublishRevisionAction.execute = _gated_publish_execute(PublishRevisionAction.execute)
    CopyPageAction.execute = _gated_copy_execute(CopyPageAction.execute)
    PublishRevisionAction.execute.helder_gate = True
