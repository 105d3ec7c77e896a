import AnyreachClient
import CampaignManifest
import CampaignSync
import Foundation

/// How an environment's connection settings join the flags and the process environment: a flag
/// wins, then the environment file, then `ANYREACH_*`. An environment that names where its
/// credential comes from never falls back to `ANYREACH_TOKEN`, which may be another org's.
///
/// Environment files come from the repository, which a pull request can change; the credential
/// comes from the CI runner. So an environment's `api_url` is used only when it is the default
/// API, a loopback address, or one of `CAMPAIGNCTL_TRUSTED_API_URLS` (set by whoever owns the
/// runner): a pull request can't send the runner's token to a host of its choosing.
struct EnvironmentConnection {
    let definition: EnvironmentDefinition
    let process: [String: String]

    static let trustedVariable = "CAMPAIGNCTL_TRUSTED_API_URLS"

    /// The process environment as `ConnectionSettings.resolve` should see it.
    func environment() throws -> [String: String] {
        var environment = process
        if let url = definition.apiURL {
            try requireTrusted(url)
            environment["ANYREACH_API_URL"] = url
        }
        if let org = definition.org { environment["ANYREACH_ORG"] = org }
        if let variable = definition.tokenVariable {
            guard let token = process[variable], !token.isEmpty else {
                throw Diagnostic.error(
                    .environmentCredential, at: definition.location,
                    "environment \(Snippet(definition.name)) takes its credential from \(variable), which is not set",
                    hint: "set \(variable) (a CI secret), or pass --token-file")
            }
            environment["ANYREACH_TOKEN"] = token
        } else if definition.tokenFile != nil {
            environment["ANYREACH_TOKEN"] = nil
        }
        return environment
    }

    private func requireTrusted(_ url: String) throws {
        let trusted = (process[Self.trustedVariable] ?? "").split(separator: ",").map {
            Self.normalized(String($0).trimmingCharacters(in: .whitespaces))
        }
        let host = URL(string: url)?.host ?? ""
        guard Self.normalized(url) != Self.normalized(ConnectionSettings.defaultBaseURL.absoluteString),
            !ConnectionSettings.isLoopback(host), !trusted.contains(Self.normalized(url))
        else { return }
        throw Diagnostic.error(
            .environmentCredential, at: definition.location,
            "environment \(Snippet(definition.name)) sends its credential to \(Snippet(url)), which is not a trusted API URL",
            hint:
                "environment files come from the repository; list the URL in \(Self.trustedVariable) on the runner (comma-separated), or pass --api-url"
        )
    }

    private static func normalized(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()).lowercased() : url.lowercased()
    }
}
