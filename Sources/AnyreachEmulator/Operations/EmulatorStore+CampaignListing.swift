import AnyreachAPI
import AnyreachModel
import Foundation
import GRDB

/// A page of the campaign listing (§3.2).
struct CampaignPageResult: Sendable {
    var campaigns: [CampaignRecord]
    var nextCursor: String?
}

extension EmulatorStore {
    /// Campaigns in (created_at, id) order after the cursor's position: a keyset walk, so rows
    /// created between two pages are neither skipped nor repeated.
    func listCampaigns(org: String, cursor: String?, limit: Int, name: String?, statuses: [String]) async throws
        -> CampaignPageResult
    {
        let position = try cursor.flatMap { $0.isEmpty ? nil : $0 }.map(Self.decodeCursor)
        return try await read { db in
            var conditions = ["org = ?"]
            var arguments: [any DatabaseValueConvertible] = [org]
            if let position {
                conditions.append("(created_at, id) > (?, ?)")
                arguments += [position.createdAt, position.id]
            }
            if let name, !name.isEmpty {
                conditions.append("instr(lower(name), lower(?)) > 0")
                arguments.append(name)
            }
            if !statuses.isEmpty {
                conditions.append("status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
                arguments += statuses
            }
            let sql =
                "SELECT \(CampaignRecord.columns) FROM campaign WHERE \(conditions.joined(separator: " AND ")) ORDER BY created_at, id LIMIT ?"
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [limit + 1]))
            let campaigns = rows.prefix(limit).map(CampaignRecord.init(row:))
            let next = rows.count > limit ? campaigns.last.map(Self.encodeCursor) : nil
            return CampaignPageResult(campaigns: Array(campaigns), nextCursor: next)
        }
    }

    /// Cursors are opaque to clients: base64 of `created_at:id`.
    static func encodeCursor(_ campaign: CampaignRecord) -> String {
        Data("\(campaign.createdAt):\(campaign.id)".utf8).base64EncodedString()
    }

    static func decodeCursor(_ text: String) throws(APIError) -> (createdAt: Int64, id: String) {
        guard let data = Data(base64Encoded: text),
            let decoded = String(data: data, encoding: .utf8),
            let colon = decoded.firstIndex(of: ":"),
            let createdAt = Int64(decoded[..<colon]),
            UUIDShape.matches(String(decoded[decoded.index(after: colon)...]))
        else {
            throw APIError.invalid(
                [.key("query"), .key("cursor")], "invalid cursor; use the next_cursor of a previous page",
                type: "value_error.cursor")
        }
        return (createdAt, String(decoded[decoded.index(after: colon)...]))
    }
}
