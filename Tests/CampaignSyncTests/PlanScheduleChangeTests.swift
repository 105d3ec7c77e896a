import AnyreachModel
import Foundation
import ScheduleRules
import Testing

@testable import CampaignSync

/// What the plan's markdown draws a schedule change from: the operation's own payload and
/// changes, and the plan's band, all of which a saved plan keeps.
@Suite struct PlanScheduleChangeTests {
    static let live = Schedule(
        defaultTimezone: "America/Chicago",
        defaultWindows: [TimeWindow(days: ["mon"], start: "09:00", end: "17:00")],
        overrides: [ScheduleOverride(timezones: ["America/Denver"], windows: [])],
        scheduledWindows: [TimeWindow(days: ["sat"], start: "10:00", end: "12:00")])

    static func patch(to wanted: Schedule) -> PlanOperation {
        let agent = Agent(agentID: "agent-1")
        let current = ConfigurationState(name: "Hours", schedule: live, agent: agent)
        let desired = ConfigurationState(name: "Hours", schedule: wanted, agent: agent)
        let changes = ConfigurationState.fields.differences(from: current, to: desired).map(FieldChange.init)
        return PlanOperation(
            id: OperationID(.configuration, "hours", .patch),
            step: .patchConfiguration(ConfigurationPatch(from: current, to: desired)), key: "hours", liveID: "id",
            changes: changes)
    }

    @Test func aPatchGivesBackTheLiveScheduleFromItsChanges() throws {
        var wanted = Self.live
        wanted.defaultWindows = [TimeWindow(days: ["mon"], start: "09:00", end: "21:30")]
        wanted.scheduledWindows = nil
        wanted.overrides = []
        let change = try #require(Self.patch(to: wanted).scheduleChange)
        #expect(change.before == Self.live)
        #expect(change.after == wanted)
    }

    @Test func aPatchThatLeavesTheScheduleHasNoScheduleChange() {
        var operation = Self.patch(to: Self.live)
        var patch = ConfigurationPatch()
        patch.name = .value("Renamed")
        operation.step = .patchConfiguration(patch)
        #expect(operation.scheduleChange == nil)
    }

    /// The grids sit in the operation's fold, marked against the plan's band, not the usual one.
    @Test func theMarkdownDrawsTheChangeAgainstThePlansBand() {
        var wanted = Self.live
        wanted.defaultWindows = [TimeWindow(days: ["mon"], start: "09:00", end: "21:30")]
        let band = CallingHours(earliest: 9 * 60, latest: 20 * 60)
        let plan = Plan(
            scope: Self.scope, operations: [Self.patch(to: wanted)], unmanaged: [], warnings: [], callingHours: band)
        let markdown = PlanMarkdownRenderer(masking: Masking(showSensitive: false)).render(plan)
        let fold = markdown.components(separatedBy: "<details>").dropFirst().first ?? ""
        #expect(fold.contains("calling windows before:") && fold.contains("calling windows after:"), "\(markdown)")
        let after = "mon  " + String(repeating: ".", count: 18) + String(repeating: "#", count: 22) + "!!!....."
        #expect(fold.contains(after), "20:00–21:30 outside 09:00–20:00:\n\(markdown)")
        #expect(
            fold.contains("unchanged, regular contacts and every retry (default_windows, overrides): America/Denver\n"))
        #expect(
            fold.contains(
                "unchanged, first call of a scheduled contact (scheduled_windows, overrides): America/Chicago (default_timezone) and every zone without an override; America/Denver\n"
            ))
        #expect(fold.contains(WeekGrid.legend(band)))
    }

    static let scope = PlanScope(
        apiURL: "http://localhost", org: nil, manifests: [], configurations: [], campaigns: [],
        adHocContacts: false, concurrency: false)

    @Test func aSavedPlanKeepsTheBandAndAPlanWithoutOneUsesTheUsualBand() throws {
        let scope = Self.scope
        let band = CallingHours(earliest: 9 * 60, latest: 20 * 60 + 30)
        let plan = Plan(scope: scope, operations: [], unmanaged: [], warnings: [], callingHours: band)
        let data = try SavedPlan.encode(plan)
        #expect(
            String(decoding: data, as: UTF8.self).contains(#""calling_hours":{"earliest":"09:00","latest":"20:30"}"#))
        #expect(try SavedPlan(decoding: data, name: "plan.json").plan.band == band)
        let without = Plan(scope: scope, operations: [], unmanaged: [], warnings: [])
        #expect(!String(decoding: try SavedPlan.encode(without), as: UTF8.self).contains("calling_hours"))
        #expect(try SavedPlan(decoding: SavedPlan.encode(without), name: "plan.json").plan.band == .usual)
    }
}
