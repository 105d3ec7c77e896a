import Foundation
import TestSupport
import Testing

/// `plan` and `apply` against an API read the start of the org's contacts while the manifests
/// load (`LoadWhileReading`): through the built binary, the pages read ahead are the plan's (no
/// page twice), and manifests that fail to load still stop everything before a plan, with their
/// errors first and nothing but reads sent.
@Suite struct PlanReadAheadTests {
    private static let typo = (
        file: "examples/campaigns/typo.yaml",
        text: "campaigns:\n  typo:\n    name: Typo\n    configuration: business-hours\n    priorty: 3\n",
        located: "examples/campaigns/typo.yaml:5:5: error:"
    )

    @Test func aPlanReadsEachContactPageOnce() async throws {
        try await Scenario.with("read-ahead-once", example: ".") { scenario in
            let applied = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            #expect(applied.status == 0, "\(applied)")
            let before = try await scenario.emulator.requestLog().count

            let plan = try await scenario.planIsEmpty()
            #expect(plan.status == 0, "\(plan)")
            let pages = try await scenario.emulator.requestLog().dropFirst(before).filter {
                $0.method == "GET" && $0.path.contains("/contacts")
            }
            // The log leaves out the query (the offset), so pages are counted by campaign: as
            // many as its contacts take at 200 a page, whether read ahead or by the plan.
            let contacts = try await scenario.inventory().contacts
            let byCampaign = Dictionary(grouping: pages) { $0.path.split(separator: "/").dropLast().last ?? "" }
            #expect(byCampaign.count >= 3, "the examples' campaigns' contact pages: \(pages)")
            for (campaign, read) in byCampaign {
                let count = try #require(contacts[String(campaign)]?.count, "\(campaign)")
                #expect(read.count == max(1, (count + 199) / 200), "\(campaign): \(count) contacts, no page twice")
            }
        }
    }

    @Test(arguments: [["plan"], ["apply", "--auto-approve"]])
    func brokenManifestsStopThePlanWithReadsOnly(_ command: [String]) async throws {
        try await Scenario.with("read-ahead-broken", example: ".") { scenario in
            let applied = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            #expect(applied.status == 0, "\(applied)")
            let org = try await scenario.inventory()
            let before = try await scenario.emulator.requestLog().count
            try scenario.workspace.write(Self.typo.file, Self.typo.text)

            let run = try await scenario.campaignctl.run(command + ["examples/"])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains(Self.typo.located), "\(run.stderr)")
            #expect(run.stderr.contains("nothing was planned"), "\(run.stderr)")
            #expect(run.stdout.isEmpty, "no plan on stdout: \(run.stdout.prefix(500))")
            let sent = try await scenario.emulator.requestLog().dropFirst(before)
            #expect(sent.allSatisfy { $0.method == "GET" }, "\(Array(sent))")
            #expect(try await scenario.inventory() == org)
        }
    }

    @Test func brokenManifestsAreReportedBeforeAConnectionThatCannotOpen() async throws {
        let workspace = try Workspace("read-ahead-no-token")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        try workspace.write(Self.typo.file, Self.typo.text)

        let plan = try await Campaignctl(directory: workspace.root).run([
            "plan", "--api-url", "http://127.0.0.1:9", "--token-file", "no-such-token", "examples/",
        ])
        #expect(plan.status == 1, "\(plan)")
        #expect(plan.stderr.contains(Self.typo.located), "\(plan.stderr)")
        #expect(plan.stderr.contains("nothing was planned"), "\(plan.stderr)")
        #expect(!plan.stderr.contains("no-such-token"), "the manifests' errors come first: \(plan.stderr)")
    }
}
