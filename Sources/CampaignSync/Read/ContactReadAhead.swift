public import AnyreachClient

/// The start of the org's contacts, read while the manifests load. Loading a repository of
/// 100,000 contacts takes about as long as nine round trips at 50 ms; reading the org only
/// after it left the network idle for that time, and the other core too.
///
/// It reads by the campaign keys the manifests' YAML holds (`ManifestLoader.onCampaignKeys`),
/// before any check of them: a guess, which only decides what is read early. The plan's read
/// of each campaign waits for that campaign's pages alone, takes them as the start of its read
/// and reads the rest itself. Every error here is left for that read to meet and report. What
/// is held is bounded by `budget`, since nothing is known yet of which contacts the plan keeps.
public struct ContactReadAhead: Sendable {
    /// Contacts read ahead across all campaigns (about 17 MiB at 350 bytes a contact); each
    /// campaign gets its share, and at least its first page.
    public static let budget = 50_000

    private let reads: [String: Task<ContactPagesAhead?, Never>]

    /// Nothing read ahead.
    public init() {
        reads = [:]
    }

    /// Starts reading each campaign's first pages; `finish()` must follow, after the plan's read.
    /// With `--target`, only targeted campaigns are read: a targeted plan reads no other's contacts.
    public init(_ client: AnyreachClient, campaigns keys: [String], targets: [ResourceTarget] = []) {
        let keys = targets.isEmpty ? keys : keys.filter { targets.selectCampaign(named: [$0]) }
        let share = Self.budget / max(1, keys.count)
        var reads: [String: Task<ContactPagesAhead?, Never>] = [:]
        for key in keys where reads[key] == nil {
            reads[key] = Task { try? await client.readAhead(key, budget: share) }
        }
        self.reads = reads
    }

    /// The pages read ahead for a campaign reference, once they are in; nil when none were
    /// (not a key of the manifests, or a read that failed).
    public func pages(of reference: String) async -> ContactPagesAhead? {
        await reads[reference]?.value ?? nil
    }

    /// Stops what is still reading (keys the plan didn't read by) and waits for it, so that no
    /// request outlives the client.
    public func finish() async {
        for read in reads.values { read.cancel() }
        for read in reads.values { _ = await read.value }
    }
}
