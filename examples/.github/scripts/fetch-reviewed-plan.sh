#!/usr/bin/env bash
# Downloads into reviewed/ the plan of ENVIRONMENT that the pull request merged as SHA was
# reviewed with: the artifact plan-<PR>-<PR head sha>-<ENVIRONMENT> of this workflow's plan job.
# Fails, applying nothing, when there is none. Needs GH_TOKEN, REPO, SHA, BRANCH, ENVIRONMENT.
set -euo pipefail

fail() {
    echo "::error::$1 Nothing was applied to $ENVIRONMENT. To apply main as it is now, run this workflow by hand with mode replan-and-apply."
    exit 1
}

# The merge (or squash, or last rebased) commit's pull request into this branch.
pr=$(gh api "repos/$REPO/commits/$SHA/pulls" \
    --jq "[.[] | select(.merged_at != null and .base.ref == \"$BRANCH\")] | first | select(. != null) |
      \"\(.number) \(.head.sha)\"")
[ -n "$pr" ] || fail "$SHA is not the merge of a pull request into $BRANCH, so no plan was reviewed for it."
read -r number head <<< "$pr"
name="plan-$number-$head-$ENVIRONMENT"
# The newest unexpired artifact of that name saved by a pull_request run of this workflow on that head.
run=$(gh api "repos/$REPO/actions/artifacts?name=$name&per_page=100" \
    --jq "[.artifacts[] | select((.expired | not) and .workflow_run.head_sha == \"$head\")] |
      sort_by(.created_at) | last | .workflow_run.id // empty")
[ -n "$run" ] || fail "No plan $name: the plan of #$number at $head was not saved, or has expired."
# (Renamed the workflow file? Name it here too.)
origin=$(gh api "repos/$REPO/actions/runs/$run" --jq '"\(.event) \(.path)"')
case "$origin" in
"pull_request .github/workflows/campaignctl.yml"*) ;;
*) fail "$name comes from run $run ($origin), not from this workflow's plan job." ;;
esac
gh run download "$run" --repo "$REPO" --name "$name" --dir reviewed
echo "Applying to $ENVIRONMENT the plan reviewed on #$number at $head (run $run)."
