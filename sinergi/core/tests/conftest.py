import pytest

from sinergi.forum.models import Forum


@pytest.fixture
def papua(db) -> Forum:
    """A forum two hours ahead of Jakarta: its messages must read in WIT."""
    return Forum.objects.create(slug="jayapura", name="Forum Kehumasan Kota Jayapura", region_code="94.71",
                                region_name="Kota Jayapura, Papua", time_zone="Asia/Jayapura")  # fmt: skip
