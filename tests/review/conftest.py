"""The review's tests reuse the fixtures of the suites they look into."""

from tests.playground.conftest import served
from tests.playground.test_browser import browser

__all__ = ["browser", "served"]
