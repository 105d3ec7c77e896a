public import AnyreachModel
import Foundation

extension PlanOperation {
    /// A configuration's schedule as it is live and as the operation leaves it, when the
    /// operation changes it: a create (`before` nil) or a patch that sends a schedule.
    ///
    /// Read from what the plan already holds, so a saved plan shows the same: a patch sends the
    /// whole schedule it leaves, and its `changes` hold the live value of every schedule field
    /// that differs, so the live schedule is the one sent with those fields put back.
    public var scheduleChange: (before: Schedule?, after: Schedule)? {
        switch step {
        case .createConfiguration(let state): return (nil, state.schedule)
        case .patchConfiguration(let patch):
            guard let after = patch.schedule.value, let before = liveSchedule(patchedTo: after) else { return nil }
            return (before, after)
        default: return nil
        }
    }

    private func liveSchedule(patchedTo after: Schedule) -> Schedule? {
        guard case .object(var fields) = after.json else { return nil }
        let prefix = ConfigurationState.CodingKeys.schedule.stringValue + "."
        for change in changes where change.field.hasPrefix(prefix) {
            fields[String(change.field.dropFirst(prefix.count))] = change.before ?? .null
        }
        return try? JSONDecoder().decode(Schedule.self, from: JSONValue.object(fields).compactData())
    }
}
