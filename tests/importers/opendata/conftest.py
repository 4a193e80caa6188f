import pytest

from .portal import Portal


@pytest.fixture(scope="session")
def portal_server():
    server = Portal()
    yield server
    server.close()


@pytest.fixture
def portal(portal_server):
    """The portal stand-in, reset: snapshot v1, paging as the spec, no faults."""
    portal_server.reset()
    return portal_server
