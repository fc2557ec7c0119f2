import pytest


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Every test here sees the mail as it is after each step commits."""
