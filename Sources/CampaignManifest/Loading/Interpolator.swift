/// Replaces `${VAR}` in scalar values with environment variables whose names carry the allowed
/// prefix, so a manifest can't read arbitrary secrets of the machine it is applied on.
/// `$${` writes a literal `${`.
public struct Interpolator: Sendable {
    public var prefix: String
    public var environment: [String: String]
    /// The selected environment's `values`: read by name, without the prefix, and before the
    /// process environment.
    public var values: [String: String] = [:]

    public init(prefix: String = "CAMPAIGNCTL_", environment: [String: String]) {
        self.prefix = prefix
        self.environment = environment
    }

    public enum Failure: Error, Hashable {
        case notAllowed(String)
        case missing(String)
        case unterminated
    }

    /// The text with every reference replaced, or the first reference that can't be.
    public func interpolate(_ text: String) -> Result<String, Failure> {
        guard text.contains("$") else { return .success(text) }
        var output = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let afterDollar = rest[rest.index(after: dollar)...]
            if afterDollar.hasPrefix("${") {
                output += "${"
                rest = afterDollar.dropFirst(2)
            } else if afterDollar.hasPrefix("{") {
                guard let close = afterDollar.firstIndex(of: "}") else { return .failure(.unterminated) }
                let name = String(afterDollar[afterDollar.index(after: afterDollar.startIndex)..<close])
                switch value(of: name) {
                case .success(let value): output += value
                case .failure(let failure): return .failure(failure)
                }
                rest = afterDollar[afterDollar.index(after: close)...]
            } else {
                output += "$"
                rest = afterDollar
            }
        }
        return .success(output + rest)
    }

    private func value(of name: String) -> Result<String, Failure> {
        if let value = values[name] { return .success(value) }
        guard name.hasPrefix(prefix), name.count > prefix.count else { return .failure(.notAllowed(name)) }
        guard let value = environment[name] else { return .failure(.missing(name)) }
        return .success(value)
    }

    func message(for failure: Failure) -> String {
        switch failure {
        case .notAllowed(let name):
            "'${\(name)}' can't be used: only environment variables starting with \(prefix) are read"
        case .missing(let name): "environment variable \(name) is not set"
        case .unterminated: "'${' without a closing '}' (write '$${' for a literal '${')"
        }
    }
}
