"""``make bench``: run every benchmark (or those named) and write docs/benchmarks.md."""

from __future__ import annotations

import importlib
import sys

#: Each module has ``run() -> None`` that measures and calls ``bench.report.write_section``.
BENCHES = {
    "vault": "bench.bench_vault",
    "letters": "bench.bench_letters",
    "matching": "bench.bench_matching",
    "screens": "bench.bench_screens",
    "core": "bench.bench_core",
    "security": "bench.bench_security",
    "perf": "bench.bench_perf",
    "perf2": "bench.bench_perf2",
    "package": "bench.bench_package",
    "rounds": "bench.bench_rounds",
    "sync": "bench.bench_sync",
    "retention": "bench.bench_retention",
    "backup": "bench.bench_backup",
    "audit": "bench.bench_audit",
    "access": "bench.bench_access",
}


def main(names: list[str]) -> int:
    for name in names or list(BENCHES):
        print(f"== {name}", flush=True)
        importlib.import_module(BENCHES[name]).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
