import pytest


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Every test here sees the mail and tasks as they are after each request commits."""
