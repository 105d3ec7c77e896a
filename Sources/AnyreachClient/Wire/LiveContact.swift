public import AnyreachAPI
public import AnyreachModel

/// A live contact as a plan reads it: who it is (`id`, `external_id`), where it is in its life
/// (`status`), and the fields the manifests manage. Attempts and timestamps are the server's and
/// nothing planned reads them, so the page reader checks them and keeps none.
public struct LiveContact: Hashable, Sendable {
    public typealias Status = Components.Schemas.ContactStatus

    public var id: String
    public var externalID: String?
    public var status: Status
    /// Normalized as the manifests' side is: `data` canonical, `scheduled_at` in UTC seconds.
    public var state: ContactState

    public init(id: String, externalID: String?, status: Status, state: ContactState) {
        self.id = id
        self.externalID = externalID
        self.status = status
        self.state = state
    }

    /// The contact the generated client decoded (a single contact's route, and tests).
    public init(_ contact: Contact) {
        self.init(
            id: contact.id, externalID: contact.externalId, status: contact.status, state: ContactState(live: contact))
    }

    public var phoneNumbers: [String] { state.phoneNumbers }
}
