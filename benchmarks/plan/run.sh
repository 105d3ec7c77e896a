#!/bin/sh
# Plan benchmark: 20 campaigns × 5,000 contacts in the emulator, planned with no changes and
# with 1% of the contacts changed, at 50 ms and 0 ms of emulator latency. Prints a table of
# requests, wall time, CPU time, peak memory and wall time over the reads' lower bound.
# A benchmark, not a test: see Tests/CampaignSyncTests/PlanBenchmark.swift.
set -eu
cd "$(dirname "$0")/../.."
CAMPAIGNCTL_BENCH=1 swift test -c release --filter PlanBenchmark "$@"
