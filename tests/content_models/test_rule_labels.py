"""Every rule the engine or a gate check can emit has a Dutch name; the history, the
findings page and refusal messages use it."""

import ast
import re
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import PageLogEntry

import content_models
import readability
import translations
from content_models.rule_labels import RULE_LABELS, is_labelled, rule_label

pytestmark = pytest.mark.django_db

RULE_ID = re.compile(r"^[a-z_]+(\.[a-z_]+)*$")
# Finding(start, end, block, rule, ...) and finding_at(segment, start, end, rule, ...)
RULE_POSITION = {"Finding": 3, "finding_at": 3}
MESSAGE_CALLS = {"_", "gettext", "gettext_lazy"}


def _name(call):
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _constants(tree):
    """Module-level NAME = "rule.id" assignments, to resolve rules passed by name."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _rule_of(node, constants):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
        return node.values[0].value + "*"  # a family such as f"parity.{part}"
    return None


def _rule_positions(trees):
    """Finding/finding_at plus every helper in the package that takes a `rule` parameter
    (such as verdict._finding(rule, message)), with the position of that parameter."""
    positions = dict(RULE_POSITION)
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                if "rule" in names:
                    positions.setdefault(node.name, names.index("rule"))
    return positions


def engine_rules():
    """Every rule id passed to Finding/finding_at (or a helper taking `rule`) anywhere in
    the readability package."""
    rules, unresolved = set(), []
    paths = list(Path(readability.__file__).parent.rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    positions = _rule_positions(trees.values())
    for path, tree in trees.items():
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in positions:
                continue
            arg = next((k.value for k in node.keywords if k.arg == "rule"), None)
            if arg is None and len(node.args) > positions[_name(node)]:
                arg = node.args[positions[_name(node)]]
            if arg is None:
                continue
            if isinstance(arg, ast.Name) and arg.id == "rule":
                continue  # a helper passing its caller's rule on (finding_at)
            rule = _rule_of(arg, constants)
            if rule is None:
                unresolved.append(f"{path.name}:{node.lineno}")
            else:
                rules.add(rule)
    return rules, unresolved


def check_rules():
    """Rule ids of the gate's registered checks: ("rule.id", _("message")) pairs."""
    rules = set()
    for package in (content_models, translations):
        for path in Path(package.__file__).parent.rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Tuple) and len(node.elts) == 2):
                    continue
                message = node.elts[1]
                if isinstance(message, ast.BinOp):  # _("... %(x)s") % {...}
                    message = message.left
                if isinstance(message, ast.Call) and _name(message) in MESSAGE_CALLS:
                    rule = _rule_of(node.elts[0], {})
                    # Rule ids of checks are dotted ("body.empty"); choices are not.
                    if rule and "." in rule and RULE_ID.match(rule.rstrip("*").rstrip(".")):
                        rules.add(rule)
    return rules


def test_the_walk_finds_the_rules_it_should():
    rules, _unresolved = engine_rules()
    assert {"sentence.too_long", "level.too_high", "jargon"} <= rules
    assert {"body.empty", "law_quote.unexplained", "parity.*"} <= check_rules()


def test_every_rule_the_engine_and_the_checks_emit_has_a_dutch_name():
    rules, unresolved = engine_rules()
    assert not unresolved, f"rule ids the walk cannot read: {unresolved}"
    missing = sorted(rule for rule in rules | check_rules() if not is_labelled(rule.rstrip("*")))
    assert not missing, f"add a Dutch name in content_models/rule_labels.py for: {missing}"


def test_names_are_dutch_not_ids():
    for rule, label in RULE_LABELS.items():
        assert rule not in str(label)
    assert rule_label("sentence.too_long") == "zin te lang"
    assert rule_label("parity.sections") == "vertaling mist delen van het origineel"
    assert rule_label("iets.onbekends") == "ander punt"


OFFICIALESE = (
    "<p>Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien, hetgeen kan leiden tot terugvordering "
    "van ten onrechte verstrekte bijstand alsmede het opleggen van een maatregel.</p>"
)


def test_history_and_findings_page_name_rules_in_dutch(admin_client, topic):
    from content_models.gate import PublicationBlocked
    from content_models.models import InformationPage
    from tests.factories import InformationPageFactory, stream

    page = InformationPageFactory(parent=topic, body=stream(("paragraph", OFFICIALESE)))
    with pytest.raises(PublicationBlocked):
        page.save_revision().publish()
    entry = PageLogEntry.objects.get(page=page, action="helder.gate.block")
    history = admin_client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    # One long sentence only warns now; the text is refused for its level and its words.
    assert "ambtelijke taal" in history and "niveau te hoog" in history
    for rule in entry.data["rules"]:
        assert f"{rule}," not in history and f"{rule})" not in history
    content_type = ContentType.objects.get_for_model(InformationPage)
    findings = admin_client.get(f"/admin/leesbaarheid/{content_type.pk}/{page.pk}/")
    text = findings.content.decode()
    assert "Ambtelijke taal" in text and "sentence.too_long" not in text
