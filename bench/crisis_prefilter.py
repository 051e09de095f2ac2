"""What the crisis prefilter saves on everyday text, and what it costs at start-up.

Run: ``uv run python -m bench.crisis_prefilter``. Times ``DETECTOR.first`` (the
detector itself: ``flows.safety.crisis_kind`` keeps recent verdicts, so timing that
would time the cache) on a few ordinary partner messages of about 140 characters, and
on one of Telegram's maximum length (4,096 characters), best of several runs; counts
how many patterns run per reading; and times ``import flows.safety`` in fresh
processes (best of 5). Prints figures for docs/benchmarks.md; writes nothing.
"""

from __future__ import annotations

import subprocess
import sys
import time

MESSAGES: dict[str, str] = {
    "en 1": (
        "Hey love, I'm stuck at work until seven, can you pick up the kids and start "
        "dinner? I'll grab wine on the way home. Miss you, long day here!"
    ),
    "en 2": (
        "At dinner my dad criticised you again and I just stayed quiet. I'm sorry, I "
        "should have said something. Can we talk about it tonight after the kids sleep?"
    ),
    "de": (
        "Schatz, ich komme heute später, das Meeting zieht sich. Kannst du bitte "
        "einkaufen gehen? Milch, Brot und Käse fehlen. Freu mich auf dich heute Abend!"
    ),
    "es": (
        "Amor, hoy salgo tarde del trabajo. ¿Puedes recoger a los niños y empezar la "
        "cena? Yo compro el vino de camino a casa. ¡Te echo de menos, qué día tan largo!"
    ),
}
LONG_UNIT = MESSAGES["en 1"] + " " + MESSAGES["en 2"] + " "
LONG = (LONG_UNIT * (4096 // len(LONG_UNIT) + 1))[:4096]
IMPORT = "import time; t = time.perf_counter(); import flows.safety; print(time.perf_counter() - t)"


def _best_ms(call: object, text: str, runs: int, loops: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(loops):
            call(text)  # type: ignore[operator]
        best = min(best, (time.perf_counter() - start) / loops)
    return best * 1000


def main() -> None:
    imports = [
        float(
            subprocess.run(
                [sys.executable, "-c", IMPORT], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    print(
        f"import flows.safety, fresh process: best {min(imports):.3f} s, "
        f"all {' '.join(f'{t:.2f}' for t in sorted(imports))}"
    )

    from flows.crisis import DETECTOR
    from flows.crisis.normalise import variants

    print(f"{len(DETECTOR.patterns)} patterns")
    for name, text in [*MESSAGES.items(), ("4,096 chars", LONG)]:
        readings = variants(text)
        run = [len(DETECTOR.candidates(reading)) for reading in readings]
        loops = 20 if len(text) < 1000 else 3
        ms = _best_ms(DETECTOR.first, text, runs=7, loops=loops)
        print(
            f"  {name:12} {len(text):5} chars  DETECTOR.first best {ms:7.3f} ms  "
            f"patterns run per reading {run}  -> {DETECTOR.first(text)}"
        )


if __name__ == "__main__":
    main()
