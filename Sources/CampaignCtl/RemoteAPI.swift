import AnyreachClient
import AnyreachModel
import CampaignSync

/// The Anyreach API the flags and environment name, checked when the connection opens (after
/// the manifests loaded, so that their errors come first).
struct RemoteAPI: ConnectionProvider {
    let apiURL: String?
    let tokenFile: String?
    let org: String?
    let parallelism: Int
    let retry: RetryPolicy
    let environment: [String: String]

    func open() async throws -> OpenConnection {
        var settings = try ConnectionSettings.resolve(
            apiURL: apiURL, tokenFile: tokenFile, org: org, parallelism: parallelism, environment: environment)
        settings.retry = retry
        return OpenConnection(settings: settings)
    }
}
