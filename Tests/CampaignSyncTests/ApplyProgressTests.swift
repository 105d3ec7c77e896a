import AnyreachModel
import CampaignSync
import Testing

/// The progress line a person believes: contacts as they land, and a rate and time left from
/// the last seconds, not from the start.
@Suite struct ApplyProgressTests {
    @Test func theRateAndTimeLeftComeFromTheRecentWindow() async throws {
        let examples = try Examples(leads: 1)
        defer { examples.remove() }
        var plan = try examples.plan(.empty)
        plan.operations = [
            PlanOperation(
                id: OperationID(.contacts, "big", .upsertContacts, batch: 1), step: .upsertContacts, key: "big",
                contacts: (0..<10_000).map { ContactChange(kind: .add, externalID: "c-\($0)") })
        ]
        let progress = ApplyProgress(plan: plan)
        let start = ContinuousClock.now
        #expect(await progress.line(now: start) == "apply: 0/1 operations, 0/10000 contacts", "no guess before work")
        // A slow start (100 in the first 30 s), then 1,000/s: the window sees only the latter.
        await progress.advance(100)
        _ = await progress.line(now: start + .seconds(30))
        await progress.advance(5_000)
        let line = await progress.line(now: start + .seconds(35))
        #expect(line == "apply: 0/1 operations, 5100/10000 contacts, 1000/s, ~5s left", "\(line)")
    }
}
