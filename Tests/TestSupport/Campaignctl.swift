public import Foundation

/// The built `campaignctl`, run as a person runs it: in a working directory, colour off, with a
/// known environment. Every test target starts it through this, so that the caller's own
/// Anyreach settings never leak into a test.
public struct Campaignctl: Sendable {
    /// Where the child's environment starts from, before `NO_COLOR=1` and the given values.
    public enum BaseEnvironment: Sendable {
        /// The caller's environment without its `ANYREACH_*` variables.
        case caller
        /// Nothing (a newcomer's shell, or output that must not depend on the machine).
        case empty
    }

    public var directory: URL
    /// Passed as `--api-url` after the arguments, when set.
    public var apiURL: String?
    /// The credential, as `ANYREACH_TOKEN`, when set.
    public var token: String?
    /// Set over the base environment, last.
    public var environment: [String: String]
    public var base: BaseEnvironment

    public init(
        directory: URL, apiURL: String? = nil, token: String? = nil, environment: [String: String] = [:],
        base: BaseEnvironment = .caller
    ) {
        self.directory = directory
        self.apiURL = apiURL
        self.token = token
        self.environment = environment
        self.base = base
    }

    /// Runs `campaignctl ARGUMENTS` to the end; past `timeout` it is killed and the run throws.
    public func run(_ arguments: [String], timeout: Duration = .seconds(120)) async throws -> Finished {
        try await start(arguments).wait(timeout: timeout)
    }

    /// Starts it without waiting, for tests that interrupt it, kill it or watch it run.
    public func start(_ arguments: [String]) throws -> ChildProcess {
        let apiArguments = apiURL.map { ["--api-url", $0] } ?? []
        return try ChildProcess(
            try BuiltProducts.executable("campaignctl"), arguments + apiArguments,
            environment: childEnvironment, directory: directory)
    }

    /// The environment the child gets.
    public var childEnvironment: [String: String] {
        var result: [String: String] =
            switch base {
            case .caller: ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ANYREACH_") }
            case .empty: [:]
            }
        result["NO_COLOR"] = "1"
        if let token { result["ANYREACH_TOKEN"] = token }
        return result.merging(environment) { $1 }
    }
}
