#!/usr/bin/env bash
# Formats every Swift file of ours with `swift format` (the toolchain's) and `.swift-format`:
# 120 columns, 4 spaces, the layout rules on, the naming and documentation lint rules off (they
# can't be fixed mechanically, and reviews judge them). `--check` changes nothing and fails when a
# file would change: CI runs that. Generated files say `// swift-format-ignore-file` (their
# generators write it), so a plain `swift format lint -r Sources` agrees with this script.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.swift')
if [ "${1:-}" = "--check" ]; then
    swift format lint --strict --parallel --configuration .swift-format "${files[@]}"
    echo "swift format: ${#files[@]} files follow .swift-format"
else
    swift format format --in-place --parallel --configuration .swift-format "${files[@]}"
fi
