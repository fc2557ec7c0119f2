"""What a share kit costs for a 12-megapixel lead image, beside the cost of checking that image at upload.

    DEBUG=true .venv/bin/python bench/share_kit.py [--rounds 5]

A 4000 × 3000 photo-like JPEG goes through the release attachment check (`core.uploads.prepare`:
decoded, resized to the web copy and to the larger copy kept for sharing, re-encoded, within the file
budget): that is the baseline, measured in the same run. Then, from the larger copy as stored, every
rendition of the kit is cut and encoded (`dissemination.share_kit`). Prints the median wall time of each and the kit as
a multiple of the upload check. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sinergi.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from sinergi.core import uploads  # noqa: E402
from sinergi.dissemination import share_kit  # noqa: E402


def photo(width: int = 4000, height: int = 3000) -> bytes:
    """A noisy, detailed picture, as hard to encode as a photograph (a flat colour would flatter JPEG)."""
    image = Image.effect_noise((width, height), 64).convert("RGB")
    draw = ImageDraw.Draw(image)
    for step in range(0, width, 97):
        draw.line((step, 0, width - step, height), fill=(step % 255, 80, 160), width=9)
    image = image.filter(ImageFilter.GaussianBlur(1))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


class StoredImage(SimpleNamespace):
    """The attachment's stored file, as `share_kit.render` reads it."""

    def open(self, mode="rb"):
        return io.BytesIO(self.data)


def timed(work, rounds: int) -> float:
    times = []
    for _round in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    data = photo()
    large = settings.SHARE_IMAGE_MAX_PIXELS
    prepared = uploads.prepare(SimpleUploadedFile("foto.jpg", data, content_type="image/jpeg"), large=large)
    kept = prepared["large_content"].read()
    attachment = SimpleNamespace(width=prepared["width"], height=prepared["height"], file=None,
                                 share_source=StoredImage(data=kept))  # fmt: skip

    def check_upload():
        uploads.prepare(SimpleUploadedFile("foto.jpg", data, content_type="image/jpeg"), large=large)

    def make_kit():
        for rendition in share_kit.renditions(attachment, 0.6, 0.4):
            if rendition.possible:
                share_kit.render(attachment, rendition)

    upload_s, kit_s = timed(check_upload, rounds), timed(make_kit, rounds)
    made = [r.name for r in share_kit.renditions(attachment, 0.6, 0.4) if r.possible]
    size = share_kit.source_size(attachment)
    print(f"lead image: 4000 x 3000, {len(data) / 1e6:.1f} MB; web copy {prepared['width']} x {prepared['height']}, "
          f"kept for sharing {size[0]} x {size[1]}")
    print(f"upload check (baseline): {upload_s * 1000:7.0f} ms")
    print(f"share kit ({len(made)} images: {', '.join(made)}): {kit_s * 1000:7.0f} ms")
    print(f"kit / upload check: {kit_s / upload_s:.2f}x")


if __name__ == "__main__":
    main()
