import AnyreachAPI
import AnyreachModel
import CampaignSync
import Foundation
import OpenAPIRuntime

@testable import AnyreachClient

/// Hand-built live objects, decoded from JSON the way the client decodes the API's answers, so a
/// test states the wire form (`5.0` against `5`, a `+02:00` offset) and the planner sees what it
/// would see from the real service.
enum Live {
    static let createdAt = "2027-01-04T08:00:00Z"

    /// A canonical UUID made from a small number, readable in test output and goldens.
    static func uuid(_ number: Int) -> String {
        let digits = String(number)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    static func decode<T: Decodable>(_ type: T.Type, _ json: JSONValue) -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: json.compactData())
        } catch {
            fatalError("test fixture does not decode as \(type): \(error)\n\(json.compactString())")
        }
    }

    /// A value decoded from JSON text exactly as written (`5.0` stays `5.0` on the wire).
    static func decode<T: Decodable>(_ type: T.Type, text: String) -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            fatalError("test fixture does not decode as \(type): \(error)\n\(text)")
        }
    }

    /// The server's defaults for what a configuration leaves out (§6.1).
    static let configurationDefaults: [String: JSONValue] = [
        "schedule": [
            "default_timezone": "America/New_York", "default_windows": [], "overrides": [],
            "scheduled_windows": nil, "scheduled_overrides": nil,
        ],
        "dialing_policy": ["max_attempts": 3, "retry_delay_minutes": 60, "default_country_code": "+1"],
        "agent": ["agent_version": nil],
    ]

    /// A configuration with `fields` (name, schedule, dialing_policy, agent) as the API returns it.
    static func configuration(id: String, externalID: String?, fields: [String: JSONValue])
        -> Components.Schemas.Configuration
    {
        var json = fields
        json["id"] = .string(id)
        json["external_id"] = externalID.map(JSONValue.string) ?? .null
        json["created_at"] = .string(createdAt)
        json["updated_at"] = .string(createdAt)
        return decode(Components.Schemas.Configuration.self, .object(json))
    }

    static func campaign(
        id: String, externalID: String?, name: String, configurationID: String,
        status: Components.Schemas.CampaignStatus, priority: Int = 5
    ) -> Campaign {
        let date = decode([Date].self, [.string(createdAt)])[0]
        return Campaign(
            id: id, externalId: externalID, name: name, configurationId: configurationID, status: status,
            priority: priority, createdAt: date, updatedAt: date)
    }

    /// A contact with managed `fields` as stored (missing ones null, `data` `{}`), plus the
    /// server-owned ones.
    static func contact(
        id: String, externalID: String?, campaignID: String?, fields: [String: JSONValue],
        status: Components.Schemas.ContactStatus = .pending, attempts: [JSONValue] = []
    ) -> Contact {
        decode(
            Contact.self,
            .object(
                contactJSON(
                    id: id, externalID: externalID, campaignID: campaignID, fields: fields, status: status,
                    attempts: attempts)))
    }

    /// The same contact built without a JSON round trip: model snapshots hold thousands, and
    /// decoding throws (and, under the test runner, records a backtrace) for every value the
    /// free-form containers try to read as the wrong type.
    static func builtContact(
        id: String, externalID: String?, campaignID: String?, fields: [String: JSONValue],
        status: Components.Schemas.ContactStatus
    ) -> Contact {
        let stamp = date(createdAt)
        return Contact(
            id: id, externalId: externalID, campaignId: campaignID,
            phoneNumbers: fields["phone_numbers"]?.strings ?? [],
            data: .init(additionalProperties: container(fields["data"])), timezone: fields["timezone"]?.stringValue,
            scheduledAt: fields["scheduled_at"]?.stringValue.map(date), agentId: fields["agent_id"]?.stringValue,
            agentVersion: fields["agent_version"]?.intValue, agentNumber: fields["agent_number"]?.stringValue,
            agentConfig: fields["agent_config"].flatMap {
                $0 == .null ? nil : .init(additionalProperties: container($0))
            },
            initialContext: fields["initial_context"]?.stringValue, status: status, attempts: [], createdAt: stamp,
            updatedAt: stamp)
    }

    static func date(_ text: String) -> Date {
        guard let date = try? Date.ISO8601FormatStyle().parse(text) else {
            fatalError("not an RFC 3339 UTC timestamp: \(text)")
        }
        return date
    }

    private static func container(_ value: JSONValue?) -> OpenAPIObjectContainer {
        guard case .object(let object)? = value,
            let container = try? OpenAPIObjectContainer(unvalidatedValue: object.mapValues(\.openAPIValue))
        else {
            return OpenAPIObjectContainer()
        }
        return container
    }

    static func contactJSON(
        id: String, externalID: String?, campaignID: String?, fields: [String: JSONValue],
        status: Components.Schemas.ContactStatus, attempts: [JSONValue] = []
    ) -> [String: JSONValue] {
        var json = fields
        json["data"] = fields["data"] ?? [:]
        json["id"] = .string(id)
        json["external_id"] = externalID.map(JSONValue.string) ?? .null
        json["campaign_id"] = campaignID.map(JSONValue.string) ?? .null
        json["status"] = .string(status.rawValue)
        json["attempts"] = .array(attempts)
        json["created_at"] = .string(createdAt)
        json["updated_at"] = .string(createdAt)
        return json
    }

    static func snapshot(
        configurations: [Components.Schemas.Configuration] = [], campaigns: [Campaign] = [],
        contacts: [String: [Contact]] = [:],
        concurrencyLimit: Int = 10
    ) -> OrgSnapshot {
        OrgSnapshot(
            configurations: configurations, campaigns: campaigns,
            concurrency: .init(concurrencyLimit: concurrencyLimit, activeCalls: 0),
            contacts: contacts.mapValues { LiveContacts($0.map(LiveContact.init)) })
    }
}

extension JSONValue {
    var strings: [String]? {
        guard case .array(let items) = self else { return nil }
        return items.compactMap(\.stringValue)
    }

    var intValue: Int? {
        if case .int(let value) = self { return Int(value) }
        return nil
    }
}
