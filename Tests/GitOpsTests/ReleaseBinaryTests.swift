import Foundation
import TestSupport
import Testing

/// The binary that the action installs and the Dockerfile copies is linked with
/// `--static-swift-stdlib`: it carries the Swift runtime and Foundation inside it, runs with no
/// Swift library on its library path, and so can be copied to a machine of the same architecture
/// and libc that has no Swift.
///
/// Checked on `scripts/install.sh`'s release build (`.build-static/release/campaignctl`) when it
/// exists, or else on a debug build linked the same way in the same scratch path
/// (`.build-static/debug/campaignctl`, which `.ci/run` builds: the release build takes 15.5
/// minutes on two cores); otherwise it skips, saying so.
@Suite struct ReleaseBinaryTests {
    static let candidates = [".build-static/release/campaignctl", ".build-static/debug/campaignctl"].map {
        BuiltProducts.packageRoot.appendingPathComponent($0)
    }
    static let binary = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    static let isBuilt = FileManager.default.isExecutableFile(atPath: binary.path)
    /// No Swift toolchain on the PATH or the library path.
    static let bareEnvironment = ["PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": "", "NO_COLOR": "1"]

    @Test(
        .enabled(
            if: isBuilt,
            "no statically linked campaignctl: scripts/install.sh makes .build-static/release/campaignctl, .ci/run makes .build-static/debug/campaignctl"
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
            "no statically linked campaignctl: scripts/install.sh makes .build-static/release/campaignctl, .ci/run makes .build-static/debug/campaignctl"
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
