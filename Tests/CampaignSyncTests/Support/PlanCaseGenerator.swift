import AnyreachAPI
import AnyreachModel
import TestSupport

@testable import CampaignManifest

/// Generated manifests: configurations, campaigns of every status with contacts of every field,
/// ad-hoc contacts, a concurrency limit and a prune policy, built directly as a `DesiredState`
/// (as the loader would leave it: numbers normalized, defaults filled in).
struct PlanCaseGenerator {
    var random: SeededRandom
    /// Every so often one campaign gets thousands of contacts, past the inline and batch limits.
    var largeCampaignChance = 0.03
    private var line = 0

    static let configurationKeys = ["cfg-a", "cfg-b", "cfg-c", "cfg-d"]
    static let campaignKeys = ["camp-1", "camp-2", "camp-3", "camp-4", "camp-5"]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    mutating func location() -> SourceLocation {
        line += 1
        return SourceLocation(file: "generated.yaml", line: line, column: 1)
    }

    // MARK: - Configurations

    mutating func configuration(_ key: String) -> ConfigurationSpec {
        let schedule = Schedule(
            defaultTimezone: random.pick(["America/New_York", "Europe/London", "America/Chicago"]),
            defaultWindows: windows(),
            overrides: random.chance(0.3) ? [ScheduleOverride(timezones: ["America/Denver"], windows: windows())] : [],
            scheduledWindows: random.chance(0.3) ? windows() : nil,
            scheduledOverrides: random.chance(0.2)
                ? [ScheduleOverride(timezones: ["Pacific/Honolulu"], windows: windows())] : nil)
        let policy = DialingPolicy(
            maxAttempts: random.int(in: 1...5), retryDelayMinutes: random.pick([0, 60, 90]),
            defaultCountryCode: random.pick(["+1", "+1", "+44"]))
        let agent = Agent(
            agentID: random.pick(["agent-1", "agent-2"]), agentVersion: random.chance(0.5) ? random.int(in: 1...3) : nil
        )
        let state = ConfigurationState(
            name: "Configuration \(key) v\(random.int(in: 1...2))", schedule: schedule,
            dialingPolicy: policy, agent: agent)
        return ConfigurationSpec(externalID: key, state: state, location: location())
    }

    mutating func windows() -> [TimeWindow] {
        (0..<random.int(in: 0...2)).map { _ in
            TimeWindow(
                days: random.subset(["mon", "tue", "wed", "thu", "fri"], probability: 0.7).ifEmpty(["sat"]),
                start: random.pick(["08:00", "09:00"]), end: random.pick(["17:00", "20:30"]))
        }
    }

    // MARK: - Campaigns

    mutating func campaign(_ key: String, configurations: [String]) -> CampaignSpec {
        let count = random.chance(largeCampaignChance) ? random.int(in: 5001...6200) : random.int(in: 0...12)
        let status = random.pick([CampaignStatus.active, .active, .paused, .paused, .closed])
        var fields: [String: SourceLocation] = [:]
        for field in ["name", "configuration", "status", "priority", "contacts"] { fields[field] = location() }
        return CampaignSpec(
            externalID: key, name: "Campaign \(key) v\(random.int(in: 1...2))",
            configuration: random.pick(configurations),
            status: status, priority: random.int(in: 1...10),
            contacts: (0..<count).map { contact("\(key)-c\($0)", e164Only: false) },
            pruneContacts: random.chance(0.5), location: location(), fieldLocations: fields)
    }

    // MARK: - Contacts

    /// A contact with random fields; `e164Only` for ad-hoc contacts, whose numbers are written
    /// as E.164 already.
    mutating func contact(_ key: String, e164Only: Bool) -> ContactSpec {
        let numbers = (0..<random.int(in: 1...2)).map { _ in phoneNumber() }
        var spec = ContactSpec(
            externalID: key, rawPhoneNumbers: numbers.map { e164Only ? $0.e164 : $0.written }, location: location())
        spec.phoneNumbers = numbers.map(\.e164)
        spec.data = data()
        spec.timezone = random.chance(0.3) ? random.pick(["America/Chicago", "Europe/London"]) : nil
        spec.scheduledAt =
            random.chance(0.2)
            ? "2027-0\(random.int(in: 1...9))-1\(random.int(in: 0...9))T0\(random.int(in: 0...9)):30:00Z" : nil
        spec.agentID = random.chance(0.2) ? "agent-\(random.int(in: 1...3))" : nil
        spec.agentVersion = random.chance(0.2) ? random.int(in: 1...4) : nil
        spec.agentNumber = random.chance(0.1) ? "+1415555\(random.int(in: 1000...9999))" : nil
        spec.agentConfig = random.chance(0.1) ? ["voice": .string(random.pick(["calm", "brisk"])), "speed": 1.0] : nil
        spec.initialContext =
            random.chance(0.15) ? "Asked for a call about \(random.pick(["billing", "renewal"]))." : nil
        return spec
    }

    /// A number as a person writes it, and as E.164; international so any country code reads it.
    mutating func phoneNumber() -> (written: String, e164: String) {
        if random.chance(0.7) {
            let (area, line) = (random.pick(["415", "312", "212"]), random.int(in: 1000...9999))
            return ("+1 \(area) 555 \(line)", "+1\(area)555\(line)")
        }
        let line = random.int(in: 1000...9999)
        return ("+44 20 7946 \(line)", "+44207946\(line)")
    }

    /// Free data: integers, integral and fractional doubles, strings, booleans, nesting.
    mutating func data() -> JSONValue {
        var object: [String: JSONValue] = [:]
        for key in random.subset(["plan", "amount", "ratio", "vip", "tags", "address"]) {
            object[key] =
                switch key {
                case "plan": .string(random.pick(["basic", "plus"]))
                case "amount": .int(Int64(random.int(in: 1...999)))
                case "ratio": random.pick([.double(2.0), .double(0.25), .int(3)])
                case "vip": .bool(random.chance(0.5))
                case "tags": .array([.string("a"), .double(1.0)])
                default: .object(["city": .string("Camden"), "floor": .int(Int64(random.int(in: 0...3)))])
                }
        }
        return .object(object)
    }
}

extension Array {
    func ifEmpty(_ replacement: [Element]) -> [Element] { isEmpty ? replacement : self }
}
