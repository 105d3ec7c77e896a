import AnyreachEmulator
import ArgumentParser
import Foundation

struct AuthOptions: ParsableArguments {
    @Option(
        name: .customLong("credential"),
        help: ArgumentHelp(
            "Accept a credential: TOKEN=ORG[,ORG...]:SCOPE[,SCOPE...] (repeatable). ak_ keys name one org, pat_ tokens their user's orgs.",
            valueName: "spec"))
    var credentials: [String] = []

    @Option(help: ArgumentHelp("JSON file: {\"credentials\": [{\"token\", \"orgs\", \"scopes\"}]}.", valueName: "path"))
    var credentialsFile: String?

    func credentialStore() throws -> CredentialStore {
        var all: [Credential] = []
        if let credentialsFile {
            all += try CredentialStore.load(contentsOf: URL(fileURLWithPath: credentialsFile)).all
        }
        for (index, spec) in credentials.enumerated() {
            guard let credential = CredentialStore.parseFlag(spec) else {
                throw ValidationError(
                    "--credential #\(index + 1) is not TOKEN=ORG[,ORG]:SCOPE[,SCOPE] with an ak_ or pat_ token")
            }
            all.append(credential)
        }
        return all.isEmpty ? .local : CredentialStore(all)
    }
}

struct DialerOptions: ParsableArguments {
    @Flag(help: "Run the simulated dialer: contacts of active campaigns inside a calling window get called.")
    var dialer = false

    @Option(help: "Simulated seconds a call lasts.")
    var callSeconds = 2

    @Option(help: "Share of calls that end completed (0–1).")
    var completionRate = 0.6

    @Option(help: "Simulated seconds per real second; retry delays shrink by it.")
    var timeScale = 1.0

    @Option(help: "Seed for repeatable call outcomes.")
    var dialerSeed: UInt64?

    var settings: DialerSettings {
        DialerSettings(
            enabled: dialer, callSeconds: callSeconds, completionRate: completionRate, timeScale: timeScale,
            seed: dialerSeed)
    }
}

struct FaultOptions: ParsableArguments {
    @Option(help: "Latency added to every API request, in milliseconds.")
    var latencyMs = 0

    @Option(help: "Random extra latency up to this many milliseconds.")
    var jitterMs = 0

    @Option(help: "Share of API requests answered 500 or 503 (0–1).")
    var errorRate = 0.0

    @Option(help: "Requests per second allowed; past it 429 with Retry-After.")
    var rateLimit: Double?

    @Option(help: "Burst size of the rate limit.")
    var rateLimitBurst = 10

    @Option(help: "Share of writes committed whose response is lost (connection closed) (0–1).")
    var lostWriteRate = 0.0

    @Option(help: "Seed for repeatable faults.")
    var faultSeed: UInt64?

    var settings: FaultSettings {
        FaultSettings(
            latencyMilliseconds: latencyMs, jitterMilliseconds: jitterMs, errorRate: errorRate,
            rateLimitPerSecond: rateLimit, rateLimitBurst: rateLimitBurst, lostWriteRate: lostWriteRate, seed: faultSeed
        )
    }
}
