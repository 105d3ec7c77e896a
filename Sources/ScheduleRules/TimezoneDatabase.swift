import Foundation

/// The IANA time zone identifiers known offline, backward-compatible aliases included.
///
/// Read from the machine's tz database (`tzdata.zi`, which lists every zone and every link such as
/// `US/Eastern`); Foundation's own list lacks the aliases, so it is only the fallback.
public struct TimezoneDatabase: Sendable {
    public let identifiers: Set<String>

    /// The machine's database, read once.
    public static let system = TimezoneDatabase(zoneinfoDirectory: "/usr/share/zoneinfo")

    public init(identifiers: Set<String>) {
        self.identifiers = identifiers
    }

    public init(zoneinfoDirectory: String) {
        let path = zoneinfoDirectory + "/tzdata.zi"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            identifiers = Self.parseTzdataZi(text)
        } else {
            identifiers = Set(TimeZone.knownTimeZoneIdentifiers)
        }
    }

    public func contains(_ identifier: String) -> Bool {
        identifiers.contains(identifier)
    }

    /// Every identifier in a stable order.
    public var sorted: [String] { identifiers.sorted() }

    /// `Z <name> ...` lines declare zones and `L <target> <alias>` lines declare links.
    static func parseTzdataZi(_ text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, fields[0] == "Z" {
                names.insert(String(fields[1]))
            } else if fields.count >= 3, fields[0] == "L" {
                names.insert(String(fields[2]))
            }
        }
        return names
    }
}
