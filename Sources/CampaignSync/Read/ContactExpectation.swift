import AnyreachModel
public import CampaignManifest

/// What the manifests want of one campaign's contacts, by external_id, as fingerprints: the read
/// compares each live contact with it as its page arrives and keeps whole only those that differ
/// or that it doesn't name. An unchanged contact then costs the plan one bit, not a record.
public struct ContactExpectation: Sendable {
    struct Entry: Sendable {
        var fingerprint: UInt64
        /// Its place among the expected contacts, the bit a read sets when it matches.
        var index: Int32
    }

    let entries: [String: Entry]

    public init(_ contacts: [ContactSpec]) {
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(contacts.count)
        for (index, contact) in contacts.enumerated() {
            // `canonicalState` is the state the diff compares; its fingerprint is `state`'s, as
            // the canonical writer makes integral numbers integers on its way.
            entries[contact.externalID] = Entry(fingerprint: contact.state.fingerprint, index: Int32(index))
        }
        self.entries = entries
    }

    var count: Int { entries.count }
}

extension DesiredState {
    /// An expectation for every campaign reference whose contacts a plan reads and compares as
    /// the manifests wrote them, and `default` for the ad-hoc list.
    ///
    /// A campaign whose configuration is only live is left out: the planner renormalizes its
    /// numbers with that configuration's country code once the org is read, so what it compares
    /// is not yet known here, and its contacts are read whole.
    public var contactExpectations: [String: ContactExpectation] {
        var expectations: [String: ContactExpectation] = [:]
        let configured = Set(configurations.map(\.externalID))
        for campaign in campaigns where configured.contains(campaign.configuration) {
            let expectation = ContactExpectation(campaign.contacts)
            for name in campaign.names { expectations[name] = expectation }
        }
        if let adHoc = adHocContacts { expectations["default"] = ContactExpectation(adHoc.contacts) }
        return expectations
    }
}
