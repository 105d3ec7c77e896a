#!/usr/bin/env python3
"""Benchmark: `campaignctl validate` with a 1,000,000-number suppression list, next to the same
manifests without it.

Not a test: it measures and reports. Standard library only (plus Swift and /usr/bin/time):

    python3 benchmarks/suppression/run.py [--binary PATH] [--numbers N] [--contacts N] [--repeat N]

It generates, in a temporary directory, a manifest of one campaign with `--contacts` contacts
(CSV; one in ten of their numbers is on the list, so the filter does real work) and a
`policy.suppress` list of `--numbers` numbers, once as one number a line in the formats people
export (`+1 415 555 0123`, `(415) 555-0123` with `country_code`, `0014155550123`) and once as a
CSV column. Each runs under `/usr/bin/time -v` beside the baseline, the same manifests without
`policy.suppress`: the difference is what the list costs to read, normalize, hold and look up.
Prints `BENCH` lines for benchmarks/run-all.sh's table (lower bound: the baseline's wall time).
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import json

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

MANIFEST = """\
configurations:
  business-hours:
    name: Business hours
    agent: {{agent_id: agent-bench}}
campaigns:
  bench:
    name: Benchmark campaign
    configuration: business-hours
    contacts_files:
      - path: contacts.csv
        columns: {{external_id: id, phone_numbers: [mobile]}}
{policy}"""

POLICIES = {
    "baseline": "",
    "txt": "policy:\n  suppress:\n    - {path: do-not-call.txt, country_code: \"+1\"}\n",
    "csv": "policy:\n  suppress:\n    - {path: opt-outs.csv, column: phone, country_code: \"+1\"}\n",
}


def number(index):
    """The index-th distinct NANP number (area codes 201-999, exchanges 200-999)."""
    area, rest = 201 + index // 8_000_000, index % 8_000_000
    return area, 200 + rest // 10_000, rest % 10_000


def spelled(rng, area, exchange, line):
    return rng.choice([
        f"+1 {area} {exchange} {line:04d}", f"({area}) {exchange}-{line:04d}", f"{area}{exchange}{line:04d}",
        f"001{area}{exchange}{line:04d}", f"+1-{area}-{exchange}-{line:04d}",
    ])


def write_files(directory, numbers, contacts, seed=7):
    rng = random.Random(seed)
    listed = [number(i * 7) for i in range(numbers)]
    with open(os.path.join(directory, "do-not-call.txt"), "w") as out:
        out.write("# do not call: exported 2026-12-01\n")
        for parts in listed:
            out.write(spelled(rng, *parts) + "\n")
    with open(os.path.join(directory, "opt-outs.csv"), "w") as out:
        out.write("phone,source\r\n")
        for parts in listed:
            out.write(f"{spelled(rng, *parts)},web form\r\n")
    with open(os.path.join(directory, "contacts.csv"), "w") as out:
        out.write("id,mobile\r\n")
        for index in range(contacts):
            # One in ten contacts is on the list (a multiple of 7 under `numbers`); the rest aren't.
            parts = number(index * 7 if index % 10 == 0 else index * 7 + 3)
            out.write(f"lead-{index:07d},+1{parts[0]}{parts[1]}{parts[2]:04d}\r\n")


def timed(command):
    """Runs under /usr/bin/time -v: (wall s, user+sys s, peak RSS MiB, exit status, stderr)."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", result.stderr).group(1)) for kind in ("User", "System"))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return seconds, cpu, rss, result.returncode, result.stderr


def best(repeat, command):
    return min((timed(command) for _ in range(max(1, repeat))), key=lambda run: run[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", help="a release campaignctl (default: build one)")
    parser.add_argument("--numbers", type=int, default=1_000_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    binary = args.binary
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "campaignctl"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "campaignctl")
    work = tempfile.mkdtemp(prefix="campaignctl-suppression-")
    try:
        runs = {}
        for name, policy in POLICIES.items():
            directory = os.path.join(work, name)
            os.makedirs(directory)
            write_files(directory, args.numbers, args.contacts)
            with open(os.path.join(directory, "manifest.yaml"), "w") as out:
                out.write(MANIFEST.format(policy=policy))
            wall, cpu, rss, status, stderr = best(args.repeat, [binary, "validate", directory])
            if status != 0:
                print(f"{name}: validate exited {status}:\n{stderr[:2000]}", file=sys.stderr)
                return 1
            runs[name] = (wall, cpu, rss)
        base = runs["baseline"]
        print(f"{args.contacts:,} contacts, {args.numbers:,} suppressed numbers; best of {args.repeat}")
        print(f"baseline (no list): {base[0]:.2f} s wall, {base[1]:.2f} s CPU, {base[2]:.0f} MiB peak")
        for name in ("txt", "csv"):
            wall, cpu, rss = runs[name]
            print(f"{name} list: {wall:.2f} s wall ({wall / base[0]:.2f}× the baseline), {cpu:.2f} s CPU, "
                  f"{rss:.0f} MiB peak (+{rss - base[2]:.0f} MiB, {(rss - base[2]) * 1048576 / args.numbers:.0f} "
                  f"bytes a number; +{(cpu - base[1]) * 1e6 / args.numbers:.2f} µs CPU a number)")
            print("BENCH " + json.dumps({
                "scenario": f"validate {args.contacts // 1000}k contacts + {args.numbers // 1000}k suppressed ({name})",
                "wall_s": wall, "lower_bound_s": base[0], "lower_bound": "suppression: the same validate without the list",
                "cpu_s": cpu, "peak_mib": rss}))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
