#!/usr/bin/env bash
# Runs every benchmark of the project (release builds) and prints one table. Each benchmark
# prints its own detail, plus lines `BENCH {json}` with: scenario, requests, min_requests (the
# fewest the API allows), wall_s, lower_bound_s (and what the bound is), cpu_s, peak_mib.
# Benchmarks are not tests: nothing here passes or fails. Paste the table into docs/performance.md.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=$(mktemp -d)
swift build -c release >&2 || exit 1
run() {
    local name=$1; shift
    echo "== $name" >&2
    "$@" > "$out/$name.txt" 2>&1 || echo "   ($name exited $?; see $out/$name.txt)" >&2
}
# All of them use the release build above (the Swift-driven ones are subcommands of
# campaignctl-benchmarks); the table's rows come in the order of the detail files' names.
run manifest-load benchmarks/manifest-load/run.sh
run emulator-pages python3 benchmarks/emulator_pages.py --binary .build/release/anyreach-emulator
run apply benchmarks/apply/run.sh
# The first apply of a million contacts (10×100,000) at 0 ms: the client's CPU and memory per
# contact; its wall time is the emulator's inserts.
run apply-1m benchmarks/apply/run.sh --campaigns 10 --contacts 100000 --latency-ms 0 --parallelism 16
run client-read benchmarks/client-read/run.sh
run plan benchmarks/plan/run.sh
run suppression benchmarks/suppression/run.sh --binary .build/release/campaignctl
# Contacts at scale beside a sequential script: the API-bound case (20×5,000 at 50 ms, P=16) and
# a million contacts (10×100,000, its database seeded once and kept in .build/bench-data).
run scale-100k benchmarks/scale/run.sh --campaigns 20 --contacts 5000 --latency 50
run scale-1m benchmarks/scale/run.sh --campaigns 10 --contacts 100000 --latency 0
cat "$out"/*.txt | grep '^BENCH ' | sed 's/^BENCH //' | python3 benchmarks/table.py
echo "(detail of each benchmark in $out)" >&2
