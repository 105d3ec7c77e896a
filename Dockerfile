# The reconcile loop as a container image: campaignctl's static release build (the Swift runtime
# and Foundation linked in, --static-swift-stdlib) copied into debian:bookworm-slim, run as a
# non-root user.
#
# NOT BUILT HERE: this project's machines reach no container registry, so this file has never
# been built or run. The binary it copies is the one tests check (.ci/run builds it the same
# way; Tests/GitOpsTests/ReleaseBinaryTests.swift checks that it links no Swift library).
#
#   docker build -t campaignctl .
#   docker run --rm -e ANYREACH_TOKEN -v "$PWD/manifests:/manifests:ro" -p 9464:9464 campaignctl
#   (docs/reconcile.md runs it on Kubernetes.)
#
# The build stage is the official Swift image on the same Debian release as the runtime, so the
# binary needs no newer glibc than the runtime has; pin both images by digest where you build.
FROM swift:6.3.1-bookworm AS build
WORKDIR /src
# The whole package (SwiftPM wants every target's directory, tests included); .dockerignore
# leaves out builds, virtualenvs and emulator databases.
COPY . .
RUN swift build -c release --static-swift-stdlib --product campaignctl \
    && install -D -m 0755 "$(swift build -c release --show-bin-path)/campaignctl" /out/campaignctl

FROM debian:bookworm-slim
# ca-certificates: TLS to the API; tzdata: calling windows in IANA time zones; libsqlite3-0:
# the embedded emulator's store, linked in although the loop never starts it (ldd lists it).
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates tzdata libsqlite3-0 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 65532 --user-group --home-dir /nonexistent --shell /usr/sbin/nologin campaignctl
COPY --from=build /out/campaignctl /usr/local/bin/campaignctl
# The uid docs/reconcile.md's Deployment runs as.
USER 65532:65532
# /metrics (Prometheus), /healthz and /readyz.
EXPOSE 9464
# Any campaignctl command; by default the loop over manifests mounted at /manifests
# (docs/reconcile.md passes its own arguments, with git-sync keeping the repository current).
ENTRYPOINT ["campaignctl"]
CMD ["reconcile", "--interval", "5m", "--metrics-host", "0.0.0.0", "/manifests"]
