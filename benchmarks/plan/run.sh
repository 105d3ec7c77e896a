#!/bin/sh
# Plan benchmark: 20 campaigns × 5,000 contacts in the emulator, planned with no changes and
# with 1% of the contacts changed, at 50 ms and 0 ms of emulator latency. Prints a table of
# requests, wall time, CPU time, peak memory and wall time over the reads' lower bound.
# A benchmark, not a test: `campaignctl-benchmarks plan` (benchmarks/CampaignctlBenchmarks/).
# Builds in release (the first build takes minutes): campaignctl seeds the org, anyreach-emulator
# serves it, the benchmark plans. Extra arguments go to the benchmark (--campaigns N, --contacts N).
set -eu
cd "$(dirname "$0")/../.."
for product in campaignctl anyreach-emulator campaignctl-benchmarks; do
    swift build -c release --product "$product" >&2
done
exec "$(swift build -c release --show-bin-path)/campaignctl-benchmarks" plan "$@"
