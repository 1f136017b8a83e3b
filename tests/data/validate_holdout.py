"""Sanity check for a holdout set (run with the project venv):

    .venv/bin/python tests/data/validate_holdout.py tests/data/holdout3

Checks that every file loads, the meta sidecar has the expected keys, each
evidence / negative text is a verbatim substring of its article (after collapsing
whitespace), country codes are valid ISO 3166-1 alpha-3 (or "EU"), and dates are
ISO at day, month or year precision.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/holdout").resolve()
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = {"call", "meeting", "talks", "visit"}
I_STATUS = {"occurred", "planned", "expected", "cancelled"}
MEASURES = {"tariff", "secondary_tariff", "sanction"}
T_STATUS = {"imposed", "threatened", "announced", "proposed", "lifted"}


def iso3_codes():
    try:
        from countryinfo import CountryInfo

        data = CountryInfo("France").all()
        codes = {v.get("ISO", {}).get("alpha3") for v in data.values()}
        return {c for c in codes if c}
    except Exception:  # pragma: no cover - fallback when the package is missing
        return None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    codes = iso3_codes()
    errors = []

    def code_ok(c):
        return (
            c == "EU"
            or (codes is None and re.fullmatch(r"[A-Z]{3}", c or ""))
            or (codes and c in codes)
        )

    def check_date(where, d):
        if d is not None and not DATE_RE.match(d):
            errors.append(f"{where}: bad date {d!r}")

    names = sorted(p.name[: -len(".txt")] for p in HERE.glob("*.txt"))
    totals = {"I": 0, "T": 0, "D": 0, "N": 0}
    for name in names:
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        t = norm(text)
        meta = json.loads((HERE / f"{name}.meta.json").read_text(encoding="utf-8"))
        gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
        if not {"title", "source", "url", "published"} <= set(meta):
            errors.append(f"{name}: meta keys {sorted(meta)}")
        check_date(f"{name} meta", meta.get("published"))
        if set(gold) != {"interactions", "tariffs", "deadlines", "negatives"}:
            errors.append(f"{name}: gold keys {sorted(gold)}")
        words = len(text.split())
        if not 200 <= words <= 500:
            errors.append(f"{name}: {words} words")
        for kind, items in (
            ("interactions", gold["interactions"]),
            ("tariffs", gold["tariffs"]),
            ("deadlines", gold["deadlines"]),
        ):
            for i, f in enumerate(items):
                where = f"{name} {kind}[{i}]"
                if norm(f["evidence"]) not in t:
                    errors.append(f"{where}: evidence not in text: {f['evidence'][:80]!r}")
                if kind == "interactions":
                    if f["kind"] not in KINDS or f["status"] not in I_STATUS:
                        errors.append(f"{where}: kind/status {f['kind']}/{f['status']}")
                    for c in f["participants"]:
                        if not code_ok(c):
                            errors.append(f"{where}: bad participant {c!r}")
                    if len(set(f["participants"])) < 2:
                        errors.append(f"{where}: fewer than two participants")
                    check_date(where, f["date"])
                    for d in f.get("date_range", []):
                        check_date(where, d)
                elif kind == "tariffs":
                    if f["measure"] not in MEASURES or f["status"] not in T_STATUS:
                        errors.append(f"{where}: measure/status {f['measure']}/{f['status']}")
                    for c in [f["imposer"], *f.get("imposer_alt", [])]:
                        if not code_ok(c):
                            errors.append(f"{where}: bad imposer {c!r}")
                    tgt = f["target"]
                    if re.fullmatch(r"[A-Z]{2,3}", tgt) and not code_ok(tgt):
                        errors.append(f"{where}: bad target {tgt!r}")
                    if "target_alt" in f and not code_ok(f["target_alt"]):
                        errors.append(f"{where}: bad target_alt {f['target_alt']!r}")
                    if f.get("date") is not None:
                        check_date(where, f["date"])
                else:
                    check_date(where, f["due"])
                    for d in f.get("due_range", []):
                        check_date(where, d)
                    if f["setter"] is not None and not code_ok(f["setter"]):
                        errors.append(f"{where}: bad setter {f['setter']!r}")
        for i, n in enumerate(gold["negatives"]):
            if set(n) != {"text", "reason"}:
                errors.append(f"{name} negatives[{i}]: keys {sorted(n)}")
            if norm(n["text"]) not in t:
                errors.append(f"{name} negatives[{i}]: text not in article: {n['text'][:80]!r}")
        counts = {
            "I": len(gold["interactions"]),
            "T": len(gold["tariffs"]),
            "D": len(gold["deadlines"]),
            "N": len(gold["negatives"]),
        }
        for k in totals:
            totals[k] += counts[k]
        print(
            f"{name}: {words} words, published {meta.get('published')}, "
            + " ".join(f"{k}={v}" for k, v in counts.items())
        )
    print(f"{len(names)} articles, totals: " + " ".join(f"{k}={v}" for k, v in totals.items()))
    if codes is None:
        print("note: countryinfo not importable; ISO3 codes only checked for shape")
    if errors:
        print("\n".join(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
