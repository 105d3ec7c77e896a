import AnyreachAPI
import AnyreachModel
import Foundation
import Testing

@testable import AnyreachEmulator

/// The two listings over HTTP: campaigns by cursor (§3.2), contacts by limit/offset (§4.2).
@Suite struct PaginationTests {
    /// Creates campaigns named `names` (external_ids `c0`, `c1`, …, from `first`) and returns their ids.
    private func campaigns(_ api: EmulatorHarness, _ config: String, _ names: [String], first: Int = 0) async throws
        -> [String]
    {
        var ids: [String] = []
        for (offset, name) in names.enumerated() {
            ids.append(
                try await api.createCampaign(externalID: "c\(first + offset)", configurationID: config, name: name))
        }
        return ids
    }

    private func page(_ api: EmulatorHarness, _ query: String) async throws -> (ids: [String], next: String?) {
        let response = try await api.get("/campaign/campaigns?\(query)")
        #expect(response.status == 200, "\(response.text)")
        #expect(response.json?.objectValue?.keys.contains("next_cursor") == true)
        return (
            response.objects("campaigns").compactMap { $0["id"]?.stringValue }, response["next_cursor"]?.stringValue
        )
    }

    private func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    @Test("A cursor walk with campaigns created between pages neither skips nor repeats, in (created_at, id) order")
    func cursorWalk() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            var expected = try await campaigns(api, config, Array(repeating: "x", count: 7))
            var seen: [String] = []
            var cursor: String? = nil
            var pages = 0
            repeat {
                let (ids, next) = try await page(api, "limit=3" + (cursor.map { "&cursor=\(encoded($0))" } ?? ""))
                seen += ids
                cursor = next
                pages += 1
                if pages <= 2 { expected += try await campaigns(api, config, ["late", "later"], first: 10 * pages) }
            } while cursor != nil && pages < 20
            #expect(seen == expected)
            #expect(Set(seen).count == seen.count)
            let all = try await api.get("/campaign/campaigns?limit=200").objects("campaigns")
            let keys = all.map { ($0["created_at"]?.stringValue ?? "", $0["id"]?.stringValue ?? "") }
            #expect(keys.map(\.1) == expected)
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    @Test("The last page answers next_cursor null even when it is full; an empty cursor is the first page")
    func lastPage() async throws {
        try await EmulatorHarness.with { api in
            let ids = try await campaigns(api, api.createConfiguration(), ["a", "b", "c", "d"])
            let first = try await page(api, "limit=2&cursor=")
            #expect(first.ids == Array(ids[0..<2]))
            let next = try #require(first.next)
            let last = try await page(api, "limit=2&cursor=\(encoded(next))")
            #expect(last.ids == Array(ids[2..<4]))
            #expect(last.next == nil)
            #expect(try await page(api, "limit=4").next == nil)
            #expect(try await page(api, "").ids == ids)
        }
    }

    @Test(
        "A cursor that is not one the server gave is 422 at query.cursor",
        arguments: ["garbage!", "bm90IGEgY3Vyc29y", Data("123:not-a-uuid".utf8).base64EncodedString(), "%20"])
    func badCursor(_ cursor: String) async throws {
        try await EmulatorHarness.with { api in
            let response = try await api.get("/campaign/campaigns?cursor=\(cursor)")
            #expect(response.status == 422)
            #expect(response.locs == ["query.cursor"], "\(response.text)")
        }
    }

