#!/bin/sh
# Benchmark of `campaignctl validate` on 100k/1M contacts next to the bare Yams / CSV.swift parse.
# See run.py for what it does; this wrapper only finds python3.
exec python3 "$(dirname "$0")/run.py" "$@"
