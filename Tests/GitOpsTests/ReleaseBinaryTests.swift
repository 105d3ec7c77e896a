import Foundation
import TestSupport
import Testing

/// The release build that the action installs and the Dockerfile copies (`scripts/install.sh`:
/// `swift build -c release --static-swift-stdlib --product campaignctl --scratch-path
/// .build-static`, a build of its own so that a plain release build never stands in for it) carries the Swift runtime
/// and Foundation inside it: it runs with no Swift library on its library path, so it can be
/// copied to a machine of the same architecture and libc that has no Swift.
@Suite struct ReleaseBinaryTests {
    static let binary = BuiltProducts.packageRoot.appendingPathComponent(".build-static/release/campaignctl")
    static let isBuilt = FileManager.default.isExecutableFile(atPath: binary.path)
    /// No Swift toolchain on the PATH or the library path.
    static let bareEnvironment = ["PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": "", "NO_COLOR": "1"]

    @Test(
        .enabled(
            if: isBuilt,
            "no static release build at .build-static/release/campaignctl: scripts/install.sh makes it (15 minutes on two cores: not in .ci/run)"
        ))
    func theReleaseBinaryLinksNoSwiftLibrary() async throws {
        let ldd = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/ldd"), [Self.binary.path], environment: Self.bareEnvironment,
            directory: BuiltProducts.packageRoot)
        #expect(ldd.status == 0, "\(ldd)")
        let libraries = ldd.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!libraries.isEmpty, "\(ldd)")
        let swift = libraries.filter { line in
            ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "not found"].contains {
                line.contains($0)
            }
        }
        #expect(swift.isEmpty, "built without --static-swift-stdlib? it needs:\n\(swift.joined(separator: "\n"))")
    }

    @Test(
        .enabled(
            if: isBuilt,
            "no static release build at .build-static/release/campaignctl: scripts/install.sh makes it (15 minutes on two cores: not in .ci/run)"
        ))
    func theReleaseBinaryRunsWithoutSwiftOnTheLibraryPath() async throws {
        let help = try await ChildProcess.run(
            Self.binary, ["--help"], environment: Self.bareEnvironment, directory: BuiltProducts.packageRoot)
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("USAGE: campaignctl <subcommand>"), "\(help.stdout)")

        // Foundation's time zones and ICU data, Yams and the CSV reader, all from inside the binary.
        let validate = try await ChildProcess.run(
            Self.binary, ["validate", "examples/"], environment: Self.bareEnvironment,
            directory: BuiltProducts.packageRoot)
        #expect(validate.status == 0, "\(validate)")
    }
}
