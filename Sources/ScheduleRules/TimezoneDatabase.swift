import Foundation

/// The IANA time zone identifiers known offline, backward-compatible aliases included.
///
/// Read from the machine's tz database (`tzdata.zi`, which lists every zone and every link such as
/// `US/Eastern`); Foundation's own list lacks the aliases, so it is only the fallback.
public struct TimezoneDatabase: Sendable {
    public let identifiers: Set<String>
    /// Alias to the zone it names (`US/Pacific` → `America/Los_Angeles`), from the links of
    /// `tzdata.zi`; empty with Foundation's list, which has no links.
    public let links: [String: String]

    /// The machine's database, read once.
    public static let system = TimezoneDatabase(zoneinfoDirectory: "/usr/share/zoneinfo")

    public init(identifiers: Set<String>, links: [String: String] = [:]) {
        self.identifiers = identifiers
        self.links = links
    }

    public init(zoneinfoDirectory: String) {
        let path = zoneinfoDirectory + "/tzdata.zi"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            (identifiers, links) = Self.parseTzdataZi(text)
        } else {
            (identifiers, links) = (Set(TimeZone.knownTimeZoneIdentifiers), [:])
        }
    }

    public func contains(_ identifier: String) -> Bool {
        identifiers.contains(identifier)
    }

    /// The zone an identifier names: itself, or the end of its links. Two identifiers with the
    /// same canonical zone are the same clock (`US/Pacific` and `America/Los_Angeles`).
    public func canonical(_ identifier: String) -> String {
        var zone = identifier
        // Links name zones in today's tzdata.zi; the bound only guards against a cycle in a bad file.
        for _ in 0..<8 {
            guard let target = links[zone] else { return zone }
            zone = target
        }
        return zone
    }

    /// Every identifier in a stable order.
    public var sorted: [String] { identifiers.sorted() }

    /// `Z <name> ...` lines declare zones and `L <target> <alias>` lines declare links.
    static func parseTzdataZi(_ text: String) -> (identifiers: Set<String>, links: [String: String]) {
        var names: Set<String> = []
        var links: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count >= 2, fields[0] == "Z" {
                names.insert(String(fields[1]))
            } else if fields.count >= 3, fields[0] == "L" {
                names.insert(String(fields[2]))
                links[String(fields[2])] = String(fields[1])
            }
        }
        return (names, links)
    }
}
