/// A permission a credential carries (§1 of the contract).
public enum Scope: String, Sendable, Hashable, CaseIterable, Codable {
    case campaignsRead = "campaigns:read"
    case campaignsManage = "campaigns:manage"
    case concurrencyRead = "concurrency:read"
    case concurrencyManage = "concurrency:manage"
}

/// The scope table of §1: which scopes let a credential call an operation.
public enum ScopeTable {
    /// Scopes that each allow the operation; an empty set means any valid credential ([set] for timezones).
    public static func acceptedScopes(forOperation operationID: String) -> Set<Scope> {
        switch operationID {
        case "listTimezones":
            return []
        case "getConcurrencySettings":
            return [.campaignsRead, .campaignsManage, .concurrencyRead, .concurrencyManage]
        case "updateConcurrencySettings":
            return [.campaignsManage, .concurrencyManage]
        case _ where readOperations.contains(operationID):
            return [.campaignsRead, .campaignsManage]
        default:
            return [.campaignsManage]
        }
    }

    /// The scope to name in a 403 message: the least one that would be enough.
    public static func scopeToRequest(forOperation operationID: String) -> Scope? {
        let accepted = acceptedScopes(forOperation: operationID)
        let preference: [Scope] = [.campaignsRead, .concurrencyRead, .campaignsManage, .concurrencyManage]
        return preference.first { accepted.contains($0) }
    }

    static let readOperations: Set<String> = [
        "listCampaigns", "getCampaign", "getCampaignStats", "listContacts", "getContact",
        "listConfigurations", "getConfiguration",
    ]
}
