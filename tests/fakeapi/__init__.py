"""Compatibility shim: the fake Bot API moved to ``playground.botapi``; this package will go."""

from playground.botapi import *  # noqa: F403
from playground.botapi import __all__ as __all__
