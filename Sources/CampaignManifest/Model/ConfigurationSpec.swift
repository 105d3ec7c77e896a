public import AnyreachModel

/// A configuration the org should have, keyed by its external_id: its managed state (the same
/// value type the live conversion produces) and where it was written.
public struct ConfigurationSpec: Hashable, Sendable {
    public var externalID: String
    public var state: ConfigurationState
    /// The UUID of a live configuration without external_id that this entry adopts (`id:`).
    public var adoptID: String?
    /// Keys it had before a rename (`previous_external_ids`).
    public var previousExternalIDs: [String] = []
    /// Where its entry starts in the manifests: its external_id key.
    public var location: SourceLocation
    /// Where each time window was written, by its path in the schedule (`default_windows[0]`,
    /// `overrides[1].windows[0]`).
    public var windowLocations: [String: SourceLocation] = [:]

    public init(externalID: String, state: ConfigurationState, adoptID: String? = nil, location: SourceLocation) {
        self.externalID = externalID
        self.state = state
        self.adoptID = adoptID
        self.location = location
    }
}
