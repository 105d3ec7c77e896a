import AnyreachAPI
import AnyreachModel
import Foundation
import GRDB

/// One org's share of a dialer tick, run inside the tick's write transaction (§9).
///
/// `updated_at` is never touched here: status and attempts are server-owned (§4.1), and
/// `updated_at` tells clients that fields they set changed (§10). A client that diffs on
/// `updated_at` must not see drift every time a call ends.
struct DialerPass {
    let db: Database
    let org: String
    let now: Int64
    let settings: DialerSettings
    let clock: EmulatorClock

    /// Where claims may come from: an active campaign with its windows, or the ad-hoc list.
    struct ClaimSource {
        var priority: Int
        /// Nil for ad-hoc contacts, which ignore windows (§9).
        var window: CallingWindow?
    }

    /// The three steps in an order that lets a tick free lines before it fills them.
    func run(into report: inout DialerTickReport) throws {
        try finishCalls(into: &report)
        report.started += try startCalls()
        report.claimed += try claimContacts()
    }

    // MARK: Step 1, calls that end

    /// Ends every call that has lasted `callSeconds`: the open attempt (no `ended_at`) of each
    /// `in_progress` contact carries the call's start.
    func finishCalls(into report: inout DialerTickReport) throws {
        let due = try Row.fetchAll(
            db,
            sql: """
                SELECT contact.seq, contact.campaign, attempt.seq,
                       (SELECT COUNT(*) FROM attempt AS counted WHERE counted.contact_seq = contact.seq)
                FROM contact JOIN attempt ON attempt.contact_seq = contact.seq AND attempt.ended_at IS NULL
                WHERE contact.org = ? AND contact.status = 'in_progress' AND attempt.started_at <= ?
                ORDER BY contact.seq
                """, arguments: [org, now - settings.realCallSeconds])
        var policies: [String: DialingPolicy] = [:]
        for row in due {
            let campaign: String = row[1]
            let policy = try policies[campaign] ?? policy(of: campaign)
            policies[campaign] = policy
            try finish(contactSeq: row[0], attemptSeq: row[2], attempts: row[3], policy: policy, into: &report)
        }
    }

    /// Records the outcome and moves the contact on: `completed`, `exhausted` once `attempts`
    /// reached `max_attempts` (which counts the first call too, §6.1), else back to `pending`.
    func finish(
        contactSeq: Int64, attemptSeq: Int64, attempts: Int, policy: DialingPolicy, into report: inout DialerTickReport
    ) throws {
        let completes = settings.callCompletes(contactSeq: contactSeq, attempt: attempts)
        try db.execute(
            sql: "UPDATE attempt SET outcome = ?, ended_at = ? WHERE seq = ?",
            arguments: [completes ? "answered" : "no_answer", now, attemptSeq])
        var status = "pending"
        var nextCallAt: Int64? = now + settings.realRetryDelay(minutes: policy.retryDelayMinutes)
        if completes || attempts >= policy.maxAttempts {
            (status, nextCallAt) = (completes ? "completed" : "exhausted", nil)
        }
        try db.execute(
            sql: "UPDATE contact SET status = ?, next_call_at = ? WHERE seq = ?",
            arguments: [status, nextCallAt, contactSeq])
        switch status {
        case "completed": report.completed += 1
        case "exhausted": report.exhausted += 1
        default: report.retried += 1
        }
    }

    /// The dialing policy of a campaign's current configuration; ad-hoc contacts have none, so
    /// they take the contract defaults (3 attempts, 60 minutes).
    func policy(of campaign: String) throws -> DialingPolicy {
        guard campaign != Contract.adHocCampaignID else { return DialingPolicy() }
        let body = try String.fetchOne(
            db,
            sql: """
                SELECT configuration.body FROM campaign JOIN configuration ON configuration.id = campaign.configuration_id
                WHERE campaign.id = ?
                """, arguments: [campaign])
        return try body.map(Self.decodeBody)?.dialingPolicy ?? DialingPolicy()
    }

    static func decodeBody(_ text: String) throws -> ConfigurationBody {
        try JSONDecoder().decode(ConfigurationBody.self, from: Data(text.utf8))
    }

    // MARK: Step 2, calls that start

