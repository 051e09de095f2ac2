"""Error answers in Telegram's exact shape, and the faults a test can inject."""

from __future__ import annotations

from dataclasses import dataclass

from .models import JSON


@dataclass(frozen=True, slots=True)
class ApiError:
    """An error answer in Telegram's exact shape."""

    status: int
    description: str
    parameters: JSON | None = None

    def body(self) -> JSON:
        data: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            data["parameters"] = self.parameters
        return data


class Rejected(Exception):
    """Raised anywhere while handling a call: the call is answered with ``error``."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(error.description)
        self.error = error


@dataclass(frozen=True, slots=True)
class Delay:
    """Fault: apply the call normally, but hold the answer back for ``seconds``.

    The effect happens *before* the delay, like a slow Telegram: a client that times out and
    retries will produce a duplicate, exactly as in production.
    """

    seconds: float


Fault = ApiError | Delay


def retry_after(seconds: int) -> ApiError:
    """429 flood-control answer (PTB raises ``RetryAfter``)."""
    return ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": int(seconds)})


def forbidden(description: str = "Forbidden: bot was blocked by the user") -> ApiError:
    """403 answer (PTB raises ``Forbidden``)."""
    return ApiError(403, description)


def bad_request(description: str) -> ApiError:
    """400 answer; ``"Bad Request: "`` is prefixed unless already present."""
    if not description.startswith("Bad Request"):
        description = f"Bad Request: {description}"
    return ApiError(400, description)


def server_error() -> ApiError:
    """500 answer (PTB raises ``NetworkError``)."""
    return ApiError(500, "Internal Server Error")


def timeout(seconds: float) -> Delay:
    """Slow answer: see :class:`Delay`."""
    return Delay(seconds)


def reject(description: str) -> Rejected:
    """``raise reject("chat not found")``: the usual 400."""
    return Rejected(bad_request(description))
