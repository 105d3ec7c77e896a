#!/usr/bin/env bash
# Regenerates docs/man/*.1 (swift-argument-parser's generate-manual plugin) and completions/
# (bash, zsh, fish) from the commands' own definitions. Run after changing a command.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift package generate-manual --date 2026-11-28 >&2
mkdir -p docs/man completions
cp .build/plugins/GenerateManual/outputs/CampaignCtl/campaignctl.1 docs/man/
cp .build/plugins/GenerateManual/outputs/AnyreachEmulatorTool/anyreach-emulator.1 docs/man/
bin=$(swift build --show-bin-path)/campaignctl
"$bin" --generate-completion-script bash > completions/campaignctl.bash
"$bin" --generate-completion-script zsh > completions/_campaignctl
"$bin" --generate-completion-script fish > completions/campaignctl.fish
echo "wrote docs/man and completions" >&2
