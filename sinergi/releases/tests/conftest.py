import pytest


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Every test here sees the index and the mail as they are after each step commits."""
