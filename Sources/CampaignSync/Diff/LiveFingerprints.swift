import AnyreachAPI
import AnyreachClient
import AnyreachModel

/// What a plan records of a live campaign to notice, at apply, that it changed since planning:
/// its managed fields and its configuration reference.
enum CampaignFingerprint {
    static func json(_ live: Campaign) -> JSONValue {
        guard case .object(var object) = CampaignState(live: live).json else { return .null }
        object[CampaignState.CodingKeys.configurationID.stringValue] = .string(live.configurationId)
        return .object(object)
    }

    static func of(_ live: Campaign) -> String { Fingerprint.of(json(live)) }
}
