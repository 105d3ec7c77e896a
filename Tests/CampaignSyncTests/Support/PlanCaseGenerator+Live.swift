import AnyreachAPI
import AnyreachModel
import TestSupport

@testable import CampaignManifest

/// One generated case: the manifests and the org they are planned against.
struct GeneratedCase {
    var seed: UInt64
    var desired: DesiredState
    var org: ContractModel
}

/// Generated live states, derived from the manifests with drift: resources missing, changed,
/// extra or unmanaged; campaigns in every status, closed ones included; contacts mid-call.
extension PlanCaseGenerator {
    static func makeCase(seed: UInt64, largeCampaignChance: Double = 0.03) -> GeneratedCase {
        var generator = PlanCaseGenerator(seed: seed)
        generator.largeCampaignChance = largeCampaignChance
        return generator.makeCase(seed: seed)
    }

    mutating func makeCase(seed: UInt64) -> GeneratedCase {
        var desired = DesiredState()
        var org = ContractModel()
        desired.configurations = random.subset(Self.configurationKeys).map { configuration($0) }
        addLiveConfigurations(to: &org, desired)
        var available = Set(desired.configurations.map(\.externalID)).union(org.configurations.compactMap(\.externalID))
            .sorted()
        if available.isEmpty {
            desired.configurations.append(configuration("cfg-a"))
            available = ["cfg-a"]
        }
        desired.campaigns = random.subset(Self.campaignKeys, probability: 0.6).map {
            campaign($0, configurations: available)
        }
        addLiveCampaigns(to: &org, &desired)
        addAdHoc(to: &org, &desired)
        if random.chance(0.5) {
            desired.concurrency = ConcurrencySpec(limit: random.int(in: 1...50), location: location())
        }
        org.concurrencyLimit = random.pick([10, 20, desired.concurrency?.limit ?? 10])
        desired.policy = policy()
        return GeneratedCase(seed: seed, desired: desired, org: org)
    }

    private mutating func policy() -> PolicySpec {
        var policy = PolicySpec()
        guard random.chance(0.7) else { return policy }
        policy.location = location()
        policy.pruneConfigurations = random.chance(0.5)
        policy.pruneCampaigns = random.chance(0.5)
        policy.pruneContacts = random.chance(0.5)
        return policy
    }

    // MARK: - Configurations

    private mutating func addLiveConfigurations(to org: inout ContractModel, _ desired: DesiredState) {
        for key in Self.configurationKeys {
            let spec = desired.configurations.first { $0.externalID == key }
            guard random.chance(spec == nil ? 0.4 : 0.6) else { continue }
            let fields =
                spec.flatMap { random.chance(0.5) ? Expected.configuration($0) : nil }
                ?? Expected.configuration(configuration(key))
            org.configurations.append(.init(id: org.newID(), externalID: key, fields: fields))
        }
        if random.chance(0.15) {
            org.configurations.append(
                .init(id: org.newID(), externalID: nil, fields: Expected.configuration(configuration("anonymous"))))
        }
    }

    // MARK: - Campaigns

    private mutating func addLiveCampaigns(to org: inout ContractModel, _ desired: inout DesiredState) {
        guard !org.configurations.isEmpty else { return }
        for key in Self.campaignKeys {
            let index = desired.campaigns.firstIndex { $0.externalID == key }
            guard random.chance(index == nil ? 0.35 : 0.6) else { continue }
            let spec = index.map { desired.campaigns[$0] }
            var campaign = liveCampaign(key, like: spec, &org)
            let identical = addLiveContacts(
                to: &campaign, from: spec?.contacts ?? [], extra: random.int(in: 0...4), org: &org)
            if let index, campaign.status == .closed, random.chance(0.5) {
                align(&desired.campaigns[index], with: campaign, keeping: identical, org)
            }
            org.campaigns.append(campaign)
        }
        if random.chance(0.1) {
            var anonymous = liveCampaign(nil, like: nil, &org)
            _ = addLiveContacts(to: &anonymous, from: [], extra: 2, org: &org)
            org.campaigns.append(anonymous)
        }
    }

    private mutating func liveCampaign(_ key: String?, like spec: CampaignSpec?, _ org: inout ContractModel)
        -> ContractModel.StoredCampaign
    {
        let sameConfiguration = spec.flatMap { spec in org.configuration(externalID: spec.configuration) }
        let configuration =
            random.chance(0.6) ? sameConfiguration ?? random.pick(org.configurations) : random.pick(org.configurations)
        let status = random.pick([Components.Schemas.CampaignStatus.active, .active, .paused, .paused, .closed])
        return .init(
            id: org.newID(), externalID: key,
            name: spec.flatMap { random.chance(0.6) ? $0.name : nil } ?? "Old \(key ?? "anonymous")",
            configurationID: configuration.id, status: status,
            priority: spec.flatMap { random.chance(0.7) ? $0.priority : nil } ?? random.int(in: 1...10))
    }

