"""The publication gate: no revision goes live when its text is above its policy.

Every way content goes live in Wagtail ends in `PublishRevisionAction.execute` (pages use
its subclass), and copying a page with "publish copies" makes the copy live through
`CopyPageAction`. `install()` wraps those two, so the edit view, workflow approval, bulk
actions, `publish_scheduled`, revert, copy, wagtail-localize and plain
`revision.publish()` all meet the same check. Views only turn the refusal into a message.
"""

import contextvars
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log
from wagtail.models import Page

from readability import Policy, analyze

from . import exceptions, human_check, live_rows, readable_text, scoring
from .amount_periods import period_problems
from .models import (
    ChangeNotice,
    GlossaryTerm,
    InformationPage,
    JargonEntry,
    LetterTemplate,
    Normbedrag,
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


# What is scored is declared on each model (`citizen_text`, see scoring.py).
register(Page, "information_page", readable_text.declared)
register(InformationPage, "information_page", readable_text.declared)
register(RightsDutiesPage, "rights_duties", readable_text.declared)
register(LetterTemplate, "letter", readable_text.letter_with_examples)
register(StandardText, "standard_text", readable_text.declared)
register(GlossaryTerm, "standard_text", readable_text.declared)
register(Normbedrag, "standard_text", readable_text.declared)
register(ChangeNotice, "standard_text", readable_text.declared)


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
    # What the engine alone said (pass / human_check / block), before exceptions and
    # structural checks; `verdict` below is the gate's final word.
    engine_verdict: str | None = None
    # The engine's per-sentence levels (`Report.sentences`, built on first use). Only the
    # editor panel reads them, through `sentences`; publishing never pays for them.
    sentence_levels: Sequence = field(default=(), repr=False, compare=False)

    @functools.cached_property
    def sentences(self) -> list[dict]:
        """Every sentence with its own level and suggestions, hardest first (rank 0)."""
        return [s.to_dict() for s in self.sentence_levels]

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


def amount_period_problems(obj) -> list[tuple[str, str]]:
    """A normbedrag goes live only with periods that follow each other, whatever path
    publishes it (the admin form says the same at the field, amount_forms.py)."""
    if not isinstance(obj, Normbedrag):
        return []
    periods = [period.as_period() for period in obj.periods.all()]
    if not periods:
        return [("amount.periods", _("Het normbedrag heeft nog geen bedrag. Vul een periode in."))]
    return [("amount.periods", message) for _i, _f, message in period_problems(periods)]


register_check(amount_period_problems)

# Law quotes are the law's own words and stay unscored; a page may quote, but must explain
# in its own words. At most a third of the words may be quoted: at least two plain words for
# every quoted one, so the quotes can never carry the page.
LAW_QUOTE_MAX_SHARE = 1 / 3


def _word_count(text: str) -> int:
    return len(strip_tags(text).split())


def law_quote_problems(obj) -> list[tuple[str, str]]:
    blocks = gated_type(obj).blocks(obj)
    quoted = sum(_word_count(b["text"]) for b in blocks if b["type"] == scoring.LAW_QUOTE)
    if not quoted:
        return []
    total = sum(_word_count(b["text"]) for b in blocks)
    if quoted <= LAW_QUOTE_MAX_SHARE * total:
        return []
    return [
        (
            "law_quote.too_much",
            _(
                "Te veel van de pagina is citaat uit de wet. Leg meer uit in uw eigen woorden. "
                "Een citaat mag hoogstens een derde van de tekst zijn."
            ),
        )
    ]


register_check(law_quote_problems)


def overlong_name_problems(obj) -> list[tuple[str, str]]:
    """Fields that hold a name or number (exempt from scoring) may not hold sentences."""
    return [
        (
            "exempt.too_long",
            _(
                "Het veld '%(field)s' is te lang. Hier horen alleen namen, nummers of losse "
                "woorden, geen zinnen. Gebruik hoogstens %(count)d woorden per naam of woord."
            )
            % {"field": label, "count": max_words},
        )
        for label, max_words in scoring.overlong_exempt_text(obj)
    ]


register_check(overlong_name_problems)


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
        engine_verdict=report.verdict,
        sentence_levels=report.sentences,
    )
    human_check.apply(decision, report.verdict, problems, policy_for(obj).max_level)
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
            "verdict": ReadabilityCheck.verdict_for(decision.verdict),
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


