"""Machine instructions per extracted article, counted by valgrind's cachegrind.

On a shared machine the time a run takes moves by ±20% with the other tenants' load; the
number of instructions the extractor executes does not. Two runs under cachegrind, one that
extracts the corpus once (a warm-up) and one that extracts it twice, differ by exactly one
pass over the corpus: that difference divided by the number of articles is the figure.

    .venv/bin/python -m benchmarks.extract_instructions --n 40

Needs ``valgrind`` on the PATH (``apt-get install valgrind``); each run takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "extract_instructions.json"
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _extract_passes(n: int, passes: int) -> None:
    """Extract ``n`` generated articles ``passes`` times after one warm-up pass."""
    from analyst.extract import extract_facts
    from analyst.extract.gazetteer import load_gazetteer
    from analyst.ingest import article_from_text
    from benchmarks.corpus import generate_articles

    articles = [
        article_from_text(a.text, published=a.published) for a in generate_articles(n, seed=0)
    ]
    gazetteer = load_gazetteer()
    for _ in range(1 + passes):
        for article in articles:
            extract_facts(article, gazetteer)


def _instructions(n: int, passes: int) -> int:
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "benchmarks.extract_instructions",
        "--run",
        str(n),
        str(passes),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit("extract_instructions: valgrind printed no instruction count")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="generated articles (default 40)")
    parser.add_argument("--run", nargs=2, type=int, metavar=("N", "PASSES"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.run:
        _extract_passes(*args.run)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("extract_instructions: valgrind is not installed")
    per_article = (_instructions(args.n, 1) - _instructions(args.n, 0)) // args.n
    result = {
        "articles": args.n,
        "instructions_per_article": per_article,
        "command": f"python -m benchmarks.extract_instructions --n {args.n}",
    }
    print(f"{per_article / 1e6:.1f}M instructions per article ({args.n} generated articles)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