    /// A closed live campaign that the manifest describes as it is, so that only contact
    /// deletes (if any) remain: the one change a closed campaign allows.
    private mutating func align(
        _ spec: inout CampaignSpec, with campaign: ContractModel.StoredCampaign, keeping identical: Set<String>,
        _ org: ContractModel
    ) {
        guard let configuration = org.configurations.first(where: { $0.id == campaign.configurationID })?.externalID
        else { return }
        spec.status = .closed
        spec.name = campaign.name
        spec.priority = campaign.priority
        spec.configuration = configuration
        spec.contacts = spec.contacts.filter { identical.contains($0.externalID) }
    }

    // MARK: - Contacts

    /// Adds the live side of `specs` (some missing, some changed) and `extra` contacts no
    /// manifest names; returns the external_ids stored exactly as the manifest has them.
    private mutating func addLiveContacts(
        to campaign: inout ContractModel.StoredCampaign, from specs: [ContactSpec], extra: Int,
        org: inout ContractModel
    ) -> Set<String> {
        let (contacts, identical) = liveContacts(
            from: specs, extra: extra, prefix: campaign.externalID ?? "anonymous", org: &org)
        campaign.contacts = contacts
        return identical
    }

    mutating func liveContacts(
        from specs: [ContactSpec], extra: Int, prefix: String, org: inout ContractModel,
        e164Only: Bool = false
    ) -> ([ContractModel.StoredContact], Set<String>) {
        var contacts: [ContractModel.StoredContact] = []
        var identical = Set<String>()
        for spec in specs where random.chance(0.6) {
            let same = random.chance(0.7)
            if same { identical.insert(spec.externalID) }
            contacts.append(
                .init(
                    id: org.newID(), externalID: spec.externalID,
                    fields: same ? wire(Expected.contact(spec)) : changed(spec, e164Only: e164Only),
                    status: contactStatus()))
        }
        for number in 0..<extra {
            let external = random.chance(0.2) ? nil : "\(prefix)-extra\(number)"
            contacts.append(
                .init(
                    id: org.newID(), externalID: external,
                    fields: Expected.contact(contact(external ?? "x", e164Only: e164Only)),
                    status: contactStatus()))
        }
        return (random.chance(0.5) ? contacts : contacts.reversed(), identical)
    }

    private mutating func contactStatus() -> Components.Schemas.ContactStatus {
        random.pick([.pending, .pending, .pending, .pending, .completed, .exhausted, .locked, .inProgress])
    }

    /// The fields as a server may send them back: integral numbers sometimes as doubles.
    private mutating func wire(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        guard random.chance(0.3), case .object(let data)? = fields["data"] else { return fields }
        var copy = fields
        copy["data"] = .object(
            data.mapValues { value in if case .int(let number) = value { .double(Double(number)) } else { value } })
        return copy
    }

    /// The contact with one managed field different live.
    private mutating func changed(_ spec: ContactSpec, e164Only: Bool) -> [String: JSONValue] {
        var fields = Expected.contact(spec)
        switch random.int(in: 0...4) {
        case 0: fields["phone_numbers"] = .array([.string(phoneNumber().e164)])
        case 1: fields["data"] = ["plan": "legacy"]
        case 2: fields["timezone"] = spec.timezone == nil ? "America/Denver" : .null
        case 3: fields["agent_id"] = "agent-live"
        default: fields["scheduled_at"] = "2026-01-01T00:00:00Z"
        }
        return fields
    }

    // MARK: - Ad-hoc contacts

    private mutating func addAdHoc(to org: inout ContractModel, _ desired: inout DesiredState) {
        if random.chance(0.5) {
            let contacts = (0..<random.int(in: 0...6)).map { contact("adhoc-\($0)", e164Only: true) }
            desired.adHocContacts = AdHocContactsSpec(
                contacts: contacts, prune: random.chance(0.5), location: location())
        }
        org.adHoc =
            liveContacts(
                from: desired.adHocContacts?.contacts ?? [], extra: random.int(in: 0...3), prefix: "adhoc", org: &org,
                e164Only: true
            ).0
    }
}
