import AnyreachAPI
import AnyreachModel
import Foundation

/// `status` as a table for people or a versioned JSON document for scripts.
public enum StatusRenderer {
    static let header = [
        "CAMPAIGN", "WANTED", "LIVE", "CONTACTS", "PENDING", "IN PROGRESS", "COMPLETED",
        "EXHAUSTED", "ATTEMPTS", "ACTIVE CALLS",
    ]

    /// Aligned columns; a live status the manifests don't want is flagged `(!)`.
    public static func table(_ rows: [StatusRow]) -> String {
        let body = rows.map(cells)
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        return ([header] + body).map { cells in
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func cells(_ row: StatusRow) -> [String] {
        let counts = [
            row.contacts?.total, row.contacts?.pending, row.contacts?.inProgress, row.contacts?.completed,
            row.contacts?.exhausted, row.attempts, row.activeCalls,
        ]
        let flagged = row.live + (row.isAsWanted ? "" : " (!)")
        return [row.campaign, row.wanted, flagged] + counts.map { $0.map(String.init) ?? "-" }
    }

    /// `{"format_version": 1, "campaigns": [...]}`.
    public static func json(_ rows: [StatusRow]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(Document(campaigns: rows))) ?? Data(), as: UTF8.self)
    }

    struct Document: Encodable {
        var formatVersion = 1
        var campaigns: [StatusRow]
        enum CodingKeys: String, CodingKey { case formatVersion = "format_version", campaigns }
    }
}
