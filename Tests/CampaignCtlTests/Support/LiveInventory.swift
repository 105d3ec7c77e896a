import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport

/// Everything the org holds, read over plain HTTP, keyed the way campaignctl keys it
/// (external_id), to find duplicates and losses after a rough apply.
struct LiveInventory: Equatable {
    /// Configuration external_ids, one per live configuration (nil for one without).
    var configurations: [String?]
    /// Campaign external_id → its status, one entry per live campaign, in listing order.
    var campaigns: [(key: String?, status: String)]
    /// Campaign external_id (or `default`) → the external_ids of its contacts, one per contact.
    var contacts: [String: [String?]]

    static func == (lhs: LiveInventory, rhs: LiveInventory) -> Bool {
        lhs.configurations.sorted(by: order) == rhs.configurations.sorted(by: order)
            && lhs.campaigns.map(\.key).sorted(by: order) == rhs.campaigns.map(\.key).sorted(by: order)
            && lhs.contacts.mapValues { $0.sorted(by: order) } == rhs.contacts.mapValues { $0.sorted(by: order) }
    }

    private static func order(_ a: String?, _ b: String?) -> Bool { (a ?? "") < (b ?? "") }

    /// Keys held more than once, or not at all (nil external_ids), said as sentences.
    var duplicates: [String] {
        var problems = Self.repeated(configurations).map { "configuration \($0)" }
        problems += Self.repeated(campaigns.map(\.key)).map { "campaign \($0)" }
        for (campaign, keys) in contacts.sorted(by: { $0.key < $1.key }) {
            problems += Self.repeated(keys).map { "contact \($0) of \(campaign)" }
        }
        return problems
    }

    private static func repeated(_ keys: [String?]) -> [String] {
        let counts = Dictionary(keys.map { ($0 ?? "(no external_id)", 1) }, uniquingKeysWith: +)
        return counts.filter { $0.value > 1 || $0.key == "(no external_id)" }.map { "\($0.key) ×\($0.value)" }.sorted()
    }

    func contactCount(_ campaign: String) -> Int { contacts[campaign]?.count ?? 0 }

    /// Reads configurations, every campaign (paginated) and every contact of each, plus ad-hoc.
    static func read(_ baseURL: String) async throws -> LiveInventory {
        let api = baseURL + "/campaign"
        let configurations =
            try await HTTP.expectJSON("GET", api + "/configurations")["configurations"]?.arrayValue ?? []
        let campaigns = try await allCampaigns(api)
        var contacts: [String: [String?]] = ["default": try await contactKeys(api, campaign: "default")]
        for campaign in campaigns {
            guard let id = campaign["id"]?.stringValue else { continue }
            contacts[campaign["external_id"]?.stringValue ?? id] = try await contactKeys(api, campaign: id)
        }
        return LiveInventory(
            configurations: configurations.map { $0["external_id"]?.stringValue },
            campaigns: campaigns.map { ($0["external_id"]?.stringValue, $0["status"]?.stringValue ?? "?") },
            contacts: contacts)
    }

    private static func allCampaigns(_ api: String) async throws -> [JSONValue] {
        var campaigns: [JSONValue] = []
        var cursor: String?
        repeat {
            let page = try await HTTP.expectJSON(
                "GET", api + "/campaigns?limit=200" + (cursor.map { "&cursor=\($0)" } ?? ""))
            campaigns += page["campaigns"]?.arrayValue ?? []
            cursor = page["next_cursor"]?.stringValue
        } while cursor != nil
        return campaigns
    }

    /// The external_ids of a campaign's contacts, pages read side by side.
    private static func contactKeys(_ api: String, campaign: String) async throws -> [String?] {
        let path = api + "/campaigns/\(campaign)/contacts?limit=200"
        let first = try await HTTP.expectJSON("GET", path + "&offset=0")
        let total = first["total"]?.intValue ?? 0
        let pages = try await withThrowingTaskGroup(of: (Int, [JSONValue]).self) { group in
            for offset in stride(from: 200, to: total, by: 200) {
                group.addTask {
                    (offset, try await HTTP.expectJSON("GET", path + "&offset=\(offset)")["contacts"]?.arrayValue ?? [])
                }
            }
            var pages: [Int: [JSONValue]] = [0: first["contacts"]?.arrayValue ?? []]
            for try await (offset, contacts) in group { pages[offset] = contacts }
            return pages
        }
        let keys = pages.keys.sorted().flatMap { pages[$0]! }.map { $0["external_id"]?.stringValue }
        guard keys.count == total else {
            throw TestFailure("\(campaign): read \(keys.count) contacts where the API announced \(total)")
        }
        return keys
    }
}
