#!/bin/sh
# Benchmark of validate with a 1,000,000-number suppression list next to the same manifests without
# it. See run.py; this wrapper only finds python3.
exec python3 "$(dirname "$0")/run.py" "$@"
