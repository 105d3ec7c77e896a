public import AnyreachClient
import AnyreachModel
import Foundation

/// A client ready for requests, and how to shut it and whatever serves it down.
public struct OpenConnection: Sendable {
    public let client: AnyreachClient
    public let settings: ConnectionSettings
    /// A server started for this run alone (the embedded emulator): its port changes every run,
    /// so a plan saved against it is not held to its URL or org.
    public let isEphemeral: Bool
    private let stopServer: @Sendable () async -> Void

    /// A client over `settings`; `stopServer` runs after the client has shut down.
    public init(
        settings: ConnectionSettings, isEphemeral: Bool = false,
        stopServer: @escaping @Sendable () async -> Void = {}
    ) {
        self.client = AnyreachClient(settings: settings)
        self.settings = settings
        self.isEphemeral = isEphemeral
        self.stopServer = stopServer
    }

    /// The API URL as plans show it: scheme, host and port, never user info.
    public var displayURL: String {
        var components = URLComponents(url: settings.baseURL, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        return components?.string ?? settings.baseURL.absoluteString
    }

    /// Shuts the client down, then the server behind it. Call once, as `withConnection` does.
    public func close() async {
        await client.shutdown()
        await stopServer()
    }
}
