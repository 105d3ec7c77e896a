#!/usr/bin/env bash
# Writes docs/manifest.schema.json, the JSON Schema of manifests and contacts files, with the
# `manifest-schema` tool: it is generated from the definitions the loader checks keys against
# (Sources/CampaignManifest/Schema/ManifestKeys*.swift). Run after changing them.
# With --check, writes into a temporary directory instead and exits 1 if the committed file is
# stale. (ManifestSchemaTests checks the same during `swift test`, which is the check CI relies
# on; RECORD_GOLDEN=1 there rewrites the file too.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/compare-generated.sh
generated_output "$@"
mkdir -p "$out/docs"
swift build --product manifest-schema >&2
"$(swift build --show-bin-path)/manifest-schema" > "$out/docs/manifest.schema.json"
finish_generated ManifestKeys scripts/generate-manifest-schema.sh docs/manifest.schema.json