    /// Dials every `locked` contact: attempt k (0-based) uses `phone_numbers[k % count]`, so each
    /// retry moves to the next number of the list and wraps around (§4.1 dial order, §9).
    func startCalls() throws -> Int {
        let locked = try Row.fetchAll(
            db,
            sql: """
                SELECT seq, phone_numbers, (SELECT COUNT(*) FROM attempt WHERE attempt.contact_seq = contact.seq)
                FROM contact WHERE org = ? AND status = 'locked' ORDER BY seq
                """, arguments: [org])
        for row in locked {
            let phones = try JSONDecoder().decode([String].self, from: Data((row[1] as String).utf8))
            let attempts: Int = row[2]
            let phone = phones.isEmpty ? "" : phones[attempts % phones.count]
            try db.execute(
                sql: """
                    INSERT INTO attempt (id, contact_seq, phone_number, conversation_id, outcome, started_at, ended_at)
                    VALUES (?, ?, ?, ?, NULL, ?, NULL)
                    """, arguments: [clock.nextID(), row[0], phone, clock.nextID(), now])
            try db.execute(sql: "UPDATE contact SET status = 'in_progress' WHERE seq = ?", arguments: [row[0]])
        }
        return locked.count
    }

    // MARK: Step 3, claims

    /// Locks due `pending` contacts while the org has free lines: its limit, capped by the
    /// platform's 50 (§7), minus its `locked` and `in_progress` contacts. Higher priority first.
    func claimContacts() throws -> Int {
        let lines = min(try EmulatorStore.concurrencyLimit(db, org: org), Contract.platformCallCap)
        let free = lines - (try EmulatorStore.activeCalls(db, org: org))
        guard free > 0 else { return 0 }
        let sources = try claimSources()
        var claimed: [Int64] = []
        for priority in Set(sources.values.map(\.priority)).sorted(by: >) where claimed.count < free {
            claimed += try candidates(in: sources.filter { $0.value.priority == priority }, limit: free - claimed.count)
        }
        for seq in claimed {
            try db.execute(sql: "UPDATE contact SET status = 'locked' WHERE seq = ?", arguments: [seq])
        }
        return claimed.count
    }

    /// The org's active campaigns, skipping those whose schedule has no window at all, plus the
    /// ad-hoc list. Ad-hoc contacts have no campaign priority, so they get the default (5).
    func claimSources() throws -> [String: ClaimSource] {
        var sources = [Contract.adHocCampaignID: ClaimSource(priority: Contract.defaultPriority, window: nil)]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT campaign.id, campaign.priority, configuration.body
                FROM campaign JOIN configuration ON configuration.id = campaign.configuration_id
                WHERE campaign.org = ? AND campaign.status = 'active'
                """, arguments: [org])
        for row in rows {
            let window = CallingWindow(schedule: try Self.decodeBody(row[2]).schedule)
            if window.hasAnyWindow { sources[row[0]] = ClaimSource(priority: row[1], window: window) }
        }
        return sources
    }

    /// Due `pending` contacts of `group`, in `seq` order, inside their calling window now; at
    /// most `limit`. A cursor stops reading once enough are found, and the window verdict is
    /// kept per (campaign, zone, first scheduled call) so each is worked out once per tick.
    func candidates(in group: [String: ClaimSource], limit: Int) throws -> [Int64] {
        let values: [any DatabaseValueConvertible] = [org] + Array(group.keys) + [now, now]
        let cursor = try Row.fetchCursor(
            db, sql: Self.candidateSQL(campaigns: group.count), arguments: StatementArguments(values))
        var verdicts: [String: Bool] = [:]
        var found: [Int64] = []
        while found.count < limit, let row = try cursor.next() {
            let campaign: String = row[1]
            let zone: String? = row[2]
            let first: Bool = row[3]
            let key = "\(campaign)|\(zone ?? "")|\(first)"
            let open = verdicts[key] ?? isOpen(group[campaign], zone: zone, firstScheduledCall: first)
            verdicts[key] = open
            if open { found.append(row[0]) }
        }
        return found
    }

    /// Due means both `next_call_at` (a retry's delay) and `scheduled_at` have passed: an upsert
    /// that moves `scheduled_at` later leaves `next_call_at` as it was, so both are checked.
    /// The last column tells a first call of a scheduled contact, which uses the scheduled windows.
    static func candidateSQL(campaigns: Int) -> String {
        """
        SELECT seq, campaign, timezone,
               scheduled_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attempt WHERE attempt.contact_seq = contact.seq)
        FROM contact
        WHERE org = ? AND status = 'pending' AND campaign IN (\(Array(repeating: "?", count: campaigns).joined(separator: ",")))
          AND (next_call_at IS NULL OR next_call_at <= ?) AND (scheduled_at IS NULL OR scheduled_at <= ?)
        ORDER BY seq
        """
    }

    /// Ad-hoc contacts are always callable; a campaign outside this group never is.
    private func isOpen(_ source: ClaimSource?, zone: String?, firstScheduledCall: Bool) -> Bool {
        guard let source else { return false }
        guard let window = source.window else { return true }
        return window.isOpen(contactTimezone: zone, firstScheduledCall: firstScheduledCall, at: now)
    }
}
