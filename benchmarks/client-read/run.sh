#!/usr/bin/env bash
# Reads an org of 20 campaigns × 5,000 contacts through an emulator adding 50 ms per request,
# at parallelism 1, 8 and 16, and prints requests, wall time and the ratio to the lower bound.
# A benchmark, not a test: Tests/AnyreachClientTests/ReadBenchmark.swift, skipped unless
# CAMPAIGNCTL_BENCH=1. Run from anywhere; builds in release (the first build takes minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Swift Testing captures a backtrace for every error thrown while a test runs (the emulator's
# JSON decoding throws and catches many errors per page); a real run of campaignctl pays nothing
# for that, so it is off here. Extra arguments go to `swift test` (e.g. --scratch-path DIR).
SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0 CAMPAIGNCTL_BENCH=1 swift test -c release --filter ReadBenchmark "$@" >"$log" 2>&1 || status=$?
if grep -q '^READBENCH ' "$log"; then
    sed -n 's/^READBENCH //p' "$log"
    grep -E '✘' "$log" || true
else
    tail -n 40 "$log"
fi
exit "$status"
