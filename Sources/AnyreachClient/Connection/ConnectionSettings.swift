public import Foundation

/// Where and how the client talks to the API. Flags override the environment; the token comes
/// only from `ANYREACH_TOKEN` or a file, never from a flag value that `ps` would show.
public struct ConnectionSettings: Sendable {
    public static let defaultBaseURL = URL(string: "https://api.anyreach.ai")!

    public var baseURL: URL
    public var token: SecretToken
    /// Sent as `X-Anyreach-Org` with `pat_` tokens.
    public var org: String?
    public var connectTimeout: Duration
    public var requestTimeout: Duration
    /// Requests in flight at most; lowered while 429s arrive.
    public var parallelism: Int
    public var retry: RetryPolicy

    public init(
        baseURL: URL = ConnectionSettings.defaultBaseURL, token: SecretToken, org: String? = nil,
        connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(60),
        parallelism: Int = 8, retry: RetryPolicy = RetryPolicy()
    ) {
        self.baseURL = baseURL
        self.token = token
        self.org = org
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.parallelism = parallelism
        self.retry = retry
    }

    /// Settings from flags and the environment, checked: a token is present and plain HTTP is
    /// used only towards this machine.
    public static func resolve(
        apiURL: String?, tokenFile: String?, org: String?, parallelism: Int,
        environment: [String: String]
    ) throws(ConnectionError) -> ConnectionSettings {
        let urlText = apiURL ?? environment["ANYREACH_API_URL"] ?? defaultBaseURL.absoluteString
        let url = try checkedURL(urlText)
        let token = try readToken(file: tokenFile, environment: environment)
        let org = org ?? environment["ANYREACH_ORG"]
        if token.isPersonalAccessToken, org == nil || org?.isEmpty == true {
            throw ConnectionError("a pat_ token works in several orgs: name one with --org or ANYREACH_ORG")
        }
        guard parallelism >= 1 else { throw ConnectionError("--parallelism must be at least 1") }
        return ConnectionSettings(baseURL: url, token: token, org: org, parallelism: parallelism)
    }

    static func checkedURL(_ text: String) throws(ConnectionError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host else {
            throw ConnectionError("API URL '\(text)' is not a URL like https://api.anyreach.ai")
        }
        switch scheme {
        case "https": return url
        case "http" where isLoopback(host): return url
        case "http":
            throw ConnectionError(
                "refusing plain http:// to \(host): only loopback hosts may go without TLS; use https://")
        default: throw ConnectionError("API URL scheme '\(scheme)' is not supported; use https://")
        }
    }

    /// `localhost`, an IPv4 address in 127.0.0.0/8 or the IPv6 `::1`. The address is parsed, not
    /// prefix-matched: a name like `127.example.com` is a remote host and needs TLS.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().strippingEdges(["[", "]"])
        if host == "localhost" { return true }
        if let octets = ipv4Octets(host) { return octets[0] == 127 }
        return ipv6IsLoopback(host)
    }

    /// The four numbers of a dotted-quad IPv4 address, or nil for anything else.
    static func ipv4Octets(_ host: String) -> [Int]? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        let octets = parts.compactMap { part in
            (1...3).contains(part.count) && part.allSatisfy(\.isASCIIDigit) ? Int(part) : nil
        }
        guard parts.count == 4, octets.count == 4, octets.allSatisfy((0...255).contains) else { return nil }
        return octets
    }

    /// Whether an IPv6 literal is `::1` in any spelling (`0:0:0:0:0:0:0:1`, `::0:1`, ...).
    static func ipv6IsLoopback(_ host: String) -> Bool {
        ipv6Groups(host) == [0, 0, 0, 0, 0, 0, 0, 1]
    }

    /// The eight 16-bit groups of an IPv6 literal with `::` expanded; nil when it isn't one.
    static func ipv6Groups(_ host: String) -> [UInt16]? {
        let halves = host.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        var parsed: [[UInt16]] = []
        for half in halves {
            let groups = half.isEmpty ? [] : half.split(separator: ":", omittingEmptySubsequences: false)
            guard groups.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isHexDigit) }) else { return nil }
            parsed.append(groups.compactMap { UInt16($0, radix: 16) })
        }
        let written = parsed.joined().count
        let missing = 8 - written
        guard halves.count == 2 ? missing >= 1 : missing == 0 else { return nil }
        return parsed[0] + Array(repeating: 0, count: missing) + (parsed.count == 2 ? parsed[1] : [])
    }

    static func readToken(file: String?, environment: [String: String]) throws(ConnectionError) -> SecretToken {
        if let file {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
            else {
                throw ConnectionError("can't read the token file '\(file)'")
            }
            let token = SecretToken(text)
            guard !token.isEmpty else { throw ConnectionError("the token file '\(file)' is empty") }
            return token
        }
        guard let value = environment["ANYREACH_TOKEN"], !value.isEmpty else {
            throw ConnectionError(
                "no credential: set ANYREACH_TOKEN or pass --token-file (or use --emulator to try the tool locally)")
        }
        return SecretToken(value)
    }
}

/// Settings that can't be used, said in a sentence that names the fix.
public struct ConnectionError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Character {
    /// 0 to 9 only; `isNumber` also accepts other scripts' digits and fractions.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
