import AnyreachModel
import Foundation
import TestSupport
import Testing

@testable import CampaignManifest

/// The manifest checks give every case of `ContractCases` the table's verdict, the emulator's too
/// (`AnyreachEmulatorTests/ContractCaseTests.swift`): refused with an error at the value, or
/// loaded with the value as the API would store it.
@Suite struct ContractCaseTests {
    @Test("Lengths count code points", arguments: ContractCases.lengths)
    func length(_ example: ContractCases.LengthCase) throws {
        let text = Self.manifest(example.field, quoted(example.value))
        let result = Fixtures.loader().load(texts: [(name: "m.yaml", text: text)])
        if example.accepted {
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(try Self.loaded(example.field, #require(result.state)) == example.value)
        } else {
            let what = example.field == .campaignName || example.field == .configurationName ? "name" : "external_id"
            let message = "\(what) must be 1–\(example.field.limit) characters long (it is \(example.length))"
            let at = Self.location(of: example.value, in: text)
            #expect(result.errors.map(\.description) == ["m.yaml:\(at): error: \(message)"])
        }
    }

    @Test("The contract's length, counted over UTF-8, is the count of code points")
    func lengthOverUTF8() {
        let texts =
            ContractCases.lengths.map(\.value) + ["", "a", "é", "e\u{301}", "😀", "\u{10FFFF}", "\u{7FF}\u{800}"]
        for text in texts {
            #expect(Contract.length(of: text) == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test("scheduled_at is RFC 3339 exactly", arguments: ContractCases.timestamps)
    func timestamp(_ example: ContractCases.TimestampCase) throws {
        let text = Self.manifest(.contactExternalID, "a", scheduledAt: quoted(example.text))
        let result = Fixtures.loader().load(texts: [(name: "m.yaml", text: text)])
        if let utc = example.utc {
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(try #require(result.state).campaigns.first?.contacts.first?.scheduledAt == utc)
        } else {
            let message = "contact 'a': scheduled_at '\(example.text)': \(try #require(example.reason))"
            let at = Self.location(of: example.text, in: text)
            #expect(result.errors.map(\.description) == ["m.yaml:\(at): error: \(message)"])
        }
    }
}

extension ContractCaseTests {
    /// A manifest of two configurations, a campaign and a contact, with `value` (YAML text) where
    /// `field` goes.
    static func manifest(_ field: ContractCases.LengthField, _ value: String, scheduledAt: String = "null") -> String {
        func written(_ at: ContractCases.LengthField, or other: String) -> String { field == at ? value : other }
        return """
            configurations:
              hours: {name: Hours, agent: {agent_id: a}, schedule: {default_timezone: America/Los_Angeles}}
              \(written(.configurationExternalID, or: "other")):
                name: \(written(.configurationName, or: "Other"))
                agent: {agent_id: a}
            campaigns:
              \(written(.campaignExternalID, or: "spring")):
                name: \(written(.campaignName, or: "Spring"))
                configuration: hours
                contacts:
                  - external_id: \(written(.contactExternalID, or: "a"))
                    phone_numbers: ["4155550101"]
                    scheduled_at: \(scheduledAt)

            """
    }

    /// The value where the loaded state has it.
    static func loaded(_ field: ContractCases.LengthField, _ state: DesiredState) -> String? {
        switch field {
        case .campaignName: state.campaigns.first?.name
        case .campaignExternalID: state.campaigns.first?.externalID
        case .configurationName: state.configurations.first { $0.externalID == "other" }?.state.name
        case .configurationExternalID: state.configurations.first { $0.externalID != "hours" }?.externalID
        case .contactExternalID: state.campaigns.first?.contacts.first?.externalID
        }
    }

    /// `line:column` of the quoted `value` in `text`, columns counted in code points as YAML's are.
    static func location(of value: String, in text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            guard let range = line.range(of: quoted(value)) else { continue }
            return "\(index + 1):\(line[..<range.lowerBound].unicodeScalars.count + 1)"
        }
        return "?"
    }
}

/// `text` as a double-quoted YAML scalar (the table's texts hold no quotes or backslashes).
private func quoted(_ text: String) -> String {
    "\"\(text)\""
}
