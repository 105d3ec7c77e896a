import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `--help` and `--version` as a person meets them: exit 0, text on stdout, and no Swift
/// internals (`rawValue`, `Optional(`, `Duration(`) in what they read.
@Suite struct HelpAndVersionTests {
    static let commands = [
        "", "validate", "fmt", "windows", "plan", "apply", "drift", "status", "export", "reconcile", "show",
    ]
    let campaignctl = Campaignctl(directory: FileManager.default.temporaryDirectory, base: .empty)

    @Test(arguments: commands)
    func helpExitsZeroAndReadsAsPlainWords(_ command: String) async throws {
        let run = try await campaignctl.run((command.isEmpty ? [] : [command]) + ["--help"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("USAGE: campaignctl"), "\(run)")
        for word in ["rawValue", "Optional(", "Duration(", "CommandError"] {
            #expect(!(run.stdout + run.stderr).contains(word), "\(word) in \(command) --help:\n\(run)")
        }
    }

    @Test func versionPrintsTheToolAndItsVersion() async throws {
        let run = try await campaignctl.run(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == Versions.line("campaignctl") + "\n", "\(run)")
        let emulator = try await ChildProcess.run(
            BuiltProducts.executable("anyreach-emulator"), ["--version"], environment: ["NO_COLOR": "1"],
            directory: BuiltProducts.packageRoot)
        #expect(emulator.status == 0 && emulator.stdout == Versions.line("anyreach-emulator") + "\n", "\(emulator)")
    }

    /// The contract version printed is the OpenAPI document's `info.version`.
    @Test func theContractVersionIsTheOpenAPIDocuments() throws {
        let document = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("openapi/anyreach-campaign.yaml"),
            encoding: .utf8)
        let info = document.components(separatedBy: "\ninfo:\n").dropFirst().first ?? ""
        let version = info.split(separator: "\n").first { $0.hasPrefix("  version: ") }
        #expect(version == "  version: \(Versions.contract)", "\(String(describing: version))")
    }

    @Test func anUnknownOptionIsAUsageErrorWithASuggestion() async throws {
        let run = try await campaignctl.run(["plan", "--detailed-exitcod"])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr.contains("Did you mean '--detailed-exitcode'?"), "\(run)")
    }
}
