#!/bin/sh
# Plan benchmark: 20 campaigns × 5,000 contacts in the emulator, planned with no changes and
# with 1% of the contacts changed, at 50 ms and 0 ms of emulator latency. Prints a table of
# requests, wall time, CPU time, peak memory and wall time over the reads' lower bound.
# A benchmark, not a test: see Tests/CampaignSyncTests/PlanBenchmark.swift.
set -eu
cd "$(dirname "$0")/../.."
# Swift Testing records a backtrace for every Swift error thrown while a test runs; the client's
# JSON decoding throws (and catches) several per contact, so leave that off to measure what
# `campaignctl plan` itself costs.
CAMPAIGNCTL_BENCH=1 SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0 swift test -c release --filter PlanBenchmark "$@"
