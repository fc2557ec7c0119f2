import pytest

from sinergi.data.demo import load_demo_data


@pytest.fixture
def catalogue(forum):
    """The demo datasets in the test forum: two published, a draft, and an exempt one."""
    from sinergi.conftest import make_agency

    for slug, name in (("dinkes", "Dinas Kesehatan"), ("bpbd", "BPBD"), ("disdik", "Dinas Pendidikan")):
        make_agency(forum, slug, name)
    load_demo_data(forum)
    return forum
