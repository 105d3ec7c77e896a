#!/usr/bin/env bash
# Regenerates Sources/AnyreachAPI/Generated/*.swift from openapi/anyreach-campaign.yaml.
# The generated code is committed so that a clean build does not compile the generator;
# CI runs this script with --check to prove the committed code matches the document.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tooldir="$root/.build-openapi-generator"
mkdir -p "$tooldir/Sources/Placeholder"
cat > "$tooldir/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "GeneratorHost",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")],
    targets: [.target(name: "Placeholder", path: "Sources/Placeholder")]
)
SWIFT
echo "// Empty: this package only hosts the generator." > "$tooldir/Sources/Placeholder/Empty.swift"
(cd "$tooldir" && swift build -c release --product swift-openapi-generator >&2)
generator="$tooldir/.build/release/swift-openapi-generator"

out="$root/Sources/AnyreachAPI/Generated"
target="$out"
if [[ "${1:-}" == "--check" ]]; then target=$(mktemp -d); fi
mkdir -p "$target"
"$generator" generate "$root/openapi/anyreach-campaign.yaml" \
    --config "$root/Sources/AnyreachAPI/openapi-generator-config.yaml" \
    --output-directory "$target" >&2
# swift format leaves generated code as the generator wrote it (this line is part of what --check
# compares, so the committed files carry it too).
for file in "$target"/*.swift; do
    { echo "// swift-format-ignore-file"; cat "$file"; } > "$file.tmp"
    mv "$file.tmp" "$file"
done
if [[ "${1:-}" == "--check" ]]; then
    if ! diff -ru "$out" "$target"; then
        echo "error: Sources/AnyreachAPI/Generated is out of date; run scripts/generate-openapi.sh" >&2
        exit 1
    fi
    echo "generated code matches openapi/anyreach-campaign.yaml"
fi
