#!/bin/sh
# Plans of a large org (10 campaigns × 100,000 contacts by default) beside a sequential sync
# script: benchmarks/scale/run.py. Builds campaignctl and the emulator in release first; extra
# arguments go to run.py (--campaigns N --contacts N --latency MS... --parallelism P).
set -eu
cd "$(dirname "$0")/../.."
for product in campaignctl anyreach-emulator; do
    swift build -c release --product "$product" >&2
done
exec python3 benchmarks/scale/run.py "$@"
