/// The counts a plan's summary line and tables show.
public struct PlanSummary: Codable, Sendable, Hashable {
    public var create = 0
    public var change = 0
    public var delete = 0
    public var start = 0
    public var pause = 0
    public var close = 0
    public var contactsAdd = 0
    public var contactsUpdate = 0
    public var contactsDelete = 0
    public var contactsDeferred = 0
    /// Pending contacts of the campaigns the plan closes: people who will never be called.
    public var contactsNeverCalled = 0

    public init(_ plan: Plan) {
        for operation in plan.operations { count(operation) }
    }

    private mutating func count(_ operation: PlanOperation) {
        switch operation.action {
        case .create: create += 1
        case .patch, .setConcurrency: change += 1
        case .delete: delete += 1
        case .start: start += 1
        case .pause: pause += 1
        case .close:
            close += 1
            contactsNeverCalled += operation.pendingContacts ?? 0
        case .upsertContacts, .deleteContacts: break
        }
        for contact in operation.contacts {
            switch contact.kind {
            case .add: contactsAdd += 1
            case .update: contactsUpdate += 1
            case .delete: contactsDelete += 1
            case .deferredDelete: contactsDeferred += 1
            }
        }
    }

    /// Terraform's closing line, extended with lifecycle calls and contacts.
    public var line: String {
        var text = "Plan: \(create) to create, \(change) to change, \(delete) to delete"
        let lifecycle = [("start", start), ("pause", pause), ("close", close)].filter { $0.1 > 0 }.map {
            "\($0.1) to \($0.0)"
        }
        if !lifecycle.isEmpty { text += "; " + lifecycle.joined(separator: ", ") }
        text += "; contacts: \(contactsAdd) to add, \(contactsUpdate) to update, \(contactsDelete) to delete"
        if contactsDeferred > 0 { text += " (\(contactsDeferred) deferred)" }
        if contactsNeverCalled > 0 {
            text += "; \(contactsNeverCalled) pending contact(s) of closed campaigns never called"
        }
        return text + "."
    }

    enum CodingKeys: String, CodingKey {
        case create, change, delete, start, pause, close
        case contactsAdd = "contacts_add"
        case contactsUpdate = "contacts_update"
        case contactsDelete = "contacts_delete"
        case contactsDeferred = "contacts_deferred"
        case contactsNeverCalled = "contacts_never_called"
    }
}
