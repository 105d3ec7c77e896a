import AnyreachAPI
import AnyreachClient

// The names a target's key may match on a live resource: its external_id, and its UUID.

extension Campaign {
    var names: [String] { [externalId, id].compactMap { $0 } }
}

extension Configuration {
    var names: [String] { [externalId, id].compactMap { $0 } }
}
