import AnyreachModel

/// External ids in manifests are the only stable keys. A campaign's or contact's is never
/// UUID-shaped (their routes take a UUID or an external_id, trying the UUID first, so the API
/// would read it as an id) and never `default` (the ad-hoc campaign's name in those routes).
/// A configuration's may be anything the contract allows: configuration routes take only UUIDs,
/// so its external_id is only ever matched in a listing.
public enum ExternalIDRules {
    enum Owner {
        case configuration, campaign, contact
    }

    /// `location` is worked out only for an id that is refused: a million CSV contacts pass.
    static func check(
        _ id: String, of owner: Owner, at location: @autoclosure () -> SourceLocation, sink: DiagnosticSink
    ) {
        guard owner != .configuration else { return }
        if isUUIDShaped(id) {
            sink.error(
                location(),
                "external_id \(Snippet(id)) looks like a UUID, which the API would read as an id; choose another")
        } else if id == Contract.adHocCampaignID {
            sink.error(location(), "external_id 'default' is reserved for ad-hoc contacts")
        }
    }

    /// The canonical 8-4-4-4-12 hex form, any case.
    public static func isUUIDShaped(_ text: String) -> Bool {
        // Counted before copied: nearly every id checked is not 36 bytes long.
        guard text.utf8.count == 36 else { return false }
        return Array(text.utf8).enumerated().allSatisfy { index, byte in
            [8, 13, 18, 23].contains(index) ? byte == UInt8(ascii: "-") : isHex(byte)
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
    }
}
