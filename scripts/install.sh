#!/usr/bin/env bash
# Builds campaignctl from this checkout and installs it under a prefix, outside GitHub (the
# repository's action.yml does the same on a GitHub runner):
#
#   scripts/install.sh [--prefix DIR]     # default /usr/local: DIR/bin/campaignctl, its man page
#                                         # and shell completions under DIR/share
#
# A release build with the Swift runtime linked in (--static-swift-stdlib): the binary runs on
# another machine of the same architecture with the same or a newer glibc, with no Swift
# installed there; it still needs libsqlite3, libstdc++ and zlib (`ldd` lists them). Needs Swift
# 6.3 on the PATH to build (scripts/install-swift.sh installs the pinned release).
set -euo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; }

prefix=/usr/local
while [ $# -gt 0 ]; do
    case "$1" in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 64; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'" >&2; usage >&2; exit 64 ;;
    esac
done

cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null; then
    echo "install.sh: no swift on the PATH; install Swift 6.3 (scripts/install-swift.sh DIR, then put DIR/usr/bin on the PATH)" >&2
    exit 1
fi
version=$(swift --version 2>&1 | sed -n 's/.*Swift version \([0-9][0-9.]*\).*/\1/p' | head -n 1)
case "$version" in
6.3 | 6.3.*) ;;
*) echo "install.sh: warning: campaignctl is built and tested with Swift 6.3; this is Swift ${version:-unknown}" >&2 ;;
esac

# Its own scratch path: a release build without --static-swift-stdlib (benchmarks make one)
# never stands in for it, and the tests check this one (Tests/GitOpsTests/ReleaseBinaryTests).
swift build -c release --static-swift-stdlib --product campaignctl --scratch-path .build-static
binary="$(swift build -c release --scratch-path .build-static --show-bin-path)/campaignctl"

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$prefix/bin/campaignctl"
install -m 0644 docs/man/campaignctl.1 "$prefix/share/man/man1/campaignctl.1"
install -m 0644 completions/campaignctl.bash "$prefix/share/bash-completion/completions/campaignctl"
install -m 0644 completions/_campaignctl "$prefix/share/zsh/site-functions/_campaignctl"
install -m 0644 completions/campaignctl.fish "$prefix/share/fish/vendor_completions.d/campaignctl.fish"
echo "installed $prefix/bin/campaignctl" >&2
