#!/usr/bin/env bash
# Writes docs/cli.md: a hand-written overview, then every command's --help as the binary prints
# it, so the reference can't drift from the flags. Run after changing a command.
# With --check, writes into a temporary directory instead and exits 1 if docs/cli.md is stale
# (what .ci/run does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/compare-generated.sh
generated_output "$@"
mkdir -p "$out/docs"
swift build --product campaignctl >&2
bin=$(swift build --show-bin-path)/campaignctl
{
    cat docs/cli-overview.md
    for command in validate fmt windows plan apply drift status export import reconcile show; do
        printf '\n## campaignctl %s\n\n```\n' "$command"
        COLUMNS=100 "$bin" "$command" --help
        printf '```\n'
    done
} > "$out/docs/cli.md"
finish_generated "the commands' --help" scripts/generate-cli-docs.sh docs/cli.md
