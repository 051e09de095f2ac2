"""One couplebot instance for the several-instances test and benchmark, as a process.

    python -m tests.scale.instance JUMP_FILE      (settings from the environment)

Exactly what ``couplebot run`` starts in webhook mode (``build_application`` and
``bot.web.run_server``), with one difference: the clock. It starts an hour before
``DUE`` and, on SIGUSR1, jumps so that ``DUE`` is the wall-clock second written in
JUMP_FILE; every instance reads the same file, so all agree on what time it is.
"""

from __future__ import annotations

import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

from bot.app import build_application
from bot.logs import configure_logging
from bot.settings import Settings
from bot.web import run_server

# A Wednesday evening in November (no DST change near it).
DUE = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
BEFORE = timedelta(hours=1)


class JumpingClock:
    def __init__(self, jump_file: Path) -> None:
        self._jump_file = jump_file
        self._base = DUE - BEFORE
        self._mark = time.time()

    def __call__(self) -> datetime:
        return self._base + timedelta(seconds=time.time() - self._mark)

    def jump(self, _signal: int = 0, _frame: FrameType | None = None) -> None:
        self._base, self._mark = DUE, float(self._jump_file.read_text())


def main() -> None:
    clock = JumpingClock(Path(sys.argv[1]))
    signal.signal(signal.SIGUSR1, clock.jump)
    # From the environment the test gives; a developer's own .env must not leak in.
    settings = Settings(_env_file=None)
    configure_logging(settings.log_level, settings.telegram_bot_token.get_secret_value())
    run_server(build_application(settings, clock=clock), settings)


if __name__ == "__main__":
    main()
