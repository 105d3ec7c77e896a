public import AnyreachClient

/// The start of the org's contacts, read while the manifests load. Loading a repository of
/// 100,000 contacts takes about as long as nine round trips at 50 ms; reading the org only
/// after it left the network idle for that time, and the other core too.
///
/// It reads by the campaign keys the manifests' YAML holds (`ManifestLoader.onCampaignKeys`),
/// before any check of them: a guess, which only decides what is read early. The plan's read
/// takes the pages that match its own references and reads the rest itself, and every error
/// here is left for that read to meet and report. What is held is bounded by `budget`, since
/// nothing is known yet of which contacts the plan will keep.
public enum ContactReadAhead {
    /// Contacts read ahead across all campaigns (about 17 MiB at 350 bytes a contact); each
    /// campaign gets its share, and at least its first page.
    public static let budget = 50_000

    /// The pages read ahead for each key found. Cancelled, it returns what it has.
    public static func read(_ client: AnyreachClient, campaigns keys: [String]) async -> [String: ContactPagesAhead] {
        let share = budget / max(1, keys.count)
        return await withTaskGroup(of: (String, ContactPagesAhead?).self) { group in
            for key in Set(keys) {
                group.addTask { (key, try? await client.readAhead(key, budget: share)) }
            }
            var found: [String: ContactPagesAhead] = [:]
            for await (key, pages) in group { found[key] = pages }
            return found
        }
    }
}
