# Sourced by the generate-* scripts: where to write, and for their --check mode, comparing freshly
# generated files with the committed ones, so that CI fails when a command changed and its docs
# didn't.
#
# compare_generated FRESH_DIR REGENERATE_COMMAND FILE...
#   FILE is relative to the package root; its fresh copy is FRESH_DIR/FILE. Names every stale
#   or missing file with the command that regenerates it, shows the start of the difference,
#   and returns 1 if any was stale.
compare_generated() {
    local fresh=$1 command=$2 stale=0 file
    shift 2
    for file in "$@"; do
        if [[ ! -f "$file" ]]; then
            echo "error: $file is missing; run $command and commit the result" >&2
            stale=1
        elif ! cmp -s "$file" "$fresh/$file"; then
            echo "error: $file differs from what the commands generate; run $command and commit the result" >&2
            # The first lines of the difference are enough to see what changed; CI logs stay short.
            diff -u "$file" "$fresh/$file" --label "$file (committed)" --label "$file (generated)" | head -n 30 >&2
            stale=1
        fi
    done
    return "$stale"
}

# generated_output [--check]
#   Sets `out`, where a generate-* script writes: `.` (the package), or with --check a temporary
#   directory, removed on exit, whose files compare_generated then holds to the committed ones.
generated_output() {
    out=.
    if [[ "${1:-}" == "--check" ]]; then
        out=$(mktemp -d)
        trap 'rm -rf "$out"' EXIT
    fi
}

# finish_generated WHAT REGENERATE_COMMAND FILE...
#   After writing into `$out`: says what was written, or compares it with the committed files.
finish_generated() {
    local what=$1 command=$2
    shift 2
    if [[ "$out" == . ]]; then
        echo "wrote $*" >&2
    else
        compare_generated "$out" "$command" "$@"
        echo "up to date with $what: $*" >&2
    fi
}
