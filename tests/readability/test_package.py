"""House keeping (issue 13 item 7): no import cycle inside the engine, and other packages
reach it only through ``readability/__init__.py``."""

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _imports(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_model_does_not_import_the_tokeniser():
    assert not any(
        name.startswith("readability.tokenize")
        for name in _imports(ROOT / "readability" / "model.py")
    )
    assert "readability.model" in _imports(ROOT / "readability" / "tokenize.py")


def test_other_packages_use_only_the_package_api():
    offenders = []
    for package in ("content_models", "translations", "site"):
        for path in (ROOT / package).rglob("*.py"):
            for name in _imports(path):
                if name.startswith("readability."):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_package_api_offers_what_callers_need():
    import readability

    for name in ("analyze", "Policy", "Report", "Finding", "LEVELS", "VERDICTS", "Block"):
        assert hasattr(readability, name)