# The rows a gate-approved publish is writing right now: only these may change what a
# citizen sees (see guard_row).
_approved_rows = contextvars.ContextVar("helder_gate_approved_rows", default=frozenset())


# True while Wagtail's unpublish action runs: the one way a live row may stop being live.
_unpublishing = contextvars.ContextVar("helder_gate_unpublishing", default=False)


def _row_key(obj):
    base = Page if isinstance(obj, Page) else obj._meta.concrete_model
    return (base._meta.label, str(obj.pk))


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
        token = _approved_rows.set(_approved_rows.get() | {_row_key(self.object)})
        try:
            with transaction.atomic():
                record(self.object, self.revision, decision, self.user)
                return original(self, skip_permission_checks=True)
        finally:
            _approved_rows.reset(token)

    return execute


def guard_row(obj, save_kwargs):
    """Called by `GuardedRow.save()`: outside a gate-approved publish, a save never changes
    what citizens see.

    * A row that is not live yet (a new page from the create view, a copy, an alias made by
      wagtail-localize) becomes live only if the gate passes its text.
    * A live row keeps its citizen-visible fields (those declared in `citizen_text`); the
      new text stays on the object, so the revision saved next holds it as a draft. It
      also stays live, unless Wagtail's unpublish action takes it offline.
    """
    if not is_gated(obj) or not hasattr(obj, "live"):
        return
    approved = _approved_rows.get()
    if _row_key(obj) in approved:
        return
    alias_of = getattr(obj, "alias_of_id", None)
    if alias_of is not None and (Page._meta.label, str(alias_of)) in approved:
        return  # an alias follows its original, which the gate just passed
    update_fields = save_kwargs.get("update_fields")
    stored_live = None
    if obj.pk is not None and not obj._state.adding:
        stored_live = (
            type(obj)._base_manager.filter(pk=obj.pk).values_list("live", flat=True).first()
        )
    if not stored_live:
        if isinstance(obj, Page) and not obj.locale_id and obj.path:
            # Wagtail sets a new page's locale later in save(); the gate needs it now.
            obj.locale = obj.get_default_locale()
        goes_live = obj.live and (update_fields is None or "live" in update_fields)
        if goes_live and not evaluate(obj).allowed:
            obj.live = False
            obj.has_unpublished_changes = True
        return
    protected = set(scoring.citizen_field_names(type(obj)))
    if not _unpublishing.get():
        # wagtail-localize saves a draft translation of a live snippet with live=False.
        protected.add("live")
    if update_fields is None:
        update_fields = [field.name for field in obj._meta.concrete_fields if not field.primary_key]
    save_kwargs["update_fields"] = [name for name in update_fields if name not in protected]


def _marked_unpublish(original):
    @functools.wraps(original)
    def _unpublish_object(self, *args, **kwargs):
        token = _unpublishing.set(True)
        try:
            return original(self, *args, **kwargs)
        finally:
            _unpublishing.reset(token)

    return _unpublish_object


def _draft_then_publish(original):
    """Wagtail's create and edit actions save and publish in one transaction, so a refusal
    would roll back the editor's draft too. Save the draft first, then publish it."""

    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        if not (self.publish and self.draftstate_enabled and is_gated(self.instance)):
            return original(self, skip_permission_checks=skip_permission_checks)
        self.check(skip_permission_checks=skip_permission_checks)
        self.publish = False
        try:
            instance = original(self, skip_permission_checks=True)
        finally:
            self.publish = True
        kwargs = {}
        if getattr(self, "previous_revision", None) is not None:
            kwargs["previous_revision"] = self.previous_revision
        self.revision.publish(
            user=self.user, skip_permission_checks=skip_permission_checks, **kwargs
        )
        return instance

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
    UnpublishAction._unpublish_object = _marked_unpublish(UnpublishAction._unpublish_object)
    CreateAction.execute = _draft_then_publish(CreateAction.execute)
    EditAction.execute = _draft_then_publish(EditAction.execute)
    live_rows.install(guard_row)
    PublishRevisionAction.execute.helder_gate = True
