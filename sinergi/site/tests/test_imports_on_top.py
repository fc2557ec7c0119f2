"""Imports of project modules sit at the top of the file; one inside a function says which cycle it breaks
(or, in an `AppConfig.ready()`, that models load only after the app registry)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]


def late_imports_without_a_reason(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        if "tests" in path.parts or "migrations" in path.parts or path.name == "conftest.py":
            continue
        lines = path.read_text().splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or node.col_offset == 0:
                continue
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            if not any(name.split(".")[0] == "sinergi" for name in names):
                continue
            if _explained(lines, node):
                continue
            found.append(f"{path.relative_to(package.parent)}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    return found


def _explained(lines: list[str], node) -> bool:
    """A comment on the import's own lines, or just above the block of imports it belongs to."""
    if any("#" in lines[number - 1] for number in range(node.lineno, node.end_lineno + 1)):
        return True
    above = node.lineno - 2
    while above >= 0 and lines[above].strip().startswith(("from ", "import ")):
        above -= 1
    return above >= 0 and lines[above].strip().startswith(("#", "if TYPE_CHECKING"))


def test_every_late_import_of_the_project_names_its_reason():
    assert late_imports_without_a_reason() == []


def test_the_check_finds_an_unexplained_late_import(tmp_path):
    module = tmp_path / "sinergi" / "example.py"
    module.parent.mkdir()
    module.write_text("def f():\n    from sinergi.core import limits\n\n\n"
                      "def g():\n    # a cycle: x\n    from sinergi.core import pii\n")
    assert late_imports_without_a_reason(module.parent) == ["sinergi/example.py:2: from sinergi.core import limits"]
