/// Why a saved plan can't be applied, said in a sentence that names the fix. `kind` is for code
/// (tests assert it); `description` is for people.
public struct SavedPlanError: Error, Sendable, CustomStringConvertible {
    /// What went wrong; a struct over a private enum, so that kinds can be added.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Code: String, Sendable, Hashable {
            case notAPlan, olderFormat, newerFormat, damaged, otherTarget, otherEnvironment, stale
        }

        private let code: Code

        /// Not JSON, or JSON without a `format_version`.
        public static let notAPlan = Kind(code: .notAPlan)
        /// Saved by an older campaignctl, in a format this one no longer reads.
        public static let olderFormat = Kind(code: .olderFormat)
        /// Saved by a newer campaignctl.
        public static let newerFormat = Kind(code: .newerFormat)
        /// The right format, but a field is missing or of the wrong type.
        public static let damaged = Kind(code: .damaged)
        /// Made against another API or org.
        public static let otherTarget = Kind(code: .otherTarget)
        /// Made for another environment (`--env`), or for one when none is given, or the reverse.
        public static let otherEnvironment = Kind(code: .otherEnvironment)
        /// Objects it touches changed live since it was made (`findings` says which).
        public static let stale = Kind(code: .stale)

        public var description: String { code.rawValue }
    }

    public let kind: Kind
    /// The plan file as messages name it.
    public let name: String
    public let description: String
    /// For `.stale`: each object that changed live.
    public let findings: [StaleCheck.Finding]

    init(_ kind: Kind, _ name: String, _ description: String, findings: [StaleCheck.Finding] = []) {
        self.kind = kind
        self.name = name
        self.description = description
        self.findings = findings
    }
}
