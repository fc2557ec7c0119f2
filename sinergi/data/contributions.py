"""What Satu Data brings to the house: its demo."""

from __future__ import annotations

from sinergi.core import contributions
from sinergi.data.demo import load_demo_data


def register() -> None:
    contributions.demo_loaders.register(load_demo_data, order=45)
