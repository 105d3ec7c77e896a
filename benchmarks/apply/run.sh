#!/bin/sh
# Benchmark of `campaignctl apply`: 20 campaigns x 5,000 contacts, then 1% changes, at 50 ms
# emulator latency. See run.py for what it measures; this wrapper only finds python3.
exec python3 "$(dirname "$0")/run.py" "$@"
