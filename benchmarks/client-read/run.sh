#!/usr/bin/env bash
# Reads an org of 20 campaigns × 5,000 contacts through an emulator adding 50 ms per request,
# at parallelism 1, 8 and 16, and prints requests, wall time, the ratio to the lower bound and
# the CPU time of client and emulator. A benchmark, not a test:
# Tests/AnyreachClientTests/ReadBenchmark.swift, skipped unless CAMPAIGNCTL_BENCH=1.
# Builds in release (the first build takes minutes); `swift test` builds the anyreach-emulator
# product too, which the reads use as a child process so that the client's CPU is measured
# alone. Extra arguments go to `swift test` (e.g. --scratch-path DIR). A separate `swift build`
# would compile without testability and make `swift test` rebuild everything.
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Swift Testing captures a backtrace for every error thrown while a test runs (JSON decoding with
# `try?` throws many per page); a real run of campaignctl pays nothing for that, so it is off.
status=0
SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0 CAMPAIGNCTL_BENCH=1 swift test -c release --filter ReadBenchmark "$@" >"$log" 2>&1 || status=$?
if grep -q '^READBENCH ' "$log"; then
    sed -n 's/^READBENCH //p' "$log"
    grep '^BENCH ' "$log" || true
    grep -E '✘' "$log" || true
else
    tail -n 40 "$log"
fi
exit "$status"
