import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// Changes someone makes in the dashboard after `apply` of `Fixtures/drift`, made over the API
/// like any other client's, each with the drift item it must produce.
enum BehindTheBack: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case campaignRenamed
    case scheduleWindowChanged
    case contactPhoneChanged
    case campaignCreated
    case contactDeleted
    case contactAdded
    case campaignStarted
    case concurrencyRaised

    var testDescription: String { rawValue }

    /// One item of `drift --format json`: class, resource, key and the fields that differ.
    struct Item: Hashable, CustomStringConvertible {
        var driftClass: String
        var resource: String
        var key: String
        var fields: [String] = []

        var description: String { "\(driftClass) \(resource) \(key) \(fields)" }

        init(_ driftClass: String, _ resource: String, _ key: String, fields: [String] = []) {
            (self.driftClass, self.resource, self.key, self.fields) = (driftClass, resource, key, fields)
        }

        init(_ json: JSONValue) {
            driftClass = json["class"]?.stringValue ?? "?"
            resource = json["resource"]?.stringValue ?? "?"
            key = json["key"]?.stringValue ?? "?"
            fields = (json["changes"]?.arrayValue ?? []).compactMap { $0["field"]?.stringValue }
        }
    }

    var expected: Item {
        switch self {
        case .campaignRenamed: Item("changed_live", "campaign", "renewals", fields: ["name"])
        case .scheduleWindowChanged:
            Item("changed_live", "configuration", "around-the-clock", fields: ["schedule.default_windows"])
        case .contactPhoneChanged: Item("changed_live", "contacts", "renewals/lead-02", fields: ["phone_numbers"])
        case .campaignCreated: Item("unmanaged_live", "campaign", "rogue-promo")
        case .contactDeleted: Item("missing_live", "contacts", "reminders/rem-02")
        case .contactAdded: Item("unmanaged_live", "contacts", "renewals/lead-99")
        case .campaignStarted: Item("changed_live", "campaign", "reminders", fields: ["status"])
        case .concurrencyRaised: Item("changed_live", "concurrency", "concurrency_limit", fields: ["concurrency_limit"])
        }
    }

    func perform(on baseURL: String) async throws {
        let campaigns = baseURL + "/campaign/campaigns"
        switch self {
        case .campaignRenamed:
            _ = try await HTTP.expectJSON(
                "PATCH", campaigns + "/renewals", json: ["name": "Renewals (edited in the dashboard)"])
        case .scheduleWindowChanged:
            let window: JSONValue = ["days": ["mon"], "start": "09:00", "end": "17:00"]
            _ = try await HTTP.expectJSON(
                "PATCH", baseURL + "/campaign/configurations/\(try await Self.configurationID(baseURL))",
                json: ["schedule": ["default_windows": [window]]])
        case .contactPhoneChanged:
            _ = try await HTTP.expectJSON(
                "POST", campaigns + "/renewals/contacts",
                json: ["contacts": [["external_id": "lead-02", "phone_numbers": ["+13125550999"]]]])
        case .campaignCreated:
            _ = try await HTTP.expectJSON(
                "POST", campaigns,
                json: [
                    "external_id": "rogue-promo", "name": "Rogue promo",
                    "configuration_id": .string(try await Self.configurationID(baseURL)),
                ])
        case .contactDeleted:
            let response = try await HTTP.send("DELETE", campaigns + "/reminders/contacts/rem-02")
            guard response.status == 204 else {
                throw TestFailure("DELETE rem-02 answered \(response.status): \(response.text)")
            }
        case .contactAdded:
            _ = try await HTTP.expectJSON(
                "POST", campaigns + "/renewals/contacts",
                json: ["contacts": [["external_id": "lead-99", "phone_numbers": ["+13125550998"]]]])
        case .campaignStarted:
            _ = try await HTTP.expectJSON("POST", campaigns + "/reminders/start")
        case .concurrencyRaised:
            _ = try await HTTP.expectJSON(
                "PUT", baseURL + "/campaign/concurrency-settings", json: ["concurrency_limit": 7])
        }
    }

    /// Configuration routes take UUIDs only: find it by listing.
    private static func configurationID(_ baseURL: String) async throws -> String {
        let list = try await HTTP.expectJSON("GET", baseURL + "/campaign/configurations")
        let found = (list["configurations"]?.arrayValue ?? []).first {
            $0["external_id"]?.stringValue == "around-the-clock"
        }
        guard let id = found?["id"]?.stringValue else {
            throw TestFailure("configuration around-the-clock is not live")
        }
        return id
    }
}

extension Scenario {
    /// The dialer at 600 simulated seconds per real one, every call two simulated seconds long.
    static let dialer = ["--dialer", "--time-scale", "600", "--call-seconds", "2", "--dialer-seed", "7"]

    /// Applies, then waits until the dialer has finished calls: contacts completed, attempts
    /// recorded, so their status is no longer what apply left.
    func applyAndWaitForCalls() async throws {
        let apply = try await campaignctl.run(["apply", "--auto-approve", "drift/"])
        try #require(apply.status == 0, "\(apply)")
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let stats = try await stats("renewals")
            let completed = stats["contacts"]?["completed"]?.intValue ?? 0
            if completed >= 3, (stats["attempts"]?["total"]?.intValue ?? 0) >= 3 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("the dialer completed fewer than 3 calls in 60 s: \(try await stats("renewals"))")
    }

    /// `drift --format json drift/`: the exit code and the items.
    func driftItems() async throws -> (status: Int32, items: [BehindTheBack.Item], run: Finished) {
        let run = try await campaignctl.run(["drift", "--format", "json", "drift/"])
        guard run.status != 1 else { return (run.status, [], run) }
        let json = try JSONValue.parse(Array(run.stdout.utf8))
        return (run.status, (json["items"]?.arrayValue ?? []).map(BehindTheBack.Item.init), run)
    }

    /// Statistics of a campaign (the stats route takes its UUID only).
    func stats(_ campaign: String) async throws -> JSONValue {
        let live = try await HTTP.expectJSON("GET", emulator.baseURL + "/campaign/campaigns/\(campaign)")
        guard let id = live["id"]?.stringValue else { throw TestFailure("campaign \(campaign) has no id") }
        return try await HTTP.expectJSON("GET", emulator.baseURL + "/campaign/campaigns/\(id)/stats")
    }
}
