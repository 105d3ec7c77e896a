#!/usr/bin/env bash
# Regenerates docs/man/*.1 (swift-argument-parser's generate-manual plugin) and completions/
# (bash, zsh, fish) from the commands' own definitions. Run after changing a command.
# With --check, generates into a temporary directory instead and exits 1 if any committed file
# is stale (what .ci/run does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/compare-generated.sh
generated_output "$@"
mkdir -p "$out/docs/man" "$out/completions"
# A fixed date, so that the pages change only when the commands do. The plugin builds every
# product first, in release unless told: debug reuses the build CI (and a developer) already has.
manuals=.build/plugins/GenerateManual/outputs
# Pages of an earlier run must not stand in for one this run failed to write.
rm -rf "$manuals"
swift package generate-manual --configuration debug --date 2026-11-28 >&2
cp "$manuals/CampaignCtl/campaignctl.1" "$out/docs/man/"
cp "$manuals/AnyreachEmulatorTool/anyreach-emulator.1" "$out/docs/man/"
bin=$(swift build --show-bin-path)/campaignctl
"$bin" --generate-completion-script bash > "$out/completions/campaignctl.bash"
"$bin" --generate-completion-script zsh > "$out/completions/_campaignctl"
"$bin" --generate-completion-script fish > "$out/completions/campaignctl.fish"
finish_generated "the commands" scripts/generate-man-and-completions.sh \
    docs/man/campaignctl.1 docs/man/anyreach-emulator.1 \
    completions/campaignctl.bash completions/_campaignctl completions/campaignctl.fish
