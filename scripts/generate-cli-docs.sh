#!/usr/bin/env bash
# Writes docs/cli.md: a hand-written overview, then every command's --help as the binary prints
# it, so the reference can't drift from the flags. Run after changing a command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --product campaignctl >&2
bin=$(swift build --show-bin-path)/campaignctl
{
    cat docs/cli-overview.md
    for command in validate plan apply drift status export reconcile; do
        printf '\n## campaignctl %s\n\n```\n' "$command"
        COLUMNS=100 "$bin" "$command" --help
        printf '```\n'
    done
} > docs/cli.md
echo "wrote docs/cli.md" >&2
