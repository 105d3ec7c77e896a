/// What `export` writes.
public struct ExportOptions: Sendable {
    public enum ContactsFormat: String, Sendable, CaseIterable {
        case csv, yaml, none
    }

    public var contacts: ContactsFormat
    /// Write fields equal to the API's defaults too.
    public var withDefaults: Bool
    /// Write the concurrency limit and the ad-hoc contacts (`org.yaml`); off for an export
    /// of targets that don't name them.
    public var concurrency = true
    public var adHocContacts = true

    public init(contacts: ContactsFormat = .csv, withDefaults: Bool = false) {
        self.contacts = contacts
        self.withDefaults = withDefaults
    }
}

/// One file of an export: a path relative to the output directory, and its bytes as text.
public struct ExportedFile: Sendable, Hashable {
    public var path: String
    public var contents: String
}
