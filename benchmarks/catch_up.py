"""Time ``catch_up`` alone on a store left by ``ingest --defer-conflicts``.

claimtrack --db /tmp/bd.db ingest CORPUS --no-progress --defer-conflicts
python -m benchmarks.catch_up /tmp/bd.db
"""

from __future__ import annotations

import sys
import time

from claimtrack.store.conflicts import catch_up
from claimtrack.store.engine import open_store


def main(argv: list[str]) -> None:
    store = open_store(argv[0])
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        findings = catch_up(store)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()
    print(f"catch_up: {wall:.2f} s wall, {cpu:.2f} s CPU, {findings} findings")


if __name__ == "__main__":
    main(sys.argv[1:])
