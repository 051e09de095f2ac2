"""The review's tests reuse the fixtures of the suites they look into."""

from tests.e2e.conftest import api, bot
from tests.playground.conftest import served
from tests.playground.test_browser import browser

__all__ = ["api", "bot", "browser", "served"]
