// swift-tools-version: 6.1
import PackageDescription

/// Strict settings for every target of ours (see STYLE.md): Swift 6 language mode gives strict
/// concurrency; these upcoming features keep existentials and imports explicit.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "campaignctl",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "anyreach-emulator", targets: ["AnyreachEmulatorTool"]),
        .executable(name: "campaignctl", targets: ["CampaignCtl"]),
        .executable(name: "campaignctl-benchmarks", targets: ["CampaignctlBenchmarks"]),
        .executable(name: "manifest-schema", targets: ["ManifestSchemaTool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // SHA-256 of the manifests a plan was made from. Already in the graph (through swift-nio-extras
        // and swift-certificates), so spelled as they spell it; 3.x or 4.x.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // The contract's model without networking: its [set] limits (`Contract`), `JSONValue`,
        // RFC 3339 dates, and one value type per API concept, shared by manifests, plans and the
        // client's edge.
        .target(name: "AnyreachModel", swiftSettings: strictSettings),
        // The API contract on the wire: Swift generated from openapi/anyreach-campaign.yaml
        // (scripts/generate-openapi.sh), for the client and the emulator.
        .target(
            name: "AnyreachAPI",
            dependencies: ["AnyreachModel", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            exclude: ["openapi-generator-config.yaml"]
        ),
        // E.164 normalization shared by the emulator and the manifest checks.
        .target(name: "PhoneNumbers", swiftSettings: strictSettings),
        // Time windows and IANA time zones, checked alike by the emulator and the manifest checks.
        .target(name: "ScheduleRules", dependencies: ["AnyreachModel"], swiftSettings: strictSettings),
        // The manifest language: YAML and CSV files to a checked desired state. No networking.
        .target(
            name: "CampaignManifest",
            dependencies: [
                "AnyreachModel", "PhoneNumbers", "ScheduleRules",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        // The API client: typed calls, retries, an adaptive limit, safe with credentials.
        .target(
            name: "AnyreachClient",
            dependencies: [
                "AnyreachAPI", "AnyreachModel",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        // The sync engine: diff, plan, render (and, later, apply and drift).
        .target(
            name: "CampaignSync",
            dependencies: [
                "CampaignManifest", "AnyreachClient", "AnyreachAPI", "AnyreachModel", "PhoneNumbers", "ScheduleRules",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "AnyreachEmulator",
            dependencies: [
                "AnyreachAPI", "AnyreachModel",
                "PhoneNumbers",
                "ScheduleRules",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "AnyreachEmulatorTool",
            dependencies: [
                "AnyreachEmulator", "AnyreachModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "CampaignCtl",
            dependencies: [
                "CampaignManifest", "CampaignSync", "AnyreachClient", "AnyreachEmulator", "AnyreachAPI",
                "AnyreachModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        // Prints docs/manifest.schema.json and the probes that check it against the loader
        // (scripts/generate-manifest-schema.sh, scripts/check-manifest-schema.sh); not shipped.
        .executableTarget(
            name: "ManifestSchemaTool", dependencies: ["CampaignManifest"], swiftSettings: strictSettings),
        // Benchmarks that drive the libraries, one subcommand per scenario; run in release by
        // benchmarks/*/run.sh. An executable rather than tests switched on by a variable, so that
        // they measure optimized code without testability or a test runner in the process.
        .executableTarget(
            name: "CampaignctlBenchmarks",
            dependencies: [
                "CampaignManifest", "CampaignSync", "AnyreachClient", "AnyreachEmulator", "AnyreachAPI",
                "AnyreachModel",
                "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "benchmarks/CampaignctlBenchmarks",
            swiftSettings: strictSettings
        ),
        // What the test targets (and the benchmarks) share: built executables, child processes,
        // the emulator as a child process, campaignctl run as a person runs it, golden files.
        // A plain target, since test targets can't import each other.
        .target(
            name: "TestSupport", dependencies: ["SpawnShim"], path: "Tests/TestSupport", swiftSettings: strictSettings),
        // Children are started with posix_spawn, not Foundation's Process: on Linux, Process.run()
        // over-reads a buffer while listing /proc/self/fd and crashes now and then
        // (swift-corelibs-foundation#5472, unfixed in Swift 6.3.1).
        .target(name: "SpawnShim", path: "Tests/SpawnShim"),
        .testTarget(
            name: "CampaignManifestTests",
            dependencies: [
                "CampaignManifest", "AnyreachModel", "ScheduleRules", "TestSupport",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AnyreachClientTests",
            dependencies: [
                "AnyreachClient", "AnyreachEmulator", "AnyreachAPI", "AnyreachModel", "CampaignSync", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // The GitOps loop end to end: the README's first command and `reconcile`, as built binaries.
        .testTarget(
            name: "GitOpsTests", dependencies: ["AnyreachAPI", "AnyreachModel", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PhoneNumbersTests",
            dependencies: ["PhoneNumbers"],
            // Read from the source tree: the sample scripts/generate-phone-timezones.py writes.
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CampaignSyncTests",
            dependencies: [
                "CampaignSync", "CampaignManifest", "AnyreachClient", "AnyreachEmulator", "AnyreachAPI",
                "AnyreachModel", "ScheduleRules", "TestSupport", .product(name: "Yams", package: "Yams"),
            ],
            // Read from the source tree (goldens are rewritten in place with RECORD_GOLDEN=1).
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CampaignCtlTests",
            dependencies: ["AnyreachEmulator", "AnyreachAPI", "AnyreachModel", "AnyreachClient", "TestSupport"],
            // Read from the source tree (goldens are rewritten in place with RECORD_GOLDEN=1).
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AnyreachEmulatorTests",
            dependencies: [
                "AnyreachEmulator",
                "AnyreachAPI",
                "AnyreachModel",
                "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
