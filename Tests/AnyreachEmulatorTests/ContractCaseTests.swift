import AnyreachAPI
import AnyreachModel
import TestSupport
import Testing

@testable import AnyreachEmulator

/// The emulator gives every case of `ContractCases` the table's verdict over real HTTP, the
/// manifest checks too (`CampaignManifestTests/ContractCaseTests.swift`): 422 at the field with
/// the contract's error shape, or 200 with the value stored as the API stores it.
@Suite struct ContractCaseTests {
    @Test("Lengths count code points", arguments: ContractCases.lengths)
    func length(_ example: ContractCases.LengthCase) async throws {
        try await EmulatorHarness.with { api in
            let (response, loc, key) = try await Self.send(example.field, .string(example.value), api)
            if example.accepted {
                #expect(response.status == 200, "\(response.text)")
                #expect(try await Self.stored(example.field, key, response, api) == .string(example.value))
            } else {
                let message = "must be 1–\(example.field.limit) characters long (got \(example.length))"
                #expect(response.status == 422)
                #expect(response.locs == [loc], "\(response.text)")
                #expect(response.messages == [message])
            }
        }
    }

    @Test("scheduled_at is RFC 3339 exactly", arguments: ContractCases.timestamps)
    func timestamp(_ example: ContractCases.TimestampCase) async throws {
        try await EmulatorHarness.with { api in
            let item: JSONValue = [
                "external_id": "a", "phone_numbers": [phone(1)], "scheduled_at": .string(example.text),
            ]
            let response = try await Self.upsert(item, api)
            if let utc = example.utc {
                #expect(response.status == 200, "\(response.text)")
                let stored = try await api.get("/campaign/campaigns/spring/contacts/a")
                #expect(stored["scheduled_at"] == .string(utc))
            } else {
                #expect(response.status == 422)
                #expect(response.locs == ["body.contacts.0.scheduled_at"], "\(response.text)")
                #expect(response.messages == [example.reason])
            }
        }
    }
}

extension ContractCaseTests {
    /// Creates the resource `field` belongs to with `value` in that field; the answer, the `loc`
    /// a 422 would name, and the key of the field in the answer.
    static func send(
        _ field: ContractCases.LengthField, _ value: JSONValue,
        _ api: EmulatorHarness
    ) async throws -> (APIResponse, loc: String, key: String) {
        let key = field == .campaignName || field == .configurationName ? "name" : "external_id"
        switch field {
        case .campaignName, .campaignExternalID:
            let configuration = try await api.createConfiguration()
            var body: [String: JSONValue] = ["name": "x", "configuration_id": .string(configuration)]
            body[key] = value
            return (try await api.post("/campaign/campaigns", .object(body)), "body.\(key)", key)
        case .configurationName, .configurationExternalID:
            var body: [String: JSONValue] = ["name": "x", "agent": ["agent_id": "a"]]
            body[key] = value
            return (try await api.post("/campaign/configurations", .object(body)), "body.\(key)", key)
        case .contactExternalID:
            let response = try await upsert(["external_id": value, "phone_numbers": [phone(1)]], api)
            return (response, "body.contacts.0.external_id", key)
        }
    }

    /// Upserts `item` into a new campaign `spring`; the answer, whatever its status.
    static func upsert(_ item: JSONValue, _ api: EmulatorHarness) async throws -> APIResponse {
        let campaign = try await api.createCampaign(externalID: "spring", configurationID: api.createConfiguration())
        return try await api.post("/campaign/campaigns/\(campaign)/contacts", ["contacts": [item]])
    }

    /// The field as the emulator answers it: in the create's answer, or read back for a contact.
    static func stored(
        _ field: ContractCases.LengthField, _ key: String, _ response: APIResponse,
        _ api: EmulatorHarness
    ) async throws -> JSONValue? {
        guard field == .contactExternalID else { return response[key] }
        let id = try #require(response.strings("contact_ids").first ?? nil)
        return try await api.get("/campaign/campaigns/spring/contacts/\(id)")[key]
    }
}

extension APIResponse {
    /// The `msg` of each issue of a 422 body.
    var messages: [String?] {
        guard case .array(let issues)? = self["detail"] else { return [] }
        return issues.map { $0.objectValue?["msg"]?.stringValue }
    }
}
