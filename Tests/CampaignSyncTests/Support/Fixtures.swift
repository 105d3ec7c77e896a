import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import CampaignManifest

/// Manifests and plans for one test.
enum Fixtures {
    static let apiURL = "https://api.example.test"

    /// Manifests given as texts, each named as a file would be; the test fails with every
    /// diagnostic when they don't load.
    static func desired(
        _ files: [(name: String, text: String)], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> DesiredState {
        let result = ManifestLoader(interpolator: Interpolator(environment: [:])).load(texts: files)
        guard let state = result.state else {
            Issue.record(
                "fixture manifests did not load:\n\(result.errors.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
            throw FixtureError()
        }
        return state
    }

    static func desired(
        _ text: String, name: String = "manifest.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> DesiredState {
        try desired([(name, text)], sourceLocation: sourceLocation)
    }

    static func plan(_ desired: DesiredState, _ live: OrgSnapshot, allowMassDelete: Bool = false) throws(PlanFailure)
        -> Plan
    {
        try Planner(
            desired: desired, live: live, options: PlanOptions(allowMassDelete: allowMassDelete, apiURL: apiURL)
        ).plan()
    }

    /// The plan's failure, or nil when it planned.
    static func failure(_ desired: DesiredState, _ live: OrgSnapshot, allowMassDelete: Bool = false) -> PlanFailure? {
        do {
            _ = try plan(desired, live, allowMassDelete: allowMassDelete)
            return nil
        } catch {
            return error
        }
    }

    /// The model after executing `plan` in order, failing the test at the first refusal.
    static func applied(
        _ plan: Plan, to model: ContractModel, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> ContractModel {
        var model = model
        for operation in plan.operations {
            do {
                try model.execute(operation)
            } catch {
                Issue.record("\(operation.id) refused: \(error)", sourceLocation: sourceLocation)
                throw FixtureError()
            }
        }
        return model
    }

    /// A contact the manifests would hold, numbers taken as already E.164.
    static func contact(_ externalID: String, phones: [String], data: JSONValue = [:], line: Int = 1) -> ContactSpec {
        var spec = ContactSpec(
            externalID: externalID, rawPhoneNumbers: phones,
            location: CampaignManifest.SourceLocation(file: "contacts.csv", line: line, column: 1))
        spec.phoneNumbers = phones
        spec.data = data
        return spec
    }

    /// `n` distinct contacts with North American numbers.
    static func contacts(_ count: Int, prefix: String = "lead") -> [ContactSpec] {
        (0..<count).map { index in
            contact(
                "\(prefix)-\(index)", phones: [String(format: "+1415%07d", index)], data: ["n": .int(Int64(index))],
                line: index + 2)
        }
    }
}

struct FixtureError: Error {}

extension Plan {
    func operation(_ id: String) -> PlanOperation? { operations.first { $0.id.description == id } }
    func index(_ id: String) -> Int? { operations.firstIndex { $0.id.description == id } }
    var ids: [String] { operations.map(\.id.description) }

    /// Every contact change of the operations on `key`'s contacts (inline creates included).
    func contactChanges(_ key: String) -> [ContactChange] {
        operations.filter { $0.key == key }.flatMap(\.contacts)
    }
}

extension Fixtures {
    /// An org where `text`'s manifests were applied (through the planner and the model).
    static func org(applying text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> ContractModel
    {
        let wanted = try desired(text, name: "before.yaml", sourceLocation: sourceLocation)
        let empty = ContractModel()
        return try applied(try plan(wanted, live(empty, for: wanted)), to: empty, sourceLocation: sourceLocation)
    }

    /// What `readOrg` would read of `model` for these manifests.
    static func live(_ model: ContractModel, for desired: DesiredState) -> OrgSnapshot {
        model.snapshot(contactsOf: Set(desired.campaigns.map(\.externalID)), includeAdHoc: desired.adHocContacts != nil)
    }

    /// The same, read as a plan reads it: contacts that match the manifests counted, not kept.
    static func liveAsPlanned(_ model: ContractModel, for desired: DesiredState) -> OrgSnapshot {
        model.snapshot(
            contactsOf: Set(desired.campaigns.map(\.externalID)), includeAdHoc: desired.adHocContacts != nil,
            expecting: desired.contactExpectations)
    }
}

extension ContractModel {
    /// Index of a campaign by external_id; traps when missing (a broken fixture).
    func at(_ campaign: String) -> Int {
        campaigns.firstIndex { $0.externalID == campaign }!
    }

    /// Index of a contact in a campaign.
    func at(_ contact: String, in campaign: String) -> (Int, Int) {
        let index = at(campaign)
        return (index, campaigns[index].contacts.firstIndex { $0.externalID == contact }!)
    }
}
