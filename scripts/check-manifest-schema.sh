#!/usr/bin/env bash
# Checks that docs/manifest.schema.json and `campaignctl validate` agree, with check-jsonschema
# (what an editor's YAML extension or a pre-commit hook would run):
#   - every example and test fixture YAML file the validator accepts passes the schema;
#   - for every key the schema defines, changes to a complete manifest (a wrong type, null, a
#     value past its limits, `${VAR}`) get the same verdict from both, at the changed value.
# Uses the debug build's campaignctl and manifest-schema (run `swift build` first; .ci/run has)
# and installs the pinned check-jsonschema into .venv-schema/ on first use (gitignored).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv="$root/.venv-schema"
version=$(sed -n 's/^check-jsonschema==//p' scripts/requirements-schema.txt)
if ! "$venv/bin/check-jsonschema" --version 2>/dev/null | grep -qF "$version"; then
    echo "installing check-jsonschema into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/requirements-schema.txt
fi
bin=.build/debug
for tool in campaignctl manifest-schema; do
    [[ -x "$bin/$tool" ]] || { echo "error: $bin/$tool is missing; run swift build first" >&2; exit 1; }
done
probes=$(mktemp)
trap 'rm -f "$probes"' EXIT
"$bin/manifest-schema" --probes > "$probes"
"$venv/bin/python" scripts/check-manifest-schema.py \
    --campaignctl "$bin/campaignctl" --check-jsonschema "$venv/bin/check-jsonschema" --probes "$probes"
