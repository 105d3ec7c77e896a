import GRDB

/// The numbers of `GET /campaigns/{id}/stats` (§5).
struct CampaignStatsResult: Sendable, Hashable {
    var campaignID: String
    var status: String
    var total = 0, pending = 0, inProgress = 0, completed = 0, exhausted = 0
    var attempts = 0
    var activeCalls = 0
    var concurrencyLimit = 0

    /// Attempts per contact rounded half up to 2 decimals; 0.0 with no contacts (§5, §10).
    var averagePerContact: Double {
        guard total > 0 else { return 0 }
        let hundredths = (attempts * 100 * 2 + total) / (total * 2)
        return Double(hundredths) / 100
    }
}

extension EmulatorStore {
    func stats(org: String, campaignID: String) async throws -> CampaignStatsResult {
        try await read { db in
            let campaign = try Self.campaignByUUID(db, org: org, id: campaignID)
            var stats = CampaignStatsResult(campaignID: campaign.id, status: campaign.status)
            let counts = try Row.fetchAll(
                db, sql: "SELECT status, COUNT(*) FROM contact WHERE org = ? AND campaign = ? GROUP BY status",
                arguments: [org, campaign.id])
            for row in counts {
                let count: Int = row[1]
                stats.total += count
                switch row[0] as String {
                case "pending": stats.pending += count
                case "locked", "in_progress": stats.inProgress += count
                case "completed": stats.completed += count
                default: stats.exhausted += count
                }
            }
            stats.attempts =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM attempt JOIN contact ON contact.seq = attempt.contact_seq
                        WHERE contact.org = ? AND contact.campaign = ?
                        """, arguments: [org, campaign.id]) ?? 0
            stats.activeCalls = try Self.activeCalls(db, org: org)
            stats.concurrencyLimit = try Self.concurrencyLimit(db, org: org)
            return stats
        }
    }
}
