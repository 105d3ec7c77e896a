import Foundation
import TestSupport
import Testing

/// Manifests from a pull request, written by an attacker: every file they name that is not a
/// regular file inside the tree being read is refused at the line that names it, quickly, and
/// neither the environment (the API token in it) nor the named file's bytes reach any output.
@Suite struct HostileManifestTests {
    /// One hostile setup: what the contacts file entry says, and what to put on disk first.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The `path:` the manifest writes (`OUTSIDE` stands for the canary directory's path).
        var written: String
        var csv = true
        /// What makes the attack: links, FIFOs, directories, made in the workspace.
        var prepare: @Sendable (HostileTree) throws -> Void = { _ in }
        /// Words the refusal must contain.
        var because: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "CSV link to /proc/self/environ", written: "../contacts/leads.csv",
            prepare: { try $0.link("repo/contacts/leads.csv", to: "/proc/self/environ") },
            because: "is a link that points outside the tree being read"),
        Case(
            name: "CSV link to a file outside the tree", written: "../contacts/leads.csv",
            prepare: { try $0.link("repo/contacts/leads.csv", to: $0.outside("secret.csv")) },
            because: "is a link that points outside the tree being read"),
        Case(
            name: "YAML link to a file outside the tree", written: "../contacts/leads.yaml", csv: false,
            prepare: { try $0.link("repo/contacts/leads.yaml", to: $0.outside("secret.yaml")) },
            because: "is a link that points outside the tree being read"),
        Case(
            name: "link to a directory outside, then a file in it", written: "../contacts/out/secret.csv",
            prepare: { try $0.link("repo/contacts/out", to: $0.outside("")) },
            because: "is a link that points outside the tree being read"),
        Case(name: ".. escape", written: "../../outside/secret.csv", because: "leaves the tree being read"),
        Case(name: "absolute path to /etc/passwd", written: "/etc/passwd", because: "is an absolute path"),
        Case(name: "absolute path to the canary", written: "OUTSIDE/secret.csv", because: "is an absolute path"),
        Case(name: "absolute /dev/zero", written: "/dev/zero", because: "is an absolute path"),
        Case(
            name: "link to /dev/zero", written: "../contacts/zero.csv",
            prepare: { try $0.link("repo/contacts/zero.csv", to: "/dev/zero") },
            because: "is a link that points outside the tree being read"),
        Case(
            name: "FIFO", written: "../contacts/leads.csv",
            prepare: { try $0.fifo("repo/contacts/leads.csv") },
            because: "is a FIFO or other special file, not a regular file"),
        Case(
            name: "directory", written: "../contacts/leads.csv",
            prepare: { try $0.directory("repo/contacts/leads.csv") }, because: "is a directory, not a regular file"),
    ]

    @Test(arguments: cases)
    func refusedAtItsLineWithoutLeaking(_ hostile: Case) async throws {
        let tree = try HostileTree("hostile")
        defer { tree.remove() }
        try hostile.prepare(tree)
        try tree.writeManifest(
            naming: hostile.written.replacingOccurrences(of: "OUTSIDE", with: tree.outside("")), csv: hostile.csv)
        let location = hostile.csv ? "repo/campaigns/leads.yaml:11:15" : "repo/campaigns/leads.yaml:11:9"
        for command in [["validate"], ["plan", "--api-url", "http://127.0.0.1:9"]] {
            let started = ContinuousClock.now
            let run = try await tree.campaignctl(command + ["repo/"])
            let elapsed = ContinuousClock.now - started
            #expect(run.status == 1, "\(command[0]) \(hostile.name): \(run)")
            #expect(run.stderr.contains("\(location): error: contacts file"), "\(command[0]): \(run)")
            #expect(run.stderr.contains(hostile.because), "\(command[0]): \(run)")
            tree.expectNoLeak(run, command[0])
            // A hang on a FIFO or /dev/zero would hit the wait's timeout; this bound is generous
            // for a loaded CI runner (the refusal itself takes milliseconds).
            #expect(elapsed < .seconds(10), "\(command[0]) took \(elapsed)")
        }
    }

    @Test func aManifestFoundThroughADirectoryLinkOutIsRefused() async throws {
        let tree = try HostileTree("hostile-dir")
        defer { tree.remove() }
        try tree.writeManifest(naming: "../contacts/leads.csv", csv: true)
        try tree.write("repo/contacts/leads.csv", "id,phone\nlead-1,+14155550123\n")
        try tree.link("repo/more", to: tree.outside(""))
        try tree.link("repo/one.yaml", to: tree.outside("secret.yaml"))
        for command in [["validate"], ["plan", "--api-url", "http://127.0.0.1:9"]] {
            let run = try await tree.campaignctl(command + ["repo/"])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("repo/more:1:1: error: 'repo/more' is a link that points outside"), "\(run)")
            #expect(
                run.stderr.contains("repo/one.yaml:1:1: error: 'repo/one.yaml' is a link that points outside"), "\(run)"
            )
            tree.expectNoLeak(run, command[0])
        }
    }

    @Test func linksThatStayInsideTheTreeKeepWorking() async throws {
        let tree = try HostileTree("inside-links")
        defer { tree.remove() }
        try tree.writeManifest(naming: "../contacts/leads.csv", csv: true)
        try tree.write("repo/data/real.csv", "id,phone\nlead-1,+14155550123\n")
        try tree.link("repo/contacts/leads.csv", to: tree.root.appendingPathComponent("repo/data/real.csv").path)
        try tree.link("repo/shared", to: tree.root.appendingPathComponent("repo/.config").path)
        try tree.write("repo/.config/limit.yaml", "concurrency: {limit: 3}\n")
        let run = try await tree.campaignctl(["validate", "--format", "json", "repo/"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("repo/shared/limit.yaml"), "a linked directory inside the tree is read: \(run)")
    }
}
