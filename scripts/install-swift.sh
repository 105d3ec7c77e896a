#!/usr/bin/env bash
# Installs the pinned Swift toolchain from swift.org into a directory, checking its signature
# against the Swift 6 release signing key (by fingerprint, not just "a key swift.org serves"):
#
#   scripts/install-swift.sh DIR [VERSION]     # then: export PATH="DIR/usr/bin:$PATH"
#
# VERSION defaults to the release campaignctl is built and tested with. For Ubuntu 22.04 and
# 24.04 and Debian 12 on x86_64 or aarch64 (the platforms swift.org builds for that we name
# here); the system packages a toolchain needs (https://www.swift.org/install/linux/) are
# expected to be there, as they are on GitHub's Ubuntu runners. Used by action.yml.
set -euo pipefail

dir=${1:?usage: install-swift.sh DIR [VERSION]}
version=${2:-6.3.1}
key=52BB7E3DE28A71BE22EC05FFEF80A866B47A981F # Swift 6.x Release Signing Key

# shellcheck source=/dev/null
. /etc/os-release
case "$ID-$VERSION_ID" in
ubuntu-22.04 | ubuntu-24.04) platform=$ID$VERSION_ID ;;
debian-12) platform=debian12 ;;
*) echo "install-swift.sh: no swift.org toolchain named for $ID $VERSION_ID here" >&2; exit 1 ;;
esac
case "$(uname -m)" in
x86_64) suffix="" ;;
aarch64 | arm64) suffix="-aarch64" ;;
*) echo "install-swift.sh: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
name="swift-$version-RELEASE-$platform$suffix"
url="https://download.swift.org/swift-$version-release/${platform//./}$suffix/swift-$version-RELEASE/$name.tar.gz"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsSL --retry 3 -o "$work/swift.tar.gz" "$url"
curl -fsSL --retry 3 -o "$work/swift.tar.gz.sig" "$url.sig"
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
curl -fsSL --retry 3 --compressed https://www.swift.org/keys/all-keys.asc | gpg --batch --quiet --import
# VALIDSIG's last field is the fingerprint of the primary key that made the signature.
if ! gpg --batch --status-fd 1 --verify "$work/swift.tar.gz.sig" "$work/swift.tar.gz" 2>/dev/null |
    grep -Eq "^\[GNUPG:\] VALIDSIG .* $key\$"; then
    echo "install-swift.sh: $name.tar.gz is not signed by the Swift 6 release key $key" >&2
    exit 1
fi
mkdir -p "$dir"
tar -xzf "$work/swift.tar.gz" -C "$dir" --strip-components=1
"$dir/usr/bin/swift" --version >&2
