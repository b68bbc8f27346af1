"""The modules of content_models import each other without a cycle (item 10 of issue 12:
gate -> models -> workflows -> gate is gone)."""

import ast
from pathlib import Path

import content_models

PACKAGE = Path(content_models.__file__).parent


def module_imports():
    """Module-level `from . import x` / `from .x import y` edges inside content_models."""
    graph = {}
    for path in PACKAGE.glob("*.py"):
        name = path.stem
        edges = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    edges.add(node.module.split(".")[0])
                else:
                    edges |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "content_models."
            ):
                edges.add(node.module.split(".")[1])
        graph[name] = {edge for edge in edges if (PACKAGE / f"{edge}.py").exists()}
    return graph


def find_cycle(graph):
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for edge in sorted(graph.get(node, ())):
            if state.get(edge) == "open":
                return [*trail[trail.index(edge) :], edge] if edge in trail else [node, edge]
            if edge not in state:
                cycle = visit(edge, [*trail, edge])
                if cycle:
                    return cycle
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node, [node])
            if cycle:
                return cycle
    return None


def test_the_walk_sees_real_edges():
    graph = module_imports()
    assert "models" in graph["gate"] and "gate" in graph["review"]


def test_no_import_cycle_in_content_models():
    assert find_cycle(module_imports()) is None


def test_the_review_tasks_do_not_import_the_gate():
    assert "gate" not in module_imports()["workflows"]
