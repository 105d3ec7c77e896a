public import AnyreachAPI
public import AnyreachModel
public import Foundation

/// One credential the emulator accepts: an org API key (`ak_`, one org) or a personal access
/// token (`pat_`, every org its user belongs to), with its scopes (§1).
public struct Credential: Sendable, Hashable, Codable {
    public var token: String
    /// For `ak_` keys: the org. For `pat_` tokens: the orgs of the token's user.
    public var orgs: [String]
    public var scopes: Set<Scope>

    public init(token: String, orgs: [String], scopes: Set<Scope>) {
        self.token = token
        self.orgs = orgs
        self.scopes = scopes
    }

    public var isPersonalToken: Bool { token.hasPrefix("pat_") }
}

/// The credentials an emulator accepts, from flags or a JSON file.
public struct CredentialStore: Sendable {
    private let byToken: [String: Credential]

    public init(_ credentials: [Credential]) {
        byToken = Dictionary(credentials.map { ($0.token, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The credential the embedded emulator and a bare `anyreach-emulator` use: every scope in `org_local`.
    public static let localToken = "ak_local.emulator"
    public static let localOrg = "org_local"
    public static let local = CredentialStore([
        Credential(token: localToken, orgs: [localOrg], scopes: Set(Scope.allCases))
    ])

    /// Every credential, in no particular order.
    public var all: [Credential] { Array(byToken.values) }

    func credential(for token: String) -> Credential? {
        byToken[token]
    }

    /// Reads `{"credentials": [{"token": "...", "orgs": ["org_a"], "scopes": ["campaigns:manage"]}]}`.
    public static func load(contentsOf url: URL) throws -> CredentialStore {
        struct File: Decodable { var credentials: [Credential] }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return CredentialStore(file.credentials)
    }

    /// Parses a flag value `TOKEN=org_a,org_b:scope,scope`; the token is never echoed in errors.
    public static func parseFlag(_ text: String) -> Credential? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let token = String(text[..<equals])
        let rest = text[text.index(after: equals)...]
        guard let colon = rest.firstIndex(of: ":"), token.hasPrefix("ak_") || token.hasPrefix("pat_") else {
            return nil
        }
        let orgs = rest[..<colon].split(separator: ",").map(String.init)
        let scopes = rest[rest.index(after: colon)...].split(separator: ",").compactMap { Scope(rawValue: String($0)) }
        guard !orgs.isEmpty else { return nil }
        return Credential(token: token, orgs: orgs, scopes: Set(scopes))
    }
}
