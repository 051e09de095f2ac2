"""How long crisis detection takes per message, including worst-case 4,096-char input.

Run: ``uv run python -m bench.safety_speed``. Detection runs on every typed message,
so it must stay well under a millisecond for ordinary text, and no input of
Telegram's maximum length (4,096 characters) may make a pattern backtrack badly.
Prints a table; figures go in docs/safety.md and docs/benchmarks.md.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from bench.safety_metrics import LANGUAGES, heldout, tuned

MAX_LEN = 4096


def _time(call: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _fill(unit: str) -> str:
    return (unit * (MAX_LEN // len(unit) + 1))[:MAX_LEN]


def _adversarial() -> dict[str, str]:
    """Inputs built to stress the patterns: repeated prefixes, gaps, spaced letters."""
    rng = random.Random(7)
    vocabulary = "we love dinner tonight kill me him her want to end it scared of"
    words = vocabulary.split()
    return {
        "repeated 'a '": _fill("a "),
        "repeated 'kill '": _fill("kill "),
        "repeated 'i want to '": _fill("i want to "),
        "repeated 'me '": _fill("me "),
        "repeated 'scared of '": _fill("scared of "),
        "repeated 'he will '": _fill("he will "),
        "repeated 'меня '": _fill("меня "),
        "repeated 'mich '": _fill("mich "),
        "spaced letters": _fill("k i l l "),
        "one long word": "a" * MAX_LEN,
        "digits in words": _fill("k1ll3r "),
        "mixed scripts": _fill("kіll сat "),
        "zero-width soup": _fill("a\u200b"),
        "random danger-ish words": " ".join(rng.choice(words) for _ in range(900))[:MAX_LEN],
        "random unicode": "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(MAX_LEN)),
    }


def main() -> None:
    code = (
        "import time; t = time.perf_counter(); import flows.safety; "
        "print((time.perf_counter() - t) * 1000)"
    )
    imports = sorted(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    )
    print(f"import and compile (fresh process, median of 3): {imports[1]:.0f} ms")

    from flows.crisis import DETECTOR

    # The detector itself: flows.safety.crisis_kind keeps recent verdicts, so timing it
    # five times over would time the cache.
    def detect_crisis(text: str) -> bool:
        return DETECTOR.first(text) is not None

    corpus = [e.text for lang in LANGUAGES for e in tuned(lang) + heldout(lang)]
    # Median of 5 runs per message: the machine is shared, single runs are noisy.
    per_message = sorted(
        statistics.median(_time(lambda text=text: detect_crisis(text), 5)) for text in corpus
    )
    print(f"\ncorpus messages ({len(corpus)}, median of 5 runs each), ms per message:")
    print(
        f"  mean {statistics.mean(per_message):.3f}  p50 {per_message[len(per_message) // 2]:.3f}"
        f"  p99 {per_message[int(len(per_message) * 0.99)]:.3f}  max {per_message[-1]:.3f}"
    )

    print(f"\n{MAX_LEN}-character inputs, ms (median of 5, max):")
    for name, text in _adversarial().items():
        samples = sorted(_time(lambda text=text: detect_crisis(text), 5))
        print(f"  {name:28} {samples[2]:8.2f} {samples[-1]:8.2f}  -> {detect_crisis(text)}")


if __name__ == "__main__":
    main()
