"""The house's boundaries (pyproject.toml, [tool.importlinter]) hold, and break when a forbidden import is added."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True,
                          timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def copy_of_the_code(tmp_path_factory) -> Path:
    """The project's Python code and its contracts, somewhere a test may add an import to."""
    root = tmp_path_factory.mktemp("house")
    shutil.copytree(ROOT / "sinergi", root / "sinergi",
                    ignore=shutil.ignore_patterns("*.html", "*.txt", "*.css", "*.js", "*.png", "*.po", "*.mo",
                                                  "__pycache__", "static", "templates"))  # fmt: skip
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_code_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("module", "forbidden", "message"),
    [
        ("sinergi/core/probe.py", "from sinergi.releases.models import Release", "sinergi.core is not allowed to import sinergi.releases"),
        ("sinergi/forum/probe.py", "import sinergi.meetings.models", "sinergi.forum is not allowed to import sinergi.meetings"),
        ("sinergi/meetings/probe.py", "from sinergi.ppid import models", "sinergi.meetings is not allowed to import sinergi.ppid"),
        ("sinergi/releases/probe.py", "from sinergi.site import inbox", "sinergi.releases is not allowed to import sinergi.site"),
    ],
)  # fmt: skip
def test_a_forbidden_import_breaks_a_contract(copy_of_the_code, module, forbidden, message):
    probe = copy_of_the_code / module
    probe.write_text(f"{forbidden}\n")
    try:
        result = lint_imports(copy_of_the_code)
    finally:
        probe.unlink()
    assert result.returncode == 1
    assert message in result.stdout
