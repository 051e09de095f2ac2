"""Compatibility shim: the fake Bot API moved to ``playground.botapi``.

Kept only so branches written against the old path still import; it will go. Import from
``playground.botapi`` instead.
"""

from playground.botapi import FakeBotApi

__all__ = ["FakeBotApi"]
