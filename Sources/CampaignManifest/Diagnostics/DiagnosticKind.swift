extension Diagnostic {
    /// What a diagnostic is about, as a stable word (`unknown_key`): what tests assert and what
    /// `--format json` carries, while the message stays free to improve. A struct rather than an
    /// enum so that each layer (manifests, planner, apply, command line) declares its own kinds.
    public struct Kind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String

        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public var description: String { rawValue }
    }
}

// The manifests' kinds.
extension Diagnostic.Kind {
    /// A file that can't be read: missing, not a regular file, too large, not UTF-8, outside the tree.
    public static let unreadableFile = Self(rawValue: "unreadable_file")
    /// No manifests where the paths point.
    public static let noManifests = Self(rawValue: "no_manifests")
    /// A calling window outside `policy.calling_hours` (or 08:00–21:00 without one).
    public static let callingHours = Self(rawValue: "calling_hours")
    /// Contacts with `timezone: auto` whose first number rings in several time zones or none
    /// known: they keep no zone of their own (`ContactZoneCheck`).
    public static let timezoneUnresolved = Self(rawValue: "timezone_unresolved")
    /// Contacts whose zone (their own or the configuration's default) is not among their first
    /// number's (`ContactZoneCheck`).
    public static let timezoneMismatch = Self(rawValue: "timezone_mismatch")
    /// `--env NAME` that the repository's `environments/` doesn't define.
    public static let unknownEnvironment = Self(rawValue: "unknown_environment")
    /// An overlay file (`NAME.ENV.yaml`) that can't be merged: no base file, or a key it changes
    /// from a mapping to a value or back.
    public static let overlay = Self(rawValue: "overlay")
    /// The text is not YAML (or not CSV).
    public static let syntax = Self(rawValue: "syntax")
    /// Aliases that would expand past the document's budget.
    public static let aliasExpansion = Self(rawValue: "alias_expansion")
    /// Collections nested deeper than a manifest ever needs.
    public static let nestingDepth = Self(rawValue: "nesting_depth")
    public static let unknownKey = Self(rawValue: "unknown_key")
    public static let missingKey = Self(rawValue: "missing_key")
    /// The same key or external_id written twice.
    public static let duplicate = Self(rawValue: "duplicate")
    /// A value of the wrong type, out of range, or otherwise not what the contract allows.
    public static let invalidValue = Self(rawValue: "invalid_value")
    /// A phone number that isn't one, or isn't in the form the API takes.
    public static let invalidPhoneNumber = Self(rawValue: "invalid_phone_number")
    /// A `${VAR}` that can't be filled in.
    public static let interpolation = Self(rawValue: "interpolation")
    /// A campaign names a configuration no manifest declares: a warning, or an error under
    /// `validate --strict` unless `live_configurations` lists it.
    public static let undeclaredConfiguration = Self(rawValue: "undeclared_configuration")
    /// A manifest with no section holding a value: an emptied file, never "nothing here".
    public static let emptyManifest = Self(rawValue: "empty_manifest")
}

// `fmt`'s kinds.
extension Diagnostic.Kind {
    /// A file `fmt` leaves as written: it uses anchors, aliases, tags or merge keys, or a layout
    /// `fmt` doesn't follow.
    public static let formatSkipped = Self(rawValue: "format_skipped")
    /// A file whose formatted text would read differently, or lose a comment: left as written
    /// (a bug of `fmt`, never of the file).
    public static let formatRefused = Self(rawValue: "format_refused")
}
