import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `drift` after someone changed the org behind the repository's back: each change is reported
/// with its class and nothing else is; the simulated dialer calling contacts (their status and
/// attempts) is never drift.
@Suite struct DriftTests {
    @Test(arguments: BehindTheBack.allCases)
    func eachChangeIsReportedAloneWithItsClass(change: BehindTheBack) async throws {
        try await Scenario.with("drift-\(change.rawValue)", fixture: "drift") { scenario in
            try await applyAndExpectInSync(scenario)
            try await change.perform(on: scenario.emulator.baseURL)
            let drift = try await scenario.driftItems()
            #expect(drift.status == 2, "\(drift.run)")
            #expect(drift.items == [change.expected], "\(drift.run)")
        }
    }

    @Test func theDialerCallingContactsIsNoDrift() async throws {
        try await Scenario.with("drift-dialer", fixture: "drift", emulatorFlags: Scenario.dialer) { scenario in
            try await scenario.applyAndWaitForCalls()
            let drift = try await scenario.campaignctl.run(["drift", "drift/"])
            #expect(drift.status == 0, "\(drift)")
            #expect(drift.stdout.hasSuffix("In sync: the org matches the manifests.\n"), "\(drift)")
        }
    }

    @Test func everyChangeAtOnceWhileTheDialerCallsIsReportedExactly() async throws {
        try await Scenario.with("drift-all", fixture: "drift", emulatorFlags: Scenario.dialer) { scenario in
            try await scenario.applyAndWaitForCalls()
            for change in BehindTheBack.allCases { try await change.perform(on: scenario.emulator.baseURL) }
            let drift = try await scenario.driftItems()
            #expect(drift.status == 2, "\(drift.run)")
            #expect(Set(drift.items) == Set(BehindTheBack.allCases.map(\.expected)), "\(drift.run)")
            #expect(drift.items.count == BehindTheBack.allCases.count, "one item per change: \(drift.items)")
        }
    }

    @Test func driftNeverWrites() async throws {
        try await Scenario.with("drift-read-only", fixture: "drift") { scenario in
            try await applyAndExpectInSync(scenario)
            for change in BehindTheBack.allCases { try await change.perform(on: scenario.emulator.baseURL) }
            try await scenario.emulator.resetMetrics()
            for format in ["text", "json", "markdown"] {
                let drift = try await scenario.campaignctl.run(["drift", "--format", format, "drift/"])
                #expect(drift.status == 2, "\(drift)")
            }
            let metrics = try await scenario.emulator.metrics()
            #expect(metrics.total > 0)
            #expect(metrics.writeCount == 0, "drift wrote:\n\(metrics)")
        }
    }

    // MARK: - Steps

    private func applyAndExpectInSync(_ scenario: Scenario) async throws {
        let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "drift/"])
        try #require(apply.status == 0, "\(apply)")
        let drift = try await scenario.driftItems()
        try #require(drift.status == 0 && drift.items.isEmpty, "right after apply: \(drift.run)")
    }
}
