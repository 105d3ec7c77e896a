#!/usr/bin/env python3
"""Benchmark: contact pages of a 1,000,000-contact campaign served by anyreach-emulator.

Not a test: it measures and reports. Build the release binary first, then run this script:

    swift build -c release --product anyreach-emulator
    python3 benchmarks/emulator_pages.py [--binary PATH] [--contacts N] [--threads T] [--samples S]

It starts `.build/release/anyreach-emulator --port 0 --db <temporary file>`, loads the contacts
into one campaign with upserts of 1000 over HTTP (a few threads at once), then reports the median
time to serve a 200-contact page at offset 0 and at offset 900,000 (90% of the contacts), and the
median time of an upsert of 1000 new contacts. The target is a deep page costing at most 5x the
first one; the script prints PASS or FAIL against it but exits 0 either way, unless the emulator
itself failed (an unexpected status, or it died), which exits 1. Standard library only.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = "ak_local.emulator"
BATCH = 1000
PAGE = 200
TARGET_RATIO = 5.0


class EmulatorFailure(Exception):
    pass


def request(base, method, path, body=None):
    data = None if body is None else json.dumps(body, separators=(",", ":")).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + TOKEN)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=300) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        raise EmulatorFailure(f"{method} {path} answered {error.code}: {error.read()[:500]!r}") from None
    except (urllib.error.URLError, ConnectionError) as error:
        raise EmulatorFailure(f"{method} {path} failed: {error}") from None


def timed(base, method, path, body=None):
    start = time.perf_counter()
    request(base, method, path, body)
    return time.perf_counter() - start


def contacts(first, count):
    return [{"external_id": f"c{n}", "phone_numbers": [f"+1415555{n % 10000:04d}"], "data": {"n": n}}
            for n in range(first, first + count)]


def start_emulator(binary, db):
    process = subprocess.Popen([binary, "--port", "0", "--db", db], stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline().strip()
    prefix = "anyreach-emulator listening on "
    if not line.startswith(prefix):
        process.kill()
        raise EmulatorFailure(f"unexpected first line from the emulator: {line!r}")
    # Keep draining stdout so the emulator never blocks on a full pipe.
    threading.Thread(target=lambda: process.stdout.read(), daemon=True).start()
    return process, line[len(prefix):]


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "anyreach-emulator"))
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} is missing: run `swift build -c release --product anyreach-emulator` first")

    workdir = tempfile.mkdtemp(prefix="emulator-pages-")
    process = None
    try:
        process, base = start_emulator(args.binary, os.path.join(workdir, "bench.sqlite"))
        print(f"emulator {args.binary} at {base}")
        _, configuration = request(base, "POST", "/campaign/configurations",
                                   {"name": "bench", "agent": {"agent_id": "agent-1"}})
        _, campaign = request(base, "POST", "/campaign/campaigns",
                              {"name": "bench", "external_id": "bench", "configuration_id": configuration["id"]})
        contacts_path = f"/campaign/campaigns/{campaign['id']}/contacts"

        batches = (args.contacts + BATCH - 1) // BATCH
        start = time.perf_counter()

        def load(index):
            first = index * BATCH
            status, answer = request(base, "POST", contacts_path, {"contacts": contacts(first, min(BATCH, args.contacts - first))})
            if answer["inserted"] != min(BATCH, args.contacts - first):
                raise EmulatorFailure(f"batch {index} inserted {answer['inserted']}")

        with ThreadPoolExecutor(max_workers=args.threads) as pool:
            for done, _ in enumerate(pool.map(load, range(batches)), start=1):
                if done % 100 == 0:
                    elapsed = time.perf_counter() - start
                    print(f"  loaded {done * BATCH:>9,} contacts in {elapsed:6.1f} s", flush=True)
        load_seconds = time.perf_counter() - start
        _, page = request(base, "GET", contacts_path + "?limit=1")
        if page["total"] != args.contacts:
            raise EmulatorFailure(f"the campaign holds {page['total']} contacts, not {args.contacts}")

        deep = int(args.contacts * 0.9)
        _, deep_page = request(base, "GET", f"{contacts_path}?limit={PAGE}&offset={deep}")
        if len(deep_page["contacts"]) != min(PAGE, args.contacts - deep):
            raise EmulatorFailure(f"the page at offset {deep} has {len(deep_page['contacts'])} contacts")

        first_times = [timed(base, "GET", f"{contacts_path}?limit={PAGE}&offset=0") for _ in range(args.samples)]
        deep_times = [timed(base, "GET", f"{contacts_path}?limit={PAGE}&offset={deep}") for _ in range(args.samples)]
        upsert_samples = max(5, args.samples // 3)
        upsert_times = [timed(base, "POST", contacts_path, {"contacts": contacts(args.contacts + i * BATCH, BATCH)})
                        for i in range(upsert_samples)]

        first_median = statistics.median(first_times)
        deep_median = statistics.median(deep_times)
        upsert_median = statistics.median(upsert_times)
        ratio = deep_median / first_median
        print()
        print(f"load: {args.contacts:,} contacts in {batches} upserts of {BATCH}, {args.threads} threads: "
              f"{load_seconds:.1f} s ({args.contacts / load_seconds:,.0f} contacts/s)")
        print(f"page of {PAGE} at offset 0:        median {ms(first_median)} over {args.samples} requests")
        print(f"page of {PAGE} at offset {deep:,}: median {ms(deep_median)} over {args.samples} requests")
        print(f"upsert of {BATCH} new contacts:     median {ms(upsert_median)} over {upsert_samples} requests")
        verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
        print(f"deep/first ratio: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x): {verdict}")
        # Lines in the shape benchmarks/run-all.sh collects into one table.
        print("BENCH " + json.dumps({"scenario": f"emulator page at offset {deep:,} of 1M", "requests": 1, "min_requests": 1,
                                      "wall_s": deep_median, "lower_bound_s": first_median, "lower_bound": "page at offset 0"}))
        print("BENCH " + json.dumps({"scenario": "emulator upsert of 1000", "requests": 1, "min_requests": 1, "wall_s": upsert_median}))

        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=30)
        process = None
        if code != 0:
            raise EmulatorFailure(f"the emulator exited with {code} on SIGTERM")
        return 0
    except EmulatorFailure as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
