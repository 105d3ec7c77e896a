#!/bin/sh
# Reads an org of 20 campaigns × 5,000 contacts through an emulator adding 50 ms per request,
# at parallelism 1, 8 and 16, and prints requests, wall time, the ratio to the lower bound and
# the CPU time of client and emulator. A benchmark, not a test: `campaignctl-benchmarks
# client-read` (benchmarks/CampaignctlBenchmarks/). Builds in release (the first build takes
# minutes), the anyreach-emulator product too: the reads use it as a child process so that the
# client's CPU is measured alone. Extra arguments go to the benchmark (--campaigns N, --contacts N).
set -eu
cd "$(dirname "$0")/../.."
for product in anyreach-emulator campaignctl-benchmarks; do
    swift build -c release --product "$product" >&2
done
exec "$(swift build -c release --show-bin-path)/campaignctl-benchmarks" client-read "$@"
