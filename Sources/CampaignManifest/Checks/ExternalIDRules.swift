import AnyreachModel

/// External ids in manifests are the only stable keys: never UUID-shaped (the API would resolve
/// them as ids) and never `default` (the ad-hoc campaign's name).
public enum ExternalIDRules {
    static func check(_ id: String, at location: SourceLocation, sink: DiagnosticSink) {
        if isUUIDShaped(id) {
            sink.error(location, "external_id \(Snippet(id)) looks like a UUID, which the API would read as an id; choose another")
        } else if id == Contract.adHocCampaignID {
            sink.error(location, "external_id 'default' is reserved for ad-hoc contacts")
        }
    }

    /// The canonical 8-4-4-4-12 hex form, any case.
    public static func isUUIDShaped(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            [8, 13, 18, 23].contains(index) ? byte == UInt8(ascii: "-") : isHex(byte)
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
    }
}
