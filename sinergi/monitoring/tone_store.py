"""The tone models a forum has: versioned files under `var/models/tone/` (the model and its evaluation side by
side), the one in use named in `current`, and the model the project ships (`tone_base.json.gz`, trained on
SmSA by `manage.py tone train`) used until the forum trains its own. Rolling back is naming an earlier
version as current; nothing is ever overwritten.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from sinergi.monitoring.tone import Model

SHIPPED = Path(__file__).parent / "tone_base.json.gz"
_VERSION = re.compile(r"^[0-9]{8}-[0-9]{6}(?:-[a-z0-9]{1,12})?$")
_loaded: dict[str, tuple[float, Model]] = {}


def directory() -> Path:
    return Path(settings.VAR_DIR) / "models" / "tone"


def new_version(suffix: str = "") -> str:
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{suffix}" if suffix else stamp


def save(model: Model, make_current: bool = True) -> Path:
    """Write the model and its evaluation as a new version (never over another one)."""
    if not _VERSION.match(model.version):
        raise ValueError(f"not a version name: {model.version!r}")
    folder = directory()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{model.version}.json.gz"
    with open(path, "xb") as target:  # "x": an existing version is never replaced
        target.write(model.to_json())
    (folder / f"{model.version}.evaluation.json").write_text(json.dumps(model.evaluation or {}, indent=2))
    if make_current:
        use(model.version)
    return path


def versions() -> list[dict]:
    """Every version the forum trained, newest first, with its evaluation and whether it is in use."""
    folder, current = directory(), current_version()
    found = []
    for path in sorted(folder.glob("*.json.gz"), reverse=True) if folder.exists() else []:
        version = path.name.removesuffix(".json.gz")
        evaluation_path = folder / f"{version}.evaluation.json"
        evaluation = json.loads(evaluation_path.read_text()) if evaluation_path.exists() else {}
        found.append({"version": version, "evaluation": evaluation, "current": version == current})
    return found


def current_version() -> str:
    marker = directory() / "current"
    return marker.read_text().strip() if marker.exists() else ""


def use(version: str) -> None:
    """Make `version` the model in use (a roll back is the same step); it must load."""
    if not _VERSION.match(version) or not (directory() / f"{version}.json.gz").exists():
        raise ValueError(f"no tone model {version!r}")
    Model.from_json((directory() / f"{version}.json.gz").read_bytes())  # refuse a file that does not load
    marker = directory() / "current"
    temporary = marker.with_suffix(".tmp")
    temporary.write_text(version)
    os.replace(temporary, marker)


def load() -> Model:
    """The model in use: the forum's current version, else the one the project ships. Cached per file."""
    version = current_version()
    path = directory() / f"{version}.json.gz" if version else SHIPPED
    stamp = path.stat().st_mtime
    cached = _loaded.get(str(path))
    if cached is None or cached[0] != stamp:
        cached = (stamp, Model.from_json(path.read_bytes()))
        _loaded[str(path)] = cached
    return cached[1]
