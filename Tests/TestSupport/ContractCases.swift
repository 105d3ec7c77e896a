/// The contract's fine print on lengths and timestamps (§10) as one table with a verdict per case.
/// The manifest checks (`CampaignManifestTests`) and the emulator over HTTP
/// (`AnyreachEmulatorTests`) run the same table, so the two can't drift apart: a name `validate`
/// passes is one the API takes, and a timestamp the API refuses is refused before `apply`.
public enum ContractCases {
    /// A string field with a length limit in the contract.
    public enum LengthField: String, Sendable, CaseIterable {
        case campaignName = "campaign name"
        case campaignExternalID = "campaign external_id"
        case configurationName = "configuration name"
        case configurationExternalID = "configuration external_id"
        case contactExternalID = "contact external_id"

        /// "1–200 characters" for names, "1–255 characters" for external_ids (§3.1, §4.1, §6.1).
        public var limit: Int {
            switch self {
            case .campaignName, .configurationName: 200
            case .campaignExternalID, .configurationExternalID, .contactExternalID: 255
            }
        }
    }

    public struct LengthCase: Sendable, CustomStringConvertible {
        public let field: LengthField
        public let value: String
        /// The value's length in code points, as the contract counts it.
        public let length: Int
        let note: String

        public var accepted: Bool { (1...field.limit).contains(length) }
        public var description: String { "\(field.rawValue): \(note), \(length) code points" }
    }

    /// Per field: empty, then at the limit and one past it with plain letters, with emoji that are
    /// one character but several code points, and with a combining mark. Every "one past" case
    /// but the plain one is within the limit when counted in characters (`String.count`).
    public static let lengths: [LengthCase] = LengthField.allCases.flatMap { field in
        [LengthCase(field: field, value: "", length: 0, note: "empty")]
            + [0, 1].flatMap { past in
                let limit = field.limit + past
                let doctors = String(repeating: doctor, count: limit / 3) + String(repeating: "x", count: limit % 3)
                return [
                    LengthCase(field: field, value: letters(limit), length: limit, note: "letters"),
                    LengthCase(field: field, value: letters(limit - 3) + doctor, length: limit, note: "letters and 👩‍⚕️"),
                    LengthCase(field: field, value: doctors, length: limit, note: "👩‍⚕️ only"),
                    LengthCase(field: field, value: letters(limit - 2) + "🇫🇷", length: limit, note: "letters and 🇫🇷"),
                    LengthCase(
                        field: field, value: letters(limit - 2) + "e\u{301}", length: limit,
                        note: "letters and e + U+0301"),
                ]
            }
    }

    /// `👩‍⚕️`: woman, zero-width joiner, staff of Aesculapius; one character, three code points.
    public static let doctor = "\u{1F469}\u{200D}\u{2695}"

    private static func letters(_ count: Int) -> String {
        String(repeating: "x", count: count)
    }
}
