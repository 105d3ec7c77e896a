#!/usr/bin/env python3
"""Runs the binary-driven benchmarks (apply, validate) for a baseline build and for this tree's
release build, alternating, and prints each scenario's figures side by side with their ratio.

    benchmarks/compare.py --base-bin-dir ../baseline/.build/release [--rounds 2]

The baseline is any release build of campaignctl and anyreach-emulator, e.g. a worktree of an
earlier commit built with `swift build -c release`. Each scenario's fastest round is kept for both
sides, so a passing load on the shared machine hurts both alike. Not a test: nothing fails.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench_lines(command):
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-2000:] + done.stderr[-2000:])
    return [json.loads(line[6:]) for line in done.stdout.splitlines() if line.startswith("BENCH ")]


def runs(bin_dir):
    apply = [sys.executable, "benchmarks/apply/run.py", "--bin-dir", str(bin_dir)]
    validate = [sys.executable, "benchmarks/manifest-load/run.py", "--binary", str(Path(bin_dir) / "campaignctl"),
                "--skip-1m"]
    return bench_lines(apply) + bench_lines(validate)


def fastest(rows):
    best = {}
    for row in rows:
        name = row["scenario"]
        if name not in best or row["wall_s"] < best[name]["wall_s"]:
            best[name] = row
    return best


def cell(row, key, digits):
    return f"{row[key]:.{digits}f}" if row and key in row else ""


def ratio(new, old, key):
    if not new or not old or key not in new or not old.get(key):
        return ""
    return f"{new[key] / old[key]:.2f}×"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-bin-dir", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=sys.stderr)
    current = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    base_rows, new_rows = [], []
    for round_number in range(args.rounds):
        print(f"round {round_number + 1} of {args.rounds}", file=sys.stderr)
        base_rows += runs(args.base_bin_dir)
        new_rows += runs(current)
    base, new = fastest(base_rows), fastest(new_rows)
    print("| scenario | base wall s | new wall s | new ÷ base | base CPU s | new CPU s | new ÷ base | base MiB | new MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in sorted(set(base) | set(new)):
        b, n = base.get(name), new.get(name)
        print(f"| {name} | {cell(b, 'wall_s', 3)} | {cell(n, 'wall_s', 3)} | {ratio(n, b, 'wall_s')} | "
              f"{cell(b, 'cpu_s', 2)} | {cell(n, 'cpu_s', 2)} | {ratio(n, b, 'cpu_s')} | "
              f"{cell(b, 'peak_mib', 0)} | {cell(n, 'peak_mib', 0)} |")


if __name__ == "__main__":
    main()
