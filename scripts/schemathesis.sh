#!/usr/bin/env bash
# Fuzzes the emulator against its own contract: Schemathesis generates requests from
# openapi/anyreach-campaign.yaml and checks every answer against the document (no 5xx, documented
# status codes and content types, bodies that match the response schemas).
#
#   scripts/schemathesis.sh [extra `st run` options]
#
# Installs a pinned Schemathesis into .venv-schemathesis/ on first use (gitignored), builds and
# starts `anyreach-emulator` on a free port with an in-memory database, and stops it on exit. The
# seed and the example count are fixed so that runs are repeatable; exits non-zero on any failure.
# Environment: SCHEMATHESIS_MAX_EXAMPLES (default 30), SCHEMATHESIS_SEED (default 20261128).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
version=4.32.5
venv="$root/.venv-schemathesis"
max_examples=${SCHEMATHESIS_MAX_EXAMPLES:-30}
seed=${SCHEMATHESIS_SEED:-20261128}

if ! "$venv/bin/st" --version 2>/dev/null | grep -qx "st, version $version"; then
    echo "installing schemathesis $version into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

echo "building anyreach-emulator" >&2
(cd "$root" && swift build --product anyreach-emulator >&2)
binary="$(cd "$root" && swift build --product anyreach-emulator --show-bin-path)/anyreach-emulator"

workdir=$(mktemp -d)
pid=
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$binary" --port 0 >"$workdir/emulator.out" 2>"$workdir/emulator.err" &
pid=$!
url=
for _ in $(seq 1 300); do
    if line=$(grep -m1 '^anyreach-emulator listening on ' "$workdir/emulator.out"); then
        url=${line##* }
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "error: anyreach-emulator exited before listening:" >&2
        cat "$workdir/emulator.out" "$workdir/emulator.err" >&2
        exit 1
    fi
    sleep 0.1
done
if [[ -z "$url" ]]; then
    echo "error: anyreach-emulator did not start listening within 30 s" >&2
    exit 1
fi
echo "emulator at $url (pid $pid)" >&2

# Random path ids almost always miss (404), so the contact routes get a campaign to work on: a
# configuration, a campaign `fuzz` with contacts `c1`..`c3`, and a config file that points the
# contact operations' `{id}` (and `{contact_id}`) at them.
api() {
    curl --silent --show-error --fail-with-body -H "Authorization: Bearer ak_local.emulator" \
        -H "Content-Type: application/json" "$@"
}
configuration=$(api -d '{"name": "fuzz", "agent": {"agent_id": "agent-1"}}' "$url/campaign/configurations" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
api -d '{"name": "fuzz", "external_id": "fuzz", "configuration_id": "'"$configuration"'", "contacts": [
        {"external_id": "c1", "phone_numbers": ["+14155550101"]},
        {"external_id": "c2", "phone_numbers": ["+14155550102"], "data": {"tier": "gold"}},
        {"external_id": "c3", "phone_numbers": ["+442079460958"], "timezone": "Europe/London"}]}' \
    "$url/campaign/campaigns" >/dev/null
cat >"$workdir/schemathesis.toml" <<'TOML'
[[operations]]
include-path-regex = "/contacts$"
parameters = { "path.id" = "fuzz" }

[[operations]]
include-path-regex = "/contacts/\\{contact_id\\}$"
parameters = { "path.id" = "fuzz", "path.contact_id" = "c1" }
TOML

status=0
"$venv/bin/st" --config-file "$workdir/schemathesis.toml" run "$root/openapi/anyreach-campaign.yaml" \
    --url "$url" \
    --header "Authorization: Bearer ak_local.emulator" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$max_examples" \
    --seed "$seed" \
    --workers 1 \
    --generation-database none \
    --request-timeout 30 \
    --no-color \
    "$@" || status=$?

if ! kill -0 "$pid" 2>/dev/null; then
    echo "error: anyreach-emulator died during the run:" >&2
    cat "$workdir/emulator.err" >&2
    status=1
fi
exit "$status"