    @Test("name filters by case-insensitive literal substring; status is repeatable; both combine with the cursor")
    func campaignFilters() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let ids = try await campaigns(
                api, config, ["Spring Sale", "spring cleaning", "Autumn", "a_b", "axb", "SPRINGTIME"])
            _ = try await api.post("/campaign/campaigns/\(ids[1])/pause", [:])
            _ = try await api.post("/campaign/campaigns/\(ids[5])/close", [:])
            #expect(try await page(api, "name=sPrInG").ids == [ids[0], ids[1], ids[5]])
            #expect(try await page(api, "name=ng%20s").ids == [ids[0]])
            #expect(try await page(api, "name=a_b").ids == [ids[3]])
            #expect(try await page(api, "name=").ids == ids)
            #expect(try await page(api, "status=paused&status=closed").ids == [ids[1], ids[5]])
            #expect(try await page(api, "status=active").ids == [ids[0], ids[2], ids[3], ids[4]])
            #expect(try await page(api, "name=spring&status=active&status=closed").ids == [ids[0], ids[5]])
            let first = try await page(api, "name=spring&limit=2")
            #expect(first.ids == [ids[0], ids[1]])
            #expect(
                try await page(api, "name=spring&limit=2&cursor=\(encoded(try #require(first.next)))") == (
                    [ids[5]], nil
                ))
        }
    }

    @Test("Contacts page by limit/offset: default 50, total, limit and offset echoed")
    func contactPages() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration())
            var ids: [String?] = []
            for batch in 0..<2 {
                ids += try await api.upsert(campaign, (0..<30).map { ["phone_numbers": [phone(batch * 30 + $0)]] })
                    .strings("contact_ids")
            }
            let first = try await api.get("/campaign/campaigns/spring/contacts")
            #expect(first["total"] == 60)
            #expect(first["limit"] == 50)
            #expect(first["offset"] == 0)
            #expect(first.objects("contacts").map { $0["id"]?.stringValue } == Array(ids[0..<50]))
            let rest = try await api.get("/campaign/campaigns/spring/contacts?offset=50&limit=20")
            #expect(rest.objects("contacts").map { $0["id"]?.stringValue } == Array(ids[50...]))
            #expect(rest["limit"] == 20)
            #expect(rest["offset"] == 50)
            let beyond = try await api.get("/campaign/campaigns/spring/contacts?offset=500")
            #expect(beyond["contacts"] == [])
            #expect(beyond["total"] == 60)
        }
    }

    @Test("Contacts inserted between pages neither skip nor repeat a row")
    func contactInsertsBetweenPages() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration())
            var expected = try await api.upsert(campaign, (0..<25).map { ["phone_numbers": [phone($0)]] }).strings(
                "contact_ids")
            var seen: [String?] = []
            var offset = 0
            while true {
                let page = try await api.get("/campaign/campaigns/spring/contacts?limit=10&offset=\(offset)").objects(
                    "contacts")
                if page.isEmpty { break }
                seen += page.map { $0["id"]?.stringValue }
                offset += page.count
                if offset <= 20 {
                    expected += try await api.upsert(
                        campaign, (0..<5).map { ["phone_numbers": [phone(100 + offset + $0)]] }
                    ).strings("contact_ids")
                }
            }
            #expect(seen == expected)
            #expect(seen.count == 35)
        }
    }

    @Test("The contact status filter is repeatable, counts in total, and in_progress excludes locked")
    func contactStatusFilter() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration())
            let ids = try await api.upsert(campaign, (0..<6).map { ["phone_numbers": [phone($0)]] }).strings(
                "contact_ids"
            ).compactMap { $0 }
            for (id, status) in zip(ids, ["pending", "locked", "in_progress", "completed", "exhausted", "completed"]) {
                try await api.setStatus(status, ofContact: id)
            }
            func listed(_ query: String) async throws -> [String?] {
                try await api.get("/campaign/campaigns/spring/contacts?\(query)").objects("contacts").map {
                    $0["id"]?.stringValue
                }
            }
            #expect(try await listed("status=in_progress") == [ids[2]])
            #expect(try await listed("status=locked") == [ids[1]])
            #expect(try await listed("status=completed&status=pending") == [ids[0], ids[3], ids[5]])
            #expect(try await listed("status=completed&limit=1&offset=1") == [ids[5]])
            #expect(try await api.get("/campaign/campaigns/spring/contacts?status=completed&limit=1")["total"] == 2)
        }
    }

    /// Malformed list queries and where `loc` points.
    static let badQueries: [(String, String)] = [
        ("/campaign/campaigns?limit=abc", "query.limit"),
        ("/campaign/campaigns?status=paused&status=bogus", "query.status"),
        ("/campaign/campaigns/spring/contacts?offset=-1", "query.offset"),
        ("/campaign/campaigns/spring/contacts?limit=ten", "query.limit"),
        ("/campaign/campaigns/spring/contacts?status=active", "query.status"),
        ("/campaign/campaigns/spring/contacts?offset=x", "query.offset"),
    ]

    @Test("A malformed list query is 422 at the parameter", arguments: badQueries)
    func badQuery(_ path: String, _ loc: String) async throws {
        try await EmulatorHarness.with { api in
            _ = try await api.createCampaign(externalID: "spring", configurationID: api.createConfiguration())
            let response = try await api.get(path)
            #expect(response.status == 422)
            #expect(response.locs == [loc], "\(response.text)")
        }
    }
}
