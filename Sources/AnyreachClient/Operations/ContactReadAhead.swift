import AnyreachModel

/// The first pages of a campaign's contacts, read before anyone knows what they should be:
/// while the manifests load, so that the plan's read of the org doesn't start only after them.
/// `readContacts` takes them as the start of its read and fetches only the other pages; the read
/// is checked as a whole, as one that fetched every page itself is.
public struct ContactPagesAhead: Sendable {
    let first: LiveContactPage
    /// Further pages by offset, each a multiple of `first.limit`.
    let pages: [Int: [LiveContact]]

    /// How many contacts these pages hold.
    public var count: Int { pages.values.reduce(first.contacts.count) { $0 + $1.count } }
}

extension AnyreachClient {
    /// Reads a campaign's first pages, about `budget` contacts (at least its first page), by
    /// external_id or UUID. Nil when the campaign isn't found (a 404): it may not exist yet, and
    /// the plan's own read decides what that means.
    public func readAhead(_ campaign: String, budget: Int) async throws -> ContactPagesAhead? {
        let first: LiveContactPage
        do {
            first = try await contactPage(campaign, offset: 0)
        } catch let error as APIClientError where error.status == 404 {
            return nil
        }
        let step = max(1, first.limit)
        let offsets = stride(from: step, to: min(first.total, max(budget, step)), by: step)
        var pages: [Int: [LiveContact]] = [:]
        try await self.pages(campaign, at: offsets) { pages[$0] = $1 }
        return ContactPagesAhead(first: first, pages: pages)
    }
}
