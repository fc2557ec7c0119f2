"""What checking one hostile upload costs the server: wall time, the child's CPU time and its peak memory.

    DEBUG=true .venv/bin/python bench/uploads.py

Each file of `sinergi/core/tests/hostile_files.py` (and a plain one for scale) goes through the
release attachment check, `sinergi.core.uploads.prepare`, under the configured budget
(`FILE_CHECK_*`). The answer is what the form would say. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sinergi.settings")

import django  # noqa: E402

django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402

from sinergi.core import uploads  # noqa: E402
from sinergi.core.tests import hostile_files  # noqa: E402

CASES = {
    "plain.pdf": lambda: hostile_files.pdf(b"BT /F1 12 Tf 72 720 Td (Jadwal pelayanan paspor) Tj ET"),
    "operator-bomb.pdf": hostile_files.text_operator_bomb,
    "token-limit.pdf": hostile_files.token_limit_bomb,
    "array-limit.pdf": hostile_files.quick_limit_pdf,
    "aes.pdf": hostile_files.encrypted_pdf,
    "ztxt.png": hostile_files.png_ztxt_bomb,
    "iccp.png": hostile_files.png_iccp_bomb,
    "pixels.png": hostile_files.pixel_bomb_png,
}


def main() -> None:
    print(f"{'file':<18} {'bytes':>7} {'wall s':>7} {'child cpu s':>11} {'child peak MB':>13}  answer")
    for name, build in CASES.items():
        data = build()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        try:
            uploads.prepare(SimpleUploadedFile(name, data))
            answer = "accepted"
        except ValidationError as error:
            answer = " ".join(error.messages)[:60]
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        # ru_maxrss of children is the largest of any child so far (kilobytes on Linux).
        print(f"{name:<18} {len(data):>7} {wall:>7.2f} {cpu:>11.2f} {after.ru_maxrss / 1024:>13.0f}  {answer}")


if __name__ == "__main__":
    main()
